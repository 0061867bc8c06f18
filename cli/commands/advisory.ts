import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseAdvisoryDraft, type AdvisoryDraft } from '../../shared/model/advisory-draft';
import {
  ADVISORY_FORMATS,
  renderAdvisory,
  type AdvisoryFormat,
} from '../../shared/advisory/render';
import { CliError, printJson, readFileOr, runVerbs } from '../output';
import { checkOutputs, writeFileAtomically } from '../file-out';
import { validateCsaf, validateCve } from './advisory-validators';
import { validateExportFile } from '../../shared/advisory/validate-export';
import { droppedBy } from '../../shared/advisory/dropped';
import { withCaseHistory } from '../../shared/advisory/case-history';
import { latestSsvcSelections } from '../../shared/workflow/ssvc';
import { foldEvents } from '../../shared/workflow/timeline';
import { readCaseDocument } from '../case-file';

/**
 * `airlock advisory render <draft.json> --format csaf|cve|cve-cna|html|md|csaf-vex|openvex|cyclonedx|csaf21 …`
 * (`cve-cna`: each of our CVE IDs' CNA container, the file `cve publish --cve-json-file` takes)
 * `airlock advisory validate <file> --format <any format but html and md> --json`
 * Render goes through the same shared/advisory code as the app, leak guard included: a
 * finding means no file is written, and so does a CSAF or CVE file that fails the same
 * validation the app runs before saving. Validate exits 1 when the document is invalid.
 * With `--case <case.json>` (the draft's case document), the revision history, release dates
 * and any withdrawal come from the case's events, and CSAF 2.1 carries its SSVC decisions,
 * as in the app (issue 28).
 */

/** The formats that have a validator (HTML and Markdown have no schema). */
const VALIDATED_FORMATS: readonly AdvisoryFormat[] = ADVISORY_FORMATS.filter(
  (f) => f !== 'html' && f !== 'md',
);
const usage = `airlock advisory render <draft.json> --format ${ADVISORY_FORMATS.join('|')} [--lang ja|en] [--case <case.json>] --out <dir> [--force]
  (a file of that name already in <dir> is refused, file-exists, unless --force)
airlock advisory validate <file> --format ${VALIDATED_FORMATS.join('|')} [--json]`;

const DOCUMENT_NAMES: Partial<Record<AdvisoryFormat, string>> = {
  csaf: 'CSAF document',
  'csaf-vex': 'CSAF VEX document',
  csaf21: 'CSAF 2.1 document',
  cve: 'CVE record',
  'cve-cna': 'CVE CNA container',
  openvex: 'OpenVEX document',
  cyclonedx: 'CycloneDX BOM',
};

const readJson = async (file: string, what: string): Promise<unknown> => {
  const bytes = await readFileOr(file, what);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch (error) {
    throw new CliError(
      'invalid-json',
      `${what} '${file}' is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
};

const formatOf = (value: string | undefined, allowed: readonly string[]): AdvisoryFormat => {
  if (value === undefined || !allowed.includes(value)) {
    throw new CliError('usage', `--format must be one of ${allowed.join(', ')}\n\n${usage}`);
  }
  return value as AdvisoryFormat;
};

/** The draft as its case's events say it was released, and the case's SSVC decisions. */
async function withCase(draft: AdvisoryDraft, caseFile: string | undefined) {
  if (caseFile === undefined) return { draft, ssvc: [] };
  const doc = await readCaseDocument(caseFile);
  if (doc.case.id !== draft.case.id) {
    throw new CliError('case-mismatch', `'${caseFile}' is not the case of this draft`);
  }
  const projection = foldEvents(doc.events);
  return {
    draft: withCaseHistory(draft, projection.advisory),
    ssvc: latestSsvcSelections(projection),
  };
}

async function render(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      case: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const [draftFile] = positionals;
  if (draftFile === undefined || values.out === undefined) throw new CliError('usage', usage);
  const format = formatOf(values.format, ADVISORY_FORMATS);
  const lang = values.lang;
  if (lang !== undefined && lang !== 'ja' && lang !== 'en')
    throw new CliError('usage', '--lang must be ja or en');
  const parsed = parseAdvisoryDraft(await readJson(draftFile, 'draft'));
  if (!parsed.ok) {
    printJson({
      ok: false,
      error: { code: 'invalid-draft', message: parsed.error.message, issues: parsed.error.issues },
    });
    return 1;
  }
  const { draft, ssvc } = await withCase(parsed.value, values.case);
  const result = renderAdvisory(draft, {
    format,
    ...(lang ? { lang } : {}),
    ...(format === 'csaf21' && ssvc.length ? { ssvc } : {}),
  });
  if (!result.ok) {
    printJson({ ok: false, error: result.error });
    return 1;
  }
  const invalid = [];
  for (const file of result.value.files) {
    const report = await validateExportFile(format, file.content);
    if (report && !report.valid) invalid.push({ file: file.name, errors: report.errors });
  }
  if (invalid.length > 0) {
    printJson({
      ok: false,
      error: { code: 'invalid-export', message: 'the export fails validation', files: invalid },
    });
    return 1;
  }
  const files = result.value.files.map((file) => path.join(values.out ?? '', file.name));
  await checkOutputs(files, [draftFile, values.case], values.force);
  await mkdir(values.out, { recursive: true });
  for (const [i, file] of result.value.files.entries()) {
    await writeFileAtomically(files[i] ?? '', file.content, { mode: 0o666, replace: values.force });
  }
  const overridden = result.value.leakGuard.overridden.map(({ code, field, excerpt, reason }) => ({
    code,
    field,
    excerpt,
    reason,
  }));
  // What the recipient of this format will not see (issue 28, item 5).
  const dropped = droppedBy(draft, format, { ssvc: ssvc.length > 0 }).map((d) => ({
    code: d.code,
    ...d.text,
  }));
  printJson({ ok: true, files, dropped, ...(overridden.length ? { overridden } : {}) });
  return 0;
}

async function validate(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' }, json: { type: 'boolean' } },
  });
  const [file] = positionals;
  if (file === undefined) throw new CliError('usage', usage);
  const format = formatOf(values.format, VALIDATED_FORMATS);
  const doc = await readJson(file, DOCUMENT_NAMES[format] ?? 'document');
  const report =
    format === 'csaf'
      ? await validateCsaf(doc)
      : format === 'cve'
        ? await validateCve(doc)
        : await validateExportFile(format, JSON.stringify(doc));
  if (report === null) throw new CliError('usage', usage);
  printJson({ ok: true, ...report });
  return report.valid ? 0 : 1;
}

export function run(argv: string[]): Promise<number> {
  return runVerbs(argv, usage, { render, validate });
}
