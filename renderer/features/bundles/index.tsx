// Public API of the case bundle feature: the case detail's export tab and the Import
// screen's "Bundles" tab.
export { CaseBundlePanel } from './CaseBundlePanel';
export { BundleImportPanel } from './BundleImportPanel';
