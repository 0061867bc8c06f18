import { describe, expect, it } from 'vitest';
import type { ContactId } from '../model/ids';
import { sampleReport } from '../model/testing/fixtures';
import { OVERRIDE_REASON_MIN } from './clearance';
import { makeTerm } from './confidentiality-text';
import {
  checkConfidentiality,
  confidentialityContext,
  confidentialityOverrideNote,
  describeField,
  describeHit,
  judgeHits,
  scanRecord,
  scanText,
} from './vendor-confidentiality';

import {
  A,
  B,
  contact,
  input,
  P,
  partner,
  vendorA,
  vendorB,
} from './testing/confidentiality-fixtures';

const toA = confidentialityContext(input());
const check = (subject: string, body = '', attachmentNames: string[] = []) =>
  checkConfidentiality(toA, { subject, body, attachmentNames });
const hitsOf = (subject: string, body = '', attachmentNames: string[] = []) => {
  const r = check(subject, body, attachmentNames);
  return r.ok ? [] : r.error.hits;
};

describe('vendor confidentiality: what is caught', () => {
  it('refuses a subject naming the other vendor, naming the field, the text and the vendor', () => {
    const r = check('[AL-2026-0001] About Beta Systems Corp. and you');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('confidentiality.leak');
    const hit = r.error.hits[0];
    expect(hit).toMatchObject({
      field: { kind: 'subject' },
      text: 'Beta Systems Corp.',
      kind: 'vendor-name',
      party: { kind: 'vendor', contactId: B },
    });
    expect(describeHit(hit!, 'en')).toBe(
      'the subject: "Beta Systems Corp." is the name of Beta Systems Corp.',
    );
    expect(describeHit(hit!, 'ja')).toBe(
      '件名の「Beta Systems Corp.」はベータ電機株式会社の名称です',
    );
    expect(r.error.message).toContain('Beta Systems Corp.');
  });

  it('finds the Japanese name, its core without 株式会社, and names the body line', () => {
    const hits = hitsOf('件名', '一行目\nベータ電機様にも連絡済みです');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ field: { kind: 'body', line: 2 }, text: 'ベータ電機' });
    expect(describeField({ kind: 'body', line: 2 }, 'ja')).toBe('本文 2 行目');
  });

  it('normalises full-width, half-width katakana, case and separators', () => {
    expect(hitsOf('ＢＥＴＡ　ＳＹＳＴＥＭＳ')[0]?.text).toBe('ＢＥＴＡ　ＳＹＳＴＥＭＳ');
    expect(hitsOf('beta-systems')[0]?.text).toBe('beta-systems');
    expect(hitsOf('Beta__Systems')[0]?.kind).toBe('vendor-name');
    expect(hitsOf('ﾍﾞｰﾀ電機')[0]?.text).toBe('ﾍﾞｰﾀ電機');
  });

  it('catches products (PURL, CPE product, affected product name), people and addresses', () => {
    const hits = hitsOf(
      'x',
      'pkg:npm/beta-widget\nrouter_os 2.1\nBetaRouter OS\nJiro Tanaka\njiro@beta.example\nhttps://beta.example/psirt\nkey FEDCBA9876543210FEDCBA9876543210FEDCBA98',
    );
    expect(hits.map((h) => [h.field, h.kind])).toEqual([
      [{ kind: 'body', line: 1 }, 'vendor-product'],
      [{ kind: 'body', line: 2 }, 'vendor-product'],
      [{ kind: 'body', line: 3 }, 'vendor-product'],
      [{ kind: 'body', line: 4 }, 'vendor-person'],
      [{ kind: 'body', line: 5 }, 'vendor-address'],
      [{ kind: 'body', line: 6 }, 'vendor-address'],
      [{ kind: 'body', line: 7 }, 'vendor-address'],
    ]);
  });

  it('checks attachment names', () => {
    const hits = hitsOf('x', 'y', ['poc.txt', 'beta-systems-poc.zip']);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.field).toEqual({ kind: 'attachment', name: 'beta-systems-poc.zip' });
    expect(describeField(hits[0]!.field, 'en')).toBe('attachment name "beta-systems-poc.zip"');
  });

  it('the internal title unless shareable', () => {
    expect(hitsOf('Re: beta router and alpha gateway RCE').map((h) => h.kind)).toContain(
      'internal-title',
    );
    const shareable = confidentialityContext(
      input({ kase: { title: 'Gateway RCE', titleShareable: true } }),
    );
    expect(
      checkConfidentiality(shareable, { subject: 'Gateway RCE', body: '', attachmentNames: [] }).ok,
    ).toBe(true);
  });

  it('the finder: name and address without consent; only the address with consent', () => {
    const noConsent = confidentialityContext(
      input({
        reporter: { ...sampleReport().reporter, creditConsent: false, creditName: null },
      }),
    );
    const named = checkConfidentiality(noConsent, {
      subject: 'x',
      body: 'Found by Hanako Yamada (hanako@example.jp)',
      attachmentNames: [],
    });
    expect(named.ok ? [] : named.error.hits.map((h) => h.text)).toEqual([
      'Hanako Yamada',
      'hanako@example.jp',
    ]);
    // sampleReport's finder consented to credit as "Hanako Yamada".
    expect(hitsOf('x', 'Credit: Hanako Yamada')).toEqual([]);
    expect(hitsOf('x', 'hanako@example.jp')[0]).toMatchObject({
      kind: 'finder-identity',
      party: { kind: 'finder' },
    });
    const credited = confidentialityContext(
      input({
        reporter: {
          ...sampleReport().reporter,
          creditName: 'H. Y.',
          pgpKeyFingerprint: '00112233445566778899AABBCCDDEEFF00112233',
        },
      }),
    );
    expect(
      scanText(credited, 'key 00112233445566778899AABBCCDDEEFF00112233', { kind: 'subject' }),
    ).toHaveLength(1);
    expect(
      checkConfidentiality(credited, { subject: 'x', body: 'Hanako Yamada', attachmentNames: [] })
        .ok,
    ).toBe(false);
  });

  it('one message to two vendors is a hit on the recipients', () => {
    const both = confidentialityContext(input({ recipientContactIds: [A, B] }));
    const r = checkConfidentiality(both, { subject: 'x', body: '', attachmentNames: [] });
    expect(r.ok ? null : r.error.hits[0]).toMatchObject({
      field: { kind: 'recipients' },
      kind: 'several-vendors',
      text: 'Alpha Soft Inc., Beta Systems Corp.',
    });
    expect(describeField({ kind: 'recipients' }, 'ja')).toBe('宛先');
    // A partner coordinator among the recipients is not a second vendor.
    const withPartner = confidentialityContext(input({ recipientContactIds: [A, P] }));
    expect(withPartner.recipientVendors.map((v) => v.contactId)).toEqual([A]);
  });
});

