// The entry points each kind of input goes through, shared by the generated inputs and the
// regression corpus: the CLI command a script runs and the app function a screen calls.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run as advisoryCli } from '../../cli/commands/advisory';
import { run as bundleCli } from '../../cli/commands/bundle';
import { run as caseCli } from '../../cli/commands/case';
import { run as keyCli } from '../../cli/commands/key';
import { run as messageCli } from '../../cli/commands/message';
import { applyImport, planWrites, storeLookup } from '../../renderer/features/bundles/bundle-store';
import { importKeys } from '../../renderer/features/keys/key-actions';
import { sealBinary } from '../../shared/crypto/pgp/seal';
import { importBundle } from '../../shared/exchange/bundle/open';
import { validateCsafDocument, validateCveRecord } from '../../shared/advisory/validate-export';
import { openReply } from '../../shared/exchange/message';
import { filesUnder, inSandbox, judgeResult, runCli, tryInput, type Outcome } from './kit';
import type { FuzzKeys } from './seeds';
import { storePath } from './store';

/** Loads the generated validators (1.5 MB of code) once, so that an input's time bound
 *  measures the input and not the first module load. */
export async function warmValidators(): Promise<void> {
  await validateCsafDocument({});
  await validateCveRecord({});
}

export type Reply = { name: string; data: Uint8Array; signature?: Uint8Array; out: boolean };

export type Targets = ReturnType<typeof targets>;

export function targets(keys: FuzzKeys) {
  const withStore = storePath();
  const secret = [
    '--secret-key',
    keys.file('org.sec.asc'),
    '--passphrase-file',
    keys.file('pass.txt'),
  ];
  const known = ['--known-key', keys.file('vendor.pub.asc')];

  /** `message open` (--out must never leave a file behind a refusal) and openReply. */
  const reply = (label: string, r: Reply): Promise<Outcome[]> => {
    const cli = () =>
      inSandbox(async (dir): Promise<Outcome> => {
        const file = path.join(dir, r.name);
        await writeFile(file, r.data);
        const sig = `${file}.sig`;
        if (r.signature !== undefined) await writeFile(sig, r.signature);
        const out = path.join(dir, 'out.txt');
        const outcome = await runCli({ run: messageCli }, [
          ...['open', file, ...secret, ...known, '--json'],
          ...(r.signature === undefined ? [] : ['--signature', sig]),
          ...(r.out ? ['--out', out] : []),
        ]);
        if (outcome.kind === 'refused' && existsSync(out))
          return { kind: 'crash', detail: `refused (${outcome.code}) but --out was written` };
        return outcome;
      });
    const app = async () =>
      judgeResult(
        await openReply({
          data: r.data,
          fileName: r.name,
          decryptionKeys: [keys.org],
          knownKeys: [keys.vendorPublic],
          ...(r.signature === undefined ? {} : { detachedSignature: r.signature }),
        }),
      );
    return tryInput(label, r.data, { cli, app });
  };

  /** A ZIP as the vendor seals a bundle to the org: signed (valid), encrypted. */
  const seal = async (zip: Uint8Array): Promise<Uint8Array> => {
    const sealed = await sealBinary({
      data: zip,
      recipientKeys: [keys.org.toPublic()],
      signingKey: keys.vendor,
      format: 'binary',
    });
    if (!sealed.ok) throw new Error(sealed.error.message);
    return sealed.value;
  };

  /** `bundle open --extract` (nothing outside the folder, nothing on refusal) and the app's
   *  import: check and plan (importBundle), then write the plan (applyImport). */
  const bundle = (label: string, bytes: Uint8Array): Promise<Outcome[]> => {
    const cli = () =>
      inSandbox(async (dir): Promise<Outcome> => {
        const file = path.join(dir, 'in.airlock');
        await writeFile(file, bytes);
        const extract = path.join(dir, 'out');
        const outcome = await runCli({ run: bundleCli }, [
          ...['open', file, ...secret, ...known, '--extract', extract, '--json'],
        ]);
        const written = await filesUnder(dir);
        const outside = written.filter(
          (f) => f !== 'in.airlock' && !f.startsWith(`out${path.sep}`),
        );
        if (outside.length > 0)
          return { kind: 'crash', detail: `wrote outside --extract: ${outside.join(', ')}` };
        if (outcome.kind === 'refused' && existsSync(extract))
          return { kind: 'crash', detail: `refused (${outcome.code}) but extracted files` };
        return outcome;
      });
    const app = () =>
      withStore(async (store) => {
        const plan = await importBundle(bytes, {
          decryptionKeys: [keys.org],
          knownKeys: [keys.vendorPublic],
          lookup: storeLookup(store),
        });
        if (!plan.ok) return judgeResult(plan);
        return judgeResult(
          await applyImport(
            store,
            plan.value,
            planWrites(store, plan.value, keys.org.getFingerprint().toUpperCase()),
          ),
        );
      });
    return tryInput(label, bytes, { cli, app });
  };

  /** `key inspect` and the keyring import. */
  const key = (label: string, data: Uint8Array): Promise<Outcome[]> => {
    const cli = () =>
      inSandbox(async (dir) => {
        const file = path.join(dir, 'key.asc');
        await writeFile(file, data);
        return runCli({ run: keyCli }, ['inspect', file, '--json']);
      });
    const app = () => withStore(async (store) => judgeResult(await importKeys(store, data)));
    return tryInput(label, data, { cli, app });
  };

  /** One CLI command on `data` written to a file; its options come after the file. */
  const cliOn =
    (
      mod: { run: (argv: string[]) => Promise<number> },
      verb: string,
      args: (dir: string) => string[],
    ) =>
    (data: Uint8Array) =>
    (): Promise<Outcome> =>
      inSandbox(async (dir) => {
        const file = path.join(dir, 'input.json');
        await writeFile(file, data);
        return runCli(mod, [verb, file, ...args(dir)]);
      });
  const caseValidate = cliOn({ run: caseCli }, 'validate', () => []);
  const caseShow = cliOn({ run: caseCli }, 'show', () => ['--now', '2026-06-01T00:00:00Z']);

  /** `case validate` and `case show`. */
  const caseDocument = (label: string, data: Uint8Array) =>
    tryInput(label, data, { validate: caseValidate(data), show: caseShow(data) });

  /** `advisory render` (parse, render, leak guard, export validation, as the export panel). */
  const draft = (label: string, data: Uint8Array, format: string, lang: string) =>
    tryInput(label, data, {
      render: cliOn({ run: advisoryCli }, 'render', (dir) => [
        ...['--format', format, '--lang', lang, '--out', path.join(dir, 'out')],
      ])(data),
    });

  /** `advisory validate`. */
  const validate = (label: string, data: Uint8Array, format: 'csaf' | 'cve') =>
    tryInput(label, data, {
      validate: cliOn({ run: advisoryCli }, 'validate', () => ['--format', format, '--json'])(data),
    });

  return { reply, seal, bundle, key, caseDocument, draft, validate };
}
