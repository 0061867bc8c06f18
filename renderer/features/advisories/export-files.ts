import { renderAdvisory, type AdvisoryFormat, type LeakFinding } from '../../../shared/advisory';
import type { AdvisoryDraft } from '../../../shared/model/advisory-draft';
import validateCve from '../../generated/cve-validator';

/**
 * One export as the panel shows it: the files to save (only when the leak guard passed),
 * or why not. CVE records are also checked against the CVE JSON 5 schema here (the
 * build-time standalone validator; Ajv itself cannot compile under the CSP).
 */
export type ExportOutcome =
  | {
      ok: true;
      files: { name: string; content: string }[];
      overridden: number;
      cveErrors: { file: string; errors: string[] }[];
    }
  | { ok: false; code: 'leak-guard'; findings: LeakFinding[] }
  | { ok: false; code: string; message: string };

export function exportAdvisory(
  draft: AdvisoryDraft,
  format: AdvisoryFormat,
  lang: 'ja' | 'en' | undefined,
): ExportOutcome {
  const r = renderAdvisory(draft, { format, ...(lang ? { lang } : {}) });
  if (!r.ok) {
    return r.error.code === 'leak-guard' && 'findings' in r.error
      ? { ok: false, code: 'leak-guard', findings: r.error.findings }
      : { ok: false, code: r.error.code, message: r.error.message };
  }
  const cveErrors =
    format === 'cve'
      ? r.files.flatMap((f) => {
          const valid = validateCve(JSON.parse(f.content));
          const errors = (validateCve.errors ?? []).map(
            (e) => `${e.instancePath || '/'} ${e.message ?? ''}`,
          );
          return valid ? [] : [{ file: f.name, errors }];
        })
      : [];
  return {
    ok: true,
    files: r.files.map((f) => ({ name: f.name, content: f.content })),
    overridden: r.leakGuard.overridden.length,
    cveErrors,
  };
}
