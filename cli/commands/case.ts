import { parseArgs } from 'node:util';
import { isoInstantSchema } from '../../shared/model/common';
import { planAppend } from '../../shared/workflow/append';
import { caseView, type CaseView } from '../../shared/workflow/case-view';
import { alertSteps } from '../../shared/workflow/technical-alert';
import { readCaseDocument } from '../case-file';
import { CliError, printJson, runVerbs } from '../output';

/**
 * `airlock case show <case.json> [--now <instant>]`: what a case document says once the
 * engine has folded it — kind, states, dates, its deadlines and embargo extensions at
 * "now" (the case view every screen reads: a target superseded by the agreed date, what
 * counts against the extension cap, who is owed the "publication moved" letter) and, for a
 * technical alert, its stage, content and the steps the engine allows next.
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

/** The case view's deadlines and extension facts, as the screens show them. */
const policyFacts = (view: CaseView) => ({
  deadlineState: view.deadlineState,
  deadlines: view.report.deadlines.map((d) => ({
    ruleId: d.ruleId,
    state: d.state,
    dueDate: d.dueDate,
    dueAt: d.dueAt,
    supersededBy: d.supersededBy,
  })),
  extensions: {
    granted: view.extensions.granted,
    revisedBeyondTarget: view.extensions.revisedBeyondTarget,
    counted: view.extensions.counted,
    cap: view.extensions.cap,
    capReached: view.extensions.capReached,
    target: view.extensions.target,
    beyondTargetDays: view.extensions.beyondTargetDays,
    movedLetterOwedTo: view.extensions.moved?.owed ?? [],
  },
});

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
  const view = caseView(
    { kase, involvements: doc.involvements ?? [], events: doc.events, messages: [] },
    now,
  );
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
    ...policyFacts(view),
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
