import { describe, expect, it } from 'vitest';
import {
  newAttachmentId,
  newMessageId,
  type CaseId,
  type ContactId,
  type InvolvementId,
} from '../../../shared/model';
import { newKeyRecordId, type KeyRecord } from '../../../shared/model/key';
import { parseMessageRecord } from '../../../shared/model/message';
import {
  sampleCase,
  sampleContact,
  sampleInvolvement,
} from '../../../shared/model/testing/fixtures';
import { LETTER_TEMPLATES } from '../../../shared/workflow/letter-templates';
import {
  afterSeal,
  VENDOR_TEMPLATES,
  knownParams,
  offeredTemplates,
  templatePurpose,
  outgoingRecord,
  recipientOptions,
  sealBlocker,
  sealedFileBase,
  vendorSlug,
  templatePlaceholders,
  type OutgoingFacts,
} from './compose-model';

const CASE = '6f1c2b9e-4a3d-4c5e-8f70-1a2b3c4d5e6f' as CaseId;
const ACME = 'c0ffee00-0000-4000-8000-00000000000a' as ContactId;
const GLOBEX = 'c0ffee00-0000-4000-8000-00000000000b' as ContactId;
const OWN = 'F'.repeat(40);

const key = (fingerprint: string, kind: KeyRecord['kind'], owner?: ContactId): KeyRecord => ({
  schemaVersion: 1,
  id: newKeyRecordId(),
  kind,
  armored: `-----BEGIN PGP ${kind === 'secret' ? 'PRIVATE' : 'PUBLIC'} KEY BLOCK-----`,
  fingerprint,
  userIds: [`key ${fingerprint.slice(0, 4)}`],
  algorithm: 'eddsaLegacy (ed25519Legacy)',
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: null,
  revoked: false,
  subkeys: [],
  ...(owner === undefined ? {} : { ownerContactId: owner }),
  trust: { level: 'unknown' },
  importedAt: '2026-01-01T00:00:00.000Z',
});

const acmeKey = key('A'.repeat(40), 'public', ACME);
const globexKey = key('B'.repeat(40), 'public', GLOBEX);
const strayKey = key('C'.repeat(40), 'public');
const ownKey = key(OWN, 'secret');

