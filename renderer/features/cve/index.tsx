export { CvePoolScreen } from './CvePoolScreen';
export { VulnerabilityCve } from './VulnerabilityCve';
export { addVulnerabilityWithCve, type CveStore } from './cve-actions';
export { useCveError } from './use-cve-error';
