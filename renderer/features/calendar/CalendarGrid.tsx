import { Anchor, Text } from '@mantine/core';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { Link } from 'react-router';
import type { IsoDate } from '../../../shared/model';
import type { CalendarEntry } from '../../../shared/workflow/calendar-entries';
import { isFocusKey, moveFocus, type CalendarDay } from '../../../shared/workflow/calendar-grid';
import { entryText } from './entry-text';
import classes from './calendar.module.css';

type Props = {
  weeks: readonly (readonly CalendarDay[])[];
  byDate: ReadonlyMap<IsoDate, CalendarEntry[]>;
  focused: IsoDate;
  onFocus: (date: IsoDate) => void;
  onOpen: (entry: CalendarEntry) => void;
  weekStart: 0 | 1;
  /** Cells show this many entries, then "+n more" (the day's list has them all). */
  perCell: number;
};

/**
 * The month or week grid (WAI-ARIA grid pattern): one tab stop, the arrow keys move the
 * focused day, Enter opens the day's first case. Entries are links for the mouse; the
 * keyboard reaches every one in the day's list below the grid.
 */
export function CalendarGrid({
  weeks,
  byDate,
  focused,
  onFocus,
  onOpen,
  weekStart,
  perCell,
}: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const table = useRef<HTMLTableElement>(null);
  const keyboard = useRef(false);
  useEffect(() => {
    if (!keyboard.current) return;
    table.current?.querySelector<HTMLElement>(`[data-date="${focused}"]`)?.focus();
  }, [focused]);
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (isFocusKey(e.key)) {
      e.preventDefault();
      keyboard.current = true;
      onFocus(moveFocus(focused, e.key, weekStart, e.shiftKey));
    } else if (e.key === 'Enter') {
      const first = byDate.get(focused)?.[0];
      if (first !== undefined) {
        e.preventDefault();
        onOpen(first);
      }
    }
  };
  const header = weeks[0] ?? [];
  return (
    <table
      ref={table}
      role="grid"
      aria-label={t('calendar.gridLabel')}
      className={classes.grid}
      onKeyDown={onKeyDown}
      onBlur={() => {
        keyboard.current = false;
      }}
    >
      <thead>
        <tr>
          {header.map((d) => (
            <th key={d.weekday} scope="col">
              {t(`calendar.weekday.${d.weekday}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]?.date}>
            {week.map((day) => {
              const entries = byDate.get(day.date) ?? [];
              const off = day.weekend || day.holiday !== null || day.closure;
              return (
                <td
                  key={day.date}
                  role="gridcell"
                  data-date={day.date}
                  tabIndex={day.date === focused ? 0 : -1}
                  aria-selected={day.date === focused}
                  className={[
                    classes.cell,
                    off ? classes.off : '',
                    day.inPeriod ? '' : classes.outside,
                  ].join(' ')}
                  onClick={() => onFocus(day.date)}
                  onFocus={() => {
                    if (day.date !== focused) onFocus(day.date);
                  }}
                >
                  <Text size="sm" fw={600} component="div">
                    {Number(day.date.slice(8))}
                    <span className={classes.hidden}>{` ${day.date}`}</span>
                  </Text>
                  {day.holiday !== null && (
                    <Text size="xs" component="div">
                      {t('calendar.holiday', { name: day.holiday[lang] })}
                    </Text>
                  )}
                  {day.closure && (
                    <Text size="xs" component="div">
                      {t('calendar.closure')}
                    </Text>
                  )}
                  {entries.slice(0, perCell).map((e) => (
                    <Anchor
                      key={`${e.caseId}-${e.kind}-${e.ruleId ?? ''}`}
                      component={Link}
                      to={`/cases/${e.caseId}`}
                      tabIndex={-1}
                      size="xs"
                      c="indigo.9"
                      className={`${classes.entry} ${classes[e.state] ?? ''}`}
                    >
                      {entryText(t, e, lang)}
                    </Anchor>
                  ))}
                  {entries.length > perCell && (
                    <Text size="xs" component="div">
                      {t('calendar.more', { count: entries.length - perCell })}
                    </Text>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
