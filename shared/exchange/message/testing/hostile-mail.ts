// Hostile e-mail shapes for tests (issue 29's hostile-input run), saved with LF line ends
// as a mail client's "save as" often does.

/** A MIME entity with `depth` multipart/mixed levels around one text/plain part. */
export function nestedMultipart(depth: number, text: string): string {
  let entity = `Content-Type: text/plain; charset=utf-8\n\n${text}\n`;
  for (let level = depth; level > 0; level -= 1) {
    const b = `b${level}`;
    entity = `Content-Type: multipart/mixed; boundary="${b}"\n\n--${b}\n${entity}--${b}--\n`;
  }
  return entity;
}

/** An RFC 3156 multipart/encrypted .eml around an armored OpenPGP message. */
export function pgpMimeEml(armored: string): string {
  return [
    'From: vendor@example.org',
    'Subject: [AL-2026-0042]',
    'MIME-Version: 1.0',
    'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="outer"',
    '',
    '--outer',
    'Content-Type: application/pgp-encrypted',
    '',
    'Version: 1',
    '',
    '--outer',
    'Content-Type: application/octet-stream; name="encrypted.asc"',
    '',
    armored.trimEnd(),
    '',
    '--outer--',
    '',
  ].join('\n');
}
