import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model';
import type { FinderLetterCheck } from '../../../shared/workflow/finder-letter-guard';
import {
  intakeLetter,
  intakeLetterPurpose,
  savedIntakeLetter,
} from '../../../shared/workflow/intake-letter';
import { reasonsList, type RenderedLetter } from '../../../shared/workflow/letters';
import { getPolicyProfile } from '../../../shared/workflow/policy-profiles';
import type { ReadyProjection } from '../../../shared/workflow/reducer-types';
import { FinderLetterBox } from './FinderLetterBox';
import { useFinderFacts } from './use-finder-facts';
import type { CaseDetail } from './use-case-detail';

/**
 * The answer to the finder's report, until one is recorded as sent (JPCERT/CC II.A: an
 * initial response within 5 business days). The letter drafted at intake, as the analyst
 * left it, in its language; in the other language, the engine's letter for the decision.
 * Sealed or saved here, it is recorded as sent with the purpose that meets the deadline.
 */
export function FinderReplyCard({
  detail,
  check,
}: {
  detail: CaseDetail;
  check: (letter: RenderedLetter) => FinderLetterCheck;
}) {
  const { t } = useTranslation();
  const p = detail.projection as ReadyProjection;
  const { reporter, productName, organisation } = useFinderFacts(p.case.id);
  const { triage } = p;
  const received = p.case.dates.received;
  if (triage === null || received === null || p.case.dates.acknowledged !== null) return null;
  const saved = savedIntakeLetter(detail.events, p.case.ref);
  const letterIn = (language: Language): RenderedLetter =>
    saved !== null && saved.language === language
      ? saved.letter
      : intakeLetter({
          decision: triage.decision,
          language,
          caseRef: p.case.ref,
          finderName: reporter?.name ?? '',
          productName,
          organisationName: organisation[language],
          receivedAt: received,
          timeZone: getPolicyProfile(p.case.policyProfile).calendar.timeZone,
          reasons: reasonsList(triage.reasons, language),
        });
  return (
    <Card withBorder component="section" aria-labelledby="finder-reply">
      <Title order={3} size="h4" id="finder-reply">
        {t('caseFinder.reply.title')}
      </Title>
      <Text size="sm" c="gray.7" mb="xs">
        {t('caseFinder.reply.intro')}
      </Text>
      <FinderLetterBox
        detail={detail}
        testId="finder-reply-letter"
        check={check}
        purpose={intakeLetterPurpose(triage.decision)}
        letterIn={letterIn}
      />
    </Card>
  );
}
