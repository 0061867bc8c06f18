import { describe, it, expect } from 'vitest';
import type { TriageChecklist } from '../model';
import { jpcertProfile } from './policy-jpcert';
import { certCcProfile } from './policy-profiles';
import { isUnmaintained, triage, triageCommand } from './triage';
import { PRIORITY_REASONS, TRIAGE_REASONS } from './triage-reasons';

/** A complete, acceptable report. */
const good = (): TriageChecklist => ({
  impactsCia: 'yes',
  debugModeOnly: 'no',
  intentionallyVulnerable: 'no',
  exactVersionAndLink: 'yes',
  reproducibleOnSupportedVersion: 'yes',
  productLastUpdated: '2026-01-10',
  vendorDeclaredWontFix: 'no',
  discoveryMethodGiven: 'yes',
  pocGiven: 'yes',
  impactDescribed: 'yes',
  alreadyPublic: 'no',
  timeConstraintsStated: 'yes',
  vendorContactStated: 'yes',
  isXss: 'no',
  xssSignificantImpact: 'unknown',
  impactInJapan: 'limited',
  criticalInfrastructure: 'no',
  largeUserBase: 'no',
  manyProducts: 'no',
  multipleDevelopers: 'no',
  highImpact: 'no',
});
const receivedAt = '2026-04-20T01:00:00.000Z';
const run = (patch: Partial<TriageChecklist>, kind: 'software' | 'website' = 'software') =>
  triage({ checklist: { ...good(), ...patch }, kind, receivedAt }, jpcertProfile);

describe('intake triage (JPCERT/CC Coordination Policy II.B, II.C)', () => {
  it('accepts a complete report, normal priority, routed to the developer', () => {
    expect(run({})).toEqual({
      decision: 'accept',
      reasons: ['meets-criteria'],
      openQuestions: [],
      priority: { level: 'normal', reasons: [] },
      routing: { contact: 'developer', upstreamFirst: false },
    });
  });

  it.each([
    ['impactsCia', 'no', 'not-a-vulnerability'],
    ['debugModeOnly', 'yes', 'debug-mode-only'],
    ['intentionallyVulnerable', 'yes', 'intentionally-vulnerable'],
    ['reproducibleOnSupportedVersion', 'no', 'not-reproducible-on-supported-version'],
    ['vendorDeclaredWontFix', 'yes', 'vendor-wont-fix'],
    ['alreadyPublic', 'yes', 'already-public'],
    ['impactInJapan', 'minimal', 'minimal-impact-in-japan'],
  ] as const)('declines when %s is %s (%s)', (key, value, code) => {
    const r = run({ [key]: value });
    expect(r.decision).toBe('decline');
    expect(r.reasons).toEqual([code]);
    expect(TRIAGE_REASONS[code].source.section).toBe('II.B');
  });

  it('"Generally speaking, cross-site scripting will not be coordinated, unless significant impact can be demonstrated."', () => {
    expect(run({ isXss: 'yes', xssSignificantImpact: 'unknown' }).reasons).toEqual([
      'xss-not-significant',
    ]);
    expect(run({ isXss: 'yes', xssSignificantImpact: 'yes' }).decision).toBe('accept');
    // Profiles without the XSS rule coordinate it.
    const cert = triage(
      { checklist: { ...good(), isXss: 'yes' }, kind: 'software', receivedAt },
      certCcProfile,
    );
    expect(cert.decision).toBe('accept');
  });

  it('"The date of the last update of the Products is before 18 months ago" — 18 months before 2026-04-20 (JST) is 2024-10-20', () => {
    expect(run({ productLastUpdated: '2024-10-19' }).reasons).toEqual(['product-not-maintained']);
    expect(run({ productLastUpdated: '2024-10-20' }).decision).toBe('accept');
    expect(isUnmaintained(null, receivedAt, 18, 'Asia/Tokyo')).toBe(false);
  });

  it('gives every decline reason at once, for the finder letter', () => {
    expect(run({ debugModeOnly: 'yes', alreadyPublic: 'yes' }).reasons).toEqual([
      'debug-mode-only',
      'already-public',
    ]);
  });

  it('asks for missing information instead of deciding', () => {
    const r = run({ pocGiven: 'no', impactsCia: 'unknown', exactVersionAndLink: 'unknown' });
    expect(r.decision).toBe('needs-information');
    expect(r.reasons).toEqual(['insufficient-information']);
    expect(r.openQuestions).toEqual(['impactsCia', 'exactVersionAndLink']);
    expect(run({ alreadyPublic: 'unknown' })).toMatchObject({
      decision: 'needs-information',
      reasons: [],
      openQuestions: ['alreadyPublic'],
    });
    expect(triageCommand(r)).toBeNull();
  });

  it('II.C: high priority with its reasons', () => {
    const r = run({
      impactInJapan: 'wide',
      criticalInfrastructure: 'yes',
      largeUserBase: 'yes',
      manyProducts: 'yes',
      multipleDevelopers: 'yes',
      highImpact: 'yes',
    });
    expect(r.priority.level).toBe('high');
    expect(r.priority.reasons).toEqual([
      'wide-effect-in-japan',
      'critical-infrastructure',
      'large-user-base',
      'many-products',
      'multiple-developers',
      'high-impact',
    ]);
    expect(r.priority.reasons.every((c) => PRIORITY_REASONS[c].text.ja.length > 0)).toBe(true);
  });

  it('routes websites to the operator and shared components upstream first', () => {
    expect(run({}, 'website').routing).toEqual({ contact: 'site-operator', upstreamFirst: false });
    expect(run({ multipleDevelopers: 'yes' }).routing).toEqual({
      contact: 'developer',
      upstreamFirst: true,
    });
  });

  it('turns a decision into the triage.decided command', () => {
    expect(triageCommand(run({ alreadyPublic: 'yes' }), 'public on a blog')).toEqual({
      type: 'triage.decided',
      payload: {
        decision: 'decline',
        reasons: ['already-public'],
        priority: { level: 'normal', reasons: [] },
        note: 'public on a blog',
      },
    });
  });

  it('every reason has Japanese and English text', () => {
    for (const r of Object.values(TRIAGE_REASONS)) {
      expect(r.text.ja).not.toBe('');
      expect(r.text.en).not.toBe('');
    }
  });
});
