// WCAG AA contrast in real Chromium. "Add vulnerability" and "Add reference" were drawn as
// blank bars (text the colour of the background) while every axe scan passed: axe files a
// 1:1 pair under `incomplete` (it takes it for text hidden on purpose), and the project's
// helper read only `violations`. These tests show the helper now failing on such a control,
// then scan every screen of a populated vault (header, navigation and content) with it.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import {
  ACCEPTABLE_CHECKLIST,
  actOnVendor,
  addContact,
  createCaseFromIntake,
  createVault,
  enterReport,
  openTab,
} from './flows';
import { launchApp, type AppSession } from './harness';
import { navRoutes } from '../../renderer/app/routes';
import { en } from '../../renderer/i18n/catalog';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const label = (key: string): string =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en) as string;

/** Indigo 9 on indigo 9: how the two advisory buttons were painted. */
const injectBlankButton = (page: Page) =>
  page.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'blank-button';
    button.type = 'button';
    button.textContent = 'Add vulnerability';
    button.style.cssText = 'background:#364fc7;color:#364fc7;border:0;padding:8px 16px';
    document.querySelector('main')?.prepend(button);
  });

const wholePage = { include: 'body' };

describe('contrast in real Chromium', () => {
  it('fails the a11y check on a button whose text is the colour of its background', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createVault(page);
    expect(await seriousViolations(page)).toEqual([]);

    await injectBlankButton(page);
    await page.locator('#blank-button').waitFor();
    // Why axe alone missed it: the 1:1 pair is "needs review", not a violation.
    const raw = await new AxeBuilder({ page }).include('main').analyze();
    const onButton = (results: typeof raw.violations) =>
      results
        .filter((r) => r.id === 'color-contrast')
        .flatMap((r) => r.nodes)
        .filter((n) => n.target.join(' ').includes('#blank-button'));
    expect(onButton(raw.violations)).toEqual([]);
    expect(onButton(raw.incomplete)).toHaveLength(1);

    const found = await seriousViolations(page);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^color-contrast: #blank-button .*1:1 contrast ratio/s);
  });

  it('finds no serious violation on any screen of a populated vault, header and navigation included', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createVault(page);
    await addContact(page, 'Example Software', 'エグザンプル・ソフトウェア株式会社');
    await enterReport(page, {
      title: 'Stored XSS in Example Wiki',
      reporterName: 'Hanako Suzuki',
      reporterContact: 'hanako@example.jp',
      productName: 'Example Wiki',
      version: '3.1.0',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    await createCaseFromIntake(page);

    await openTab(page, 'Vendors');
    await page
      .getByLabel('Vendor from the contacts registry')
      .selectOption({ label: 'Example Software' });
    await page.getByRole('button', { name: 'Add vendor' }).click();
    await actOnVendor(page, 'Example Software');

    // The advisory editor with the two buttons that were blank, and what they add.
    await openTab(page, 'Advisory');
    await page.getByRole('button', { name: 'Create advisory draft' }).click();
    await page.getByRole('heading', { name: 'Advisory draft' }).waitFor();
    await page.getByRole('button', { name: 'Add vulnerability' }).click();
    await page.getByLabel('CVE ID (vulnerability 1)').waitFor();
    await page
      .getByLabel('Reference URL', { exact: true })
      .fill('https://wiki.example.jp/security');
    await page.getByRole('button', { name: 'Add reference' }).click();
    await page.getByText('https://wiki.example.jp/security —').waitFor();

    // Every tab the case screen offers, as it lists them.
    const tabs = await page
      .getByRole('tablist', { name: label('cases.detail.tabs.label') })
      .getByRole('tab')
      .allTextContents();
    expect(tabs.length).toBeGreaterThan(5);
    for (const tab of tabs) {
      await openTab(page, tab);
      expect(await seriousViolations(page, wholePage), `case tab ${tab}`).toEqual([]);
    }

    const nav = page.getByRole('navigation', { name: label('common.nav.label') });
    for (const route of navRoutes) {
      await nav.getByRole('link', { name: label(route.labelKey), exact: true }).click();
      await page.waitForURL(`**/#${route.path}`);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      expect(await seriousViolations(page, wholePage), `screen ${route.path}`).toEqual([]);
    }
    app.expectClean();
  });
});
