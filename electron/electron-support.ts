/**
 * Whether a pinned Electron is still supported. Electron ships security fixes for its
 * latest three majors only, and the app renders untrusted reporter text in Chromium, so a
 * pin more than two majors behind the newest known release is end of life.
 */
export const SUPPORTED_MAJORS = 3;

/** The major version a package.json range or an exact version pins (`^45.6.1` → 45). */
export function pinnedMajor(range: string): number | null {
  const match = /^[\^~=v]*(\d+)\.\d+\.\d+/.exec(range.trim());
  return match?.[1] === undefined ? null : Number(match[1]);
}

export type SupportVerdict =
  { supported: true; behind: number } | { supported: false; behind: number; reason: string };

/** `newestMajor` is the newest release recorded in the repo (electron/newest-electron.json). */
export function electronSupport(range: string, newestMajor: number): SupportVerdict {
  const major = pinnedMajor(range);
  if (major === null) {
    return { supported: false, behind: Infinity, reason: `cannot read a major from "${range}"` };
  }
  const behind = newestMajor - major;
  return behind < SUPPORTED_MAJORS
    ? { supported: true, behind }
    : {
        supported: false,
        behind,
        reason: `Electron ${major} is ${behind} majors behind ${newestMajor}: end of life`,
      };
}
