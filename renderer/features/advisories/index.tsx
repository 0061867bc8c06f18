export { CaseAdvisoryPanel } from './CaseAdvisoryPanel';
