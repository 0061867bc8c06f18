// Public API of the keyring feature (other features import only from here).
export { KeysScreen } from './KeysScreen';
export { OrgKeyUnlock } from './OrgKeyUnlock';
export { KeyWarnings } from './KeyWarnings';
export { KeyHealthNotice } from './KeyHealthNotice';
export { useKeyHealths } from './use-key-health';
export { healthLine, recordHealths, sortByHealth } from './key-health-model';
export { useOrgKey, keyErrorText, type OrgKeyState } from './use-org-key';
export { useTable } from './use-table';
export { parseKeys } from './org-key-session';
export { keyLabel, keyRecordFrom, recordUsability } from './keyring-model';
export {
  writeLinked,
  linkByHand,
  saveContact,
  type KeyLinkStore,
  type LinkReport,
  type LinkedWrite,
} from './key-links';
export { linkReportLines } from './link-report';
// The first-run setup's key step (generate or import the organisation key).
export { GenerateKeyForm, RevocationNotice, type GeneratedKey } from './GenerateKeyForm';
export { importOwnKey } from './key-actions';
export { keyOperations, type KeyDeps } from './operations';
