import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { type Contact, nameOf } from '../../../shared/model';
import { namePublicationChecks } from '../../../shared/workflow/case-guards';
import { getPolicyProfile } from '../../../shared/workflow/policy-profiles';
import type { InvolvementView } from '../../../shared/workflow/projection';
import { formatInstant } from '../../app/ui/format-date';
import { EngineButton } from './EngineButton';
import { planPolicy } from './policy-plan';
import type { CaseDetail } from './use-case-detail';

const vendorName = (
  inv: InvolvementView,
  contacts: ReadonlyMap<string, Contact>,
  lang: 'en' | 'ja',
) => {
  const c = contacts.get(inv.contactId);
  return c === undefined ? inv.contactId : nameOf(c, lang);
};

/**
 * Publishing an unreachable developer's name to seek contact (IPA footnote 8): each
 * unreachable developer with the policy's preconditions, met or not, and the command.
 */
export function NamePublicationPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const kase = detail.projection.case;
  if (kase === null) return null;
  const rule = getPolicyProfile(kase.policyProfile).namePublication;
  const unreachable = detail.projection.involvements.filter((i) => i.status === 'unreachable');
  const now = new Date().toISOString();
  const ctx = {
    projection: detail.projection,
    events: detail.events,
    profile: getPolicyProfile(kase.policyProfile),
    now,
  };
  return (
    <Card withBorder component="section" aria-labelledby="name-publication-title">
      <Title order={3} size="h4" id="name-publication-title" mb="xs">
        {t('casePolicy.name.title')}
      </Title>
      {rule === undefined && <Text size="sm">{t('casePolicy.name.noRule')}</Text>}
      {rule !== undefined && unreachable.length === 0 && (
        <Text size="sm">{t('casePolicy.name.none')}</Text>
      )}
      <Stack gap="md">
        {rule !== undefined &&
          unreachable.map((inv) => {
            const name = vendorName(inv, detail.contacts, lang);
            return (
              <Stack key={inv.id} gap={4} data-testid={`name-publication-${inv.id}`}>
                <Text fw={600}>{name}</Text>
                {inv.namePublishedAt !== null ? (
                  <Text size="sm">
                    {t('casePolicy.name.published', { date: formatInstant(inv.namePublishedAt) })}
                  </Text>
                ) : (
                  <>
                    <List size="sm" aria-label={t('casePolicy.name.checks', { name })}>
                      {namePublicationChecks(ctx, rule, inv.id).map((c) => (
                        <List.Item key={c.id}>
                          {t(`casePolicy.name.check.${c.met ? 'met' : 'unmet'}`, {
                            check: t(`casePolicy.name.check.${c.id}`, {
                              required: c.required,
                              actual: c.actual,
                            }),
                          })}
                        </List.Item>
                      ))}
                    </List>
                    <EngineButton
                      planned={planPolicy(detail, [
                        { type: 'vendor.name-published', payload: { involvementId: inv.id } },
                      ])}
                      onRun={(p) => detail.commit(p)}
                    >
                      {t('casePolicy.name.publish', { name })}
                    </EngineButton>
                  </>
                )}
              </Stack>
            );
          })}
      </Stack>
    </Card>
  );
}
