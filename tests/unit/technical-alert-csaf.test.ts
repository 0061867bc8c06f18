// A technical alert's CSAF (csaf_informational_advisory) passes csaf-validator-lib's schema
// and mandatory tests with zero errors, through the same validator the CLI uses; a
// security-advisory profile check (vulnerabilities present) would fail it, so the test
// also shows the validator does run the informational profile's own tests.
import { beforeAll, describe, expect, it } from 'vitest';
import { finalizeDraft } from '../../shared/advisory/lifecycle';
import { renderAdvisory } from '../../shared/advisory/render';
import { sampleAlertDraft } from '../../shared/advisory/testing/sample-alert-draft';
import { validateCsaf } from '../../cli/commands/advisory-validators';

const csafOf = (lang: 'ja' | 'en', draft = sampleAlertDraft()): Record<string, unknown> => {
  const r = renderAdvisory(draft, { format: 'csaf', lang });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return JSON.parse(r.value.files[0]?.content ?? '{}') as Record<string, unknown>;
};

describe('technical alert CSAF, validated', () => {
  beforeAll(async () => {
    await validateCsaf({}); // loads the library once (several seconds)
  }, 120_000);

  it('is valid in Japanese and English, draft and final', async () => {
    const translated = sampleAlertDraft();
    const family = translated.technicalAlert?.productFamilies[1];
    if (family) family.name.ja = 'IoT カメラ';
    const finalized = finalizeDraft(translated, '2026-12-01T01:00:00.000Z');
    if (!finalized.ok) throw new Error(finalized.error.message);
    const final = finalized.value;
    for (const draft of [sampleAlertDraft(), final]) {
      for (const lang of ['ja', 'en'] as const) {
        const report = await validateCsaf(csafOf(lang, draft));
        expect(report.errors, `${draft.status} ${lang}`).toEqual([]);
        expect(report.valid).toBe(true);
      }
    }
  });

  it('the validator refuses the same document with a vulnerabilities list (test 6.1.27.3)', async () => {
    const doc = { ...csafOf('en'), vulnerabilities: [{ title: 'x' }] };
    const report = await validateCsaf(doc);
    expect(report.valid).toBe(false);
    expect(report.errors.map((e) => e.test)).toContain('mandatoryTest_6_1_27_3');
  });
});
