import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the screenshot tests write: `docs/screenshots` (committed, shown in the README) only
 * when asked with AIRLOCK_UPDATE_SCREENSHOTS=1, else a scratch folder, so an ordinary test
 * run does not rewrite tracked files.
 */
export const screenshotDir = async (): Promise<string> => {
  const dir =
    process.env.AIRLOCK_UPDATE_SCREENSHOTS === '1'
      ? 'docs/screenshots'
      : join(tmpdir(), 'airlock-screenshots');
  await mkdir(dir, { recursive: true });
  return dir;
};
