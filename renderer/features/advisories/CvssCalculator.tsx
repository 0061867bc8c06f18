import { Accordion, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildCvssVector,
  cvssGroups,
  readCvssVector,
  scoreCvss,
  withMetric,
  type CvssVersion,
} from '../../../shared/advisory';
import { inputStyles } from './a11y-styles';
import { CvssMetricGroup } from './CvssMetricGroup';
import { problemText, scoreLines } from './cvss-labels';

type Props = {
  version: CvssVersion;
  /** The vector field's label (kept as the draft field's name). */
  label: string;
  /** The vector text the draft stores; the pickers are a reading of it. */
  value: string;
  onChange: (vector: string) => void;
  readOnly: boolean;
};

/**
 * A CVSS calculator: metric pickers for every group, the vector text (paste one to set the
 * pickers) and the live score as FIRST's calculator gives it. Reading, writing and scoring
 * the vector are shared/advisory's; this only renders them and passes picks on.
 */
export function CvssCalculator({ version, label, value, onChange, readOnly }: Props) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const headingId = `${idPrefix}-heading`;
  const empty = value.trim() === '';
  const reading = empty ? { metrics: {}, problems: [] } : readCvssVector(version, value);
  const { metrics } = reading;
  // A missing base metric is the normal state while picking: it is said in the status,
  // not flagged as an error of the text.
  const wrong = reading.problems.find((p) => p.code !== 'cvss-missing-base');
  const missing = reading.problems.find((p) => p.code === 'cvss-missing-base');
  const scores = empty || reading.problems.length > 0 ? undefined : scoreCvss(version, metrics);
  const pick = (key: string, v: string) =>
    onChange(buildCvssVector(version, withMetric(metrics, key, v)));
  const [base, ...others] = cvssGroups[version];

  const status =
    scores?.ok === true
      ? scoreLines(t, scores.value).join(' · ')
      : [t('cvss.score.incomplete'), missing ? problemText(t, version, missing) : '']
          .filter((s) => s !== '')
          .join(' ');

  return (
    <Card withBorder component="section" aria-labelledby={headingId} padding="sm">
      <Stack gap="sm">
        <Title order={5} id={headingId}>
          {t('cvss.calculator', { version })}
        </Title>
        <TextInput
          styles={inputStyles}
          label={label}
          value={value}
          placeholder={`CVSS:${version}/…`}
          readOnly={readOnly}
          spellCheck={false}
          autoComplete="off"
          // A pasted vector often brings a newline; the export reads the stored text verbatim.
          onChange={(e) => onChange(e.currentTarget.value.trim())}
          error={wrong === undefined ? undefined : problemText(t, version, wrong)}
        />
        <Text role="status" fw={600} data-testid={`cvss-${version}-score`}>
          {status}
        </Text>
        {base === undefined ? null : (
          <Stack gap={4}>
            <Text fw={600}>{t(`cvss.group.${base}`)}</Text>
            <CvssMetricGroup
              version={version}
              group={base}
              metrics={metrics}
              idPrefix={idPrefix}
              readOnly={readOnly}
              onPick={pick}
            />
          </Stack>
        )}
        <Accordion multiple variant="contained">
          {others.map((group) => (
            <Accordion.Item key={group} value={group}>
              <Accordion.Control>{t(`cvss.group.${group}`)}</Accordion.Control>
              <Accordion.Panel>
                <CvssMetricGroup
                  version={version}
                  group={group}
                  metrics={metrics}
                  idPrefix={idPrefix}
                  readOnly={readOnly}
                  onPick={pick}
                />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Stack>
    </Card>
  );
}
