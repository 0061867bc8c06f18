import { useStore } from '../../store/hooks';
import { VaultSecurityPanel } from '../vault';
import { SettingsScreen as SettingsView } from './SettingsScreen';

/** Settings over the app's encrypted store, with the vault's security panel below. */
export function SettingsScreen() {
  const store = useStore();
  return (
    <SettingsView store={{ settings: store.repos.settings }} security={<VaultSecurityPanel />} />
  );
}
