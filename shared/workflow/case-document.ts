// A case document (the CLI's input, a bundle's unit) carries its events and, beside them,
// the case record and involvements those events lead to. The events are the truth: the
// record a document carries onward is the engine's fold, and a document whose events the
// engine refuses, or whose stated records say something the events do not, is refused
// rather than sealed as it came (a partner would import a case that contradicts itself).
import { canonicalJson } from '../crypto/canonical-json';
import type { CaseDocument } from '../model/case-document';
import { fail, ok, type Result } from '../result';
import { planAppend } from './append';
import { involvementRecord } from './case-records';
import type { WorkflowErrorCode } from './errors';
import { documentIntakeRefusal } from './intake-rules';
import { hasCreationEvent } from './timeline';

export type CaseDocumentError =
  | {
      code: 'case-events-refused';
      message: string;
      /** The first event the engine refused, and its reason. */
      eventId: string;
      reason: WorkflowErrorCode;
    }
  | {
      /** The case record or its report breaks a rule of a new case (intake-rules.ts). */
      code: 'case-record-refused';
      message: string;
      reason: WorkflowErrorCode;
    }
  | {
      code: 'case-contradicts-events';
      message: string;
      /** Where the stated records differ from the fold: `case.states.report`,
       *  `involvements[<id>].status`, `involvements[<id>]` (one side only). */
      fields: string[];
    };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The paths under `path` where `stated` and `folded` differ; arrays compare whole. */
const differences = (stated: unknown, folded: unknown, path: string): string[] => {
  if (isPlainObject(stated) && isPlainObject(folded)) {
    const keys = [...new Set([...Object.keys(stated), ...Object.keys(folded)])].sort();
    return keys.flatMap((k) => differences(stated[k], folded[k], `${path}.${k}`));
  }
  return canonicalJson(stated ?? null) === canonicalJson(folded ?? null) ? [] : [path];
};

const byId = <T extends { id: string }>(records: readonly T[]) =>
  new Map(records.map((r) => [r.id, r]));

/**
 * The document with its case record and involvements replaced by the fold of its events.
 * The case's free-text `notes` are no event's: they are kept as stated. A document without
 * `case.created` (a case from an older export) has no fold to check against: its stated
 * records already carry its later events (the app refolds them onto the stored record at
 * each write), so it passes as stated, as bundle import takes it.
 */
export const foldCaseDocument = (doc: CaseDocument): Result<CaseDocument, CaseDocumentError> => {
  const blank = documentIntakeRefusal(doc);
  if (blank !== null) {
    return fail({
      code: 'case-record-refused',
      message: `case ${doc.case.ref}: ${blank.message} (${blank.code})`,
      reason: blank.code,
    });
  }
  if (!hasCreationEvent(doc.events)) return ok(doc);
  const stated = doc.involvements ?? [];
  const plan = planAppend([], { caseId: doc.case.id, events: doc.events });
  if (!plan.ok) {
    const { code, message, eventId } = plan.error;
    return fail({
      code: 'case-events-refused',
      message: `case ${doc.case.ref}: the engine refuses event ${eventId}: ${message} (${code})`,
      eventId,
      reason: code,
    });
  }
  const { projection } = plan.value;
  const { notes, ...statedCase } = doc.case;
  const kase = { ...(projection.case ?? statedCase), ...(notes === undefined ? {} : { notes }) };
  const involvements = projection.involvements.map(involvementRecord);
  const folded = byId(involvements);
  const fields = differences(statedCase, { ...kase, notes: undefined }, 'case');
  if (doc.involvements !== undefined) {
    const given = byId(stated);
    for (const id of [...new Set([...given.keys(), ...folded.keys()])].sort())
      fields.push(...differences(given.get(id), folded.get(id), `involvements[${id}]`));
  }
  if (fields.length > 0) {
    const shown = fields.slice(0, 5).join(', ') + (fields.length > 5 ? ', …' : '');
    return fail({
      code: 'case-contradicts-events',
      message: `case ${doc.case.ref}: the stated records differ from what its events give: ${shown}`,
      fields,
    });
  }
  return ok({ ...doc, case: kase, involvements });
};
