import { NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  VENDOR_STATUS_KINDS,
  vendorRows,
  type VendorStatusKind,
} from '../../../shared/workflow/vendor-status';
import { SuggestedVendors } from './SuggestedVendors';
import { VendorRow } from './VendorRow';
import type { CaseDetail } from './use-case-detail';

export { instantForDay } from './VendorRow';

const COLS = [
  'vendor',
  'role',
  'status',
  'firstContact',
  'lastReply',
  'statement',
  'products',
  'actions',
] as const;

// A row with its action controls is about this tall; rows are measured once painted.
const ROW_ESTIMATE = 96;
const MINUTE = 60_000;

/**
 * The case's vendors, one derived status each (shared/workflow/vendor-status.ts), filtered
 * by status and virtualised: a 150-vendor case paints only the rows in view.
 */
export function VendorMatrix({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const [filter, setFilter] = useState<VendorStatusKind | ''>('');
  // "Now" to the minute: the statuses (and so the memoised rows) stay the same objects while
  // the matrix scrolls, and "no reply for N business days" still follows the clock.
  const now = new Date(Math.floor(Date.now() / MINUTE) * MINUTE).toISOString();
  const statuses = useMemo(() => vendorRows(detail.projection, now), [detail.projection, now]);
  const byId = useMemo(
    () => new Map(detail.projection.involvements.map((i) => [i.id as string, i])),
    [detail.projection.involvements],
  );
  const shown = statuses.filter((r) => filter === '' || r.status.kind === filter);
  const nameOf = (id: string) => {
    const inv = byId.get(id);
    const c = inv === undefined ? undefined : detail.contacts.get(inv.contactId);
    return c === undefined ? id : c.name[lang] || c.name.en || c.name.ja;
  };
  const next = statuses.filter((r) => r.contactNext).map((r) => nameOf(r.involvementId));
  const waiting = statuses
    .flatMap((r) =>
      r.status.kind === 'no-reply' ? [{ id: r.involvementId, days: r.status.businessDays }] : [],
    )
    .sort((a, b) => b.days - a.days);
  const counts = new Map<VendorStatusKind, number>();
  for (const r of statuses) counts.set(r.status.kind, (counts.get(r.status.kind) ?? 0) + 1);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    // Paint the first rows before the container is measured (small cases need no scroll).
    initialRect: { width: 1200, height: 900 },
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

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
          {waiting.length > 0 && (
            <Text size="sm" data-testid="waiting-list">
              {t('vendorMatrix.waitingList', {
                list: waiting
                  .map((w) => t('vendorMatrix.waitingEntry', { name: nameOf(w.id), count: w.days }))
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
            <div
              ref={scrollRef}
              role="region"
              aria-label={t('vendorMatrix.scrollRegion', { count: shown.length })}
              tabIndex={0}
              style={{ maxHeight: '70vh', overflow: 'auto' }}
            >
              <Table
                aria-label={t('cases.vendors.tableLabel')}
                verticalSpacing="xs"
                striped
                miw={1100}
                aria-rowcount={shown.length + 1}
              >
                <Table.Thead
                  style={{
                    position: 'sticky',
                    top: 0,
                    zIndex: 1,
                    background: 'var(--mantine-color-body)',
                  }}
                >
                  <Table.Tr aria-rowindex={1}>
                    {COLS.map((c) => (
                      <Table.Th key={c} scope="col">
                        {t(`cases.vendors.col.${c}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {padTop > 0 && (
                    <tr aria-hidden="true">
                      <td colSpan={COLS.length} style={{ height: padTop, padding: 0 }} />
                    </tr>
                  )}
                  {items.map((item) => {
                    const row = shown[item.index];
                    const inv = row === undefined ? undefined : byId.get(row.involvementId);
                    if (row === undefined || inv === undefined) return null;
                    return (
                      <VendorRow
                        key={inv.id}
                        index={item.index}
                        rowRef={virtualizer.measureElement}
                        inv={inv}
                        contact={detail.contacts.get(inv.contactId)}
                        detail={detail}
                        status={row.status}
                        contactNext={row.contactNext}
                      />
                    );
                  })}
                  {padBottom > 0 && (
                    <tr aria-hidden="true">
                      <td colSpan={COLS.length} style={{ height: padBottom, padding: 0 }} />
                    </tr>
                  )}
                </Table.Tbody>
              </Table>
            </div>
          )}
        </>
      )}
    </Stack>
  );
}