describe('vendor confidentiality: what is not a leak', () => {
  it('the recipient itself, the partner coordinator, and text that only contains a name', () => {
    expect(
      hitsOf('Alpha Soft Inc. / Partner CERT', 'ベンダーA株式会社 pkg:npm/alpha-gateway'),
    ).toEqual([]);
    expect(hitsOf('betasystems', 'alphabeta systemsx')).toEqual([]);
  });

  it('a term the recipient shares is not a secret; a name inside the recipient’s is not one', () => {
    const shared = confidentialityContext(
      input({
        contacts: [{ ...vendorA, name: { ja: '', en: 'Beta Systems Japan' } }, vendorB, partner],
      }),
    );
    const r = checkConfidentiality(shared, {
      subject: 'Dear Beta Systems Japan',
      body: '',
      attachmentNames: [],
    });
    expect(r.ok).toBe(true);
    const sameProduct = confidentialityContext(
      input({ contacts: [{ ...vendorA, products: ['pkg:npm/beta-widget'] }, vendorB, partner] }),
    );
    expect(
      checkConfidentiality(sameProduct, {
        subject: 'pkg:npm/beta-widget',
        body: '',
        attachmentNames: [],
      }).ok,
    ).toBe(true);
  });

  it('short names: Latin under 3 characters never match; 3 and more as whole words; CJK from 2', () => {
    expect(makeTerm('HP')).toBeNull();
    expect(makeTerm('ＨＰ')).toBeNull();
    expect(makeTerm('日')).toBeNull();
    expect(makeTerm('日立')).toEqual({ norm: '日立', wholeWord: false });
    const nec = confidentialityContext(
      input({ contacts: [vendorA, contact(B, { name: { ja: '', en: 'NEC' } }), partner] }),
    );
    const scan = (s: string) => scanText(nec, s, { kind: 'subject' }).map((h) => h.text);
    expect(scan('connect, necessary, NECtar')).toEqual([]);
    expect(scan("NEC's router")).toEqual(['NEC']);
    // A vendor known by one language's name only is named by it in both.
    const necHit = scanText(nec, 'NEC', { kind: 'subject' })[0]!;
    expect(describeHit(necHit, 'ja')).toBe('件名の「NEC」はNECの名称です');
    const jaOnly = confidentialityContext(
      input({ contacts: [vendorA, contact(B, { name: { ja: '日立', en: '' } }), partner] }),
    );
    expect(describeHit(scanText(jaOnly, '日立', { kind: 'subject' })[0]!, 'en')).toBe(
      'the subject: "日立" is the name of 日立',
    );
    const hp = confidentialityContext(
      input({
        kase: { title: 'x', titleShareable: true },
        contacts: [vendorA, contact(B, { name: { ja: '', en: 'HP' } }), partner],
      }),
    );
    expect(scanText(hp, 'HP printers', { kind: 'subject' })).toEqual([]);
  });

  it('a contact that is not found, a malformed identifier and a repeated involvement are tolerated', () => {
    const ctx = confidentialityContext(
      input({
        involvements: [
          { contactId: A, role: 'developer' },
          { contactId: B, role: 'developer' },
          { contactId: B, role: 'developer' },
          { contactId: 'missing' as ContactId, role: 'developer' },
        ],
        contacts: [vendorA, { ...vendorB, products: ['not-an-identifier'] }],
        affected: [
          {
            vendor: 'Beta Systems',
            product: 'Router',
            versions: '',
            contactId: B,
            identifier: 'pkg:npm/beta-router',
          },
        ],
        reporter: null,
      }),
    );
    expect(scanText(ctx, 'not-an-identifier beta-router', { kind: 'subject' })).toHaveLength(2);
  });

  it('a recipient that is not involved still counts as itself', () => {
    const ctx = confidentialityContext(
      input({
        involvements: [{ contactId: B, role: 'developer' }],
        contacts: [vendorA, vendorB],
        recipientContactIds: [A, 'unknown'],
      }),
    );
    expect(ctx.recipientVendors).toEqual([]);
    expect(ctx.own.length).toBeGreaterThan(0);
  });
});

