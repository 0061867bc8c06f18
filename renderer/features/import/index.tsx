// Public API of the import feature.
export { ImportScreen } from './ImportScreen';
