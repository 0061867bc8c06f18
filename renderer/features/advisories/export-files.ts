import {
  describeExportFailures,
  renderAdvisory,
  validateExportFile,
  type AdvisoryFormat,
  type ExportFailure,
  type LeakFinding,
} from '../../../shared/advisory';
import type { AdvisoryDraft } from '../../../shared/model/advisory-draft';
import type { LocalizedText } from '../../../shared/model/common';
import { fail, ok, type CodedError, type Result } from '../../../shared/result';

/**
 * One export as the panel shows it: the files to save, or why not. The leak guard runs
 * first (shared/advisory `renderAdvisory`), then every CSAF document and CVE record is
 * validated by `validateExportFile`, the function `airlock advisory validate` runs
 * (csaf-validator-lib's schema and mandatory tests; the CVE JSON 5 schema). Nothing is
 * returned for saving unless both pass.
 */
export type ExportFiles = { files: { name: string; content: string }[]; overridden: number };
export type ExportRefusal =
  | { code: 'leak-guard'; findings: LeakFinding[] }
  | { code: 'invalid-export'; files: { file: string; failures: ExportFailure[] }[] }
  | (CodedError & { text?: LocalizedText });
export type ExportOutcome = Result<ExportFiles, ExportRefusal>;

export async function exportAdvisory(
  draft: AdvisoryDraft,
  format: AdvisoryFormat,
  lang: 'ja' | 'en' | undefined,
  ssvc: readonly Record<string, unknown>[] = [],
): Promise<ExportOutcome> {
  const r = renderAdvisory(draft, {
    format,
    ...(lang ? { lang } : {}),
    // Only CSAF 2.1 has a place for the case's SSVC decisions (metrics[].content.ssvc_v2).
    ...(format === 'csaf21' && ssvc.length > 0 ? { ssvc } : {}),
  });
  if (!r.ok) {
    if (r.error.code === 'leak-guard' && 'findings' in r.error) {
      return fail({ code: 'leak-guard', findings: r.error.findings });
    }
    const { code, message } = r.error;
    return fail({ code, message, ...('text' in r.error ? { text: r.error.text } : {}) });
  }
  const invalid = [];
  for (const f of r.value.files) {
    const report = await validateExportFile(format, f.content);
    if (report !== null && !report.valid) {
      invalid.push({ file: f.name, failures: describeExportFailures(report.errors) });
    }
  }
  if (invalid.length > 0) return fail({ code: 'invalid-export', files: invalid });
  return ok({
    files: r.value.files.map((f) => ({ name: f.name, content: f.content })),
    overridden: r.value.leakGuard.overridden.length,
  });
}
