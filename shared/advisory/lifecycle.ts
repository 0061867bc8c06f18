import type { AdvisoryDraft } from '../model/advisory-draft';
import type { LocalizedText } from '../model/common';
import { missingTranslations, type MissingTranslation } from './public-fields';
import type { Result } from '../result';

/**
 * Status changes of a draft. Making it final adds the revision entry that CSAF and the
 * JVN revision history print, and sets the release dates; a later update to a published
 * advisory adds one more revision. Both return a new draft (the store records the event).
 */
export type LifecycleError =
  | { code: 'already-final'; message: string }
  | { code: 'not-final'; message: string }
  | { code: 'missing-translations'; message: string; missing: MissingTranslation[] }
  | { code: 'date-before-last-revision'; message: string };

type LifecycleResult = Result<AdvisoryDraft, LifecycleError>;

const initialRelease: LocalizedText = { ja: '初版公開', en: 'Initial release' };

const appendRevision = (
  draft: AdvisoryDraft,
  at: string,
  summary: LocalizedText,
): LifecycleResult => {
  const last = draft.revisions[draft.revisions.length - 1];
  if (last && last.date > at) {
    return {
      ok: false,
      error: {
        code: 'date-before-last-revision',
        message: `${at} is before revision ${last.number}`,
      },
    };
  }
  const revision = { number: String(draft.revisions.length + 1), date: at, summary };
  return {
    ok: true,
    value: {
      ...draft,
      revisions: [...draft.revisions, revision],
      dates: { initialRelease: draft.dates.initialRelease ?? at, currentRelease: at },
      updatedAt: at,
    },
  };
};

/** draft → final: every required text in both languages, then a revision entry. */
export function finalizeDraft(
  draft: AdvisoryDraft,
  at: string,
  summary: LocalizedText = initialRelease,
): LifecycleResult {
  if (draft.status === 'final') {
    return {
      ok: false,
      error: { code: 'already-final', message: 'the advisory is already final' },
    };
  }
  const missing = missingTranslations(draft);
  if (missing.length > 0) {
    return {
      ok: false,
      error: {
        code: 'missing-translations',
        message: `${missing.length} field(s) are missing a language`,
        missing,
      },
    };
  }
  const next = appendRevision(draft, at, summary);
  return next.ok ? { ok: true, value: { ...next.value, status: 'final' } } : next;
}

/** An update to a published advisory ("vendor status updated", "fixed version added"). */
export function addRevision(
  draft: AdvisoryDraft,
  at: string,
  summary: LocalizedText,
): LifecycleResult {
  if (draft.status !== 'final') {
    return {
      ok: false,
      error: { code: 'not-final', message: 'only a final advisory gets revisions' },
    };
  }
  return appendRevision(draft, at, summary);
}

/**
 * The advisory goes public with its case, once: a final draft is stamped with the
 * publication instant as both its first and its current release. A planned release (the
 * agreed instant the draft was made with) is replaced, whether publication comes at it,
 * later, or early through an embargo's early end; revisions made before publication are
 * part of this first release and take its date. A draft that is not final cannot be
 * published: its texts have not been checked in both languages.
 */
export function publishDraft(draft: AdvisoryDraft, at: string): LifecycleResult {
  if (draft.status !== 'final') {
    return {
      ok: false,
      error: { code: 'not-final', message: 'mark the advisory final before publishing it' },
    };
  }
  return {
    ok: true,
    value: {
      ...draft,
      revisions: draft.revisions.map((r) => ({ ...r, date: at })),
      dates: { initialRelease: at, currentRelease: at },
      updatedAt: at,
    },
  };
}

const withdrawalSummary = {
  withdrawn: { ja: 'アドバイザリを取り下げ', en: 'Advisory withdrawn' },
  superseded: { ja: '別のアドバイザリに置き換え', en: 'Advisory superseded' },
} as const;

/**
 * A published advisory taken back, or replaced by another (issue 28): one more revision
 * entry and the reasoning, which CSAF 2.1 exports as `csaf_withdrawn` / `csaf_superseded`.
 */
export function withdrawDraft(
  draft: AdvisoryDraft,
  at: string,
  reason: LocalizedText,
  supersededBy?: NonNullable<AdvisoryDraft['withdrawal']>['supersededBy'],
): LifecycleResult {
  const kind = supersededBy ? 'superseded' : 'withdrawn';
  const next = addRevision(draft, at, withdrawalSummary[kind]);
  if (!next.ok) return next;
  return {
    ok: true,
    value: {
      ...next.value,
      withdrawal: { kind, at, reason, ...(supersededBy ? { supersededBy } : {}) },
    },
  };
}
