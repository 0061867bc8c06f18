import { Group, Radio, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  NOT_DEFINED,
  cvssMetrics,
  type CvssMetricGroup as Group_,
  type CvssMetrics,
  type CvssVersion,
} from '../../../shared/advisory';
import { metricLabel, valueLabel } from './cvss-labels';

type Props = {
  version: CvssVersion;
  group: Group_;
  metrics: CvssMetrics;
  /** Unique per calculator on the page, so radio names do not collide. */
  idPrefix: string;
  readOnly: boolean;
  onPick: (key: string, value: string) => void;
};

/**
 * One metric group as radio groups: a labelled radiogroup per metric, arrow keys move
 * between its values and a screen reader announces the metric name with each value.
 */
export function CvssMetricGroup({ version, group, metrics, idPrefix, readOnly, onPick }: Props) {
  const { t } = useTranslation();
  const defs = cvssMetrics[version].filter((d) => d.group === group);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      {defs.map((def) => {
        const optional = def.values[0] === NOT_DEFINED;
        const value = metrics[def.key] ?? (optional ? NOT_DEFINED : null);
        return (
          <Radio.Group
            key={def.key}
            name={`${idPrefix}-${def.key}`}
            label={metricLabel(t, version, def.key)}
            value={value}
            readOnly={readOnly}
            onChange={(v) => onPick(def.key, v)}
          >
            <Group gap="sm" mt={4}>
              {def.values.map((v) => (
                <Radio key={v} value={v} label={valueLabel(t, version, def, v)} />
              ))}
            </Group>
          </Radio.Group>
        );
      })}
    </SimpleGrid>
  );
}
