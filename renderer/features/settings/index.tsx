import { useStore } from '../../store/hooks';
import { VaultSecurityPanel } from '../vault';
import { SettingsScreen as SettingsView } from './SettingsScreen';

/** Settings over the app's encrypted store, with the vault's security panel below. */
export function SettingsScreen() {
  return <SettingsView store={useStore()} security={<VaultSecurityPanel />} />;
}

export { FirstRunScreen } from './FirstRunScreen';
export { setupPending } from './first-run';
