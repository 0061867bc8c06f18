// Backup files are named on the clock the screens show, with its zone, so the analyst who
// reads "00:30 JST" on the screen finds a file of that day and time, not the UTC day before.
import { describe, expect, it } from 'vitest';
import { backupName } from './backup-name';

describe('backupName', () => {
  it('names a backup made at 15:30 UTC by the next day 00:30 in JST, and says JST', () => {
    expect(backupName(new Date('2026-12-07T15:30:05Z'), 'Asia/Tokyo')).toBe(
      'airlock-backup-2026-12-08-003005-JST.airlock-backup',
    );
  });

  it('names a zone without a common abbreviation by its offset that day', () => {
    expect(backupName(new Date('2026-12-07T15:30:05Z'), 'America/New_York')).toBe(
      'airlock-backup-2026-12-07-103005-UTC-0500.airlock-backup',
    );
    expect(backupName(new Date('2026-07-07T15:30:05Z'), 'America/New_York')).toBe(
      'airlock-backup-2026-07-07-113005-UTC-0400.airlock-backup',
    );
  });

  it('gives names that sort by age and that Windows and macOS accept', () => {
    const instants = ['2026-12-31T14:59:59Z', '2026-12-31T15:00:00Z', '2027-01-01T01:00:00Z'];
    const names = instants.map((i) => backupName(new Date(i), 'Asia/Tokyo'));
    expect([...names].sort()).toEqual(names);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9+.-]+$/);
  });
});
