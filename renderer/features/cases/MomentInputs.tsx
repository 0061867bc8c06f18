import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JAPAN_ZONE } from '../../../shared/model';
import type { MomentInput } from '../../../shared/workflow/publication-moment';

/**
 * The date, hour and zone of a publication moment as the analyst states them (an embargo
 * end, a technical alert's release). The zones offered: JST, UTC and the analyst's own.
 * Whether the three make a moment is `publicationMoment`'s to say, not this component's.
 */
export function MomentInputs({
  value,
  ownZone,
  onChange,
  error = null,
}: {
  value: MomentInput;
  ownZone: string;
  onChange: (value: MomentInput) => void;
  /** A refusal of the moment itself (the engine's: already past), shown at the date. */
  error?: string | null;
}) {
  const { t } = useTranslation();
  const zones = [...new Set([JAPAN_ZONE, 'UTC', ownZone])];
  return (
    <>
      <TextInput
        type="date"
        size="sm"
        label={t('cases.embargoPanel.date')}
        value={value.day}
        error={error ?? undefined}
        onChange={(e) => onChange({ ...value, day: e.currentTarget.value })}
      />
      <TextInput
        type="time"
        size="sm"
        label={t('cases.embargoPanel.time')}
        value={value.time}
        onChange={(e) => onChange({ ...value, time: e.currentTarget.value })}
      />
      <NativeSelect
        size="sm"
        label={t('cases.embargoPanel.statedZone')}
        data={zones.map((z) => ({ value: z, label: z === JAPAN_ZONE ? 'JST (Asia/Tokyo)' : z }))}
        value={value.zone}
        onChange={(e) => onChange({ ...value, zone: e.currentTarget.value })}
      />
    </>
  );
}
