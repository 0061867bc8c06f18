import { Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publishDraft } from '../../../shared/advisory/lifecycle';
import { formatInstant } from '../../app/ui/format-date';
import type { Planned } from './case-commands';
import { EngineButton } from './EngineButton';
import { planPolicy } from './policy-plan';
import type { CaseDetail } from './use-case-detail';
import { useStore } from '../../store/hooks';
import { useRepoVersion } from '../../store/port';
import type { CasesStore } from './store-port';

/**
 * Publishing the advisory: the case moves to published, stamped with this instant, and its
 * advisory draft (which must be final) is published with it in the same transaction.
 */
export function PublishForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const store: CasesStore = useStore();
  useRepoVersion(store.repos.advisoryDrafts);
  const [url, setUrl] = useState('');
  const kase = detail.projection.case;
  if (kase === null) return null;
  const draft = store.repos.advisoryDrafts.byCase(kase.id)[0];
  const published = kase.dates.published;
  const planned = planPolicy(detail, [
    { type: 'published', payload: { advisoryId: kase.advisoryId, url: url.trim() } },
  ]);
  const notFinal = draft !== undefined && draft.status !== 'final';
  const publish = (p: Planned) => {
    const at = p.ok ? p.events[0]?.at : undefined;
    if (draft === undefined || at === undefined) return detail.commit(p);
    const stamped = publishDraft(draft, at);
    return stamped.ok
      ? detail.commit(p, { advisoryDraft: stamped.value })
      : Promise.resolve(stamped.error.message);
  };
  return (
    <Card withBorder component="section" aria-labelledby="publish-title">
      <Title order={3} size="h4" id="publish-title" mb="xs">
        {t('casePolicy.publish.title')}
      </Title>
      {published !== null ? (
        <Text size="sm" fw={600} data-testid="published-at">
          {t('casePolicy.publish.done', { date: formatInstant(published) })}
        </Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            {t('casePolicy.publish.advisory', {
              id: kase.advisoryId ?? t('casePolicy.publish.noAdvisoryId'),
            })}
          </Text>
          <TextInput
            label={t('casePolicy.publish.url')}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
          />
          {notFinal ? (
            <Text size="sm" c="red.8" role="note">
              {t('casePolicy.publish.draftNotFinal')}
            </Text>
          ) : draft !== undefined ? (
            <Text size="sm">{t('casePolicy.publish.draftStamped')}</Text>
          ) : null}
          <EngineButton
            planned={
              notFinal
                ? { ok: false, error: { code: 'required', message: 'advisory not final' } }
                : planned
            }
            onRun={publish}
            variant="filled"
          >
            {t('casePolicy.publish.run')}
          </EngineButton>
        </Stack>
      )}
    </Card>
  );
}
