import { describe, it, expect } from 'vitest';
import { parseContact } from './contact';
import { sampleContact } from './fixtures';

describe('Contact record', () => {
  it('accepts the sample', () => {
    expect(parseContact(sampleContact()).ok).toBe(true);
  });

  it('fingerprints must be upper-case hex of a real length', () => {
    expect(parseContact({ ...sampleContact(), pgpFingerprints: ['0123abcd'] }).ok).toBe(false);
  });
});
