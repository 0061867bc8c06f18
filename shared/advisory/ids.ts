import type { CaseKind, Language, LocalizedText } from '../model/common';
import type { AdvisoryIdRule } from '../workflow/policy-types';
import { ok, type CodedError, type Result } from '../result';

/**
 * Names derived from the advisory ID: the JVN page address and export file names.
 * JVN# is a single-developer advisory, JVNVU# a multi-party one, JVNTA# a technical alert.
 */
const parts = (advisoryId: string): { prefix: string; digits: string } => {
  const m = /^(JVN|JVNVU|JVNTA)#(\d{8})$/.exec(advisoryId);
  // The draft schema only admits valid IDs, so a mismatch here is a programming error.
  if (!m?.[1] || !m[2]) throw new Error(`not an advisory ID: ${advisoryId}`);
  return { prefix: m[1], digits: m[2] };
};

const section: Record<string, string> = { JVN: 'jp', JVNVU: 'vu', JVNTA: 'ta' };

/** The advisory's public page on JVN: `https://jvn.jp/vu/JVNVU12345678/` (ja), `/en/vu/…` (en). */
export function jvnUrl(advisoryId: string, lang: Language): string {
  const { prefix, digits } = parts(advisoryId);
  const dir = section[prefix] ?? 'jp';
  return `https://jvn.jp/${lang === 'en' ? 'en/' : ''}${dir}/${prefix}${digits}/`;
}

/** CSAF §5.1: lower-case tracking id, every character outside [+\-a-z0-9] becomes `_`. */
export function csafFileName(trackingId: string): string {
  return `${trackingId.toLowerCase().replace(/[^+\-a-z0-9]/g, '_')}.json`;
}

/** Base name for HTML/Markdown exports: `jvnvu_12345678-ja`. */
export function advisoryBaseName(advisoryId: string, lang: Language): string {
  return `${advisoryId.toLowerCase().replace(/[^+\-a-z0-9]/g, '_')}-${lang}`;
}

export type AdvisoryPrefix = 'JVN' | 'JVNVU' | 'JVNTA';

/**
 * The prefix of a case's new advisory ID: a technical alert is always JVNTA# (issue 18);
 * other cases take the organisation's default (JVN# for one developer, JVNVU# for several).
 */
export const advisoryPrefixFor = (kind: CaseKind, defaultPrefix: AdvisoryPrefix): AdvisoryPrefix =>
  kind === 'technical-alert' ? 'JVNTA' : defaultPrefix;

/** A new advisory ID in the JVN scheme: the prefix, `#` and 8 random digits. */
export function newAdvisoryId(prefix: AdvisoryPrefix, random: () => number = Math.random): string {
  const digits = String(Math.floor(random() * 100_000_000)).padStart(8, '0');
  return `${prefix}#${digits}`;
}

/** What the numbering rules look at: the case kind and who the case is coordinated with. */
export type AdvisoryIdFacts = {
  kind: CaseKind;
  /** Vendors (developers, upstream developers, site operators) involved in the case. */
  vendors: number;
  /** Coordinators or partners (an overseas CSIRT such as CERT/CC) involved in the case. */
  coordinators: number;
};

export type AdvisoryIdChoice = {
  prefix: AdvisoryPrefix;
  rule: AdvisoryIdRule;
  /** Why, with the case's facts: "2 vendors are involved". */
  because: LocalizedText;
};

const holds = (when: AdvisoryIdRule['when'], f: AdvisoryIdFacts): LocalizedText | null => {
  switch (when) {
    case 'technical-alert':
      return f.kind === 'technical-alert'
        ? { en: 'the case is a technical alert', ja: 'テクニカルアラートの案件です' }
        : null;
    case 'overseas-coordinator-or-several-vendors':
      if (f.coordinators > 0) {
        return {
          en: `${f.coordinators} coordinator(s) or partner(s) are involved`,
          ja: `調整機関またはパートナーが ${f.coordinators} 者関与しています`,
        };
      }
      return f.vendors > 1
        ? { en: `${f.vendors} vendors are involved`, ja: `ベンダが ${f.vendors} 者関与しています` }
        : null;
    case 'partnership-domestic':
      return {
        en: `one developer and no overseas coordinator (${f.vendors} vendor)`,
        ja: `開発者一者で海外の調整機関は関与していません（ベンダ ${f.vendors} 者）`,
      };
  }
};

/**
 * The advisory ID prefix the profile's rules give a case (issue 23): the first rule whose
 * fact holds, with the rule (and its quoted source) and the facts that made it hold.
 * Null when the profile has no JVN numbering.
 */
export function chooseAdvisoryPrefix(
  facts: AdvisoryIdFacts,
  rules: readonly AdvisoryIdRule[] | undefined,
): AdvisoryIdChoice | null {
  for (const rule of rules ?? []) {
    const because = holds(rule.when, facts);
    if (because) return { prefix: rule.prefix, rule, because };
  }
  return null;
}

export const advisoryPrefixOf = (advisoryId: string): AdvisoryPrefix | null => {
  const m = /^(JVN|JVNVU|JVNTA)#\d{8}$/.exec(advisoryId);
  return (m?.[1] as AdvisoryPrefix | undefined) ?? null;
};

/**
 * Changing an advisory's prefix by hand: allowed with a reason before the advisory is first
 * published (the digits stay), refused after: a published ID is how people cite it.
 */
export function changeAdvisoryPrefix(
  advisoryId: string,
  prefix: AdvisoryPrefix,
  reason: string,
  published: boolean,
): Result<
  string,
  CodedError<'advisory-id-published' | 'advisory-id-reason'> & { text: LocalizedText }
> {
  const refuse = (code: 'advisory-id-published' | 'advisory-id-reason', text: LocalizedText) => ({
    ok: false as const,
    error: { code, message: text.en, text },
  });
  if (published) {
    return refuse('advisory-id-published', {
      en: `${advisoryId} is published: its ID can no longer change.`,
      ja: `${advisoryId} は公開済みのため、ID は変更できません。`,
    });
  }
  if (reason.trim() === '') {
    return refuse('advisory-id-reason', {
      en: 'Give the reason for the change: it is recorded on the case.',
      ja: '変更の理由を入力してください。案件に記録されます。',
    });
  }
  const digits = /#(\d{8})$/.exec(advisoryId)?.[1] ?? newAdvisoryId(prefix).slice(-8);
  return ok(`${prefix}#${digits}`);
}

const VENDOR_ROLES = new Set(['developer', 'upstream-developer', 'site-operator']);
const COORDINATOR_ROLES = new Set(['coordinator', 'partner']);

/** The numbering facts of a case from its kind and its involvements' roles. */
export const advisoryIdFacts = (
  kind: CaseKind,
  involvements: readonly { role: string }[],
): AdvisoryIdFacts => ({
  kind,
  vendors: involvements.filter((i) => VENDOR_ROLES.has(i.role)).length,
  coordinators: involvements.filter((i) => COORDINATOR_ROLES.has(i.role)).length,
});
