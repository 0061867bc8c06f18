import { describe, expect, it } from 'vitest';
import { recordTypes } from './registry';
import { sampleCase, sampleContact } from './testing/fixtures';

describe('record registry', () => {
  const kinds = Object.entries(recordTypes);

  it('lists every persisted record type once, each under its own name', () => {
    const names = kinds.map(([, type]) => type.parse.recordName);
    expect(new Set(names).size).toBe(kinds.length);
    expect(kinds.length).toBeGreaterThanOrEqual(13);
  });

  it('has a migration for every step from version 1 to the current one, so any old record reads', () => {
    const gaps = kinds.flatMap(([kind, type]) =>
      Array.from({ length: type.parse.version - 1 }, (_, i) => i + 1)
        .filter((from) => type.parse.migrations[from] === undefined)
        .map((from) => `${kind}: v${from} → v${from + 1}`),
    );
    expect(gaps).toEqual([]);
  });

  it('parses through the record file’s own parser, migrations included', () => {
    const kase = recordTypes.case.parse({ ...sampleCase(), schemaVersion: 1 });
    expect(kase.ok && kase.value.schemaVersion).toBe(recordTypes.case.parse.version);
    expect(recordTypes.contact.parse(sampleContact()).ok).toBe(true);
    expect(recordTypes.contact.parse({ schemaVersion: 99 })).toMatchObject({
      ok: false,
      error: { code: 'unsupported-version' },
    });
  });

  it('names the case a record belongs to', () => {
    const kase = sampleCase();
    expect(recordTypes.case.caseIdOf(kase)).toBe(kase.id);
    expect('caseIdOf' in recordTypes.contact).toBe(false);
  });
});
