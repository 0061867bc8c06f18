import { describe, it, expect } from 'vitest';
import {
  addBusinessDays,
  addMonths,
  endOfLocalDay,
  isBusinessDay,
  localDate,
  rollForwardToBusinessDay,
  type CalendarSettings,
} from './calendar';

const tokyo: CalendarSettings = {
  timeZone: 'Asia/Tokyo',
  holidays: 'jp',
  yearEndClosure: { start: '12-29', end: '01-03' },
};

describe('business-day calendar (Asia/Tokyo, Japanese holidays)', () => {
  it('knows weekends, public holidays and the year-end closure', () => {
    expect(isBusinessDay('2026-04-28', tokyo)).toBe(true);
    expect(isBusinessDay('2026-04-29', tokyo)).toBe(false); // Showa Day
    expect(isBusinessDay('2026-05-06', tokyo)).toBe(false); // substitute holiday
    expect(isBusinessDay('2026-05-09', tokyo)).toBe(false); // Saturday
    expect(isBusinessDay('2026-12-30', tokyo)).toBe(false); // closure
    expect(isBusinessDay('2027-01-04', tokyo)).toBe(true);
    expect(isBusinessDay('2026-12-30', { ...tokyo, yearEndClosure: null })).toBe(true);
    expect(isBusinessDay('2026-04-29', { ...tokyo, holidays: 'none' })).toBe(true);
  });

  it('a closure inside one year works too', () => {
    const obon = { ...tokyo, yearEndClosure: { start: '08-13', end: '08-16' } };
    expect(isBusinessDay('2026-08-14', obon)).toBe(false);
    expect(isBusinessDay('2026-08-17', obon)).toBe(true);
  });

  it('counts business days after the start day', () => {
    expect(addBusinessDays('2026-04-28', 5, tokyo)).toBe('2026-05-11');
    expect(addBusinessDays('2026-04-28', 0, tokyo)).toBe('2026-04-28');
  });

  it('rolls a non-business day forward', () => {
    expect(rollForwardToBusinessDay('2026-04-29', tokyo)).toBe('2026-04-30');
    expect(rollForwardToBusinessDay('2026-12-29', tokyo)).toBe('2027-01-04');
    expect(rollForwardToBusinessDay('2026-06-12', tokyo)).toBe('2026-06-12');
  });

  it('adds months clamping to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-04-28', 3)).toBe('2026-07-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('converts instants to Tokyo dates and back, whatever the host time zone', () => {
    expect(localDate('2026-12-24T15:30:00.000Z', 'Asia/Tokyo')).toBe('2026-12-25');
    expect(localDate('2026-12-24T14:59:59.999Z', 'Asia/Tokyo')).toBe('2026-12-24');
    expect(endOfLocalDay('2027-01-07', 'Asia/Tokyo')).toBe('2027-01-07T14:59:59.999Z');
  });
});
