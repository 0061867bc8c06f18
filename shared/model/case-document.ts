import { z } from 'zod';
import { caseSchema } from './case';
import { caseEventSchema } from './case-event';
import { contactSchema } from './contact';
import { involvementSchema } from './involvement';
import { recordTypes } from './registry';
import { reportSchema } from './report';
import { vulnerabilitySchema } from './vulnerability';
import type { ModelError, ParseResult, VersionedParser } from './versioned';

/**
 * One case with everything that belongs to it: the unit of a bundle (ARCHITECTURE.md §6) and of
 * the CLI's JSON input/output. Messages and advisory drafts are validated by their owners'
 * schemas (shared/model/message.ts, advisory-draft.ts), so here they are opaque.
 */
export const CASE_DOCUMENT_FORMAT = 'airlock-case/4';
/** Formats this app reads. /2 added product identifiers (contacts' `products`, affected
 *  products' `identifier`); /3 (issue 28) SSVC decisions on the timeline (case events v4);
 *  /4 the coordination and revision events of case events v5 (issues 27, 28).
 *  An older document has none of these and its records migrate one by one. */
export const READABLE_CASE_DOCUMENT_FORMATS: readonly string[] = [
  'airlock-case/1',
  'airlock-case/2',
  'airlock-case/3',
  'airlock-case/4',
];

export const caseDocumentSchema = z.object({
  format: z.literal(CASE_DOCUMENT_FORMAT),
  case: caseSchema,
  events: z.array(caseEventSchema),
  report: reportSchema.optional(),
  involvements: z.array(involvementSchema).optional(),
  contacts: z.array(contactSchema),
  vulnerabilities: z.array(vulnerabilitySchema).optional(),
  messages: z.array(z.unknown()).optional(),
  advisoryDrafts: z.array(z.unknown()).optional(),
});
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const fail = (message: string, issues: string[] = []): { ok: false; error: ModelError } => ({
  ok: false,
  error: { code: 'invalid-record', message, issues },
});

/** A record's failure told at its place in the document (`case`, `events[3]`), every issue
 *  under it (`events[3].payload.at: …`), and the message leading with the first, so the
 *  refusal says where. */
const atField = <T>(field: string, r: ParseResult<T>): ParseResult<T> => {
  if (r.ok) return r;
  const issues = r.error.issues.map((issue) => `${field}.${issue}`);
  const first = issues[0] === undefined ? '' : ` (${issues[0]})`;
  return {
    ok: false,
    error: { ...r.error, message: `${field}: ${r.error.message}${first}`, issues },
  };
};

const parseAll = <T>(
  field: string,
  input: unknown,
  parse: VersionedParser<T>,
): ParseResult<T[]> => {
  if (!Array.isArray(input)) return fail(`${field}: expected an array`);
  const out: T[] = [];
  for (const [i, item] of input.entries()) {
    // An item's error (e.g. `affected[0].identifier: not a package URL…`) at its index.
    const r = atField(`${field}[${i}]`, parse(item));
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
};

/** Parses a case document, migrating every record from older schema versions, and checks
 *  that every record belongs to the document's case (a bundle cannot smuggle in another
 *  case's events). */
export const parseCaseDocument = (input: unknown): ParseResult<CaseDocument> => {
  if (!isObject(input)) return fail('case document: not an object');
  if (typeof input.format !== 'string' || !READABLE_CASE_DOCUMENT_FORMATS.includes(input.format)) {
    return fail(`case document: format must be ${READABLE_CASE_DOCUMENT_FORMATS.join(' or ')}`);
  }
  const kase = atField('case', recordTypes.case.parse(input.case));
  if (!kase.ok) return kase;
  const events = parseAll('events', input.events, recordTypes.caseEvent.parse);
  if (!events.ok) return events;
  const contacts = parseAll('contacts', input.contacts, recordTypes.contact.parse);
  if (!contacts.ok) return contacts;
  const doc: CaseDocument = {
    format: CASE_DOCUMENT_FORMAT,
    case: kase.value,
    events: events.value,
    contacts: contacts.value,
  };
  if (input.report !== undefined) {
    const report = atField('report', recordTypes.report.parse(input.report));
    if (!report.ok) return report;
    doc.report = report.value;
  }
  if (input.involvements !== undefined) {
    const inv = parseAll('involvements', input.involvements, recordTypes.involvement.parse);
    if (!inv.ok) return inv;
    doc.involvements = inv.value;
  }
  if (input.vulnerabilities !== undefined) {
    const vul = parseAll('vulnerabilities', input.vulnerabilities, recordTypes.vulnerability.parse);
    if (!vul.ok) return vul;
    doc.vulnerabilities = vul.value;
  }
  for (const key of ['messages', 'advisoryDrafts'] as const) {
    const v = input[key];
    if (v === undefined) continue;
    if (!Array.isArray(v)) return fail(`${key}: expected an array`);
    doc[key] = v;
  }
  // Which case a record belongs to is the registry's `caseIdOf`; a report not yet sorted
  // into a case (null) belongs to none.
  const caseId = doc.case.id;
  const other = <T extends { id: string }>(
    field: string,
    records: readonly T[],
    caseIdOf: (record: T) => string | null,
  ): string[] =>
    records
      .filter((r) => {
        const owner = caseIdOf(r);
        return owner !== null && owner !== caseId;
      })
      .map((r) => `${field}: ${r.id}`);
  const foreign = [
    ...other('events', doc.events, recordTypes.caseEvent.caseIdOf),
    ...other('involvements', doc.involvements ?? [], recordTypes.involvement.caseIdOf),
    ...other('vulnerabilities', doc.vulnerabilities ?? [], recordTypes.vulnerability.caseIdOf),
    ...other('report', doc.report ? [doc.report] : [], recordTypes.report.caseIdOf),
  ];
  if (foreign.length > 0) return fail('case document: records of another case', foreign);
  return { ok: true, value: doc };
};
