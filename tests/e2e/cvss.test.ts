import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCEPTABLE_CHECKLIST, createCaseFromIntake, createVault, enterReport } from './flows';
import { seriousViolations } from './a11y';
import { launchApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

/** The radio of one value inside the radiogroup of one metric, as a screen reader meets it. */
const radio = (scope: Locator, metric: string, value: string) =>
  scope.getByRole('radiogroup', { name: metric }).getByRole('radio', { name: value });

async function openAdvisoryWithVulnerability(page: Page) {
  await createVault(page);
  await enterReport(page, {
    title: 'Information disclosure in Example TLS',
    reporterName: 'Hanako Suzuki',
    reporterContact: 'hanako@example.jp',
    productName: 'Example TLS',
    version: '1.0.1',
    url: 'https://tls.example.jp/',
    poc: 'A heartbeat request with a long length field',
    impact: 'A remote attacker reads server memory.',
    checklist: ACCEPTABLE_CHECKLIST,
  });
  await createCaseFromIntake(page);
  await page.getByRole('tab', { name: 'Advisory' }).click();
  await page.getByRole('button', { name: 'Create advisory draft' }).click();
  await page.getByRole('button', { name: 'Add vulnerability' }).click();
}

describe('CVSS calculator in real Chromium', () => {
  it('scores picked metrics as FIRST does and sets the pickers from a pasted vector', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await openAdvisoryWithVulnerability(page);

    // FIRST CVSS v3.1 Examples §9, Heartbleed (CVE-2014-0160): base score 7.5.
    const v31 = page.getByRole('region', { name: 'CVSS 3.1 calculator' });
    await radio(v31, 'Attack Vector (AV)', 'Adjacent Network (A)').check();
    // Arrow keys move within a metric's values, as in any radio group.
    await page.keyboard.press('ArrowLeft');
    await expect(radio(v31, 'Attack Vector (AV)', 'Network (N)').isChecked()).resolves.toBe(true);
    for (const [metric, value] of [
      ['Attack Complexity (AC)', 'Low (L)'],
      ['Privileges Required (PR)', 'None (N)'],
      ['User Interaction (UI)', 'None (N)'],
      ['Scope (S)', 'Unchanged (U)'],
      ['Confidentiality (C)', 'High (H)'],
      ['Integrity (I)', 'None (N)'],
    ] as const) {
      await radio(v31, metric, value).check();
      await v31.getByText('Pick every base metric to get a score.', { exact: false }).waitFor();
    }
    await radio(v31, 'Availability (A)', 'None (N)').check();
    await v31.getByRole('status').filter({ hasText: 'Base score 7.5 (High)' }).waitFor();
    await expect(page.getByLabel('CVSS 3.1 vector (vulnerability 1)').inputValue()).resolves.toBe(
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N',
    );

    // FIRST CVSS v4.0 Examples, CVE-2020-3549 with threat metrics: 5.2.
    const v40 = page.getByRole('region', { name: 'CVSS 4.0 calculator' });
    await page
      .getByLabel('CVSS 4.0 vector (vulnerability 1)')
      .fill('CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U');
    await v40.getByRole('status').filter({ hasText: 'CVSS-BT score 5.2 (Medium)' }).waitFor();
    await expect(radio(v40, 'Attack Requirements (AT)', 'Present (P)').isChecked()).resolves.toBe(
      true,
    );
    await expect(radio(v40, 'User Interaction (UI)', 'Passive (P)').isChecked()).resolves.toBe(
      true,
    );
    await v40.getByRole('button', { name: 'Threat metrics' }).click();
    await expect(radio(v40, 'Exploit Maturity (E)', 'Unreported (U)').isChecked()).resolves.toBe(
      true,
    );

    // A wrong value is named, and the pickers keep the metrics that were right.
    await page
      .getByLabel('CVSS 4.0 vector (vulnerability 1)')
      .fill('CVSS:4.0/AV:N/AC:Q/AT:P/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N');
    await v40.getByText('Q is not a valid value of AC (Attack Complexity).').waitFor();
    await expect(radio(v40, 'Attack Vector (AV)', 'Network (N)').isChecked()).resolves.toBe(true);
    // Picking the metric repairs the vector.
    await radio(v40, 'Attack Complexity (AC)', 'Low (L)').check();
    await v40.getByRole('status').filter({ hasText: 'CVSS-B score 7.7 (High)' }).waitFor();

    await v31.getByRole('button', { name: 'Environmental metrics' }).click();
    await v40.getByRole('button', { name: 'Supplemental metrics' }).click();
    expect(await seriousViolations(page, { include: '[role="tabpanel"]' })).toEqual([]);
  });
});
