export { VaultGate } from './VaultGate';
export { VaultSecurityPanel } from './VaultSecurityPanel';
