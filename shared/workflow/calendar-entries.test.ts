import { describe, expect, it } from 'vitest';
import { calendarEntries, entriesByDate, type CalendarCaseInput } from './calendar-entries';

const input = (
  ref: string,
  dates: { agreedPublication: string | null; published?: string | null },
  deadlines: { ruleId: string; dueAt: string; start: string; state: string }[],
  report = 'open',
): CalendarCaseInput =>
  ({
    projection: {
      publicationSchedule: null,
      embargo: { exit: null },
      finderSteps: { withdrawals: [], siteFixed: null },
      case: {
        id: `id-${ref}`,
        ref,
        title: `Case ${ref}`,
        states: { report },
        dates: { published: null, ...dates },
      },
    },
    report: { deadlines: deadlines.map((d) => ({ ...d, title: { ja: d.ruleId, en: d.ruleId } })) },
  }) as unknown as CalendarCaseInput;

describe('calendarEntries', () => {
  it('shows the agreed publication once, on its Tokyo day, and skips met deadlines', () => {
    const agreed = '2026-06-30T16:00:00.000Z'; // 2026-07-01 01:00 in Tokyo
    const entries = calendarEntries(
      [
        input('A', { agreedPublication: agreed }, [
          { ruleId: 'publish', dueAt: agreed, start: agreed, state: 'running' },
          {
            ruleId: 'ack',
            dueAt: '2026-06-10T14:59:59.999Z',
            start: '2026-06-01T00:00:00.000Z',
            state: 'running',
          },
          {
            ruleId: 'done',
            dueAt: '2026-06-05T14:59:59.999Z',
            start: '2026-06-01T00:00:00.000Z',
            state: 'met',
          },
        ]),
        input('B', { agreedPublication: agreed }, []),
        input('C', { agreedPublication: agreed, published: agreed }, []),
        input('D', { agreedPublication: agreed }, [], 'closed'),
      ],
      'Asia/Tokyo',
    );
    expect(entries.map((e) => [e.ref, e.kind, e.ruleId, e.date, e.state])).toEqual([
      ['A', 'deadline', 'ack', '2026-06-10', 'running'],
      ['A', 'publication', null, '2026-07-01', 'scheduled'],
      ['B', 'publication', null, '2026-07-01', 'scheduled'],
    ]);
    expect(
      entriesByDate(entries)
        .get('2026-07-01')
        ?.map((e) => e.ref),
    ).toEqual(['A', 'B']);
  });

  it('says which publications the analyst scheduled at the agreed instant', () => {
    const at = '2026-07-01T01:00:00.000Z';
    const agreed = input('A', { agreedPublication: at }, []);
    const scheduled = {
      ...agreed,
      projection: {
        ...agreed.projection,
        publicationSchedule: { date: at, zone: 'Asia/Tokyo', at, actor: 'analyst' },
      },
    };
    expect(calendarEntries([agreed], 'UTC').map((e) => e.publicationScheduled)).toEqual([false]);
    expect(calendarEntries([scheduled], 'UTC').map((e) => e.publicationScheduled)).toEqual([true]);
  });

  it('orders entries at the same instant by reference', () => {
    const at = '2026-07-01T01:00:00.000Z';
    const refs = calendarEntries(
      [input('Z', { agreedPublication: at }, []), input('M', { agreedPublication: at }, [])],
      'UTC',
    ).map((e) => e.ref);
    expect(refs).toEqual(['M', 'Z']);
  });

  it('skips a projection without a case', () => {
    const none = { projection: { case: null }, report: { deadlines: [] } };
    expect(calendarEntries([none as unknown as CalendarCaseInput], 'UTC')).toEqual([]);
  });
});
