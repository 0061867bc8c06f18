// Reading a case document file for the CLI (bundle seal, case show/validate): JSON, the
// model's parser (every record migrated and checked, the failing field named), then the
// engine's fold, so a document whose events contradict its records is refused.
import type { CaseDocument } from '../shared/model/case-document';
import { parseCaseDocument } from '../shared/model/case-document';
import { foldCaseDocument } from '../shared/workflow/case-document';
import { CliError, readFileOr } from './output';

export async function readCaseDocument(path: string): Promise<CaseDocument> {
  const bytes = await readFileOr(path, 'case document');
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new CliError(
      'case-invalid',
      `'${path}' is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = parseCaseDocument(value);
  if (!parsed.ok) {
    throw new CliError(
      'case-invalid',
      `'${path}': ${parsed.error.message} ${parsed.error.issues.slice(0, 3).join('; ')}`.trim(),
    );
  }
  // What is sealed is the engine's fold of the events, as the app would store it.
  const folded = foldCaseDocument(parsed.value);
  if (!folded.ok) throw new CliError(folded.error.code, `'${path}': ${folded.error.message}`);
  return folded.value;
}
