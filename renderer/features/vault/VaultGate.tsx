import { useCallback, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useStore, useVaultStatus } from '../../store/hooks';
import { usePlatform } from '../../platform';
import { SETTINGS_ID } from '../../store/registry';
import { AuditIntegrityAlert } from './AuditIntegrityAlert';
import { InterruptedWriteAlert } from './InterruptedWriteAlert';
import { CreateVaultScreen } from './CreateVaultScreen';
import { lockAndReload, takeLockCause } from './lock';
import { UnlockScreen } from './UnlockScreen';
import { useIdleLock } from './use-idle-lock';
import { useSafetyCopies } from './use-safety-copies';

const DEFAULT_AUTO_LOCK_MINUTES = 10;

/** Nothing of the app renders until the vault is open; locking reloads the page. */
export function VaultGate({ children }: { children: (lock: () => void) => ReactNode }) {
  const { t } = useTranslation();
  const status = useVaultStatus();
  const store = useStore();
  const [cause] = useState(takeLockCause);
  if (status === 'absent')
    return <OutsideVault screen={<CreateVaultScreen lost={store.vaultLost()} />} />;
  if (status === 'locked') {
    const notice =
      cause === null ? undefined : t('vault.locked.reason', { reason: t(`vault.causes.${cause}`) });
    return <OutsideVault screen={<UnlockScreen notice={notice} />} />;
  }
  return <UnlockedSession>{children}</UnlockedSession>;
}

/** The create and unlock screens: the language can be chosen before the vault opens. */
function OutsideVault({ screen }: { screen: ReactNode }) {
  return (
    <main>
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      {screen}
    </main>
  );
}

function UnlockedSession({ children }: { children: (lock: () => void) => ReactNode }) {
  const store = useStore();
  const platform = usePlatform();
  const settings = useSyncExternalStore(
    (listener) => store.repos.settings.subscribe(listener),
    () => store.repos.settings.get(SETTINGS_ID),
  );
  const lock = useCallback(() => lockAndReload(store, 'manual'), [store]);
  const idleLock = useCallback(() => lockAndReload(store, 'idle'), [store]);
  useIdleLock(settings?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES, idleLock);
  useSafetyCopies();
  useEffect(
    () => platform.onLockRequested((reason) => lockAndReload(store, reason)),
    [platform, store],
  );
  return (
    <>
      <AuditIntegrityAlert />
      <InterruptedWriteAlert />
      {children(lock)}
    </>
  );
}
