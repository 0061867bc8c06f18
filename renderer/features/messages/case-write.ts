// A failed case write as the message actions report it: the engine's code, or `store`.
import { failWith, type CodedError, type Fail } from '../../../shared/result';
import type { CaseWriteError } from '../../store/case-writes';

export function caseWriteFailure(error: CaseWriteError): Fail<CodedError> {
  return failWith(error.source === 'workflow' ? error.code : 'store', error.message);
}
