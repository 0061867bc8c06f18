// The vault's public surface: renderer/store and the CLI use these, not the files directly.
export * from './audit-chain';
export * from './backup-compare';
export * from './backup-format';
export * from './backup-open';
export * from './backup-verify';
export * from './bytes';
export * from './chunks';
export * from './envelope';
export * from './errors';
export * from './header';
export * from './header-anchor';
export * from './header-anchor-backup';
export * from './json-bytes';
export * from './kdf';
export * from './passphrase-strength';
export * from './record-digests';
export * from './subkeys';