describe('vendor confidentiality: records', () => {
  it('finds another vendor in any string of a record, nested or in a list, naming the record', () => {
    const record = {
      id: 'x',
      n: 3,
      ok: true,
      none: null,
      payload: { statement: { en: 'Fixed with Beta Systems' }, tags: ['a', 'pkg:npm/beta-widget'] },
    };
    const hits = scanRecord(toA, record, 'event 1 vulnerability.added');
    expect(hits.map((h) => [h.field, h.text])).toEqual([
      [{ kind: 'record', label: 'event 1 vulnerability.added' }, 'Beta Systems'],
      [{ kind: 'record', label: 'event 1 vulnerability.added' }, 'pkg:npm/beta-widget'],
    ]);
    expect(scanRecord(toA, { name: 'Alpha Soft Inc.' }, 'contact')).toEqual([]);
  });
});

describe('vendor confidentiality: override', () => {
  const hits = hitsOf('Beta Systems');

  it('needs a reason of at least the clearance minimum, then returns the hits to record', () => {
    expect(judgeHits(hits, '   ')).toMatchObject({
      ok: false,
      error: { code: 'confidentiality.leak' },
    });
    expect(judgeHits(hits, 'too short')).toMatchObject({
      ok: false,
      error: { code: 'confidentiality.reason-too-short' },
    });
    const reason = 'B asked us to tell A';
    expect(reason.length).toBeGreaterThanOrEqual(OVERRIDE_REASON_MIN);
    const pass = judgeHits(hits, `  ${reason} `);
    expect(pass).toEqual({ ok: true, value: { overridden: hits, reason } });
    if (!pass.ok) return;
    expect(confidentialityOverrideNote('vendor message to Alpha Soft Inc.', pass.value)).toBe(
      'Confidentiality override (vendor message to Alpha Soft Inc.): the subject: "Beta Systems" is the name of Beta Systems Corp.. Reason: B asked us to tell A',
    );
    const none = judgeHits([], undefined);
    expect(none).toEqual({ ok: true, value: { overridden: [], reason: null } });
    if (none.ok)
      expect(confidentialityOverrideNote('x', none.value)).toBe(
        'Confidentiality override (x): . Reason: ',
      );
  });

  it('records name a record field in both languages', () => {
    expect(describeField({ kind: 'record', label: 'case' }, 'en')).toBe('record case');
    expect(describeField({ kind: 'record', label: 'case' }, 'ja')).toBe('レコード case');
    expect(describeField({ kind: 'attachment', name: 'a' }, 'ja')).toBe('添付ファイル名「a」');
    const finder = hitsOf('x', 'hanako@example.jp')[0]!;
    expect(describeHit(finder, 'ja')).toContain('発見者の身元');
    const title = hitsOf('beta router and alpha gateway rce')[0]!;
    expect(describeHit(title, 'en')).toContain('internal case title');
  });
});
