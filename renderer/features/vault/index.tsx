export { AuditLogPanel } from './AuditLogPanel';
export { BackupPanel } from './BackupPanel';
export { RestoreBackupForm } from './RestoreBackupForm';
export { VaultGate } from './VaultGate';
export { VaultSecurityPanel } from './VaultSecurityPanel';
