// Public API of vendor message formats: compose and seal messages out, detect and open
// replies in, propose the matching case. See README.md.
export type { ComposeInput, OutgoingAttachment, SealKeys, SealedFile } from './compose';
export { composeMessageText, messageFileName, sealAttachments, sealMessage } from './compose';
export type { PgpMimeInput } from './pgp-mime-out';
export { buildMimeBody, sealPgpMime } from './pgp-mime-out';
export type { MessageShape } from './detect';
export { detectShape } from './detect';
export type { ReplyAttachment } from './content';
export type { OpenReplyInput } from './open-reply';
export { openReply } from './open-reply';
export type { OpenedReply, ReplyShape } from './types';
export { decodeText } from './charset';
export type { CaseCandidate, CaseMatchInfo, MatchReason } from './match';
export { proposeCases } from './match';
export type { Signer, SignerKey, UnverifiedReason } from './signer';
export { keyOfFingerprint, signerOf } from './signer';
export type { OwnCopy, OwnCopyContext, OwnCopyError, OwnCopyReason } from './own-copy';
export { ownCopyOf, refuseOwnCopy } from './own-copy';
export type { NotAReply } from './not-a-reply';
export { openedNotAReply, unopenedNotAReply } from './not-a-reply';
