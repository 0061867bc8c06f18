// Inputs that once crashed (issue 29's fuzz runs), kept in corpus/regressions as
// `<kind>--<what>.<ext>` and replayed on every run, plus the ones too big to commit, made
// here. Each must now be refused with a typed code (or accepted), like any fuzz input.
import * as openpgp from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import { encryptArmored } from '../../shared/crypto/pgp/calls';
import { pgpMimeEml } from '../../shared/exchange/message/testing/hostile-mail';
import { reportTally } from './kit';
import { corpusFolder, loadKeys } from './seeds';
import { targets, warmValidators, type Targets } from './targets';

let t: Targets;
beforeAll(async () => {
  t = targets(await loadKeys());
  await warmValidators();
});
reportTally('regressions');
const enc = new TextEncoder();

describe('fuzz: regressions', () => {
  it('every kept input is decided, never a crash', async () => {
    const kept = corpusFolder('regressions');
    expect(kept.size).toBeGreaterThan(0);
    for (const [name, data] of kept) {
      const kind = name.split('--')[0];
      const outcomes =
        kind === 'csaf' || kind === 'cve'
          ? await t.validate(name, data, kind)
          : kind === 'reply'
            ? await t.reply(name, { name, data, out: false })
            : kind === 'key'
              ? await t.key(name, data)
              : kind === 'case'
                ? await t.caseDocument(name, data)
                : kind === 'bundle'
                  ? await t.bundle(name, data)
                  : [];
      expect(
        outcomes.filter((o) => o.kind === 'crash'),
        name,
      ).toEqual([]);
      expect(outcomes.length, name).toBeGreaterThan(0);
    }
  });

  it('a 4 MB PGP/MIME body of nested list text is read within the bound (binaryString)', async () => {
    const lines = Array.from({ length: 1900 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
    const body = `MIME-Version: 1.0\nContent-Type: text/plain; charset="shift_jis"\nContent-Transfer-Encoding: base64\n\n${lines}\n`;
    const [org, vendor] = [
      await loadKeys().then((k) => k.org),
      await loadKeys().then((k) => k.vendor),
    ];
    const armored = await encryptArmored({
      message: await openpgp.createMessage({ binary: enc.encode(body) }),
      encryptionKeys: [org.toPublic()],
      signingKeys: [vendor],
      format: 'armored',
    });
    const outcomes = await t.reply('big-mime', {
      name: 'reply.eml',
      data: enc.encode(pgpMimeEml(armored)),
      out: false,
    });
    expect(outcomes.map((o) => o.kind)).toEqual(['accepted', 'accepted']);
  });

  it('a CSAF file with 16,000 invalid scores is decided within the bound (Ajv appended errors quadratically)', async () => {
    const score = { products: ['p'], cvss_v3: { version: '3.1', userInteraction: ['NONE'] } };
    const doc = { document: {}, vulnerabilities: [{ scores: Array<unknown>(16_000).fill(score) }] };
    const outcomes = await t.validate('csaf-many-errors', enc.encode(JSON.stringify(doc)), 'csaf');
    expect(outcomes).toEqual([{ kind: 'refused', code: 'document-invalid' }]);
  });
});
