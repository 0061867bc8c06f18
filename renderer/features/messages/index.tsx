// Public API of the vendor messages feature (other features import only from here).
export { CaseMessagesPanel } from './CaseMessagesPanel';
export { useUnreadByCase } from './use-threads';
export { SignatureBadge } from './SignatureBadge';
export { summariseSignatures, type SignatureSummary } from './signature-summary';
export { caseWriteFailure } from './case-write';
export { sendErrorText } from './error-text';
export { ConfidentialityNotice } from './ConfidentialityNotice';
export { messageOperations } from './operations';
export { finderKeyOf } from './finder-letter-seal';
