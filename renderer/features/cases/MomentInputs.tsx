import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JAPAN_ZONE } from '../../../shared/model';

/**
 * The date, hour and zone of a publication moment as the analyst states them (an embargo
 * end, a technical alert's release). The zones offered: JST, UTC and the analyst's own.
 * Whether the three make a moment is `publicationMoment`'s to say, not this component's.
 */
export function MomentInputs({
  day,
  time,
  zone,
  ownZone,
  onDay,
  onTime,
  onZone,
}: {
  day: string;
  time: string;
  zone: string;
  ownZone: string;
  onDay: (day: string) => void;
  onTime: (time: string) => void;
  onZone: (zone: string) => void;
}) {
  const { t } = useTranslation();
  const zones = [...new Set([JAPAN_ZONE, 'UTC', ownZone])];
  return (
    <>
      <TextInput
        type="date"
        size="sm"
        label={t('cases.embargoPanel.date')}
        value={day}
        onChange={(e) => onDay(e.currentTarget.value)}
      />
      <TextInput
        type="time"
        size="sm"
        label={t('cases.embargoPanel.time')}
        value={time}
        onChange={(e) => onTime(e.currentTarget.value)}
      />
      <NativeSelect
        size="sm"
        label={t('cases.embargoPanel.statedZone')}
        data={zones.map((z) => ({ value: z, label: z === JAPAN_ZONE ? 'JST (Asia/Tokyo)' : z }))}
        value={zone}
        onChange={(e) => onZone(e.currentTarget.value)}
      />
    </>
  );
}
