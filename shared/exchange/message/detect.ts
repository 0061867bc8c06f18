// What kind of file did the analyst bring in? Detection looks at bytes, never at the
// file name alone (a `.asc` may be a message, a signature or a key).
import { asciiPrefix } from '../../crypto/pgp';
import { looksLikeMime } from './mime';

export type MessageShape =
  | 'armored-message'
  | 'binary-message'
  | 'clearsigned'
  | 'armored-signature'
  | 'binary-signature'
  | 'key'
  | 'mime'
  | 'unknown';

// OpenPGP packet tags that can start a message (RFC 4880 §4.3).
const messageTags = new Set([1, 3, 4, 8, 9, 11, 18, 20]);

function packetTag(first: number): number | null {
  if ((first & 0x80) === 0) return null;
  return (first & 0x40) !== 0 ? first & 0x3f : (first >> 2) & 0x0f;
}

const armorKinds: readonly (readonly [string, MessageShape])[] = [
  ['-----BEGIN PGP MESSAGE-----', 'armored-message'],
  ['-----BEGIN PGP SIGNED MESSAGE-----', 'clearsigned'],
  ['-----BEGIN PGP SIGNATURE-----', 'armored-signature'],
  ['-----BEGIN PGP PUBLIC KEY BLOCK-----', 'key'],
  ['-----BEGIN PGP PRIVATE KEY BLOCK-----', 'key'],
];

/** The first armor block's kind anywhere in the text (armor may follow a greeting). */
export function armorKind(text: string): MessageShape | null {
  let best: { at: number; shape: MessageShape } | null = null;
  for (const [marker, shape] of armorKinds) {
    const at = text.indexOf(marker);
    if (at >= 0 && (best === null || at < best.at)) best = { at, shape };
  }
  return best?.shape ?? null;
}

export function detectShape(bytes: Uint8Array): MessageShape {
  const first = bytes[0];
  if (first === undefined) return 'unknown';
  const tag = packetTag(first);
  if (tag !== null) {
    if (tag === 2) return 'binary-signature';
    if (tag === 5 || tag === 6) return 'key';
    if (messageTags.has(tag)) return 'binary-message';
    return 'unknown';
  }
  if (looksLikeMime(bytes)) return 'mime';
  return armorKind(asciiPrefix(bytes, 1 << 20)) ?? 'unknown';
}

/** Extracts the first armored block of the given type (text around it is ignored). */
export function extractArmor(
  text: string,
  type: 'MESSAGE' | 'SIGNED MESSAGE' | 'SIGNATURE',
): string | null {
  const begin = text.indexOf(`-----BEGIN PGP ${type}-----`);
  if (begin < 0) return null;
  const endMarker =
    type === 'SIGNED MESSAGE' ? '-----END PGP SIGNATURE-----' : `-----END PGP ${type}-----`;
  const end = text.indexOf(endMarker, begin);
  return end < 0 ? text.slice(begin) : text.slice(begin, end + endMarker.length);
}

/** The `Charset:` armor header of the first block of the given type, or null. */
export function armorCharset(text: string, type: 'MESSAGE' | 'SIGNATURE'): string | null {
  const begin = text.indexOf(`-----BEGIN PGP ${type}-----`);
  if (begin < 0) return null;
  for (const line of text.slice(begin).split('\n').slice(1, 32)) {
    const bare = line.trim();
    if (bare === '') return null;
    const match = /^Charset:\s*(\S.*)$/i.exec(bare);
    if (match?.[1] !== undefined) return match[1].trim();
  }
  return null;
}
