import { describe, it, expect } from 'vitest';
import type {
  CaseEvent,
  Contact,
  ContactId,
  EventId,
  Involvement,
  InvolvementId,
  Vulnerability,
  VulnerabilityId,
} from '../../shared/model';
import {
  sampleContact,
  sampleEvent,
  sampleInvolvement,
  sampleReport,
  sampleVulnerability,
} from '../../shared/model/testing/fixtures';
import type { AirlockStore } from './open-store';
import { freshStore, makeCase, PASSPHRASE } from './testing/test-support';

describe('case search (in memory, Japanese and English)', () => {
  it('finds cases by Japanese words inside unspaced text, and by ref, CVE, CWE, vendor and notes', async () => {
    const store = await freshStore();
    const xss = makeCase(1, { title: 'ログイン画面におけるクロスサイトスクリプティングの脆弱性' });
    const sqli = makeCase(2, {
      title: '予約システムにおけるSQLインジェクションの脆弱性',
      notes: '開発者と電話で確認済み',
    });
    const vendor: Contact = {
      ...sampleContact(),
      id: crypto.randomUUID() as ContactId,
      name: { ja: '株式会社サンプル製作所', en: 'Sample Works' },
    };
    const involvement: Involvement = {
      ...sampleInvolvement(),
      id: crypto.randomUUID() as InvolvementId,
      caseId: sqli.id,
      contactId: vendor.id,
    };
    const vuln: Vulnerability = {
      ...sampleVulnerability(),
      id: crypto.randomUUID() as VulnerabilityId,
      caseId: xss.id,
      cve: { id: 'CVE-2026-31337', state: 'reserved' },
      cwe: 'CWE-79',
      affected: [
        {
          vendor: 'Example Inc.',
          product: 'WordPress用プラグイン',
          versions: '1.0',
          contactId: null,
        },
      ],
    };
    const out = await store.transact((tx) => {
      tx.put('cases', xss);
      tx.put('cases', sqli);
      tx.put('contacts', vendor);
      tx.put('involvements', involvement);
      tx.put('vulnerabilities', vuln);
    });
    expect(out.ok).toBe(true);
    const ids = (q: string) => store.search(q).map((h) => h.id);

    expect(ids('脆弱性').sort()).toEqual([xss.id, sqli.id].sort());
    expect(ids('脆').sort()).toEqual([xss.id, sqli.id].sort());
    expect(ids('クロスサイト')).toEqual([xss.id]);
    expect(ids('スクリプティング')).toEqual([xss.id]);
    expect(ids('ｸﾛｽｻｲﾄ')).toEqual([xss.id]);
    expect(ids('インジェクション')).toEqual([sqli.id]);
    expect(ids('SQLインジェクション')).toEqual([sqli.id]);
    expect(ids('予約 脆弱性')).toEqual([sqli.id]);
    expect(ids('サンプル製作所')).toEqual([sqli.id]);
    expect(ids('電話')).toEqual([sqli.id]);
    expect(ids('プラグイン')).toEqual([xss.id]);
    expect(ids('wordp')).toEqual([xss.id]);
    expect(ids('CVE-2026-31337')).toEqual([xss.id]);
    expect(ids('cwe-79')).toEqual([xss.id]);
    expect(ids('AL-2026-0002')).toEqual([sqli.id]);
    expect(ids('クロスサイト インジェクション')).toEqual([]);
    expect(
      store
        .search('クロスサイト インジェクション', { anyTerm: true })
        .map((h) => h.id)
        .sort(),
    ).toEqual([xss.id, sqli.id].sort());
    expect(store.search('CVE-2026-31337')[0]?.fields).toContain('cve');
    expect(ids('リモートコード実行')).toEqual([]);
    expect(store.search('脆弱性', { fields: ['notes'] })).toEqual([]);
  });

  it('re-indexes a case when its events or vendor change, and forgets deleted cases', async () => {
    const store = await freshStore();
    const c = makeCase(3, { title: 'Path traversal' });
    await store.repos.cases.put(c);
    expect(store.search('緊急')).toEqual([]);
    await store.transact((tx) => {
      tx.appendEvent({
        ...sampleEvent(),
        id: crypto.randomUUID() as EventId,
        caseId: c.id,
        type: 'note.added',
        payload: { text: '緊急対応が必要', internal: true },
      });
    });
    expect(store.search('緊急').map((h) => h.id)).toEqual([c.id]);

    const contact = sampleContact();
    await store.transact((tx) => {
      tx.put('contacts', contact);
      tx.put('involvements', { ...sampleInvolvement(), caseId: c.id, contactId: contact.id });
    });
    expect(store.search('エグザンプル').map((h) => h.id)).toEqual([c.id]);
    await store.repos.contacts.put({
      ...contact,
      name: { ja: '新社名テック', en: 'NewName Tech' },
    });
    expect(store.search('エグザンプル')).toEqual([]);
    expect(store.search('newname').map((h) => h.id)).toEqual([c.id]);

    await store.repos.cases.delete(c.id);
    expect(store.search('traversal')).toEqual([]);
  });

  it('leaves the index alone when no indexed text changes, and otherwise answers as a fresh build', async () => {
    const store = await freshStore();
    const c = makeCase(4, { title: 'Heap overflow in the parser', notes: '初回の連絡' });
    const contact: Contact = {
      ...sampleContact(),
      id: crypto.randomUUID() as ContactId,
      name: { ja: '株式会社ヒープ', en: 'Heap Works' },
    };
    const other: Contact = { ...contact, id: crypto.randomUUID() as ContactId };
    const inv: Involvement = {
      ...sampleInvolvement(),
      id: crypto.randomUUID() as InvolvementId,
      caseId: c.id,
      contactId: contact.id,
    };
    const report = { ...sampleReport(), caseId: c.id };
    const vuln = { ...sampleVulnerability(), caseId: c.id };
    const event = (type: 'note.added' | 'report.received', text = '') =>
      ({
        ...sampleEvent(),
        id: crypto.randomUUID() as EventId,
        caseId: c.id,
        ...(type === 'note.added' ? { type, payload: { text, internal: true } } : {}),
      }) as CaseEvent;
    await store.transact((tx) => {
      tx.put('cases', c);
      tx.put('contacts', contact);
      tx.put('contacts', { ...other, name: { ja: '別会社', en: 'Other Corp' } });
      tx.put('involvements', inv);
      tx.put('reports', report);
      tx.put('vulnerabilities', vuln);
    });
    const queries = [
      'heap',
      'ヒープ',
      'parser',
      '連絡',
      'CVE-2026-12345',
      'example',
      '緊急',
      'other',
    ];
    type Tx = Parameters<Parameters<AirlockStore['transact']>[0]>[0];
    const answers = (s: AirlockStore) => queries.map((q) => s.search(q));
    // What an index built from scratch (at unlock) answers.
    const fresh = async () => {
      store.lock();
      expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
      return answers(store);
    };

    // A vendor's status, an event that is not a note, a contact's people, the case's TLP:
    // no document changes, and the index is not touched.
    const version = store.searchVersion();
    const unchanged = answers(store);
    const quiet = [
      (tx: Tx) => tx.put('involvements', { ...inv, status: 'unreachable' }),
      (tx: Tx) => void tx.appendEvent(event('report.received')),
      (tx: Tx) => tx.put('contacts', { ...contact, people: [] }),
      (tx: Tx) => tx.put('cases', { ...c, tlp: 'RED' }),
    ];
    for (const work of quiet) expect((await store.transact(work)).ok).toBe(true);
    expect(store.searchVersion()).toBe(version);
    expect(answers(store)).toEqual(unchanged);
    expect(await fresh()).toEqual(unchanged);

    // Each change of indexed text: the index answers as one built from scratch.
    const loud = [
      (tx: Tx) => void tx.appendEvent(event('note.added', '緊急対応')),
      (tx: Tx) => tx.put('cases', { ...c, tlp: 'RED', title: 'Stack overflow in the lexer' }),
      (tx: Tx) =>
        tx.put('contacts', { ...contact, people: [], name: { ja: 'ヒープ社', en: 'Heap Inc' } }),
      (tx: Tx) =>
        tx.put('vulnerabilities', { ...vuln, cve: { id: 'CVE-2026-99999', state: 'reserved' } }),
      (tx: Tx) =>
        tx.put('reports', { ...report, product: { ...report.product, name: 'Parser Kit' } }),
      (tx: Tx) => tx.put('involvements', { ...inv, status: 'unreachable', contactId: other.id }),
    ];
    for (const work of loud) {
      const before = store.searchVersion();
      expect((await store.transact(work)).ok).toBe(true);
      expect(store.searchVersion()).toBeGreaterThan(before);
      const incremental = answers(store);
      expect(await fresh()).toEqual(incremental);
    }
    expect(store.search('other').map((h) => h.id)).toEqual([c.id]);
  });
});
