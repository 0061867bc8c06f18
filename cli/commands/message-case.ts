// `message seal --case`: the engine's hand-over rule, loaded only when a case is given, so
// `message open|seal` without one does not load the model's schemas (zod), the engine and
// its holiday calendar at start-up.
import { foldCoordination, localRefusal } from '../../shared/workflow/coordination';
import { readCaseDocument } from '../case-file';
import { CliError } from '../output';

/** The engine's hand-over rule (shared/workflow/coordination.ts), as the app's composer
 *  asks it: a case this organisation handed over no longer gets vendor letters from it. */
export async function refuseIfHandedOver(casePath: string): Promise<void> {
  const doc = await readCaseDocument(casePath);
  const refused = localRefusal(foldCoordination(doc.events).state, 'vendor-message');
  if (refused !== null) throw new CliError(refused.code, `'${casePath}': ${refused.message}`);
}
