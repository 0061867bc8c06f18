import { Anchor, Badge, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatInstant } from '../../app/ui/format-date';
import {
  DeadlineStateBadge,
  EmbargoBadge,
  KindBadge,
  PriorityBadge,
  ReportBadge,
  TlpBadge,
} from './badges';
import { SORT_KEYS, type CaseRow, type SortKey, type SortSpec } from './case-list-model';
import classes from './case-table.module.css';

type Props = {
  rows: readonly CaseRow[];
  sort: SortSpec;
  onSort: (next: SortSpec) => void;
  selected: number;
  onSelect: (index: number) => void;
};

const ROW_HEIGHT = 44;
const WIDTHS: Record<SortKey, string> = {
  ref: '130px',
  title: 'auto',
  vendors: '110px',
  next: '230px',
  report: '110px',
  embargo: '140px',
  tlp: '140px',
  priority: '90px',
};

/**
 * The virtualised case grid: only the visible rows are in the DOM, between two spacer rows
 * that keep the scroll height of all rows. Arrow keys, Page Up/Down, Home/End move the
 * selection; Enter opens the selected case.
 */
export function CaseTable({ rows, sort, onSort, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    onSelect(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 440) / ROW_HEIGHT) - 1);
    const steps: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: page,
      PageUp: -page,
    };
    const step = steps[e.key];
    if (step !== undefined) move(selected + step);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(rows.length - 1);
    else if (e.key === 'Enter') {
      const row = rows[selected];
      if (row !== undefined) void navigate(`/cases/${row.id}`);
    } else return;
    e.preventDefault();
  };

  const activeId = rows[selected] === undefined ? undefined : `case-row-${rows[selected].id}`;
  return (
    <div ref={scrollRef} className={classes.scroll}>
      <table
        className={classes.table}
        role="grid"
        aria-label={t('cases.list.tableLabel')}
        aria-rowcount={rows.length + 1}
        aria-activedescendant={activeId}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <colgroup>
          {SORT_KEYS.map((key) => (
            <col key={key} style={{ width: WIDTHS[key] }} />
          ))}
        </colgroup>
        <thead className={classes.head}>
          <tr role="row" aria-rowindex={1}>
            {SORT_KEYS.map((key) => {
              const active = sort.key === key;
              return (
                <th
                  key={key}
                  role="columnheader"
                  scope="col"
                  aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                >
                  <UnstyledButton
                    className={classes.sort}
                    onClick={() => onSort({ key, desc: active ? !sort.desc : false })}
                  >
                    {t(`cases.list.col.${key}`)}
                    {active ? (sort.desc ? ' ▼' : ' ▲') : ''}
                  </UnstyledButton>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {items.map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            const isSelected = item.index === selected;
            return (
              <tr
                key={row.id}
                id={`case-row-${row.id}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={isSelected}
                className={isSelected ? classes.selected : classes.row}
                style={{ height: ROW_HEIGHT }}
                onClick={() => onSelect(item.index)}
                onDoubleClick={() => void navigate(`/cases/${row.id}`)}
              >
                <td role="gridcell">
                  <Anchor
                    component={Link}
                    to={`/cases/${row.id}`}
                    tabIndex={-1}
                    fw={600}
                    size="sm"
                    c="blue.9"
                  >
                    {row.ref}
                  </Anchor>
                </td>
                <td role="gridcell" className={classes.title} title={row.title}>
                  {row.unread > 0 && (
                    <Badge size="xs" color="indigo.8" variant="filled" tt="none" mr={6}>
                      {t('threads.unread', { count: row.unread })}
                    </Badge>
                  )}
                  {row.kind === 'technical-alert' && (
                    <span style={{ marginRight: 6 }}>
                      <KindBadge kind={row.kind} size="xs" />
                    </span>
                  )}
                  {row.title}
                </td>
                <td role="gridcell">
                  {row.vendorsReplied}/{row.vendorsTotal}
                </td>
                <td role="gridcell">
                  {row.next === null ? (
                    <Text size="sm" c="dark.6">
                      {t('cases.list.noDeadline')}
                    </Text>
                  ) : (
                    <span className={classes.deadline}>
                      <span>{formatInstant(row.next.dueAt, { zone: row.next.timeZone })}</span>
                      <DeadlineStateBadge state={row.deadlineState} />
                    </span>
                  )}
                </td>
                <td role="gridcell">
                  <ReportBadge state={row.report} />
                </td>
                <td role="gridcell">
                  <EmbargoBadge state={row.embargo} scheduled={row.scheduled} />
                </td>
                <td role="gridcell">
                  <TlpBadge tlp={row.tlp} />
                </td>
                <td role="gridcell">
                  <PriorityBadge level={row.priority} />
                </td>
              </tr>
            );
          })}
          {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}
