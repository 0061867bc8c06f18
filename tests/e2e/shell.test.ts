import { afterEach, describe, expect, it } from 'vitest';
import { createVault } from './flows';
import { seriousViolations } from './a11y';
import { launchApp, type AppSession } from './harness';
import { navRoutes } from '../../renderer/app/routes';
import { en, ja } from '../../renderer/i18n/catalog';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const label = (tree: unknown, key: string): string =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;

describe('app shell in real Chromium', () => {
  it('opens, navigates every screen and switches to Japanese without leaving the origin', async () => {
    app = await launchApp();
    const { page } = app;
    await page.goto(app.baseUrl);
    await createVault(page);
    await page.getByRole('heading', { name: 'Airlock' }).waitFor();

    // The shell itself (header, navigation, language switch, lock) meets WCAG AA.
    expect(await seriousViolations(page, { exclude: 'main' })).toEqual([]);

    const nav = page.getByRole('navigation', { name: label(en, 'common.nav.label') });
    for (const route of navRoutes) {
      await nav.getByRole('link', { name: label(en, route.labelKey), exact: true }).click();
      await page.waitForURL(`**/#${route.path}`);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
    }

    await page.getByRole('banner').getByText('日本語').click();
    const jaNav = page.getByRole('navigation', { name: label(ja, 'common.nav.label') });
    for (const route of navRoutes) {
      await expect(
        jaNav.getByRole('link', { name: label(ja, route.labelKey), exact: true }).count(),
      ).resolves.toBe(1);
    }
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ja');
    app.expectClean();
  });
});
