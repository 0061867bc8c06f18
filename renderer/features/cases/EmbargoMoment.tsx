import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IsoInstant } from '../../../shared/model';
import { displayZones, wallClock } from '../../../shared/workflow/publication-moment';

type Props = { instant: IsoInstant; statedZone: string; ownZone: string; testId: string };

const LABELS: Readonly<Record<string, string>> = { 'Asia/Tokyo': 'JST', UTC: 'UTC' };

/** One publication instant shown in JST, UTC and the analyst's own zone, each with its
 *  offset, so nobody has to convert "10:00 JST" in their head. */
export function EmbargoMoment({ instant, statedZone, ownZone, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Table withRowBorders={false} verticalSpacing={2} fz="sm" data-testid={testId} w="auto">
      <Table.Caption ta="start" c="dark.4" fz="xs">
        {t('cases.embargoPanel.stated', { zone: LABELS[statedZone] ?? statedZone })}
      </Table.Caption>
      <Table.Tbody>
        {displayZones(ownZone).map((zone) => {
          const w = wallClock(instant, zone);
          return (
            <Table.Tr key={zone} data-zone={zone}>
              <Table.Th scope="row" fw={600} pe="md">
                {zone === ownZone && LABELS[zone] === undefined
                  ? t('cases.embargoPanel.ownZone', { zone })
                  : (LABELS[zone] ?? zone)}
              </Table.Th>
              <Table.Td ff="monospace">
                <Text span inherit data-testid={`${testId}-time`}>
                  {w.date} {w.time}
                </Text>{' '}
                <Text span inherit c="dark.4">
                  (UTC{w.offset})
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
