// Intake's one write: the new case's events (from the triage commands), its report and the
// PoC attachments, in one transaction through the store's case-write path.
import type { Case, CaseId, Report, Settings } from '../../../shared/model';
import { fail, ok, type CodedError, type Result } from '../../../shared/result';
import type { AttachmentInput } from '../../store/attachment-meta';
import { appendCaseEvents, type CaseEventStore, type CaseEventTx } from '../../store/case-writes';
import type { Repository } from '../../store/repository';
import type { IntakeRecords } from './create-case';

/** What intake needs from the encrypted store: one transaction writes the whole case. */
export type IntakeTx = CaseEventTx & {
  put(table: 'reports', record: Report): void;
  putAttachment(input: AttachmentInput, bytes: Uint8Array): string;
};
export type IntakeStore = CaseEventStore<IntakeTx> & {
  cases: Pick<Repository<Case>, 'all'>;
  settings: Pick<Repository<Settings>, 'all'>;
};

export type IntakeFile = { id: string; name: string; bytes: Uint8Array };

/** Writes the new case; its id, or why the engine or the store refused it. */
export async function createIntakeCase(
  store: IntakeStore,
  records: IntakeRecords,
  files: readonly IntakeFile[],
  by: { actor: string; now: string },
): Promise<Result<CaseId, CodedError>> {
  const { caseId, report, commands } = records;
  const result = await appendCaseEvents(store, [{ caseId, commands, by }], (tx) => {
    for (const file of files) {
      tx.putAttachment(
        { id: file.id, caseId, name: file.name, mediaType: 'application/octet-stream' },
        file.bytes,
      );
    }
    tx.put('reports', report);
  });
  return result.ok ? ok(caseId) : fail({ code: result.error.code, message: result.error.message });
}
