import { caseRefSchema, type CaseRef } from '../../../shared/model';

/**
 * The next free case reference `PREFIX-YYYY-NNNN` for a year: one more than the highest
 * number already used with that prefix and year (gaps are not reused, so a reference
 * never changes meaning after a case is deleted or merged away).
 */
export function nextCaseRef(prefix: string, year: number, existing: Iterable<string>): CaseRef {
  const head = `${prefix}-${year}-`;
  let highest = 0;
  for (const ref of existing) {
    if (!ref.startsWith(head)) continue;
    const n = Number(ref.slice(head.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return caseRefSchema.parse(`${head}${String(highest + 1).padStart(4, '0')}`);
}
