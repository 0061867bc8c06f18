// A finder's report form among the imported files (issue 27 item 6): recognised by its
// document format after decryption, refused with a translated reason when tampered with,
// malformed or unencrypted; nothing is stored by opening (openReplies writes nothing).
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestKey, vendorMessage } from '../../../shared/crypto/pgp/testing/test-support';
import { sampleReportForm } from '../../../shared/exchange/report-form/testing/sample';
import { en, ja } from '../../i18n/catalog';
import { sendErrorText } from '../messages';
import { openReplies, type ImportItem } from './reply-import';

let org: Awaited<ReturnType<typeof makeTestKey>>;
const t = async (lng: 'en' | 'ja') => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
};

beforeAll(async () => {
  org = await makeTestKey('Org');
});

const open = async (name: string, data: string | Uint8Array): Promise<ImportItem> => {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const [item] = await openReplies([{ name, bytes }], [], {
    decryptionKey: org.key,
    knownKeys: [],
  });
  if (item === undefined) throw new Error('no item');
  return item;
};
const encrypted = (text: string) => vendorMessage({ text, encryptTo: [org.key] });

describe('importing a finder report form', () => {
  it('recognises a decrypted report form and carries its document', async () => {
    const item = await open('report.asc', await encrypted(JSON.stringify(sampleReportForm())));
    expect(item).toMatchObject({ ok: true, reportForm: sampleReportForm() });
  });

  it('leaves an ordinary reply a reply', async () => {
    const item = await open('reply.asc', await encrypted('[AL-2026-0042] Re: report'));
    expect(item.ok).toBe(true);
    expect(item.ok && 'reportForm' in item).toBe(false);
  });

  it('refuses a bit-flipped report form: the integrity check fails, in both languages', async () => {
    const binary = await vendorMessage({
      text: JSON.stringify(sampleReportForm()),
      encryptTo: [org.key],
      format: 'binary',
    });
    const flipped = new Uint8Array(binary as Uint8Array);
    flipped[flipped.length - 30] = (flipped[flipped.length - 30] ?? 0) ^ 0x01;
    const item = await open('report.gpg', flipped);
    expect(item.ok).toBe(false);
    if (item.ok) return;
    expect(item.error.code).toBe('corrupt');
    expect(sendErrorText(await t('en'), item.error)).toMatch(/damaged or was modified/);
    expect(sendErrorText(await t('ja'), item.error)).toMatch(/改ざん/);
  });

  it('refuses a report form missing a required field, naming it', async () => {
    const { product: _dropped, ...rest } = sampleReportForm();
    void _dropped;
    const item = await open('report.asc', await encrypted(JSON.stringify(rest)));
    expect(item).toMatchObject({
      ok: false,
      error: { code: 'report-form.invalid', message: 'product' },
    });
    if (item.ok) return;
    expect(sendErrorText(await t('en'), item.error)).toBe(
      'This report form is malformed (product). Nothing was stored.',
    );
    expect(sendErrorText(await t('ja'), item.error)).toBe(
      'この届出フォームの形式が正しくありません（product）。何も保存していません。',
    );
  });

  it('refuses a report form that is not JSON, or of a later format', async () => {
    const broken = await open('a.asc', await encrypted('{"format":"airlock-report-form/1",'));
    expect(broken).toMatchObject({ ok: false, error: { code: 'report-form.not-json' } });
    const later = await open(
      'b.asc',
      await encrypted(JSON.stringify({ ...sampleReportForm(), format: 'airlock-report-form/9' })),
    );
    expect(later).toMatchObject({ ok: false, error: { code: 'report-form.unsupported' } });
    if (later.ok) return;
    expect(sendErrorText(await t('ja'), later.error)).toMatch(/読めない版/);
  });

  it('refuses a report form that arrived unencrypted (signed only)', async () => {
    const signed = await vendorMessage({
      text: JSON.stringify(sampleReportForm()),
      signer: org.key,
    });
    const item = await open('signed.asc', signed);
    expect(item).toMatchObject({ ok: false, error: { code: 'not-encrypted' } });
  });
});
