export { CvePoolScreen } from './CvePoolScreen';
export { VulnerabilityCve } from './VulnerabilityCve';
