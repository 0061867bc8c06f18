import { describe, expect, it } from 'vitest';
import { decodeDeclared, decodeText, detectText } from './charset';

const hex = (h: string) => Uint8Array.from((h.match(/../g) ?? []).map((b) => parseInt(b, 16)));
const TEXT = '修正版を公開しました。ソフトウェア表';
// TEXT in each charset (iconv -t SHIFT_JIS / EUC-JP / ISO-2022-JP).
const SJIS = hex('8f4390b394c582f08cf68a4a82b582dc82b582bd8142835c83748367834583468341955c');
const EUC = hex('bda4c0b5c8c7a4f2b8f8b3aba4b7a4dea4b7a4bfa1a3a5bda5d5a5c8a5a6a5a7a5a2c9bd');
const JIS = hex(
  '1b24423d244035484724723878332b2437245e2437243f2123253d25552548252625272522493d1b2842',
);

describe('charset detection (no declaration)', () => {
  it('tells Shift_JIS, EUC-JP, ISO-2022-JP and UTF-8 apart', () => {
    expect(detectText(SJIS)).toEqual({ text: TEXT, charset: 'shift_jis' });
    expect(detectText(EUC)).toEqual({ text: TEXT, charset: 'euc-jp' });
    expect(detectText(JIS)).toEqual({ text: TEXT, charset: 'iso-2022-jp' });
    expect(detectText(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, charset: 'utf-8' });
  });

  it('binary bytes are not text', () => {
    expect(detectText(hex('89504e470d0a1a0a0000000d'))).toBeNull();
    expect(detectText(hex('fffefd80a0'))).toBeNull();
    expect(decodeText(hex('8f4390b300'))).toBeNull();
  });
});

describe('a declared charset', () => {
  it('is obeyed (labels in any case; us-ascii declares nothing)', () => {
    expect(decodeDeclared(EUC, 'EUC-JP')).toEqual({
      ok: true,
      value: { text: TEXT, charset: 'euc-jp' },
    });
    expect(decodeDeclared(SJIS, 'x-sjis')).toEqual({
      ok: true,
      value: { text: TEXT, charset: 'shift_jis' },
    });
    expect(decodeDeclared(SJIS, 'us-ascii')).toEqual({
      ok: true,
      value: { text: TEXT, charset: 'shift_jis' },
    });
  });

  it('that is unknown, or that the bytes are not in, is a clear error, never mojibake', () => {
    const unknown = decodeDeclared(SJIS, 'x-klingon');
    expect(unknown.ok ? 'decoded' : unknown.error.code).toBe('charset-invalid');
    const wrong = decodeDeclared(SJIS, 'ISO-2022-JP');
    expect(wrong.ok ? 'decoded' : wrong.error.message).toMatch(/not valid iso-2022-jp/);
    const utf8 = decodeDeclared(EUC, 'utf-8');
    expect(utf8.ok ? 'decoded' : utf8.error.code).toBe('charset-invalid');
  });
});
