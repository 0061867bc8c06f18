import { parseArgs } from 'node:util';
import { isoInstantSchema } from '../../shared/model/common';
import { planAppend } from '../../shared/workflow/append';
import { alertSteps } from '../../shared/workflow/technical-alert';
import { readCaseDocument } from '../case-file';
import { CliError, printJson, runVerbs } from '../output';

/**
 * `airlock case show <case.json> [--now <instant>]`: what a case document says once the
 * engine has folded it — kind, states, dates and, for a technical alert, its stage,
 * content and the steps the engine allows next (with the refusal of each other step).
 * `airlock case validate <case.json>`: the same checks, exit 1 with the failing field named.
 */
const usage = `airlock case show <case.json> [--now <ISO instant>]
airlock case validate <case.json>`;

const nowOf = (value: string | undefined): string => {
  if (value === undefined) return new Date().toISOString();
  const parsed = isoInstantSchema.safeParse(value);
  if (!parsed.success)
    throw new CliError('usage', '--now must be a UTC instant like 2026-05-01T00:00:00Z');
  return parsed.data;
};

async function show(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { now: { type: 'string' } },
  });
  const [file] = positionals;
  if (file === undefined) throw new CliError('usage', usage);
  const now = nowOf(values.now);
  const doc = await readCaseDocument(file);
  const kase = doc.case;
  const plan = planAppend([], { caseId: kase.id, events: doc.events, rejected: 'keep' });
  const projection = plan.ok ? plan.value.projection : null;
  const alert = kase.technicalAlert;
  printJson({
    ok: true,
    case: {
      ref: kase.ref,
      title: kase.title,
      kind: kase.kind,
      tlp: kase.tlp,
      states: { report: kase.states.report, embargo: kase.states.embargo },
      dates: kase.dates,
      advisoryId: kase.advisoryId,
    },
    events: doc.events.length,
    ...(alert === null
      ? {}
      : {
          technicalAlert: {
            stage: alert.stage,
            content: alert.content,
            steps: projection === null ? [] : alertSteps(projection, now),
          },
        }),
  });
  return 0;
}

async function validate(argv: string[]): Promise<number> {
  const [file] = argv;
  if (file === undefined) throw new CliError('usage', usage);
  const doc = await readCaseDocument(file);
  printJson({
    ok: true,
    valid: true,
    ref: doc.case.ref,
    kind: doc.case.kind,
    events: doc.events.length,
  });
  return 0;
}

export function run(argv: string[]): Promise<number> {
  return runVerbs(argv, usage, { show, validate });
}
