import { readFile } from 'node:fs/promises';
import { parseAdvisoryDraft, type AdvisoryDraft } from '../../../shared/model/advisory-draft';

/** The hand-written advisory drafts of tests/fixtures/advisories (see its README). */
export const ADVISORY_FIXTURES = [
  'single-vendor-software',
  'multi-vendor-unreachable',
  'website',
  'technical-alert',
] as const;

export const loadAdvisoryFixture = async (name: string): Promise<AdvisoryDraft> => {
  const text = await readFile(`tests/fixtures/advisories/${name}.json`, 'utf8');
  const parsed = parseAdvisoryDraft(JSON.parse(text));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.issues.join('; ')}`);
  return parsed.value;
};
