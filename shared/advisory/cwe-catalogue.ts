import { weaknesses } from '@secvisogram/csaf-validator-lib/cwe.js';
import type { LocalizedText } from '../model/common';
import { failWith, ok, type CodedError, type Result } from '../result';

/**
 * MITRE's CWE catalogue, offline, as versioned data: the list csaf-validator-lib ships and
 * checks CSAF documents against (mandatory test 6.1.11 wants each CWE's id and its name
 * verbatim). It is CWE version 4.17 of 2025-04-03 (`lib/cwec/4.17.js` in the library; a
 * test keeps the two equal, so a library update that moves the catalogue fails there and
 * this label is updated with it). A CWE id not in it is refused where it is entered, and a
 * name is never made up from the id.
 */
export const CWE_CATALOGUE = { version: '4.17', date: '2025-04-03' } as const;

const names = new Map(weaknesses.map((w) => [w.id, w.name]));

/** The catalogue's name of a CWE id, or null when the catalogue has no such weakness. */
export const cweName = (id: string): string | null => names.get(id.trim().toUpperCase()) ?? null;

export type CweError = CodedError<'cwe-format' | 'cwe-unknown'> & { text: LocalizedText };

/** A typed CWE id checked against the catalogue: the weakness with MITRE's name, or why not. */
export function lookupCwe(input: string): Result<{ id: string; name: string }, CweError> {
  const id = input.trim().toUpperCase();
  if (!/^CWE-\d{1,5}$/.test(id)) {
    const text = {
      en: `"${input.trim()}" is not a CWE id: write CWE- and its number, e.g. CWE-79.`,
      ja: `「${input.trim()}」は CWE の番号ではありません。CWE-79 のように CWE- と番号を入力してください。`,
    };
    return { ok: false, error: { code: 'cwe-format', message: text.en, text } };
  }
  const name = names.get(id);
  if (name === undefined) {
    const text = {
      en: `${id} is not in MITRE's CWE catalogue (version ${CWE_CATALOGUE.version}): check the number.`,
      ja: `${id} は MITRE の CWE 一覧（バージョン ${CWE_CATALOGUE.version}）にありません。番号を確認してください。`,
    };
    const e = failWith('cwe-unknown', text.en);
    return { ok: false, error: { ...e.error, text } };
  }
  return ok({ id, name });
}
