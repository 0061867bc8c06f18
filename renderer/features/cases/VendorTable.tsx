import { Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import type { InvolvementView } from '../../../shared/workflow/projection';
import type { VendorRowStatus } from '../../../shared/workflow/vendor-status';
import { VendorActions } from './VendorActions';
import { VendorRow } from './VendorRow';
import { vendorRowViews, type VendorRowView } from './vendor-row-view';
import type { CaseDetail } from './use-case-detail';

// Fixed column widths (percent): opening a row's controls or scrolling other rows into view
// never reflows the columns, so a summary row keeps its height.
const COLS = [
  ['vendor', 13],
  ['role', 8],
  ['status', 16],
  ['firstContact', 9],
  ['lastReply', 9],
  ['statement', 10],
  ['products', 12],
  ['actions', 23],
] as const;

// A summary row's height (`.row` in vendor-table.module.css): rows are not measured.
const ROW_HEIGHT = 72;
// The open row (its controls) is about this tall; it alone is measured once painted.
const OPEN_ESTIMATE = 170;

type Props = {
  shown: readonly VendorRowStatus[];
  byId: ReadonlyMap<string, InvolvementView>;
  detail: CaseDetail;
};

/**
 * The matrix's rows, virtualised: a 150-vendor case paints only the rows in view, each a
 * fixed-height summary; the one row being worked on ("Act on this vendor") holds the controls.
 * Its own component, so a scroll re-renders the table and not the rest of the Vendors tab.
 */
export const VendorTable = memo(function VendorTable({ shown, byId, detail }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [openId, setOpenId] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const actionsId = useId();
  const openIndex = openId === null ? -1 : shown.findIndex((r) => r.involvementId === openId);
  // The open row is measured under its own key, so once closed its summary row is back to
  // the fixed height (not the height measured with its controls).
  const getItemKey = useCallback(
    (i: number) => {
      const id = shown[i]?.involvementId ?? String(i);
      return id === openId ? `${id}:open` : id;
    },
    [shown, openId],
  );
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (i === openIndex ? OPEN_ESTIMATE : ROW_HEIGHT),
    getItemKey,
    overscan: 4,
    // Paint the first rows before the container is measured (small cases need no scroll).
    initialRect: { width: 1200, height: 900 },
  });
  // Each row's texts, made when it first scrolls into view and kept (the same object, so the
  // memoised row does not render again) while its involvement and status stay the same.
  const viewOf = useMemo(() => {
    const make = vendorRowViews(t, lang);
    const views = new WeakMap<InvolvementView, { row: VendorRowStatus; view: VendorRowView }>();
    return (row: VendorRowStatus, inv: InvolvementView): VendorRowView => {
      const known = views.get(inv);
      if (known !== undefined && known.row === row) return known.view;
      const view = make(inv, detail.contacts.get(inv.contactId), row.status, row.contactNext);
      views.set(inv, { row, view });
      return view;
    };
  }, [t, lang, detail.contacts]);
  const onToggle = useCallback(
    (id: string) => setOpenId((current) => (current === id ? null : id)),
    [],
  );
  const onClose = useCallback(() => {
    // The toggle stays in the row: focus goes back to it as the controls close.
    scrollRef.current
      ?.querySelector<HTMLButtonElement>(`[data-act-toggle="${CSS.escape(openId ?? '')}"]`)
      ?.focus();
    setOpenId(null);
  }, [openId]);
  // The header does not change as the matrix scrolls (each scroll renders this table).
  const head = useMemo(
    () => (
      <Table.Thead
        style={{ position: 'sticky', top: 0, zIndex: 1, background: 'var(--mantine-color-body)' }}
      >
        <Table.Tr aria-rowindex={1}>
          {COLS.map(([c, width]) => (
            <Table.Th key={c} scope="col" w={`${width}%`}>
              {t(`cases.vendors.col.${c}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
    ),
    [t],
  );
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
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
        layout="fixed"
        aria-rowcount={shown.length + 1}
      >
        {head}
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
            const open = inv.id === openId;
            const view = viewOf(row, inv);
            return (
              <VendorRow
                key={inv.id}
                id={inv.id}
                index={item.index}
                rowRef={open ? virtualizer.measureElement : undefined}
                view={view}
                actionsId={actionsId}
                onToggle={onToggle}
                actions={
                  open ? (
                    <VendorActions
                      id={actionsId}
                      inv={inv}
                      vendor={view.name}
                      detail={detail}
                      onClose={onClose}
                    />
                  ) : null
                }
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
  );
});