describe('templates offered to a vendor', () => {
  it('are the vendor letters only, each with the placeholders its text uses', () => {
    expect(VENDOR_TEMPLATES).not.toContain('finder-acknowledgement');
    for (const kind of VENDOR_TEMPLATES) {
      // Recorded under its own purpose, except the early end: event v5 has none for it.
      expect(templatePurpose(kind)).toBe(
        kind === 'embargo-ended-early' ? 'publication-moved' : kind,
      );
      for (const name of templatePlaceholders(kind)) {
        expect(LETTER_TEMPLATES[kind].body.en).toContain(`{{${name}}}`);
      }
    }
    expect(templatePlaceholders('vendor-first-contact')).toContain('caseRef');
  });

  const facts = {
    kase: { ...sampleCase(), title: 'Globex router and Acme gateway RCE', vendorSummary: 'An RCE' },
    recipientContactId: ACME as string,
    contacts: [{ ...sampleContact(), id: ACME, name: { ja: 'アクメ', en: 'Acme Corp' } }],
    involvements: [{ ...sampleInvolvement(), contactId: ACME }],
    vulnerabilities: [
      {
        affected: [
          { vendor: 'Acme', product: 'Acme Gateway', versions: '', contactId: ACME },
          { vendor: 'Globex', product: 'Globex Router', versions: '', contactId: GLOBEX },
        ],
      },
    ],
    organisation: { ja: '調整機関', en: 'JPCERT/CC' },
    publication: null,
    moved: null,
    now: '2026-05-11T03:00:00.000Z',
    language: 'en' as const,
  };

  it('fill the ref, the recipient, its own product, the summary and our organisation, never the title', () => {
    const known = knownParams(facts);
    expect(known).toMatchObject({
      caseRef: 'AL-2026-0042',
      developerName: 'Acme Corp',
      productName: 'Acme Gateway',
      summary: 'An RCE',
      organisationName: 'JPCERT/CC',
    });
    expect(Object.values(known).join(' ')).not.toMatch(/Globex/);
    // No recipient chosen yet: no vendor and no product.
    const none = knownParams({ ...facts, recipientContactId: null });
    expect(none.developerName).toBeUndefined();
    expect(none.productName).toBeUndefined();
  });

  it('write the publication moment of a proposal letter exactly, with its zone and UTC', () => {
    const publication = { instant: '2026-07-01T01:00:00.000Z', zone: 'Asia/Tokyo' };
    expect(knownParams({ ...facts, publication }).proposedDate).toBe(
      '2026-07-01 10:00 JST (2026-07-01 01:00 UTC)',
    );
    expect(knownParams({ ...facts, publication, language: 'ja' }).proposedDate).toContain(
      '2026年7月1日 10:00（日本時間）',
    );
  });

  it('offer "publication moved" only after a grant, filled with its two moments', () => {
    expect(offeredTemplates(null)).not.toContain('publication-moved');
    const moved = {
      previous: { instant: '2026-07-01T01:00:00.000Z', zone: 'Asia/Tokyo' },
      next: { instant: '2026-07-15T01:00:00.000Z', zone: 'Asia/Tokyo' },
    };
    expect(offeredTemplates(moved)).toContain('publication-moved');
    const known = knownParams({ ...facts, moved });
    expect(known).toMatchObject({
      recipientName: 'Acme Corp',
      previousDate: '2026-07-01 10:00 JST (2026-07-01 01:00 UTC)',
      newDate: '2026-07-15 10:00 JST (2026-07-15 01:00 UTC)',
    });
    expect(knownParams(facts).newDate).toBeUndefined();
  });

  it('offer "the embargo has ended early" only once it has, filled with why and when', () => {
    expect(offeredTemplates(null)).not.toContain('embargo-ended-early');
    const earlyEnd = {
      at: '2026-06-20T01:00:00.000Z',
      agreed: '2026-07-01T01:00:00.000Z',
      agreedZone: 'Asia/Tokyo',
      cause: 'exploit-public' as const,
      published: null,
    };
    expect(offeredTemplates(null, earlyEnd)).toContain('embargo-ended-early');
    expect(templatePurpose('embargo-ended-early')).toBe('publication-moved');
    expect(templatePurpose(null)).toBe('other');
    expect(knownParams({ ...facts, earlyEnd })).toMatchObject({
      recipientName: 'Acme Corp',
      agreedDate: '2026-07-01 10:00 JST (2026-07-01 01:00 UTC)',
      endCause: 'exploit code for the vulnerability has been published',
      publicationMoment:
        'due at once (the embargo ended at 2026-06-20 10:00 JST (2026-06-20 01:00 UTC))',
    });
    expect(knownParams(facts).endCause).toBeUndefined();
  });

  it('give every seal its own file name: ref, Japan day, vendor slug, sequence', () => {
    const date = new Date('2026-05-11T16:00:00.000Z'); // 2026-05-12 01:00 JST
    const first = sealedFileBase({ ref: 'AL-2026-0042', date, vendor: 'Acme Corp.', existing: [] });
    expect(first).toBe('AL-2026-0042-20260512-acme-corp-01');
    const second = sealedFileBase({
      ref: 'AL-2026-0042',
      date,
      vendor: 'Ｇｌｏｂｅｘ Café',
      existing: [
        `${first}.asc`,
        'AL-2026-0042-20260511-acme-corp-07.asc',
        'AL-2026-0042-20260512.asc',
      ],
    });
    expect(second).toBe('AL-2026-0042-20260512-globex-cafe-02');
    expect(vendorSlug('株式会社アクメ')).toBe('vendor');
  });
});

describe('recipientOptions', () => {
  const involvements = [
    { id: 'inv-globex' as InvolvementId, contactId: GLOBEX },
    {
      id: 'inv-other' as InvolvementId,
      contactId: 'c0ffee00-0000-4000-8000-00000000000c' as ContactId,
    },
  ];

  it('offers public keys only, those of the case’s vendors first with their involvement', () => {
    const options = recipientOptions([strayKey, ownKey, acmeKey, globexKey], involvements);
    expect(options.map((o) => [o.key.fingerprint, o.inCase, o.involvementId])).toEqual([
      [globexKey.fingerprint, true, 'inv-globex'],
      [strayKey.fingerprint, false, null],
      [acmeKey.fingerprint, false, null],
    ]);
  });

  it('offers every public key when nobody is involved yet', () => {
    const options = recipientOptions([acmeKey, strayKey], []);
    expect(options.map((o) => o.inCase)).toEqual([false, false]);
    expect(options).toHaveLength(2);
  });
});

