// Hand-over between two coordinators through a bundle (issue 27 item 4), in two browser
// profiles: A creates a case with a vendor and hands it to B; B imports it, its header says
// it owns the case and it seals a vendor letter; A's header says transferred, its composer
// is refused with the reason, it can still add a note; both timelines show the hand-over.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { testKey } from '../../shared/exchange/bundle/testing/keys';
import {
  ACCEPTABLE_CHECKLIST,
  createCaseFromIntake,
  createVault,
  enterReport,
  generateOrgKey,
  importKeyFile,
  nav,
  openTab,
} from './flows';
import { launchApp, type AppSession } from './harness';
import { seriousViolations } from './a11y';

const dir = mkdtempSync(join(tmpdir(), 'airlock-hand-over-e2e-'));
const sessions: AppSession[] = [];
const SENDER = { name: 'Sender CSIRT', email: 'csirt@sender.example' };
const RECEIVER = { name: 'Receiver CERT', email: 'cert@receiver.example' };
const VENDOR_UID = 'Vendor PSIRT <vendor.psirt@example.org>';

afterAll(async () => {
  for (const s of sessions) await s.dispose();
});

/** The organisation key, generated and saved as a public key file for the other side. */
async function orgKey(page: Page, who: { name: string; email: string }): Promise<string> {
  await generateOrgKey(page, who);
  await page
    .getByRole('button', { name: new RegExp(`^Details of ${who.name}`) })
    .first()
    .click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export public key' }).click();
  const file = join(dir, `${who.name}.asc`);
  await (await download).saveAs(file);
  await page.getByRole('button', { name: 'Close details' }).click();
  return file;
}

const timelineEntries = async (page: Page): Promise<string[]> => {
  await openTab(page, 'Timeline');
  const items = page.getByRole('tabpanel').getByRole('listitem');
  await items.first().waitFor();
  return items.allInnerTexts();
};

/** Export & backup's audit entries, filtered to the case: the hand-over is among them. */
const auditShowsHandOver = async (page: Page, ref: string) => {
  await nav(page, 'Export & backup');
  await page.getByLabel('Only the case whose reference contains').fill(ref);
  await page
    .getByRole('table', { name: /^Audit log entries/ })
    .getByRole('row')
    .filter({ hasText: 'Case handed over to another coordinator' })
    .filter({ hasText: ref })
    .first()
    .waitFor();
};

