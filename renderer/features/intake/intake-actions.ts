// Intake's one write: the new case's events (from the triage commands), its report and the
// PoC attachments, in one transaction through the store's case-write path.
import type { CaseId } from '../../../shared/model';
import { fail, ok, type CodedError, type Result } from '../../../shared/result';
import { reporterRefusal } from '../../../shared/workflow/intake-rules';
import { appendCaseEvents } from '../../store/case-writes';
import type { StorePort } from '../../store/port';
import type { IntakeRecords } from './create-case';

/** What intake uses of the encrypted store: the case refs and settings it reads, and one
 *  transaction that writes the whole case. */
export type IntakeStore = StorePort<'cases' | 'settings', 'transact'>;

export type IntakeFile = { id: string; name: string; bytes: Uint8Array };

/** Writes the new case; its id, or why the engine or the store refused it. */
export async function createIntakeCase(
  store: IntakeStore,
  records: IntakeRecords,
  files: readonly IntakeFile[],
  by: { actor: string; now: string },
): Promise<Result<CaseId, CodedError>> {
  const { caseId, report, commands } = records;
  // The report is a record, not an event: the engine's rule on its reporter is asked here.
  const blank = report === null ? null : reporterRefusal(report.reporter);
  if (blank !== null) return fail(blank);
  const others = (records.others ?? []).map((o) => ({ ...o, by }));
  const result = await appendCaseEvents(store, [{ caseId, commands, by }, ...others], (tx) => {
    for (const file of files) {
      tx.putAttachment(
        { id: file.id, caseId, name: file.name, mediaType: 'application/octet-stream' },
        file.bytes,
      );
    }
    if (report !== null) tx.put('reports', report);
    for (const v of records.vulnerabilities ?? []) tx.put('vulnerabilities', v);
  });
  return result.ok ? ok(caseId) : fail({ code: result.error.code, message: result.error.message });
}
