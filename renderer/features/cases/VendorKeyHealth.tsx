import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nameOf } from '../../../shared/model';
import { useLang } from '../../i18n';
import { useViewNow } from '../../store/case-views';
import { useKeyHealths, useTable } from '../keys';
import type { CaseDetail } from './use-case-detail';

/**
 * Marks the case's vendors whose key needs attention before the next message (issue 27
 * item 5): refused or warned under the key-health rule, against the agreed publication.
 */
export function VendorKeyHealth({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const keys = useTable('keys');
  const vendorIds = useMemo(
    () => new Set(detail.projection.involvements.map((i) => i.contactId as string)),
    [detail.projection.involvements],
  );
  const vendorKeys = useMemo(
    () =>
      keys.filter(
        (k) =>
          k.kind === 'public' && k.ownerContactId !== undefined && vendorIds.has(k.ownerContactId),
      ),
    [keys, vendorIds],
  );
  const healths = useKeyHealths(
    vendorKeys,
    useViewNow(),
    detail.projection.case?.dates.agreedPublication ?? null,
  );
  if (healths === null) return null;
  const names = [
    ...new Set(
      vendorKeys
        .filter((k) => (healths.get(k.id)?.level ?? 'ok') !== 'ok')
        .map((k) => {
          const contact = detail.contacts.get(k.ownerContactId ?? '');
          return contact === undefined ? k.fingerprint : nameOf(contact, lang);
        }),
    ),
  ];
  if (names.length === 0) return null;
  return (
    <Text size="sm" c="red.9" data-testid="vendor-key-health">
      {t('keys.health.needsAttention', { names: names.join(', ') })}
    </Text>
  );
}
