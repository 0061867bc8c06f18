import type { Case } from '../model';
import { describe, expect, it } from 'vitest';
import { csvField, statisticsCsvRows, toCsv } from './statistics-csv';
import { computeStatistics } from './statistics';

const labels = {
  period: 'Period',
  from: 'From',
  to: 'To',
  total: 'Total',
  figure: {
    received: 'Received',
    accepted: 'Accepted',
    declined: 'Declined',
    published: 'Published',
    closed: 'Closed',
    disputed: 'Disputed',
  },
  column: { software: 'Software', website: 'Website', total: 'All' },
  median: 'Median days',
  p90: '90th pct days',
};

describe('statisticsCsvRows', () => {
  it('writes the days to publication as numbers when a case was published', () => {
    const published = {
      id: 'p',
      kind: 'software',
      dates: {
        received: '2026-04-01T03:00:00.000Z',
        published: '2026-04-04T03:00:00.000Z',
        closed: null,
      },
    } as unknown as Case;
    const r = computeStatistics([published], [], { from: '2026-04-01', to: '2026-04-30' });
    if (!r.ok) throw new Error('expected ok');
    const totalRow = statisticsCsvRows(r.value, labels)[2] ?? [];
    expect(totalRow.slice(-6)).toEqual(['3', '3', '', '', '3', '3']);
  });
});

describe('CSV fields per RFC 4180', () => {
  it('quotes a field with a quote, comma or line break and doubles its quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(toCsv([['x,y', 'z']])).toBe('"x,y",z\r\n');
  });

  it('leaves the day figures empty when nothing was published', () => {
    const r = computeStatistics([], [], { from: '2026-04-01', to: '2026-04-30' });
    if (!r.ok) throw new Error('expected ok');
    const rows = statisticsCsvRows(r.value, labels);
    expect(rows).toHaveLength(3);
    const totalRow = rows[2] ?? [];
    expect(totalRow.slice(0, 3)).toEqual(['Total', '2026-04-01', '2026-04-30']);
    expect(totalRow.slice(-6)).toEqual(['', '', '', '', '', '']);
  });
});
