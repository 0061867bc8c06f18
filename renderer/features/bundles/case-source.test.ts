import { describe, expect, it } from 'vitest';
import { IDS, sampleCase } from '../../../shared/exchange/bundle/testing/sample-case';
import type { Contact } from '../../../shared/model';
import { caseToBundle } from './case-source';

describe('case source for export', () => {
  it('takes only the organisations the case refers to, and the case records as stored', async () => {
    const { document: doc, attachments } = await sampleCase();
    const unrelated = { ...doc.contacts[0], id: '99999999-9999-4999-8999-999999999999' } as Contact;
    const bundle = caseToBundle({
      kase: doc.case,
      events: doc.events,
      report: doc.report,
      involvements: doc.involvements ?? [],
      vulnerabilities: doc.vulnerabilities ?? [],
      contacts: [...doc.contacts, unrelated],
      messages: [],
      advisoryDrafts: [],
      attachments,
    });
    const ids = bundle.document.contacts.map((c) => c.id as string);
    expect(ids).toContain(IDS.vendorA);
    expect(ids).toContain(IDS.vendorB);
    expect(ids).not.toContain(unrelated.id);
    expect(bundle.document.events).toHaveLength(doc.events.length);
    expect(bundle.document.messages).toBeUndefined();
    expect(bundle.attachments).toHaveLength(1);
  });
});
