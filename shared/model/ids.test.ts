import { describe, it, expect } from 'vitest';
import { caseIdSchema, contactIdSchema, newCaseId, newEventId } from './ids';

describe('branded ids', () => {
  it('new ids are valid UUIDs, unique, and junk is refused', () => {
    expect(caseIdSchema.safeParse(newCaseId()).success).toBe(true);
    expect(contactIdSchema.safeParse('not-a-uuid').success).toBe(false);
    expect(newEventId()).not.toBe(newEventId());
  });
});