describe('outgoingRecord', () => {
  const facts = (overrides: Partial<OutgoingFacts> = {}): OutgoingFacts => ({
    id: newMessageId(),
    caseId: CASE,
    subject: '[AL-2026-0042] Vulnerability report concerning Example CMS',
    body: 'Dear Acme security team, …',
    language: 'en',
    fileName: 'AL-2026-0042-20260601T000000Z.asc',
    format: 'asc',
    at: '2026-06-01T00:00:00.000Z',
    recipients: [acmeKey],
    ownFingerprint: OWN,
    attachments: [],
    ...overrides,
  });

  it('is a storable sent message, encrypted to each recipient and to ourselves', () => {
    const record = outgoingRecord(facts({ recipients: [strayKey, acmeKey, acmeKey] }));
    expect(parseMessageRecord(record)).toEqual({ ok: true, value: record });
    expect(record).toMatchObject({
      direction: 'out',
      caseId: CASE,
      counterpartContactId: ACME,
      format: 'asc',
      pgp: { encrypted: true, signedBy: OWN, signatures: [] },
    });
    expect(record.pgp.encryptedTo).toEqual([strayKey.fingerprint, acmeKey.fingerprint, OWN]);
  });

  it("goes to the vendor's main thread, or to the product thread chosen when writing it", () => {
    expect(outgoingRecord(facts()).threadProduct).toBeNull();
    const tied = outgoingRecord(facts({ threadProduct: 'Example CMS' }));
    expect(tied.threadProduct).toBe('Example CMS');
    expect(parseMessageRecord(tied)).toEqual({ ok: true, value: tied });
  });

  it('names no counterpart when no recipient key belongs to a contact', () => {
    const record = outgoingRecord(facts({ recipients: [strayKey] }));
    expect(record.counterpartContactId).toBeUndefined();
    expect(parseMessageRecord(record).ok).toBe(true);
  });

  it('keeps the attachments as stored and the PGP/MIME format', () => {
    const attachment = {
      attachmentId: newAttachmentId(),
      name: 'poc.html',
      mimeType: 'text/html',
      size: 42,
      sha256: 'a'.repeat(64),
    };
    const record = outgoingRecord(facts({ format: 'pgp-mime', attachments: [attachment] }));
    expect(record.attachments).toEqual([attachment]);
    expect(record.format).toBe('pgp-mime');
    expect(parseMessageRecord(record).ok).toBe(true);
  });
});

describe('the seal button says why it waits', () => {
  const ready = {
    recipients: 1,
    needsYes: false,
    acceptUnverified: false,
    subject: 's',
    body: 'b',
  };
  it('names the first thing missing, in the order of the form', () => {
    expect(sealBlocker({ ...ready, recipients: 0, subject: '' })).toBe('no-recipient');
    expect(sealBlocker({ ...ready, needsYes: true, subject: ' ' })).toBe('unverified');
    expect(sealBlocker({ ...ready, needsYes: true, acceptUnverified: true, subject: ' ' })).toBe(
      'no-subject',
    );
    expect(sealBlocker({ ...ready, body: '\n' })).toBe('no-body');
    expect(sealBlocker(ready)).toBeNull();
  });

  it('waits for the key health, refuses a refused key and holds warnings until accepted', () => {
    const health = { refused: false, warned: false, accepted: false };
    expect(sealBlocker({ ...ready, keyHealth: null })).toBe('key-checking');
    expect(sealBlocker({ ...ready, needsYes: true, keyHealth: { ...health, refused: true } })).toBe(
      'key-refused',
    );
    expect(sealBlocker({ ...ready, keyHealth: { ...health, warned: true } })).toBe('key-warnings');
    expect(sealBlocker({ ...ready, keyHealth: { ...health, warned: true, accepted: true } })).toBe(
      null,
    );
    expect(sealBlocker({ ...ready, keyHealth: health })).toBeNull();
  });
});

describe('afterSeal', () => {
  it('empties a field still holding the sealed letter', () => {
    expect(afterSeal('Dear Alpha', 'Dear Alpha', '')).toBe('');
    const files = [{ name: 'poc.txt', data: new Uint8Array([1]) }];
    expect(afterSeal(files, files, [])).toEqual([]);
  });

  it('keeps what the analyst typed while the seal ran', () => {
    expect(afterSeal('Dear Alpha', 'Dear Bravo', '')).toBe('Dear Bravo');
    const sent = [{ name: 'poc.txt', data: new Uint8Array([1]) }];
    const added = [...sent, { name: 'log.txt', data: new Uint8Array([2]) }];
    expect(afterSeal(sent, added, [])).toBe(added);
  });
});
