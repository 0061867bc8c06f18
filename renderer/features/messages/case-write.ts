// A failed case write as the message actions report it: the engine's code, or `store`.
export { caseWriteFailure } from '../../store/case-writes';
