import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nameOf, type Language } from '../../../shared/model';
import { disputedLetter } from '../../../shared/workflow/finder-dispute-letter';
import { checkFinderLetter } from '../../../shared/workflow/finder-letter-guard';
import {
  siteFixedCommand,
  withdrawalRequestCommand,
} from '../../../shared/workflow/finder-step-commands';
import {
  fillFinderLetter,
  progressLetterParams,
  siteFixedLetter,
  withdrawalReply,
} from '../../../shared/workflow/finder-step-letters';
import type { WithdrawalRequest } from '../../../shared/workflow/projection';
import type { ReadyProjection } from '../../../shared/workflow/reducer-types';
import { useLang } from '../../i18n';
import { formatInstant } from '../../app/ui/format-date';
import { EngineButton } from './EngineButton';
import { FinderLetterBox } from './FinderLetterBox';
import { FinderReplyCard } from './FinderReplyCard';
import { useFinderFacts } from './use-finder-facts';
import type { CaseDetail } from './use-case-detail';

function RequestLine({ request }: { request: WithdrawalRequest }) {
  const { t } = useTranslation();
  const date = formatInstant(request.at);
  if (request.outcome === 'granted') return <>{t('caseFinder.withdrawal.granted', { date })}</>;
  return request.possibleOn !== null ? (
    <>{t('caseFinder.withdrawal.refused', { date, day: request.possibleOn })}</>
  ) : (
    <>
      {t('caseFinder.withdrawal.refusedNoDay', {
        date,
        reason: t(`caseFinder.withdrawal.reason.${request.refusal ?? 'year-not-passed'}`),
      })}
    </>
  );
}

/**
 * The finder's and the site operator's steps (issue 27 item 7): the progress reply, the
 * withdrawal request and its reply, a website's fix and the finder's notice. Every rule is
 * the engine's; this shows its answers and records the analyst's clicks.
 */
export function FinderStepsPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const p = detail.projection as ReadyProjection;
  const { reporter, productName, organisation } = useFinderFacts(p.case.id);
  const finder = { name: reporter?.name ?? '' };
  const now = new Date().toISOString();
  const parties = {
    published: p.case.dates.published !== null,
    involvements: p.involvements,
    contacts: [...detail.contacts.values()],
  };
  const check = (letter: { subject: string; body: string }) => checkFinderLetter(letter, parties);
  const facts = (language: Language) => ({
    projection: p,
    reporter: finder,
    organisation,
    now,
    language,
  });
  const requests = p.finderSteps.withdrawals;
  const latest = requests.at(-1);
  const operators = p.involvements.filter((i) => i.role === 'site-operator');
  const fixed = p.finderSteps.siteFixed;
  const disputed = (language: Language) =>
    disputedLetter({ projection: p, reporter: finder, productName, organisation, language });
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <FinderReplyCard detail={detail} check={check} />
      <Card withBorder component="section" aria-labelledby="finder-progress">
        <Title order={3} size="h4" id="finder-progress">
          {t('caseFinder.progress.title')}
        </Title>
        <Text size="sm" c="gray.7" mb="xs">
          {t('caseFinder.progress.intro')}
        </Text>
        <FinderLetterBox
          detail={detail}
          testId="finder-progress-letter"
          check={check}
          letterIn={(language) =>
            fillFinderLetter('finder-progress', language, progressLetterParams(facts(language)))
          }
        />
      </Card>
      <Stack gap="md">
        {disputed('en') !== null && (
          <Card withBorder component="section" aria-labelledby="finder-disputed">
            <Title order={3} size="h4" id="finder-disputed">
              {t('caseDispute.letterTitle')}
            </Title>
            <Text size="sm" c="gray.7" mb="xs">
              {t('caseDispute.letterIntro')}
            </Text>
            <FinderLetterBox
              detail={detail}
              testId="finder-disputed-letter"
              check={check}
              letterIn={(language) => disputed(language) ?? { subject: '', body: '' }}
            />
          </Card>
        )}
        <Card withBorder component="section" aria-labelledby="finder-withdrawal">
          <Title order={3} size="h4" id="finder-withdrawal">
            {t('caseFinder.withdrawal.title')}
          </Title>
          <Text size="sm" c="gray.7" mb="xs">
            {t('caseFinder.withdrawal.intro')}
          </Text>
          <List size="sm" mb="xs" data-testid="withdrawal-requests">
            {requests.map((r) => (
              <List.Item key={r.at}>
                <RequestLine request={r} />
              </List.Item>
            ))}
          </List>
          <EngineButton
            planned={detail.plan([withdrawalRequestCommand(p, now)])}
            onRun={(planned) => detail.commit(planned)}
          >
            {t('caseFinder.withdrawal.record')}
          </EngineButton>
          {latest !== undefined && (
            <FinderLetterBox
              detail={detail}
              testId="finder-withdrawal-letter"
              check={check}
              letterIn={(language) => withdrawalReply(latest, facts(language))}
            />
          )}
        </Card>
        {p.case.kind === 'website' && (
          <Card withBorder component="section" aria-labelledby="finder-site">
            <Title order={3} size="h4" id="finder-site">
              {t('caseFinder.site.title')}
            </Title>
            <Text size="sm" c="gray.7" mb="xs">
              {t('caseFinder.site.intro')}
            </Text>
            {fixed !== null ? (
              <>
                <Text size="sm" mb="xs" data-testid="site-fixed">
                  {t('caseFinder.site.fixed', { date: formatInstant(fixed.at) })}
                </Text>
                <FinderLetterBox
                  detail={detail}
                  testId="finder-site-letter"
                  check={check}
                  letterIn={(language) =>
                    siteFixedLetter(facts(language)) ?? { subject: '', body: '' }
                  }
                />
              </>
            ) : operators.length === 0 ? (
              <Text size="sm">{t('caseFinder.site.none')}</Text>
            ) : (
              operators.map((i) => {
                const contact = detail.contacts.get(i.contactId);
                return (
                  <EngineButton
                    key={i.id}
                    planned={detail.plan([siteFixedCommand(i.id, '')])}
                    onRun={(planned) => detail.commit(planned)}
                  >
                    {t('caseFinder.site.record', {
                      name: contact === undefined ? i.contactId : nameOf(contact, lang),
                    })}
                  </EngineButton>
                );
              })
            )}
          </Card>
        )}
      </Stack>
    </SimpleGrid>
  );
}
