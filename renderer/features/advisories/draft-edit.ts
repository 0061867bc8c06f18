import type {
  AdvisoryDraft,
  DraftReference,
  DraftVulnerability,
} from '../../../shared/model/advisory-draft';
import type { LocalizedText } from '../../../shared/model';

/**
 * Immutable edits of a draft for the editor. They only reshape data: what is valid is
 * decided by the draft schema on save and by shared/advisory on finalize and export.
 */
export const TEXT_FIELDS = [
  'title',
  'overview',
  'description',
  'impact',
  'solution',
  'workarounds',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export type Lang = keyof LocalizedText;

export const setText = (
  draft: AdvisoryDraft,
  field: TextField,
  lang: Lang,
  value: string,
): AdvisoryDraft => ({ ...draft, [field]: { ...draft[field], [lang]: value } });

export const setVulnerability = (
  draft: AdvisoryDraft,
  index: number,
  next: DraftVulnerability,
): AdvisoryDraft => ({
  ...draft,
  vulnerabilities: draft.vulnerabilities.map((v, i) => (i === index ? next : v)),
});

/** A new vulnerability entry with an id unused in this draft. */
export const addVulnerability = (draft: AdvisoryDraft): AdvisoryDraft => {
  const used = new Set(draft.vulnerabilities.map((v) => v.id));
  let n = draft.vulnerabilities.length + 1;
  while (used.has(`vuln${n}`)) n += 1;
  const vuln: DraftVulnerability = {
    id: `vuln${n}`,
    title: { ja: '', en: '' },
    description: { ja: '', en: '' },
    cvss: {},
  };
  return { ...draft, vulnerabilities: [...draft.vulnerabilities, vuln] };
};

export const removeVulnerability = (draft: AdvisoryDraft, index: number): AdvisoryDraft => ({
  ...draft,
  vulnerabilities: draft.vulnerabilities.filter((_, i) => i !== index),
});

export const addReference = (draft: AdvisoryDraft, ref: DraftReference): AdvisoryDraft => ({
  ...draft,
  references: [...draft.references, ref],
});

export const removeReference = (draft: AdvisoryDraft, index: number): AdvisoryDraft => ({
  ...draft,
  references: draft.references.filter((_, i) => i !== index),
});

/** Marks a leak-guard finding as intended; a repeated fingerprint replaces its reason. */
export const addOverride = (
  draft: AdvisoryDraft,
  fingerprint: string,
  reason: string,
): AdvisoryDraft => ({
  ...draft,
  leakGuardOverrides: [
    ...draft.leakGuardOverrides.filter((o) => o.fingerprint !== fingerprint),
    { fingerprint, reason },
  ],
});

/** Optional string fields: an empty input removes the key (exactOptionalPropertyTypes). */
export const optional = <K extends string>(key: K, value: string): Partial<Record<K, string>> =>
  (value.trim() === '' ? {} : { [key]: value.trim() }) as Partial<Record<K, string>>;

/** A copy without one key (to clear an optional field under exactOptionalPropertyTypes). */
export const without = <T extends object, K extends keyof T>(obj: T, key: K): Omit<T, K> =>
  Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key)) as Omit<T, K>;
