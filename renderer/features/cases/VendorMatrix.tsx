import { NativeSelect, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { VENDOR_STATUS_KINDS, type VendorStatusKind } from '../../../shared/workflow/vendor-status';
import { SuggestedVendors } from './SuggestedVendors';
import { VendorTable } from './VendorTable';
import { VendorKeyHealth } from './VendorKeyHealth';
import type { CaseDetail } from './use-case-detail';
import { nameOf } from '../../../shared/model';

/**
 * The case's vendors, one derived status each (shared/workflow/vendor-status.ts), filtered
 * by status and virtualised: a 150-vendor case paints only the rows in view.
 */
export function VendorMatrix({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [filter, setFilter] = useState<VendorStatusKind | ''>('');
  // The case view's rows: the same objects until the case changes or the minute turns, so
  // the memoised rows do not re-render while the matrix scrolls.
  const statuses = detail.vendors;
  const byId = useMemo(
    () => new Map(detail.projection.involvements.map((i) => [i.id as string, i])),
    [detail.projection.involvements],
  );
  const shown = useMemo(
    () => statuses.filter((r) => filter === '' || r.status.kind === filter),
    [statuses, filter],
  );
  const vendorName = (id: string) => {
    const inv = byId.get(id);
    const c = inv === undefined ? undefined : detail.contacts.get(inv.contactId);
    return c === undefined ? id : nameOf(c, lang);
  };
  const next = statuses.filter((r) => r.contactNext).map((r) => vendorName(r.involvementId));
  const waiting = statuses
    .flatMap((r) =>
      r.status.kind === 'no-reply' ? [{ id: r.involvementId, days: r.status.businessDays }] : [],
    )
    .sort((a, b) => b.days - a.days);
  const counts = new Map<VendorStatusKind, number>();
  for (const r of statuses) counts.set(r.status.kind, (counts.get(r.status.kind) ?? 0) + 1);

  return (
    <Stack gap="md">
      <SuggestedVendors detail={detail} />
      {statuses.length === 0 ? (
        <Text size="sm">{t('cases.vendors.none')}</Text>
      ) : (
        <>
          <Text size="sm" data-testid="contact-next">
            {next.length === 0
              ? t('vendorMatrix.contactNextNone')
              : t('vendorMatrix.contactNextList', { names: next.join(', ') })}
          </Text>
          <VendorKeyHealth detail={detail} />
          {waiting.length > 0 && (
            <Text size="sm" data-testid="waiting-list">
              {t('vendorMatrix.waitingList', {
                list: waiting
                  .map((w) =>
                    t('vendorMatrix.waitingEntry', { name: vendorName(w.id), count: w.days }),
                  )
                  .join(', '),
              })}
            </Text>
          )}
          <NativeSelect
            label={t('vendorMatrix.filterLabel')}
            value={filter}
            w={320}
            onChange={(e) => setFilter(e.currentTarget.value as VendorStatusKind | '')}
            data={[
              { value: '', label: t('vendorMatrix.filterAll', { count: statuses.length }) },
              ...VENDOR_STATUS_KINDS.filter((k) => (counts.get(k) ?? 0) > 0).map((k) => ({
                value: k,
                label: t('vendorMatrix.filterOption', {
                  label:
                    k === 'no-reply'
                      ? t('vendorMatrix.noReplyFilter')
                      : t(`vendorMatrix.status.${k}`),
                  count: counts.get(k) ?? 0,
                }),
              })),
            ]}
          />
          {shown.length === 0 ? (
            <Text size="sm">{t('vendorMatrix.noneForFilter')}</Text>
          ) : (
            <VendorTable shown={shown} byId={byId} detail={detail} />
          )}
        </>
      )}
    </Stack>
  );
}
