import { describe, expect, it } from 'vitest';
import type { TriageChecklist } from '../../../shared/model';
import { intakeStartingChecklist } from '../../../shared/workflow/intake-support';
import { jpcertProfile } from '../../../shared/workflow/policy-jpcert';
import { triage } from '../../../shared/workflow/triage';
import { splitLetter, unfilledPlaceholders } from '../../../shared/workflow/letters';
import { draftFinderLetter, type LetterDraftInput } from './letter-draft';
import { toVerdictView } from './verdict-view';

const receivedAt = '2026-11-19T15:00:00.000Z';
const complete: TriageChecklist = {
  ...intakeStartingChecklist(),
  impactsCia: 'yes',
  debugModeOnly: 'no',
  exactVersionAndLink: 'yes',
  reproducibleOnSupportedVersion: 'yes',
  discoveryMethodGiven: 'yes',
  pocGiven: 'yes',
  impactDescribed: 'yes',
  isXss: 'no',
  impactInJapan: 'limited',
};
const outcomeOf = (patch: Partial<TriageChecklist>, kind: 'software' | 'website' = 'software') =>
  triage({ checklist: { ...complete, ...patch }, kind, receivedAt }, jpcertProfile);
const draft = (patch: Partial<LetterDraftInput>) =>
  draftFinderLetter({
    decision: 'accept',
    outcome: outcomeOf({}),
    language: 'ja',
    caseRef: 'AL-2026-0001',
    finderName: '山田 太郎',
    productName: 'Example Shop',
    organisationName: 'CC',
    receivedAt,
    timeZone: 'Asia/Tokyo',
    ...patch,
  });

describe('finder letter drafts from the engine templates', () => {
  it('tells the finder an accepted report is accepted, with its reference and received date', () => {
    const ja = draft({});
    expect(ja).toContain('[AL-2026-0001]');
    expect(ja).toContain('山田 太郎 様');
    expect(ja).toContain('2026年11月20日（Asia/Tokyo）');
    expect(ja).toContain('受理いたしました');
    // The tester's finding: an accepted report was told "we will tell you later whether".
    expect(ja).not.toContain('取り扱いの可否を改めてご連絡いたします');
    const en = draft({ language: 'en' });
    expect(en).toContain('accepted it for coordination');
    expect(en).not.toContain('tell you whether we will coordinate');
    expect(en).toContain('please do not disclose');
  });

  it('gives the engine’s decline reasons in the letter language', () => {
    const outcome = outcomeOf({ isXss: 'yes', impactInJapan: 'minimal' }, 'website');
    const en = draft({ decision: 'decline', outcome, language: 'en' });
    expect(en).toContain('Dear 山田 太郎');
    expect(en).toContain('- It is a cross-site scripting issue and no significant impact');
    expect(draft({ decision: 'decline', outcome })).toContain('クロスサイトスクリプティング');
  });

  it('leaves what is not known as fields the seal refuses, never as bracketed text', () => {
    const text = draft({ decision: 'decline', finderName: ' ', productName: '' });
    expect(text).not.toContain('要件を満たしています');
    expect(text).not.toContain('［');
    expect(unfilledPlaceholders(splitLetter(text))).toEqual([
      'finderName',
      'productName',
      'reasons',
    ]);
    expect(unfilledPlaceholders(splitLetter(draft({})))).toEqual([]);
  });

  it('asks the finder for the missing items while information is missing', () => {
    const outcome = outcomeOf({ pocGiven: 'unknown' });
    const en = draft({ decision: 'defer', outcome, language: 'en' });
    expect(en).toContain('please send us the following');
    expect(en).toContain('- Proof-of-concept code or instructions to reproduce it');
  });
});

describe('verdict view', () => {
  it('shows the engine outcome with texts, policy sources, priority and routing', () => {
    const view = toVerdictView(
      outcomeOf({ multipleDevelopers: 'yes', largeUserBase: 'yes', pocGiven: 'unknown' }),
      'en',
    );
    expect(view.decision).toBe('defer');
    expect(view.openQuestions).toEqual(['pocGiven']);
    expect(view.reasons[0]?.source.section).toBe('II.B');
    expect(view.priority.level).toBe('high');
    expect(view.priority.reasons.map((r) => r.text)).toEqual([
      'Large user base.',
      'Affects multiple developers.',
    ]);
    expect(view.routing).toEqual([
      'Software: contact the developer(s).',
      'Several developers: coordinate with the upstream developer first.',
    ]);
    expect(toVerdictView(outcomeOf({}, 'website'), 'ja').routing).toEqual([
      'ウェブサイト: サイト運営者に連絡します。',
    ]);
  });
});
