import type { PickedFile } from '../../../shared/ipc/contract';
import type { Platform } from '../../platform';

const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

/** Asks the host for one backup file (restore and "Verify backup" alike): the file, null
 *  when the dialog was cancelled, or the host's error text. */
export const pickBackupFile = async (
  platform: Pick<Platform, 'openFiles'>,
  title: string,
): Promise<{ ok: true; file: PickedFile | null } | { ok: false; message: string }> => {
  const result = await platform.openFiles({
    title,
    filters: [{ name: 'Airlock backup', extensions: ['airlock-backup', '*'] }],
    multiple: false,
    maxBytes: MAX_BACKUP_BYTES,
  });
  return result.ok
    ? { ok: true, file: result.value[0] ?? null }
    : { ok: false, message: result.error.message };
};
