import { renderAdvisory, type AdvisoryFormat, type LeakFinding } from '../../../shared/advisory';
import type { AdvisoryDraft } from '../../../shared/model/advisory-draft';
import { fail, failWith, ok, type CodedError, type Result } from '../../../shared/result';
import validateCve from '../../generated/cve-validator';

/**
 * One export as the panel shows it: the files to save (only when the leak guard passed),
 * or why not. CVE records are also checked against the CVE JSON 5 schema here (the
 * build-time standalone validator; Ajv itself cannot compile under the CSP).
 */
export type ExportFiles = {
  files: { name: string; content: string }[];
  overridden: number;
  cveErrors: { file: string; errors: string[] }[];
};
export type ExportRefusal = { code: 'leak-guard'; findings: LeakFinding[] } | CodedError;
export type ExportOutcome = Result<ExportFiles, ExportRefusal>;

export function exportAdvisory(
  draft: AdvisoryDraft,
  format: AdvisoryFormat,
  lang: 'ja' | 'en' | undefined,
): ExportOutcome {
  const r = renderAdvisory(draft, { format, ...(lang ? { lang } : {}) });
  if (!r.ok) {
    return r.error.code === 'leak-guard' && 'findings' in r.error
      ? fail({ code: 'leak-guard', findings: r.error.findings })
      : failWith(r.error.code, r.error.message);
  }
  const cveErrors =
    format === 'cve'
      ? r.value.files.flatMap((f) => {
          const valid = validateCve(JSON.parse(f.content));
          const errors = (validateCve.errors ?? []).map(
            (e) => `${e.instancePath || '/'} ${e.message ?? ''}`,
          );
          return valid ? [] : [{ file: f.name, errors }];
        })
      : [];
  return ok({
    files: r.value.files.map((f) => ({ name: f.name, content: f.content })),
    overridden: r.value.leakGuard.overridden.length,
    cveErrors,
  });
}