describe('a case handed over between two coordinators', () => {
  it('the receiver owns it and writes to the vendor; the sender is refused, notes allowed', async () => {
    const [a, b] = await Promise.all([launchApp(), launchApp()]);
    sessions.push(a, b);
    a.page.setDefaultTimeout(30_000);
    b.page.setDefaultTimeout(30_000);
    await Promise.all([a.page.goto(a.baseUrl), b.page.goto(b.baseUrl)]);
    await Promise.all([createVault(a.page), createVault(b.page)]);
    const [fileA, fileB] = await Promise.all([orgKey(a.page, SENDER), orgKey(b.page, RECEIVER)]);
    const vendor = await testKey('Vendor PSIRT');
    const vendorFile = join(dir, 'vendor.asc');
    writeFileSync(vendorFile, vendor.armoredPublic);
    await importKeyFile(a.page, fileB);
    await importKeyFile(b.page, fileA);
    await importKeyFile(b.page, vendorFile);

    await enterReport(a.page, {
      title: 'Hand-over: command injection in camera firmware',
      reporterName: 'Jiro Finder',
      reporterContact: 'jiro@finder.example',
      productName: 'CamOS',
      vendorName: 'Vendor PSIRT',
      version: '4.1',
      url: 'https://vendor.example/cam',
      poc: 'GET /cgi-bin/ping?host=;id',
      impact: 'Remote code execution as root',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    const caseId = await createCaseFromIntake(a.page);
    const ref = (await a.page.getByTestId('case-ref').textContent()) ?? '';

    // A: the bundle tab offers the hand-over; it says what follows and wants a confirm.
    await openTab(a.page, 'Bundle');
    await a.page.getByRole('checkbox', { name: new RegExp(RECEIVER.name) }).check();
    await a.page.getByRole('radio', { name: /Hand the case over to the recipient/ }).check();
    await a.page.getByText(/Your copy is marked as transferred/).waitFor();
    expect(await seriousViolations(a.page, { include: '[role="tabpanel"]' })).toEqual([]);
    const handOver = a.page.getByRole('button', { name: 'Hand over and export bundle' });
    await expect.poll(() => handOver.isDisabled()).toBe(true);
    await a.page.getByText('Confirm the hand-over above first.').waitFor();
    await a.page
      .getByLabel('Reason for the hand-over or co-coordination')
      .fill('The vendor is in the receiver’s constituency');
    await a.page.getByRole('checkbox', { name: new RegExp(`I hand ${ref} over`) }).check();
    const download = a.page.waitForEvent('download');
    await handOver.click();
    const bundle = join(dir, (await download).suggestedFilename());
    await (await download).saveAs(bundle);
    await a.page.getByText(/Recorded as “bundle exported”/).waitFor();

    // A: transferred; no vendor letter (the engine's reason), the embargo is not ours, a note is.
    await a.page
      .getByTestId('case-transferred')
      .getByText(/Transferred to Receiver CERT/)
      .waitFor();
    await openTab(a.page, 'Messages');
    const seal = a.page.getByRole('button', { name: 'Seal and save' });
    await expect.poll(() => seal.isDisabled()).toBe(true);
    await a.page.getByText(/the case was handed over to another coordinator/).waitFor();
    await openTab(a.page, 'Overview');
    await a.page.getByTestId('embargo-not-ours').waitFor();
    await a.page.getByLabel('Note', { exact: true }).fill('Handed over; we keep our notes');
    await a.page.getByRole('button', { name: 'Add note' }).click();
    await a.page
      .getByRole('paragraph')
      .filter({ hasText: 'Handed over; we keep our notes' })
      .waitFor();
    const atA = await timelineEntries(a.page);
    expect(atA.some((e) => e.includes('Case handed over to another coordinator'))).toBe(true);

    // B: imports the bundle and owns the case.
    await nav(b.page, 'Import');
    await b.page.getByRole('tab', { name: 'Bundles' }).click();
    const chooser = b.page.waitForEvent('filechooser');
    await b.page.getByRole('button', { name: 'Choose .airlock file' }).click();
    await (await chooser).setFiles(bundle);
    await b.page.getByRole('button', { name: 'Import into the vault' }).click();
    await b.page.getByRole('link', { name: /^Open case / }).click();
    await b.page.waitForURL(new RegExp(`#/cases/${caseId}$`));
    await b.page.getByTestId('case-owner').getByText('Owner: this organisation').waitFor();
    await b.page
      .getByTestId('case-handed-over')
      .getByText(/Handed over by Sender CSIRT/)
      .waitFor();
    const atB = await timelineEntries(b.page);
    const handOverAtB = atB.find((e) => e.includes('Case handed over to another coordinator'));
    // Each entry names its organisation: A's hand-over is A's, B's acceptance B's own.
    expect(handOverAtB).toContain('by Sender CSIRT');
    expect(atB.find((e) => e.includes('Hand-over or co-coordination accepted'))).toContain(
      'by this organisation',
    );
    expect(atB.find((e) => e.includes('Hand-over or co-coordination accepted'))).toContain(
      'the case was handed over to this organisation',
    );

    // B writes to the vendor.
    await openTab(b.page, 'Messages');
    await b.page.getByRole('checkbox', { name: VENDOR_UID }).check();
    await b.page.getByRole('checkbox', { name: 'Use the unverified key anyway' }).check();
    await b.page.getByLabel('Subject', { exact: true }).fill('Vulnerability report');
    await b.page.getByLabel('Message', { exact: true }).fill('We coordinate this case now.');
    const letter = b.page.waitForEvent('download');
    await b.page.getByRole('button', { name: 'Seal and save' }).click();
    await letter;
    await b.page.getByRole('status').filter({ hasText: 'Sealed and saved' }).waitFor();

    // Both audit logs name the hand-over among the case's entries.
    await auditShowsHandOver(a.page, ref);
    await auditShowsHandOver(b.page, ref);
    expect(await seriousViolations(b.page)).toEqual([]);

    a.expectClean();
    b.expectClean();
  }, 240_000);
});
