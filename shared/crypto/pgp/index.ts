// Public API of Airlock's OpenPGP layer (over openpgp.js v6). Everything here returns
// typed results (PgpResult) instead of throwing; see README.md in this folder.
export type { PgpError, PgpErrorCode, PgpResult } from './errors';
export { classifyPgpError, pgpFail, pgpOk } from './errors';
export type { PgpLimits } from './limits';
export { DEFAULT_PGP_LIMITS, pgpConfig } from './limits';
export { asciiPrefix, bytesToHex, isArmored, sha256Hex, splitArmorBlocks, toBytes } from './bytes';
export {
  decryptSecretKey,
  exportPublicKey,
  exportSecretKey,
  readKeysFrom,
  readPublicKey,
  unlockSecretKey,
} from './keys';
export type { KeyUse, UnlockOptions } from './keys';
export type { IncrementalHashFactory } from './s2k-streaming';
export type {
  GenerateKeyInput,
  GeneratedKey,
  KeyAlgorithmChoice,
  KeyExpiry,
  RevocationReason,
} from './generate';
export { DEFAULT_KEY_EXPIRY, KEY_EXPIRIES, generateOrgKey, revokeOwnKey } from './generate';
export type {
  KeyAlgorithm,
  KeyDescription,
  KeyTrust,
  KeyUsability,
  KeyWarning,
  SubkeyDescription,
} from './describe';
export { describeKey, formatFingerprint, keyUsability, normaliseFingerprint } from './describe';
export type { SealBinaryInput, SealFormat, SealTextInput, Sealed } from './seal';
export { sealBinary, sealRecipients, sealText } from './seal';
export type { OpenInput, OpenedCleartext, OpenedData } from './open';
export { openBinary, openCleartext, readMessageFrom, verifyDetached } from './open';
export type { ClearsignedParts, OpenedClearsigned } from './cleartext';
export { openClearsignedBytes, parseClearsigned } from './cleartext';
export type { SignatureReport, SignatureStatus, VerificationResult } from './signatures';
export { evaluateSignatures } from './signatures';
export type { Key, PrivateKey, PublicKey } from 'openpgp';
export type { KeyHealth, KeyHealthCode, KeyHealthIssue, KeyHealthRefusal } from './key-health';
export {
  checkRecipientKeys,
  judgeRecipientKeys,
  compareKeyHealth,
  keyHealth,
  keyHealthName,
  keyHealthText,
  KEY_EXPIRY_WARNING_DAYS,
  MIN_RSA_BITS,
} from './key-health';
