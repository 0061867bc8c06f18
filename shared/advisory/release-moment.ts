import type { AdvisoryDraft, DraftRevision } from '../model/advisory-draft';

/**
 * The release moments of an advisory, read by every export (CSAF `tracking`, CVE
 * `datePublic`/`datePublished`/`dateUpdated`, the HTML and Markdown 公開日/最終更新日 and
 * revision history), so no two formats can disagree and the first release is never after
 * the latest one. Before publication the initial release is the planned one (the agreed
 * instant); `publishDraft` replaces it with the instant of publication. Whatever the stored
 * dates say (a plan later than a finalisation, a draft published early), the moments come
 * out ordered: initial ≤ every revision ≤ current.
 */
export type ReleaseMoment = {
  /** Planned or actual first release; null while neither is known. */
  initial: string | null;
  /** The latest release; null while the advisory has none. Never before `initial`. */
  current: string | null;
  /** The revision history, each date at or after `initial` and at or before `current`. */
  revisions: DraftRevision[];
};

const later = (a: string, b: string): string => (Date.parse(a) >= Date.parse(b) ? a : b);
const latest = (dates: (string | undefined)[]): string | null =>
  dates.reduce<string | null>((acc, d) => (d === undefined ? acc : acc ? later(acc, d) : d), null);

export function releaseMoment(draft: AdvisoryDraft): ReleaseMoment {
  const initial = draft.dates.initialRelease ?? draft.revisions[0]?.date ?? null;
  const last = latest([draft.dates.currentRelease, ...draft.revisions.map((r) => r.date)]);
  const current = last === null ? null : initial === null ? last : later(last, initial);
  const revisions = draft.revisions.map((r) => ({
    ...r,
    date: initial === null ? r.date : later(r.date, initial),
  }));
  return { initial, current, revisions };
}

/**
 * CSAF needs both tracking dates and one revision even for an unreleased draft: version 0
 * (no summary: the caller writes "Draft") dated at the last edit, or at the planned release
 * when that is later.
 */
export function csafReleaseMoment(draft: AdvisoryDraft): {
  initial: string;
  current: string;
  revisions: (Omit<DraftRevision, 'summary'> & { summary: DraftRevision['summary'] | null })[];
} {
  const m = releaseMoment(draft);
  const initial = m.initial ?? draft.updatedAt;
  if (m.revisions.length > 0) {
    return { initial, current: m.current ?? initial, revisions: m.revisions };
  }
  const current = m.current ?? later(draft.updatedAt, initial);
  return { initial, current, revisions: [{ number: '0', date: current, summary: null }] };
}
