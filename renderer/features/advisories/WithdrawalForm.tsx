import {
  Button,
  Card,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { caseEventSchema } from '../../../shared/model';
import type { AdvisoryWithdrawal } from '../../../shared/workflow/projection';
import { applyCommand } from '../../../shared/workflow/timeline';
import type { CaseViewProjection } from '../../../shared/workflow/case-view';
import { formatInstant } from '../../app/ui/format-date';
import type { WithdrawalCommand } from './operations';
import { OutcomeAlert } from './OutcomeAlert';
import { DANGER } from './a11y-styles';

type Props = {
  projection: CaseViewProjection;
  /** Writes the command (and the draft it changes); an error message or null. */
  withdraw: (command: WithdrawalCommand) => Promise<string | null>;
};

type Kind = AdvisoryWithdrawal['kind'];

/** What the case says of a withdrawn advisory (shown instead of the form). */
function WithdrawnNote({ w }: { w: AdvisoryWithdrawal }) {
  const { t } = useTranslation();
  const lang = useLang();
  const values = {
    date: formatInstant(w.at),
    reason: w.reason[lang],
    id: w.supersededBy?.advisoryId ?? '',
  };
  return (
    <Text size="sm" fw={600} data-testid="advisory-withdrawn">
      {t(`advisoryWithdrawal.done.${w.kind}`, values)}
    </Text>
  );
}

/**
 * Withdrawing or superseding the published advisory (issue 28 item 2): the engine's event
 * (`advisory.withdrawn` / `advisory.superseded`), whose rules (only after publication, only
 * once, not by itself) the button asks before it is enabled; the reasoning is published, so
 * the event's schema asks for it in both languages.
 */
export function WithdrawalForm({ projection, withdraw }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('withdrawn');
  const [note, setNote] = useState({ ja: '', en: '' });
  const [by, setBy] = useState({ advisoryId: '', url: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const done = projection.advisory.withdrawal;
  if (done !== null) return <WithdrawnNote w={done} />;
  const command: WithdrawalCommand =
    kind === 'withdrawn'
      ? { type: 'advisory.withdrawn', payload: { note } }
      : {
          type: 'advisory.superseded',
          payload: { advisoryId: by.advisoryId.trim(), url: by.url.trim(), note },
        };
  const planned = applyCommand(projection, command, {
    actor: 'analyst',
    now: new Date().toISOString(),
  });
  const complete = planned.ok && caseEventSchema.safeParse(planned.value.event).success;
  const reason = planned.ok
    ? complete
      ? null
      : t('advisoryWithdrawal.required')
    : t('advisoryWithdrawal.notAllowed', {
        reason: t(`cases.errors.${planned.error.code}`, {
          defaultValue: t('cases.errors.generic'),
        }),
      });
  const run = async () => {
    const err = await withdraw(command);
    setMessage(
      err === null
        ? { ok: true, text: t('advisoryWithdrawal.recorded') }
        : { ok: false, text: err },
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="adv-withdrawal">
      <Stack gap="xs">
        <Title order={3} size="h4" id="adv-withdrawal">
          {t('advisoryWithdrawal.heading')}
        </Title>
        <Text size="sm">{t('advisoryWithdrawal.intro')}</Text>
        <SegmentedControl
          aria-label={t('advisoryWithdrawal.kind')}
          value={kind}
          onChange={(v) => setKind(v === 'superseded' ? 'superseded' : 'withdrawn')}
          data={[
            { value: 'withdrawn', label: t('advisoryWithdrawal.withdrawn') },
            { value: 'superseded', label: t('advisoryWithdrawal.superseded') },
          ]}
        />
        <Textarea
          label={t('advisoryWithdrawal.noteJa')}
          value={note.ja}
          autosize
          minRows={2}
          onChange={(e) => setNote({ ...note, ja: e.currentTarget.value })}
        />
        <Textarea
          label={t('advisoryWithdrawal.noteEn')}
          value={note.en}
          autosize
          minRows={2}
          onChange={(e) => setNote({ ...note, en: e.currentTarget.value })}
        />
        {kind === 'superseded' ? (
          <>
            <TextInput
              label={t('advisoryWithdrawal.by')}
              placeholder="JVNVU#12345678"
              value={by.advisoryId}
              onChange={(e) => setBy({ ...by, advisoryId: e.currentTarget.value })}
            />
            <TextInput
              label={t('advisoryWithdrawal.url')}
              placeholder="https://jvn.jp/vu/JVNVU12345678/"
              value={by.url}
              onChange={(e) => setBy({ ...by, url: e.currentTarget.value })}
            />
          </>
        ) : null}
        {reason === null ? null : (
          <Text size="xs" c="dark.4" data-testid="withdrawal-reason">
            {reason}
          </Text>
        )}
        <Button
          color={DANGER}
          w="fit-content"
          disabled={reason !== null}
          onClick={() => void run()}
        >
          {t(`advisoryWithdrawal.run.${kind}`)}
        </Button>
        <OutcomeAlert message={message} />
      </Stack>
    </Card>
  );
}
