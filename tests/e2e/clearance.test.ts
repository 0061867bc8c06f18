// Recipient clearance in the UI (issue 17): a bundle of a TLP:RED case to a partner whose
// contact is cleared for TLP:AMBER is refused, naming the partner and both levels, until the
// analyst gives an override reason; once the contact's clearance is unset, a letter to it warns
// that the clearance is not recorded.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testKey } from '../../shared/exchange/bundle/testing/keys';
import { ACCEPTABLE_CHECKLIST, createCaseFromIntake, createVault, enterReport, nav } from './flows';
import { launchApp, type AppSession } from './harness';

const KEY_PASSPHRASE = 'clearance key passphrase for the e2e 2026';
const dir = mkdtempSync(join(tmpdir(), 'airlock-clearance-e2e-'));
const sessions: AppSession[] = [];

afterAll(async () => {
  for (const s of sessions) await s.dispose();
});

describe('recipient clearance', () => {
  it('refuses a TLP:RED bundle to a partner cleared for TLP:AMBER without an override', async () => {
    const app = await launchApp();
    sessions.push(app);
    const { page } = app;
    await page.goto(app.baseUrl);
    await createVault(page);

    await nav(page, 'Keyring');
    await page.getByLabel(/^Name/).fill('Coordinator');
    await page.getByLabel(/^E-mail/).fill('psirt@coordinator.example');
    await page.getByLabel(/^Key passphrase/).fill(KEY_PASSPHRASE);
    await page.getByLabel(/^Confirm key passphrase/).fill(KEY_PASSPHRASE);
    await page.getByRole('button', { name: 'Generate organisation key' }).click();
    await page.getByText(/Organisation key generated/).waitFor({ timeout: 60_000 });

    const partner = await testKey('Partner CERT');
    const keyFile = join(dir, 'partner.asc');
    writeFileSync(keyFile, partner.armoredPublic);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import key files…' }).click();
    await (await chooser).setFiles(keyFile);
    await page.getByText(/Imported 1 key/).waitFor();

    await nav(page, 'Contacts');
    await page.getByRole('link', { name: 'Add a contact' }).click();
    await page.getByLabel('Name (English)').fill('Partner CERT');
    await page.getByLabel('Name (Japanese)').fill('パートナー CERT');
    await page.getByLabel('Kind', { exact: true }).selectOption('partner');
    await page.getByLabel('PGP key fingerprints (one per line)').fill(partner.fingerprint);
    await page.getByLabel('TLP clearance').selectOption('AMBER');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.waitForURL(/#\/contacts\/[0-9a-f-]{36}$/);

    await enterReport(page, {
      title: 'Clearance: RCE in partner-shared router firmware',
      reporterName: 'Taro Finder',
      reporterContact: 'taro@finder.example',
      productName: 'Router Firmware',
      vendorName: 'Example Networks',
      version: '5.0.2',
      url: 'https://vendor.example/fw',
      poc: 'curl -d @payload http://router/cgi',
      impact: 'Remote code execution',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    await page.getByLabel('TLP', { exact: true }).selectOption('RED');
    await createCaseFromIntake(page);
    const caseUrl = page.url();

    await page.getByRole('tab', { name: 'Bundle' }).click();
    await page
      .getByRole('checkbox', { name: /Partner CERT/ })
      .first()
      .check();
    await page
      .getByText('Partner CERT is cleared for TLP:AMBER, but this case is TLP:RED.')
      .waitFor();
    // A TLP:RED case asks to confirm each recipient; clearance is checked on top of that, so
    // the confirmation alone must not let the bundle out.
    await page
      .getByRole('checkbox', { name: /Partner CERT.*may receive this TLP:RED case/ })
      .check();
    let downloaded = false;
    page.on('download', () => {
      downloaded = true;
    });
    await page.getByRole('button', { name: 'Export bundle' }).click();
    await page
      .getByRole('alert')
      .getByText('Not sealed: Partner CERT may not receive TLP:RED. Give a reason to override.')
      .waitFor();
    expect(downloaded, 'a bundle was offered for download without an override').toBe(false);

    // With a reason, the export goes through and the override lands in the timeline.
    await page
      .getByLabel('Reason to send anyway (recorded in the case timeline)')
      .fill('Partner approved for RED by the steering group on 2026-12-01');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export bundle' }).click();
    await (await download).saveAs(join(dir, 'override.airlock'));
    await page.getByText(/Recorded as “bundle exported”/).waitFor();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page
      .getByText(/Clearance override \(bundle\): Partner CERT is cleared for TLP:AMBER/)
      .first()
      .waitFor();

    // A contact whose clearance nobody recorded passes, but not in silence: the letter
    // composer warns, naming the contact and the level, and says where to record it.
    await nav(page, 'Contacts');
    await page
      .getByRole('link', { name: /Partner CERT/ })
      .first()
      .click();
    await page.getByLabel('TLP clearance').selectOption('');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByText('Contact saved.').waitFor();
    await page.goto(caseUrl);
    await page.getByRole('tab', { name: 'Messages' }).click();
    await page
      .getByRole('checkbox', { name: /Partner CERT/ })
      .first()
      .check();
    await page
      .getByText(
        'The clearance of Partner CERT for TLP:RED is not recorded. Make sure they may receive it, and record their TLP clearance under Contacts.',
      )
      .waitFor();
    await expect(page.getByText('A recipient is not cleared for this case').count()).resolves.toBe(
      0,
    );
    app.expectClean();
  }, 240_000);
});
