// Decoding message text. Japanese vendors still send ISO-2022-JP (7-bit mail), Shift_JIS
// (Windows mail clients, saved .eml) and EUC-JP (older Unix); the rest is UTF-8.
// TextDecoder (WHATWG Encoding) covers all of them in Node 20 and Chromium; the WHATWG
// `shift_jis` is Windows-31J, so NEC/IBM extensions (①, ㈱) decode too.
// A declared charset (MIME `charset=`, armor `Charset:`) is obeyed; detection runs only
// when none is declared, and text that does not decode is an error, never mojibake.
import { fail, ok, type CodedError, type Result } from '../../result';

// eslint-disable-next-line no-control-regex -- ESC is exactly what JIS escapes are made of
const ESC_JIS = /\x1b\$[@B]|\x1b\([BJI]/;

/** Whether bytes are 7-bit ISO-2022-JP (JIS escape sequences present). */
export function looksIso2022Jp(bytes: Uint8Array): boolean {
  // A native scan first: without an ESC byte there is no JIS escape, so the common case (a
  // 10 MB UTF-8 or ASCII reply) is not walked again byte by byte in JavaScript (issue 25).
  if (!bytes.includes(0x1b)) return false;
  if (bytes.some((b) => b >= 0x80)) return false;
  return ESC_JIS.test(binaryString(bytes.subarray(0, 1 << 20)));
}

/** Bytes to a string with one char per byte (for byte-exact MIME handling). */
export function binaryString(bytes: Uint8Array): string {
  // `apply` over 8 KiB chunks: spreading a typed array into arguments was ten times slower
  // (a 4 MB hostile mail body spent seconds here; found by tests/fuzz, issue 29).
  const parts: string[] = [];
  const step = 0x2000;
  for (let i = 0; i < bytes.length; i += step) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + step) as unknown as number[]));
  }
  return parts.join('');
}

export function fromBinaryString(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

export type DecodedText = {
  text: string;
  /** The WHATWG name of the charset used: `utf-8`, `shift_jis`, `euc-jp`, `iso-2022-jp`, … */
  charset: string;
};

export type CharsetError = CodedError<'charset-invalid'>;

function strict(label: string, bytes: Uint8Array): DecodedText | null {
  try {
    const decoder = new TextDecoder(label, { fatal: true });
    return { text: decoder.decode(bytes), charset: decoder.encoding };
  } catch {
    return null;
  }
}

// eslint-disable-next-line no-control-regex -- control characters are what we look for
const CONTROL = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]/;

/** How Japanese a decoding looks: kana, kanji and full-width punctuation score; half-width
 *  katakana and symbols that Shift_JIS/EUC-JP confusions produce count against it. */
function japaneseScore(text: string): number {
  let score = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) continue;
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3000 && c <= 0x303f)) score += 2;
    else if (c >= 0x4e00 && c <= 0x9fff) score += 1;
    else if (c >= 0xff61 && c <= 0xff9f) score -= 1;
    else score -= 2;
  }
  return score;
}

/**
 * Guesses the charset of undeclared text: ISO-2022-JP by its escapes, else UTF-8 when it
 * is valid UTF-8, else whichever of Shift_JIS and EUC-JP decodes and reads as Japanese.
 * Null when the bytes are not text in any of these (NUL bytes, or no decoder accepts them).
 */
export function detectText(bytes: Uint8Array): DecodedText | null {
  if (bytes.includes(0)) return null;
  if (looksIso2022Jp(bytes)) return strict('iso-2022-jp', bytes);
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return utf8;
  // A legacy candidate must read as Japanese and hold no control characters, so that a
  // binary file that happens to decode is still treated as a file.
  const candidates = [strict('shift_jis', bytes), strict('euc-jp', bytes)].filter(
    (c): c is DecodedText => c !== null && !CONTROL.test(c.text) && japaneseScore(c.text) > 0,
  );
  candidates.sort((a, b) => japaneseScore(b.text) - japaneseScore(a.text));
  return candidates[0] ?? null;
}

// Labels that declare nothing useful: 7-bit ASCII is a subset of every candidate, and
// mailers put `us-ascii` on text they did not look at.
const UNDECLARED = new Set(['', 'us-ascii', 'ascii', 'ansi_x3.4-1968']);

/**
 * Decodes text bytes with the declared charset, or detects it when none is declared.
 * An unknown label, or bytes that are not valid in the declared charset, is a clear
 * `charset-invalid` error; bytes that are not text at all (no declaration) also are.
 */
/**
 * What a declared charset label asks for: the WHATWG encoding name, null when it declares
 * nothing useful (detect instead), undefined when no decoder knows the label.
 */
export function declaredEncoding(declared?: string | null): string | null | undefined {
  const label = declared?.trim().toLowerCase() ?? '';
  if (UNDECLARED.has(label)) return null;
  try {
    return new TextDecoder(label, { fatal: true }).encoding;
  } catch {
    return undefined;
  }
}

export function decodeDeclared(
  bytes: Uint8Array,
  declared?: string | null,
): Result<DecodedText, CharsetError> {
  const encoding = declaredEncoding(declared);
  if (encoding !== null) {
    if (encoding === undefined) {
      const label = declared?.trim().toLowerCase() ?? '';
      return fail({
        code: 'charset-invalid',
        message: `the text declares charset "${label.slice(0, 40)}", which cannot be decoded`,
      });
    }
    const decoded = strict(encoding, bytes);
    if (decoded === null)
      return fail({
        code: 'charset-invalid',
        message: `the text declares charset "${encoding}" but its bytes are not valid ${encoding}`,
      });
    return ok(decoded);
  }
  const detected = detectText(bytes);
  if (detected === null)
    return fail({
      code: 'charset-invalid',
      message: 'the text declares no charset and is not UTF-8, Shift_JIS, EUC-JP or ISO-2022-JP',
    });
  return ok(detected);
}

/**
 * Decodes text bytes: an explicit charset wins when it decodes; otherwise detection.
 * Returns null when the bytes are not text (the caller then treats them as a file).
 */
export function decodeText(bytes: Uint8Array, charset?: string | null): string | null {
  if (bytes.includes(0)) return null;
  const declared = decodeDeclared(bytes, charset);
  if (declared.ok) return declared.value.text;
  return detectText(bytes)?.text ?? null;
}
