import { List, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { ADVISORY_FORMATS, droppedBy, type AdvisoryFormat } from '../../../shared/advisory';
import type { AdvisoryDraft } from '../../../shared/model/advisory-draft';

/**
 * The loss report before an export (issue 28, item 5): for the chosen format, what of the
 * case its recipient will not see. The rule is shared/advisory `droppedBy`, the one the CLI
 * prints as `dropped`.
 */
export function DroppedList({ draft, ssvc }: { draft: AdvisoryDraft; ssvc: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [format, setFormat] = useState<AdvisoryFormat>('csaf');
  const dropped = droppedBy(draft, format, { ssvc });
  return (
    <Stack gap={4} data-testid="export-dropped">
      <NativeSelect
        label={t('advisories.export.droppedFor')}
        value={format}
        data={ADVISORY_FORMATS.map((f) => ({
          value: f,
          label: t(`advisories.export.formats.${f}`),
        }))}
        onChange={(e) => {
          const next = ADVISORY_FORMATS.find((f) => f === e.currentTarget.value);
          if (next) setFormat(next);
        }}
      />
      {dropped.length === 0 ? (
        <Text size="sm">{t('advisories.export.droppedNone')}</Text>
      ) : (
        <List size="sm" aria-label={t('advisories.export.droppedFor')}>
          {dropped.map((d) => (
            <List.Item key={d.code} data-code={d.code}>
              {d.text[lang]}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
