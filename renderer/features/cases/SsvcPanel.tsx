import { Alert, Badge, Card, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SsvcModel } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import type { SsvcDecision, SsvcError } from '../../../shared/workflow/ssvc';
import type { Prefill } from '../../../shared/workflow/ssvc-prefill';
import {
  inputPoints,
  outcomePoint,
  SSVC_TABLE_JA,
  SSVC_TABLES,
  ssvcPointName,
  ssvcValueName,
} from '../../../shared/workflow/ssvc-tables';
import { useLang } from '../../i18n';

type Props = {
  model: SsvcModel;
  prefill: Prefill;
  /** The analyst's choices; a point not here takes its pre-filled value. */
  chosen: Readonly<Record<string, string>>;
  onChange: (next: Record<string, string>) => void;
  /** The engine's answer for pre-fill + choices (decideSsvc). */
  decision: Result<SsvcDecision, SsvcError>;
  /** The policy's verdict in words, and whether SSVC's outcome agrees with it. */
  policy: { label: string; agrees: (outcome: string) => boolean } | null;
};

/** The values an SSVC panel decides on: pre-fill, then what the analyst chose. */
export const ssvcInput = (prefill: Prefill, chosen: Readonly<Record<string, string>>) => ({
  ...Object.fromEntries(Object.entries(prefill).map(([k, v]) => [k, v.value])),
  ...chosen,
});

/**
 * One SSVC decision: a select per decision point (the official English name kept beside the
 * Japanese), pre-filled values marked with where they came from, the table's outcome, and,
 * when it differs from the policy's verdict, both side by side.
 */
export function SsvcPanel({ model, prefill, chosen, onChange, decision, policy }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const table = SSVC_TABLES[model];
  const tableName = lang === 'ja' ? `${table.name}（${SSVC_TABLE_JA[model]}）` : table.name;
  const input = ssvcInput(prefill, chosen);
  const outcomeText = (value: string, name: string) =>
    lang === 'ja'
      ? `${ssvcValueName(outcomePoint(table), { key: value, name }, 'ja')} (${name})`
      : name;
  const missing = inputPoints(table).filter((dp) => input[dp.key] === undefined);
  return (
    <Card withBorder component="section" aria-label={t('ssvc.title', { table: tableName })}>
      <Title order={4} size="h5" mb={4}>
        {t('ssvc.title', { table: tableName })}
      </Title>
      <Text size="xs" c="dark.4" mb="xs">
        {t('ssvc.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {inputPoints(table).map((dp) => {
          const name = ssvcPointName(dp, lang);
          const label = lang === 'ja' ? `${name} (${dp.name})` : dp.name;
          const pre = prefill[dp.key];
          const fromPrefill = pre !== undefined && chosen[dp.key] === undefined;
          return (
            <NativeSelect
              key={dp.key}
              size="xs"
              label={`${label} [${dp.key}]`}
              description={
                fromPrefill
                  ? t('ssvc.prefilled', { source: t(`ssvc.source.${pre.source}`) })
                  : undefined
              }
              value={input[dp.key] ?? ''}
              data={[
                { value: '', label: t('ssvc.notChosen') },
                ...dp.values.map((v) => ({
                  value: v.key,
                  label:
                    lang === 'ja'
                      ? `${ssvcValueName(dp, v, 'ja')} (${v.name}) [${v.key}]`
                      : `${v.name} [${v.key}]`,
                })),
              ]}
              onChange={(e) => {
                const next = { ...chosen };
                const v = e.currentTarget.value;
                if (v === '') delete next[dp.key];
                else next[dp.key] = v;
                onChange(next);
              }}
            />
          );
        })}
      </SimpleGrid>
      <Stack gap={4} mt="xs" aria-live="polite">
        {decision.ok ? (
          <Badge size="lg" variant="outline" color="indigo.9" data-testid={`ssvc-outcome-${model}`}>
            {t('ssvc.outcome', {
              outcome: outcomeText(decision.value.outcome.value, decision.value.outcome.name),
            })}
          </Badge>
        ) : (
          <Text size="sm" data-testid={`ssvc-outcome-${model}`}>
            {t('ssvc.incomplete', {
              points:
                missing.map((dp) => ssvcPointName(dp, lang)).join(', ') || decision.error.message,
            })}
          </Text>
        )}
        {decision.ok &&
          policy !== null &&
          (policy.agrees(decision.value.outcome.value) ? (
            <Text size="sm">{t('ssvc.agree')}</Text>
          ) : (
            <Alert color="yellow" data-testid={`ssvc-disagree-${model}`}>
              {t('ssvc.disagree', {
                ssvc: outcomeText(decision.value.outcome.value, decision.value.outcome.name),
                policy: policy.label,
              })}
            </Alert>
          ))}
      </Stack>
    </Card>
  );
}
