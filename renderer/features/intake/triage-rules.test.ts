import { describe, expect, it } from 'vitest';
import { emptyTriageChecklist, type TriageChecklist } from '../../../shared/model';
import { jpcertProfile } from '../../../shared/workflow/policy-jpcert';
import { triage } from './triage-rules';

const complete: TriageChecklist = {
  ...emptyTriageChecklist(),
  impactsCia: 'yes',
  exactVersionAndLink: 'yes',
  discoveryMethodGiven: 'yes',
  pocGiven: 'yes',
  impactDescribed: 'yes',
  isXss: 'no',
  impactInJapan: 'limited',
};
const run = (c: TriageChecklist, kind: 'software' | 'website' = 'software') =>
  triage(c, kind, jpcertProfile.triage, '2026-11-20');

describe('interim triage rules', () => {
  it('accepts a complete report and routes software to the developer', () => {
    expect(run(complete)).toEqual({
      decision: 'accept',
      reasons: ['meets-criteria'],
      priority: { level: 'normal', reasons: [] },
      routing: ['to-developer'],
    });
  });

  it('declines XSS without significant impact and minimal impact in Japan', () => {
    const outcome = run({ ...complete, isXss: 'yes', impactInJapan: 'minimal' }, 'website');
    expect(outcome.decision).toBe('decline');
    expect(outcome.reasons).toEqual(['xss-not-significant', 'minimal-impact-in-japan']);
    expect(outcome.routing).toEqual(['to-site-operator']);
    expect(run({ ...complete, isXss: 'yes', xssSignificantImpact: 'yes' }).decision).toBe('accept');
  });

  it('declines a product not updated for more than 18 months', () => {
    expect(run({ ...complete, productLastUpdated: '2025-05-19' }).reasons).toEqual([
      'product-not-maintained',
    ]);
    expect(run({ ...complete, productLastUpdated: '2025-05-20' }).decision).toBe('accept');
  });

  it('defers while required information is missing', () => {
    expect(run({ ...complete, pocGiven: 'unknown' })).toMatchObject({
      decision: 'defer',
      reasons: ['insufficient-information'],
    });
  });

  it('makes priority high with its reasons and asks to coordinate upstream first', () => {
    const outcome = run({
      ...complete,
      impactInJapan: 'wide',
      criticalInfrastructure: 'yes',
      multipleDevelopers: 'yes',
    });
    expect(outcome.priority).toEqual({
      level: 'high',
      reasons: ['wide-effect-in-japan', 'critical-infrastructure', 'multiple-developers'],
    });
    expect(outcome.routing).toEqual(['to-developer', 'upstream-first']);
  });
});
