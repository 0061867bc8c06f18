import { describe, expect, it } from 'vitest';
import { sampleReportForm } from '../exchange/report-form/testing/sample';
import { intakeStartingChecklist } from './intake-support';
import { reportFormChecklist, reportFormForIntake, reportFormSigner } from './report-form-intake';

describe('the checklist a report form answers', () => {
  it('answers what a complete form states and leaves the analyst’s items as they start', () => {
    expect(reportFormChecklist(sampleReportForm())).toEqual({
      ...intakeStartingChecklist(),
      exactVersionAndLink: 'yes',
      discoveryMethodGiven: 'yes',
      pocGiven: 'yes',
      impactDescribed: 'yes',
      alreadyPublic: 'no',
      timeConstraintsStated: 'yes',
      vendorContactStated: 'yes',
    });
  });

  it('answers no where the finder left a question blank, and yes when it is public', () => {
    const doc = sampleReportForm();
    const blank = reportFormChecklist({
      ...doc,
      product: { ...doc.product, url: ' ' },
      discovery: { method: '', tools: [] },
      poc: '',
      impact: { description: '', threatModel: '' },
      alreadyPublic: { value: true, references: ['https://blog.example/post'] },
    });
    expect(blank).toMatchObject({
      exactVersionAndLink: 'no',
      discoveryMethodGiven: 'no',
      pocGiven: 'no',
      impactDescribed: 'no',
      alreadyPublic: 'yes',
    });
    const noVersion = { ...doc, product: { ...doc.product, version: '' } };
    expect(reportFormChecklist(noVersion).exactVersionAndLink).toBe('no');
    const threatOnly = {
      ...doc,
      impact: { description: '', threatModel: 'An attacker on the LAN' },
    };
    expect(reportFormChecklist(threatOnly).impactDescribed).toBe('yes');
  });
});

describe('who signed a report form, against the key it names', () => {
  const NAMED = 'AAAA1111BBBB2222CCCC3333DDDD4444EEEE5555';
  const OTHER = '9999888877776666555544443333222211110000';
  const doc = (named: string | null) => {
    const d = sampleReportForm();
    return { ...d, reporter: { ...d.reporter, pgpKeyFingerprint: named } };
  };
  const verifiedBy = (fingerprint: string) => ({
    status: 'valid',
    fingerprint,
    fingerprintSource: 'primary-key' as const,
  });

  it('is unsigned without a signature, and the named key is carried to intake', () => {
    const signer = reportFormSigner(doc(NAMED), []);
    expect(signer).toEqual({ kind: 'unsigned' });
    expect(reportFormForIntake(doc(NAMED), signer).reporter.pgpKeyFingerprint).toBe(NAMED);
  });

  it('confirms the named key when a known key that is it verified the signature', () => {
    const signer = reportFormSigner(doc(NAMED.toLowerCase()), [verifiedBy(NAMED)]);
    expect(signer).toEqual({ kind: 'named-key', fingerprint: NAMED });
  });

  it('names the other key when a known key that is not the named one signed, and intake is not given the named key', () => {
    const signer = reportFormSigner(doc(NAMED), [verifiedBy(OTHER)]);
    expect(signer).toEqual({ kind: 'other-key', signer: OTHER, named: NAMED });
    expect(reportFormForIntake(doc(NAMED), signer).reporter.pgpKeyFingerprint).toBeNull();
    expect(reportFormSigner(doc(null), [verifiedBy(OTHER)])).toMatchObject({ kind: 'other-key' });
  });

  it('neither confirms nor contradicts with a signature no known key verified', () => {
    // The issuer fingerprint of an unknown signer is the sender's claim, even when it matches.
    const claimed = {
      status: 'unknown-key',
      fingerprint: NAMED,
      fingerprintSource: 'issuer-fingerprint' as const,
    };
    const bad = { ...verifiedBy(NAMED), status: 'invalid' };
    expect(reportFormSigner(doc(NAMED), [claimed])).toEqual({ kind: 'unverifiable' });
    expect(reportFormSigner(doc(NAMED), [bad])).toEqual({ kind: 'unverifiable' });
    expect(
      reportFormForIntake(doc(NAMED), { kind: 'unverifiable' }).reporter.pgpKeyFingerprint,
    ).toBe(NAMED);
  });
});
