// The CLI's JSON contract: exactly one JSON object on stdout, `{"ok":true,...}` on success,
// `{"ok":false,"error":{"code","message"}}` with a non-zero exit on failure.
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** Writes to stdout, waiting for it to drain when its buffer is full. */
async function writeOut(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/**
 * Prints `{...head, [key]: <text>, ...tail}` as one JSON line like printJson, the string
 * `key` written as it arrives (each piece escaped by JSON.stringify: pieces of a decoded
 * text hold whole code points, so the escaping is that of the whole string) and never held
 * whole. The caller has checked everything before the first piece: once it starts, the
 * object is the success object.
 */
export async function printJsonStreamingText(
  head: Record<string, unknown>,
  key: string,
  text: AsyncIterable<string>,
  tail: Record<string, unknown>,
): Promise<void> {
  const open = JSON.stringify(head).slice(0, -1);
  await writeOut(`${open}${open === '{' ? '' : ','}${JSON.stringify(key)}:"`);
  for await (const piece of text) {
    if (piece !== '') await writeOut(JSON.stringify(piece).slice(1, -1));
  }
  const rest = JSON.stringify(tail).slice(1);
  await writeOut(`"${rest === '}' ? '' : ','}${rest}\n`);
}

/** Prints the failure object and returns the exit code to use. */
export function printFailure(code: string, message: string, exitCode = 1): number {
  printJson({ ok: false, error: { code, message } });
  return exitCode;
}

/** A typed failure that a command throws and the group's runner turns into JSON. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a passphrase file; exactly one trailing newline (LF or CRLF) is not part of it. */
export async function readPassphraseFile(path: string): Promise<string> {
  const text = await readFileOr(path, 'passphrase-file');
  return new TextDecoder().decode(text).replace(/\r?\n$/, '');
}

export async function readFileOr(path: string, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError('file-unreadable', `cannot read ${what} '${path}': ${reason}`);
  }
}

/** Runs a command body and maps thrown CliErrors (and anything else) to the JSON failure. */
export async function runCommand(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof CliError) return printFailure(error.code, error.message);
    return printFailure('internal', error instanceof Error ? error.message : String(error));
  }
}

type Verb = (args: string[]) => Promise<number>;

/**
 * The common front of every command group: `--help`, dispatch by verb, and parseArgs'
 * errors turned into the JSON `usage` failure instead of a stack trace.
 */
export function runVerbs(
  argv: string[],
  help: string,
  verbs: Record<string, Verb>,
): Promise<number> {
  const [verb, ...rest] = argv;
  return runCommand(async () => {
    if (verb === undefined || verb === '--help' || verb === '-h' || rest.includes('--help')) {
      process.stdout.write(`${help}\n`);
      return verb === undefined ? 2 : 0;
    }
    const body = Object.hasOwn(verbs, verb) ? verbs[verb] : undefined;
    if (body === undefined) throw new CliError('usage', `unknown verb '${verb}'\n\n${help}`);
    try {
      return await body(rest);
    } catch (error) {
      if (
        error instanceof TypeError &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS')
      ) {
        throw new CliError('usage', error.message);
      }
      throw error;
    }
  });
}
