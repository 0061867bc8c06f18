import type { AdvisoryDraft } from '../model/advisory-draft';
import {
  findEmails,
  findFragment,
  findPhones,
  findTerm,
  fnv1a,
  Haystack,
  normalize,
  visibleText,
  type RenderedOutput,
} from './leak-text';
import { publicFields } from './public-fields';
import type { ExportAudience } from './tlp-audience';

/**
 * The leak guard (ARCHITECTURE.md §6): before a public export leaves, search the rendered files
 * for what the case knows must stay private, and name the draft field it came from.
 * The analyst may mark a finding as intended; its fingerprint then goes into
 * `leakGuardOverrides` with a reason, and the guard lets it pass.
 */
export type LeakCode =
  | 'finder-identity'
  | 'internal-note'
  | 'poc'
  | 'attachment'
  | 'contact-address'
  | 'vendor-not-cleared'
  | 'tlp-not-clear';

export type LeakFinding = {
  code: LeakCode;
  /** Draft field path (`vulnerabilities[0].description.en`), or `output:<file>` when generated. */
  field: string;
  excerpt: string;
  fingerprint: string;
  files: string[];
};

export type LeakGuardResult = {
  ok: boolean;
  findings: LeakFinding[];
  overridden: (LeakFinding & { reason: string })[];
};

type Secret = { code: LeakCode; text: string; mode: 'term' | 'fragment' };

const EXCERPT_MAX = 120;

/**
 * A person's name is also written without the space (鈴木次郎) or in the other order
 * (Yamada Hanako / Hanako Yamada), so both forms are searched.
 */
const nameVariants = (text: string): string[] => {
  const words = text.split(' ');
  const variants = new Set([text]);
  if (words.length === 2 && !text.includes('@')) {
    variants.add(`${words[1]} ${words[0]}`);
    if (/[\u3040-\u30ff\u3400-\u9fff]/u.test(text)) variants.add(words.join(''));
  }
  return [...variants];
};

function secretsOf(draft: AdvisoryDraft): Secret[] {
  const ctx = draft.leakGuardContext;
  const out: Secret[] = [];
  const term = (code: LeakCode, text: string) => {
    for (const variant of nameVariants(normalize(text)))
      out.push({ code, text: variant, mode: 'term' });
  };
  const fragment = (code: LeakCode, text: string) =>
    out.push({ code, text: normalize(text), mode: 'fragment' });
  const creditById = new Map(draft.credits.map((c) => [c.id, c]));
  for (const finder of ctx.finders) {
    const credit = finder.creditId ? creditById.get(finder.creditId) : undefined;
    const name = normalize(finder.realName);
    const creditedUnderName =
      credit?.consent === true &&
      [credit.name.ja, credit.name.en].some((n) => normalize(n).includes(name));
    if (!creditedUnderName) term('finder-identity', finder.realName);
    for (const e of [...finder.emails, ...finder.contacts]) term('finder-identity', e);
  }
  for (const c of draft.credits) {
    if (!c.consent) for (const n of [c.name.ja, c.name.en]) term('finder-identity', n);
  }
  for (const n of ctx.internalNotes) fragment('internal-note', n);
  for (const p of ctx.pocTexts) fragment('poc', p);
  for (const a of ctx.attachmentSnippets) fragment('attachment', a);
  for (const c of ctx.vendorContacts) term('contact-address', c);
  const published = new Set(
    draft.vendors
      .filter((v) => v.clearedForPublication || v.unreachableNamePublished)
      .flatMap((v) => [normalize(v.name.ja), normalize(v.name.en)]),
  );
  const uncleared = [
    ...ctx.unclearedVendorNames,
    ...draft.vendors
      .filter((v) => !v.clearedForPublication && !v.unreachableNamePublished)
      .flatMap((v) => [v.name.ja, v.name.en]),
  ];
  for (const n of uncleared) if (!published.has(normalize(n))) term('vendor-not-cleared', n);
  return out.filter((s) => s.text.length >= 2);
}

export function runLeakGuard(
  draft: AdvisoryDraft,
  outputs: RenderedOutput[],
  audience: ExportAudience = 'public',
): LeakGuardResult {
  const fields = publicFields(draft).map((f) => ({ path: f.path, text: normalize(f.text) }));
  const allowed = new Set(
    [
      ...draft.leakGuardContext.allowedAddresses,
      ...findEmails(draft.publisher.contactDetails ?? ''),
    ].map(normalize),
  );
  const byKey = new Map<string, LeakFinding>();
  const report = (code: LeakCode, excerpt: string, file: string) => {
    const field = fields.find((f) => f.text.includes(excerpt))?.path ?? `output:${file}`;
    const fingerprint = `${code}:${field}:${fnv1a(excerpt)}`;
    const existing = byKey.get(fingerprint);
    if (existing) {
      if (!existing.files.includes(file)) existing.files.push(file);
      return;
    }
    const clipped =
      excerpt.length > EXCERPT_MAX ? `${excerpt.slice(0, EXCERPT_MAX - 1)}…` : excerpt;
    byKey.set(fingerprint, { code, field, excerpt: clipped, fingerprint, files: [file] });
  };
  const secrets = secretsOf(draft);
  for (const output of outputs) {
    const text = normalize(visibleText(output));
    const haystack = new Haystack(text);
    const named = new Set<string>();
    for (const s of secrets) {
      const hit =
        s.mode === 'term'
          ? findTerm(text, s.text)
            ? s.text
            : null
          : findFragment(haystack, s.text);
      if (hit === null) continue;
      named.add(hit);
      report(s.code, hit, output.name);
    }
    // Any other address-like text: the context cannot list every address a case has seen.
    for (const address of [...findEmails(text), ...findPhones(text)]) {
      if (!allowed.has(address) && !named.has(address))
        report('contact-address', address, output.name);
    }
  }
  // A draft for the embargoed vendors' sharing group carries its TLP itself (tlp-audience.ts).
  if (draft.case.tlp !== 'CLEAR' && draft.status !== 'final' && audience === 'public') {
    const excerpt = `TLP:${draft.case.tlp}`;
    byKey.set(`tlp-not-clear:case.tlp:${fnv1a(excerpt)}`, {
      code: 'tlp-not-clear',
      field: 'case.tlp',
      excerpt,
      fingerprint: `tlp-not-clear:case.tlp:${fnv1a(excerpt)}`,
      files: outputs.map((o) => o.name),
    });
  }
  const reasons = new Map(draft.leakGuardOverrides.map((o) => [o.fingerprint, o.reason]));
  const findings: LeakFinding[] = [];
  const overridden: (LeakFinding & { reason: string })[] = [];
  for (const f of byKey.values()) {
    const reason = reasons.get(f.fingerprint);
    if (reason === undefined) findings.push(f);
    else overridden.push({ ...f, reason });
  }
  return { ok: findings.length === 0, findings, overridden };
}
