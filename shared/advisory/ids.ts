import type { CaseKind, Language } from '../model/common';

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
