import { parseArgs } from 'node:util';
import { isoInstantSchema } from '../../shared/model/common';
import { decideSsvc, parseSsvcAssignments } from '../../shared/workflow/ssvc';
import { CliError, printJson, runVerbs } from '../output';

/**
 * `airlock ssvc decide <model> POINT=VALUE... [--json] [--now <instant>] [--target <id>]...`:
 * the outcome of CERT/CC's coordinator decision table for one selection, and the
 * SelectionList 2.0.0 that records it — the same engine the intake and release screens ask,
 * so anyone can check a decision against the shipped table.
 */
const usage = `airlock ssvc decide coordinator-triage RP=Y SCON=N RC=C SC=M SE=A U=E PSI=S [--json]
airlock ssvc decide coordinator-publish SINV=FR E=P PVA=A [--json]
  Utility (U) may be given directly or as A= and VD=.
  --now <ISO instant>   the SelectionList's timestamp (default: now)
  --target <id>         an evaluated item (case ref, CVE ID) for target_ids; repeatable`;

export type SsvcCliAnswer = { code: number; json: Record<string, unknown> };

/** The decision as the CLI prints it, without printing: tests run every table row here. */
export const ssvcDecideAnswer = (
  model: string,
  words: readonly string[],
  now: string,
  targets: readonly string[] = [],
): SsvcCliAnswer => {
  const input = parseSsvcAssignments(words);
  const decided = input.ok ? decideSsvc(model, input.value, { now, targetIds: targets }) : input;
  if (!decided.ok) {
    const { code, message } = decided.error;
    return { code: 1, json: { ok: false, error: { code, message } } };
  }
  return { code: 0, json: { ok: true, ...decided.value } };
};

function decide(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      now: { type: 'string' },
      target: { type: 'string', multiple: true },
    },
  });
  const [model, ...words] = positionals;
  if (model === undefined) throw new CliError('usage', usage);
  const now = values.now ?? new Date().toISOString();
  if (!isoInstantSchema.safeParse(now).success) {
    throw new CliError('usage', '--now must be a UTC instant like 2026-05-01T00:00:00Z');
  }
  const answer = ssvcDecideAnswer(model, words, now, values.target ?? []);
  printJson(answer.json);
  return Promise.resolve(answer.code);
}

export function run(argv: string[]): Promise<number> {
  return runVerbs(argv, usage, { decide });
}
