// `message open --json` streams the text from a spool: what it learns chunk by chunk must
// choose exactly what contentFromLiteral (the app's and the in-memory CLI's path) gives, and
// the streamed text must be its text, whatever the chunk boundaries split.
import { isUtf8 } from 'node:buffer';
import { access, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFromLiteral } from '../shared/exchange/message/content';
import { PlaintextProbe, planContent, spooledText } from './commands/message-json';
import { withSpool } from './spool';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'airlock-message-json-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sjis = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
// Pieces a reply is made of: ASCII lines, CRLF, Japanese UTF-8, a BOM, a stray ESC, a JIS
// escape, a NUL, Shift_JIS bytes (「返信」), a lone continuation byte.
const pieces = [
  new TextEncoder().encode('[AL-2026-0042] reply\n'),
  new TextEncoder().encode('\r\n'),
  new TextEncoder().encode('返信です。①'),
  new Uint8Array([0xef, 0xbb, 0xbf]),
  new Uint8Array([0x1b]),
  new TextEncoder().encode('\x1b$B$3$s\x1b(B'),
  new Uint8Array([0]),
  sjis('\x95\xd4\x90\x4d'),
  new Uint8Array([0x80]),
  new TextEncoder().encode('\r'),
];

const replyBytes = fc
  .array(fc.nat(pieces.length - 1), { maxLength: 40 })
  .map(
    (indexes) => new Uint8Array(Buffer.concat(indexes.map((i) => pieces[i] ?? new Uint8Array(0)))),
  );

function chunked(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...at, bytes.length]) {
    chunks.push(bytes.subarray(from, cut));
    from = cut;
  }
  return chunks;
}

async function streamedText(bytes: Uint8Array, chunkBytes: number): Promise<string> {
  const file = join(dir, `text-${chunkBytes}-${bytes.length}.txt`);
  await writeFile(file, bytes);
  let text = '';
  for await (const piece of spooledText(file, chunkBytes)) text += piece;
  return text;
}

describe('message open --json: the spooled plaintext', () => {
  it('the probe learns of the whole what the native scans of the whole say, however it is cut', () => {
    fc.assert(
      fc.property(replyBytes, fc.array(fc.nat(), { maxLength: 6 }), (bytes, cuts) => {
        const probe = new PlaintextProbe();
        for (const chunk of chunked(bytes, cuts)) probe.observe(chunk);
        expect(probe.utf8).toBe(isUtf8(bytes));
        expect(probe.nul).toBe(bytes.includes(0));
        expect(probe.esc).toBe(bytes.includes(0x1b));
        expect(probe.ascii).toBe(bytes.every((b) => b < 0x80));
      }),
    );
  });

  it('plans what contentFromLiteral gives, and the streamed text is its text', async () => {
    const declarations = fc.constantFrom(null, 'UTF-8', 'us-ascii', 'Shift_JIS', 'klingon');
    await fc.assert(
      fc.asyncProperty(
        replyBytes,
        declarations,
        fc.integer({ min: 1, max: 7 }),
        async (bytes, declared, step) => {
          const probe = new PlaintextProbe();
          probe.observe(bytes);
          const plan = planContent(probe, declared);
          const expected = await contentFromLiteral(bytes, 'reply.txt', 'reply', declared);
          if (plan === 'file') {
            expect(expected.ok && expected.value.attachments.map((a) => a.name)).toEqual([
              'reply.txt',
            ]);
          } else if (plan === 'utf-8') {
            expect(expected.ok && expected.value.charset).toBe('utf-8');
            expect(await streamedText(bytes, step)).toBe(expected.ok ? expected.value.text : null);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('UTF-8 text is streamed, a Shift_JIS or ISO-2022-JP reply and an invalid one are read whole', () => {
    const plan = (bytes: Uint8Array, declared: string | null = null) => {
      const probe = new PlaintextProbe();
      probe.observe(bytes);
      return planContent(probe, declared);
    };
    expect(plan(new TextEncoder().encode('返信\r\n'))).toBe('utf-8');
    expect(plan(new TextEncoder().encode('返信'), 'utf-8')).toBe('utf-8');
    expect(plan(sjis('\x95\xd4\x90\x4d'))).toBe('whole');
    expect(plan(new TextEncoder().encode('\x1b$B$3$s\x1b(B'))).toBe('whole');
    expect(plan(new TextEncoder().encode('返信'), 'euc-jp')).toBe('whole');
    expect(plan(new Uint8Array([0x41, 0, 0x42]), 'utf-8')).toBe('file');
  });

  it('the spool is a private file under the temporary directory, removed however the work ends', async () => {
    let seen = '';
    await expect(
      withSpool(async (spool) => {
        seen = spool.path;
        expect(spool.path.startsWith(tmpdir())).toBe(true);
        await spool.writer.consume(new Blob(['secret']).stream());
        const written = await spool.writer.publish();
        expect(written.size).toBe(6);
        expect((await stat(spool.path)).mode & 0o777).toBe(0o600);
        expect((await stat(join(spool.path, '..'))).mode & 0o777).toBe(0o700);
        throw new Error('signature check failed');
      }),
    ).rejects.toThrow('signature check failed');
    await expect(access(seen)).rejects.toThrow();
    await expect(access(join(seen, '..'))).rejects.toThrow();
  });
});
