import {
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayInZone, formatInstant } from '../../app/ui/format-date';
import {
  caseSsvc,
  decideSsvc,
  ssvcDecidedCommand,
  ssvcOutcomeText,
} from '../../../shared/workflow/ssvc';
import { publishAgrees, publishPrefill } from '../../../shared/workflow/ssvc-prefill';
import { useLang } from '../../i18n';
import { EngineButton } from './EngineButton';
import { SsvcPanel, ssvcInput } from './SsvcPanel';
import { planThen, type Planned } from './case-commands';
import { planPolicy, required } from './policy-plan';
import { ACTOR, type CaseDetail } from './use-case-detail';
import { instantForDay } from './VendorActions';

const DECISIONS = ['publish', 'do-not-publish', 'no-public-release-needed'] as const;
type Decision = (typeof DECISIONS)[number];

/** One name per line or comma (the minutes list them either way). */
const parseMembers = (text: string): string[] =>
  text
    .split(/[\n,、]/)
    .map((m) => m.trim())
    .filter((m) => m !== '');

/** The Release Decision Committee's decision (IPA footnote 10), dated the meeting day. */
export function ReleaseDecisionForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const now = new Date().toISOString();
  const [decision, setDecision] = useState<Decision>('publish');
  const [committee, setCommittee] = useState(true);
  const [day, setDay] = useState(() => dayInZone(now));
  const [members, setMembers] = useState('');
  const [minutes, setMinutes] = useState('');
  const [ssvcChosen, setSsvcChosen] = useState<Record<string, string>>({});
  const lang = useLang();
  const recorded = detail.projection.releaseDecision;
  const recordedSsvc = caseSsvc(detail.projection)['coordinator-publish'];
  const prefill = publishPrefill(detail.projection);
  const ssvcAt = (at: string) =>
    decideSsvc('coordinator-publish', ssvcInput(prefill, ssvcChosen), {
      now: at,
      targetIds: detail.projection.case === null ? [] : [detail.projection.case.ref],
    });
  const ssvc = ssvcAt(now);
  /** The committee's decision with the SSVC publish selection beside it (when complete): one
   *  write, so the timeline never holds one without the other. */
  const record = (p: Planned): Promise<string | null> => {
    const now = new Date().toISOString();
    const decided = ssvcAt(now);
    if (!decided.ok) return detail.commit(p);
    const ssvcCommand = ssvcDecidedCommand('coordinator-publish', decided.value);
    return detail.commit(planThen(p, [ssvcCommand], { actor: ACTOR, now }));
  };
  const validDay = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const names = parseMembers(members);
  const planned =
    minutes.trim() === '' || !validDay || (committee && names.length === 0)
      ? required
      : planPolicy(
          detail,
          [
            {
              type: 'release.decided',
              payload: {
                decision,
                committee,
                reason: minutes.trim(),
                ...(names.length > 0 ? { members: names } : {}),
              },
            },
          ],
          { at: instantForDay(day, now) },
        );
  return (
    <Card withBorder component="section" aria-labelledby="release-decision-title">
      <Title order={3} size="h4" id="release-decision-title" mb="xs">
        {t('casePolicy.release.title')}
      </Title>
      {recorded !== null && (
        <Text size="sm" mb="xs" data-testid="release-decision">
          {t('casePolicy.release.recorded', {
            decision: t(`casePolicy.release.decision.${recorded.decision}`),
            date: formatInstant(recorded.at, { withTime: false }),
          })}
        </Text>
      )}
      {recordedSsvc !== null && (
        <Text size="sm" mb="xs" data-testid="ssvc-publish-recorded">
          {t('ssvc.recorded', {
            outcome: ssvcOutcomeText('coordinator-publish', recordedSsvc.selections, lang),
          })}
        </Text>
      )}
      <Stack gap="xs">
        <Group grow align="end">
          <NativeSelect
            label={t('casePolicy.release.decisionLabel')}
            value={decision}
            data={DECISIONS.map((d) => ({
              value: d,
              label: t(`casePolicy.release.decision.${d}`),
            }))}
            onChange={(e) => setDecision(e.currentTarget.value as Decision)}
          />
          <TextInput
            type="date"
            label={t('casePolicy.release.date')}
            value={day}
            onChange={(e) => setDay(e.currentTarget.value)}
          />
        </Group>
        <Checkbox
          label={t('casePolicy.release.committee')}
          checked={committee}
          onChange={(e) => setCommittee(e.currentTarget.checked)}
        />
        <Textarea
          label={t('casePolicy.release.members')}
          autosize
          minRows={2}
          value={members}
          onChange={(e) => setMembers(e.currentTarget.value)}
        />
        <Textarea
          label={t('casePolicy.release.minutes')}
          autosize
          minRows={2}
          value={minutes}
          onChange={(e) => setMinutes(e.currentTarget.value)}
        />
        <SsvcPanel
          model="coordinator-publish"
          prefill={prefill}
          chosen={ssvcChosen}
          onChange={setSsvcChosen}
          decision={ssvc}
          policy={{
            label: t(`casePolicy.release.decision.${decision}`),
            agrees: (outcome) => publishAgrees(outcome, decision),
          }}
        />
        <EngineButton planned={planned} onRun={record} variant="filled">
          {t('casePolicy.release.record')}
        </EngineButton>
      </Stack>
    </Card>
  );
}
