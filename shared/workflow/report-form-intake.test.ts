import { describe, expect, it } from 'vitest';
import { sampleReportForm } from '../exchange/report-form/testing/sample';
import { intakeStartingChecklist } from './intake-support';
import { reportFormChecklist } from './report-form-intake';

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
