import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nameOf } from '../../../shared/model';
import type { PublicationWarning } from '../../../shared/workflow/publication-warnings';
import { useLang } from '../../i18n';
import type { CaseDetail } from './use-case-detail';

/**
 * The engine's warnings about a publication date (shared/workflow/publication-warnings.ts),
 * as plain text under the date field: a live region, so a date typed or picked is read out
 * before any button is pressed. Vendors are named here, for the analyst only.
 */
export function PublicationWarningList({
  warnings,
  detail,
}: {
  warnings: readonly PublicationWarning[];
  detail: Pick<CaseDetail, 'projection' | 'contacts'>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const vendorName = (involvementId: string): string => {
    const inv = detail.projection.involvements.find((i) => i.id === involvementId);
    const contact = inv === undefined ? undefined : detail.contacts.get(inv.contactId);
    return contact === undefined ? (inv?.contactId ?? involvementId) : nameOf(contact, lang);
  };
  const lines = warnings.flatMap((w): string[] => {
    switch (w.kind) {
      case 'vendors-not-replied':
        return [
          t('publicationWarnings.notReplied', {
            count: w.involvementIds.length,
            names: w.involvementIds.map(vendorName).join(', '),
          }),
        ];
      case 'before-target':
        return [
          t(`publicationWarnings.beforeTarget.${w.from}`, {
            count: w.days,
            target: w.targetDays,
            date: w.targetDate,
          }),
        ];
      case 'non-publication-day': {
        const day = { date: w.date, zone: w.timeZone };
        return [
          ...(w.weekend === null ? [] : [t(`publicationWarnings.${w.weekend}`, day)]),
          ...(w.holiday === null
            ? []
            : [t('publicationWarnings.holiday', { ...day, name: w.holiday[lang] })]),
          ...(w.yearEndClosure ? [t('publicationWarnings.closure', day)] : []),
          t('publicationWarnings.noPublication'),
        ];
      }
    }
  });
  return (
    <Stack
      gap={2}
      mt={4}
      role="status"
      aria-label={t('publicationWarnings.label')}
      data-testid="publication-warnings"
    >
      {lines.map((line) => (
        <Text key={line} size="sm" fw={500}>
          {line}
        </Text>
      ))}
    </Stack>
  );
}
