import { describe, it, expect } from 'vitest';
import { placeholdersIn } from './letters';
import {
  finderLetterKind,
  INFORMATION_REQUEST_TEMPLATE,
  intakeStartingChecklist,
  renderInformationRequest,
  ROUTING_TEXTS,
  routingCodes,
} from './intake-support';
import { informationRequestList, OPEN_QUESTIONS } from './open-questions';
import { jpcertProfile } from './policy-jpcert';
import { triage } from './triage';

const receivedAt = '2026-11-20T01:00:00.000Z';
const complete = {
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
} as const;

describe('intake support', () => {
  it('routes a website to its operator and shared software upstream first', () => {
    expect(routingCodes({ contact: 'site-operator', upstreamFirst: false })).toEqual([
      'to-site-operator',
    ]);
    expect(routingCodes({ contact: 'developer', upstreamFirst: true })).toEqual([
      'to-developer',
      'upstream-first',
    ]);
    expect(ROUTING_TEXTS['to-site-operator'].en).toBe('Website: contact the site operator.');
  });

  it('starts a report blocked on the analyst’s own assessment, not on facts a finder states', () => {
    const fresh = triage(
      { checklist: intakeStartingChecklist(), kind: 'software', receivedAt },
      jpcertProfile,
    );
    expect(fresh.decision).toBe('needs-information');
    expect(fresh.openQuestions).not.toContain('alreadyPublic');
    expect(fresh.openQuestions).toContain('impactsCia');
    const answered = triage({ checklist: complete, kind: 'software', receivedAt }, jpcertProfile);
    expect(answered.decision).toBe('accept');
  });

  it('picks the finder letter of each decision', () => {
    expect(finderLetterKind('accept')).toBe('finder-acknowledgement');
    expect(finderLetterKind('decline')).toBe('finder-decline');
    expect(finderLetterKind('needs-information')).toBe('finder-information-request');
  });

  it('asks the finder for each missing item, in the letter language', () => {
    const outcome = triage(
      {
        checklist: { ...complete, pocGiven: 'unknown', isXss: 'unknown' },
        kind: 'software',
        receivedAt,
      },
      jpcertProfile,
    );
    const en = informationRequestList(outcome, 'en');
    expect(en.split('\n')).toEqual([
      '- Information needed to decide is missing (exact version and product link, discovery method, PoC, impact).',
      '- Whether it is cross-site scripting and, if so, its significant impact',
      '- Proof-of-concept code or instructions to reproduce it',
    ]);
    expect(informationRequestList(outcome, 'ja')).toContain('PoC コード');
    // An item triage never leaves open has no question and is skipped.
    expect(OPEN_QUESTIONS.highImpact).toBeUndefined();
    expect(
      informationRequestList({ ...outcome, reasons: [], openQuestions: ['highImpact'] }, 'en'),
    ).toBe('');
  });

  it('renders the information request with every placeholder, and refuses a blank one', () => {
    for (const lang of ['ja', 'en'] as const) {
      const used = placeholdersIn(
        INFORMATION_REQUEST_TEMPLATE.subject[lang] + INFORMATION_REQUEST_TEMPLATE.body[lang],
      );
      expect([...used].sort()).toEqual([...INFORMATION_REQUEST_TEMPLATE.placeholders].sort());
    }
    const params = {
      caseRef: 'AL-2026-0001',
      finderName: '山田 太郎',
      productName: 'Example CMS',
      questions: '- PoC',
      organisationName: 'CC',
    };
    const ja = renderInformationRequest('ja', params);
    if (!ja.ok) throw new Error(ja.error.message);
    expect(ja.value.subject).toBe('[AL-2026-0001] 脆弱性関連情報の追加のお願い');
    expect(ja.value.body).toContain('山田 太郎 様');
    expect(ja.value.body).toContain('- PoC');
    expect(renderInformationRequest('en', { ...params, questions: ' ' })).toEqual({
      ok: false,
      error: { code: 'missing-placeholder', message: 'Missing: questions' },
    });
  });
});
