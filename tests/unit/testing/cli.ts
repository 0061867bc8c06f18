// Running the CLI as a user does, through the launcher and the prebuilt bundle
// (`node scripts/airlock.mjs`, what `npm run -s airlock` runs), and reading its one JSON
// object whatever the exit code.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type CliResult = { code: number; json: Record<string, unknown> };

/** `airlock <group> ...args`: the exit code and the JSON it printed. */
export const airlockGroup =
  (group: string) =>
  async (...args: string[]): Promise<CliResult> => {
    try {
      const { stdout } = await run(process.execPath, ['scripts/airlock.mjs', group, ...args], {
        cwd: path.resolve('.'),
      });
      return { code: 0, json: JSON.parse(stdout) as Record<string, unknown> };
    } catch (error) {
      const e = error as { code?: number; stdout?: string };
      return { code: e.code ?? -1, json: JSON.parse(e.stdout ?? '{}') as Record<string, unknown> };
    }
  };

/** `bundle seal` of one case document in `dir` to `partner.pub.asc`, signed with
 *  `sender.sec.asc` under `pass.txt` (the files the bundle CLI tests write). */
export const sealArgs = (dir: string, caseFile: string, out: string): string[] => {
  const file = (name: string) => path.join(dir, name);
  return [
    'seal',
    '--case',
    file(caseFile),
    '--to',
    file('partner.pub.asc'),
    '--sign-with',
    file('sender.sec.asc'),
    '--passphrase-file',
    file('pass.txt'),
    '--out',
    file(out),
  ];
};
