/** The crash e2e vault's passphrase: the writer page creates the vault with it, the app
 *  screens of the test unlock and restore with it. */
export const PASS = 'correct horse battery staple airlock 2026';
