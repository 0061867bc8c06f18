import { describe, expect, it } from 'vitest';
import { selectForExport } from '../../../shared/exchange/bundle';
import { IDS, sampleCase } from '../../../shared/exchange/bundle/testing/sample-case';
import { en } from '../../i18n/catalog';
import { formatBytes, previewNoteKey, summarisePreview } from './preview-model';

describe('export preview model', () => {
  it('every note of a vendor view has a translation', async () => {
    const selection = selectForExport([await sampleCase()], {
      kind: 'vendor',
      vendorContactId: IDS.vendorA,
    });
    if (!selection.ok) throw new Error(selection.error.message);
    const notes = new Set(selection.value.items.map((i) => i.note).filter((n) => n !== ''));
    expect(notes.size).toBeGreaterThan(0);
    const tree = (en as { bundles: { notes: Record<string, string> } }).bundles.notes;
    for (const note of notes) {
      const key = previewNoteKey(note);
      expect(key, note).not.toBeNull();
      expect(typeof tree[key!.split('.').at(-1)!]).toBe('string');
    }
  });

  it('counts what goes in and the attachment bytes', async () => {
    const selection = selectForExport([await sampleCase()], { kind: 'full' });
    if (!selection.ok) throw new Error(selection.error.message);
    const s = summarisePreview(selection.value.items, new Map([[IDS.attachment, 2048]]));
    expect(s.excluded).toBe(0);
    expect(s.included).toBe(selection.value.items.length);
    expect(s.attachmentBytes).toBe(2048);
    expect(formatBytes(s.attachmentBytes)).toBe('2.0 KiB');
    expect(formatBytes(12)).toBe('12 B');
  });
});
