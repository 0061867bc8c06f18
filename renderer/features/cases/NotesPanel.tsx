import { Badge, Button, Card, Checkbox, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseEventOf } from '../../../shared/model';
import { formatInstant } from '../../app/ui/format-date';
import { EngineButton } from './EngineButton';
import type { CaseDetail } from './use-case-detail';

const LATEST = 20;

/** Notes are `note.added` events; internal by default, so the leak guard keeps them out of
 *  public exports unless the analyst unticks the box. */
export function NotesPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [internal, setInternal] = useState(true);
  const [all, setAll] = useState(false);
  const notes = useMemo(
    () =>
      detail.events
        .filter((e): e is CaseEventOf<'note.added'> => e.type === 'note.added')
        .sort((a, b) => (a.at < b.at ? 1 : -1)),
    [detail.events],
  );
  // A big case carries a thousand notes; rendering them all made it open in seconds
  // (bench/large-case). The latest few show, the rest on request.
  const shown = all ? notes : notes.slice(0, LATEST);
  const planned =
    text.trim() === ''
      ? ({ ok: false, error: { code: 'required', message: 'Empty note' } } as const)
      : detail.plan([{ type: 'note.added', payload: { text: text.trim(), internal } }]);
  return (
    <Card withBorder component="section" aria-labelledby="notes-title">
      <Title order={3} size="h4" id="notes-title" mb="xs">
        {t('cases.notes.title')}
      </Title>
      <Stack gap="xs">
        <Textarea
          label={t('cases.notes.text')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={20_000}
        />
        <Group justify="space-between" align="start">
          <Checkbox
            label={t('cases.notes.internal')}
            checked={internal}
            onChange={(e) => setInternal(e.currentTarget.checked)}
          />
          <EngineButton
            planned={planned}
            onRun={async (p) => {
              const error = await detail.commit(p);
              if (error === null) setText('');
              return error;
            }}
          >
            {t('cases.notes.add')}
          </EngineButton>
        </Group>
        {notes.length === 0 && <Text size="sm">{t('cases.notes.none')}</Text>}
        {shown.map((n) => (
          <div key={n.id}>
            <Group gap="xs">
              <Text size="xs" c="dark.4">
                {formatInstant(n.at)} · {n.actor}
              </Text>
              <Badge size="xs" variant="outline" color="dark.6" c="dark.9">
                {n.payload.internal ? t('cases.notes.internalBadge') : t('cases.notes.sharedBadge')}
              </Badge>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {n.payload.text}
            </Text>
          </div>
        ))}
        {notes.length > LATEST && (
          <Group>
            <Button variant="subtle" size="xs" c="blue.9" onClick={() => setAll(!all)}>
              {all
                ? t('cases.notes.showLatest', { count: LATEST })
                : t('cases.notes.showAll', { count: notes.length })}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
