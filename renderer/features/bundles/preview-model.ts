// The export preview as the screen shows it: counts, and the bundle module's reasons for
// leaving an item out (English sentences from shared/exchange/bundle) mapped to i18n keys.
import type { PreviewItem } from '../../../shared/exchange/bundle';
import type { bundlesMessages } from './messages';

type BundleNotes = (typeof bundlesMessages)['en']['notes'];

const NOTE_KEYS: Readonly<Record<string, keyof BundleNotes>> = {
  'internal notes removed': 'notesRemoved',
  'another party': 'anotherParty',
  'concerns another party': 'concernsAnotherParty',
  'internal record': 'internalRecord',
  'finder contact details withheld (credit name kept: consent given)': 'finderContactWithheld',
  'finder identity withheld (no credit consent)': 'finderWithheld',
  'other vendors\u2019 products removed': 'otherProductsRemoved',
  'names the finder or another party': 'namesAnotherParty',
  'messages are not shared with vendors': 'messagesWithheld',
  'drafts are not shared with vendors': 'draftsWithheld',
};

/** The i18n key of a preview note, or null when the note is empty or not known (then the
 *  screen shows the module's own sentence). */
export function previewNoteKey(note: string): `bundles.notes.${keyof BundleNotes}` | null {
  const key = NOTE_KEYS[note];
  return key === undefined ? null : `bundles.notes.${key}`;
}

export type PreviewSummary = { included: number; excluded: number; attachmentBytes: number };

export function summarisePreview(
  items: readonly PreviewItem[],
  attachmentSizes: ReadonlyMap<string, number>,
): PreviewSummary {
  let included = 0;
  let attachmentBytes = 0;
  for (const item of items) {
    if (!item.included) continue;
    included += 1;
    if (item.kind === 'attachment') attachmentBytes += attachmentSizes.get(item.id) ?? 0;
  }
  return { included, excluded: items.length - included, attachmentBytes };
}

/** A byte count for people: 0 B, 12.3 KiB, 4.0 MiB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit] ?? 'GiB'}`;
}
