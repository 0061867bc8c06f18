import { describe, expect, it } from 'vitest';
import { computeStatistics } from './statistics';
import {
  csvField,
  statisticsCsv,
  toCsv,
  UTF8_BOM,
  type StatisticsCsvLabels,
} from './statistics-csv';

describe('RFC 4180 CSV', () => {
  it('quotes only fields that need it and doubles their quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('lf\nonly')).toBe('"lf\nonly"');
    expect(csvField('')).toBe('');
  });

  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2,3'],
      ]),
    ).toBe('a,b\r\n1,"2,3"\r\n');
  });

  it('parses back to the same fields with a strict RFC 4180 reader', () => {
    const rows = [
      ['受付件数 (ソフトウェア)', 'x"y', 'a,b', 'l1\r\nl2'],
      ['1', '', '3', '4'],
    ];
    expect(parseRfc4180(toCsv(rows))).toEqual(rows);
  });
});

const ja: StatisticsCsvLabels = {
  period: '期間',
  from: '開始日',
  to: '終了日',
  total: '合計',
  figure: {
    received: '受付',
    accepted: '受理',
    declined: '不受理',
    published: '公表',
    closed: '終了',
    disputed: '異議',
  },
  column: { software: 'ソフトウェア', website: 'ウェブサイト', total: '計' },
  median: '公表までの日数の中央値',
  p90: '公表までの日数の90パーセンタイル',
};

describe('statisticsCsv', () => {
  it('is UTF-8 text with a BOM, a Japanese header and one row per quarter plus the total', () => {
    const stats = computeStatistics([], [], { from: '2026-01-01', to: '2026-06-30' });
    if (!stats.ok) throw new Error(stats.error.message);
    const text = statisticsCsv(stats.value, ja);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseRfc4180(text.slice(1));
    expect(rows[0]?.slice(0, 4)).toEqual(['期間', '開始日', '終了日', '受付 (ソフトウェア)']);
    expect(rows.map((r) => r[0])).toEqual(['期間', '2026-Q1', '2026-Q2', '合計']);
    expect(rows.every((r) => r.length === rows[0]?.length)).toBe(true);
    // No publication yet: the day statistics are empty cells, not 0.
    expect(rows[1]?.at(-1)).toBe('');
  });
});

/** A strict reader written from the RFC's grammar, to check what a spreadsheet will see. */
function parseRfc4180(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${text[i]} at ${i}`);
        field += text[i];
        i += 1;
      }
    }
    row.push(field);
    if (text[i] === ',') i += 1;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${text[i]} at ${i}`);
  }
  if (row.length > 0) throw new Error('last record lacks CRLF');
  return rows;
}
