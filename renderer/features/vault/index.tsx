export { AuditLogPanel } from './AuditLogPanel';
export { BackupPanel } from './BackupPanel';
export { BackupReminderAlert } from './BackupReminderAlert';
export { RestoreBackupForm } from './RestoreBackupForm';
export { VaultGate } from './VaultGate';
export { VaultSecurityPanel } from './VaultSecurityPanel';
export { VerifyBackupPanel } from './VerifyBackupPanel';
