// Intake's write as a named operation (ARCHITECTURE.md §7b): the new case's events (from
// the triage commands), its report and its PoC attachments in one transaction.
import type { OperationMap } from '../../app/operations';
import type { IntakeRecords } from './create-case';
import { createIntakeCase, type IntakeFile, type IntakeStore } from './intake-actions';

export type IntakeDeps = { readonly store: IntakeStore };

export const intakeOperations = {
  /** Writes the new case; its id, or why the engine or the store refused it. */
  createCase: (
    { store }: IntakeDeps,
    input: { records: IntakeRecords; files: readonly IntakeFile[]; now: string },
  ) => createIntakeCase(store, input.records, input.files, { actor: 'analyst', now: input.now }),
} satisfies OperationMap<IntakeDeps>;
