// Issue 27 items 1 and 2 in real Chromium, as a new analyst walks them: a two-vendor case
// with an agreed embargo; Alpha's gpg-made reply asks for more time, is recorded as an
// extension request from the open reply and granted (an instant before the agreed one is
// refused first, with the engine's reason); the agreed deadline moves; Beta — the other
// vendor — is sent the "publication moved" letter, which Beta's GnuPG opens and which names
// the new date and not Alpha. A revision later, past the 45-day target, needs its reason,
// counts as the second extension (the cap) and owes both vendors the letter, so a third
// request is refused. Seven weeks on, past the target: the dashboard and the case list do
// not call the superseded target overdue; the overview says how far beyond it was agreed.
// Then Beta disputes the report: the matrix shows it, the finder's letter names no vendor,
// the Statistics screen counts it and the CSAF export (past the leak guard, each finding
// marked as intended) carries the involvement `disputed`.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import { launchApp, type AppSession } from './harness';
import {
  ACCEPTABLE_CHECKLIST,
  actOnVendor,
  addContactWithKey,
  editVendorDetails,
  createCaseFromIntake,
  createOrganisationVault,
  enterReport,
  exportFiles,
  fillBoth,
  generateOrgKey,
  importKeyFile,
  nav,
  openTab,
  recordVendorReply,
  pickFile,
  section,
  vendorRow,
} from './flows';
import { fingerprintOf, gpgHome, gpgOpen, gpgReply, makeVendorKey, type Gpg } from './gpg';

const ALPHA = 'Alpha Soft Inc.';
const BETA = 'Beta Systems Corp.';
const ALPHA_UID = 'Alpha Soft PSIRT <psirt@alpha.example>';
const BETA_UID = 'Beta Systems PSIRT <psirt@beta.example>';
const KEY_MADE = new Date('2026-12-06T01:00:00.000Z');
// The browser's clock starts at DAY and runs; GnuPG works a few minutes later (after the
// organisation key is made), and the browser is moved past that before the reply arrives.
const DAY = new Date('2026-12-07T01:00:00.000Z');
const GPG_LATER = new Date('2026-12-07T01:10:00.000Z');
const REPLY_READ = new Date('2026-12-07T01:20:00.000Z');
const OPENED = new Date('2026-12-07T03:00:00.000Z');

let app: AppSession | undefined;
let work: string | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
  if (work !== undefined) await rm(work, { recursive: true, force: true });
  work = undefined;
});

/** The moment fields of one part of the screen (date, time in JST). */
async function fillMoment(scope: ReturnType<Page['locator']>, day: string, time = '10:00') {
  await scope.getByLabel('Publication date', { exact: true }).fill(day);
  await scope.getByLabel('Time', { exact: true }).fill(time);
}

/** Records a request by hand from the overview and grants it at the instant asked for. */
async function requestAndGrant(page: Page, vendor: string, day: string): Promise<void> {
  const panel = section(page, 'Embargo extensions');
  await panel.getByRole('button', { name: 'Record an extension request…' }).click();
  const form = panel.getByRole('group', { name: 'Record an extension request' });
  await form.getByLabel('Vendor asking').selectOption({ label: vendor });
  await fillMoment(form, day);
  await form.getByLabel('Reason the vendor gives').fill('The fix slipped again.');
  await form.getByRole('button', { name: 'Record request' }).click();
  await form.waitFor({ state: 'detached' });
}

describe('embargo extensions and a vendor dispute in real Chromium', () => {
  it('grants a requested extension, tells the other vendor, counts a revision past the target, caps a third, supersedes the target; a dispute reaches matrix, statistics and CSAF', async () => {
    work = await mkdtemp(join(tmpdir(), 'airlock-ext-'));
    const gpg: Gpg = await gpgHome(join(work, 'gnupg'), KEY_MADE);
    const alphaFile = join(work, 'alpha.asc');
    const betaFile = join(work, 'beta.asc');
    const alphaFpr = await makeVendorKey(gpg, ALPHA_UID, alphaFile);
    const betaFpr = await makeVendorKey(gpg, BETA_UID, betaFile);

    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.clock.install({ time: DAY });
    await page.goto(app.baseUrl);
    await createOrganisationVault(page);
    await generateOrgKey(page);
    await page.getByRole('button', { name: /^Details of Airlock CSIRT/ }).click();
    const exported = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export public key' }).click();
    const orgFile = join(work, 'org.asc');
    await (await exported).saveAs(orgFile);
    await gpg(['--import', orgFile], GPG_LATER);
    const orgFpr = await fingerprintOf(gpg, 'csirt@airlock.example', GPG_LATER);
    await importKeyFile(page, alphaFile);
    await importKeyFile(page, betaFile);
    await addContactWithKey(page, ALPHA, alphaFpr);
    await addContactWithKey(page, BETA, betaFpr);

    await enterReport(page, {
      title: 'Gateway firmware command injection',
      reporterName: 'Hanako Suzuki',
      reporterContact: 'hanako@example.jp',
      productName: 'Edge Gateway',
      version: '5.2',
      url: 'https://gateway.example/',
      poc: 'ping=;id',
      impact: 'Remote command execution as root.',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    await createCaseFromIntake(page);
    const caseUrl = page.url();
    const ref = (await page.getByTestId('case-ref').textContent()) ?? '';
    await page.getByRole('button', { name: 'Record finder acknowledgement' }).click();
    await openTab(page, 'Vendors');
    for (const vendor of [ALPHA, BETA]) {
      await page.getByLabel('Vendor from the contacts registry').selectOption({ label: vendor });
      await page.getByRole('button', { name: 'Add vendor' }).click();
      await vendorRow(page, vendor).waitFor();
      await actOnVendor(page, vendor);
      const attempt = vendorRow(page, vendor).getByRole('button', {
        name: 'Record contact attempt',
      });
      await expect.poll(() => attempt.isEnabled()).toBe(true);
      await attempt.click();
      await vendorRow(page, vendor)
        .getByText(/^Contacted/)
        .waitFor();
    }

    // Alpha answers; the embargo agreed for 2027-01-06 10:00 JST; no extension yet, the cap
    // quoted.
    await recordVendorReply(page, ALPHA);
    await openTab(page, 'Overview');
    await fillMoment(section(page, 'Publication date (embargo)'), '2027-01-06');
    await page.getByRole('button', { name: 'Propose', exact: true }).click();
    const agree = page.getByRole('button', { name: 'Agree', exact: true });
    await expect.poll(() => agree.isEnabled()).toBe(true);
    await agree.click();
    const agreedDeadline = page.getByTestId('deadline-jpcert.agreed-publication');
    await agreedDeadline.getByText('Due 2027-01-06 10:00 JST').waitFor();
    const facts = page.getByTestId('extension-facts');
    await facts.getByText('0 extensions granted The profile allows at most 2.').waitFor();
    await facts.getByText(/recommended date of release is 45 days/).waitFor();

    // Alpha's reply asks for more time; imported, opened, recorded as a request from it.
    const replyFile = join(work, 'reply.asc');
    await gpgReply(gpg, {
      signer: alphaFpr,
      recipient: orgFpr,
      text: `[${ref}] Re: publication date\n\nOur fix needs more testing. Please move publication to 2027-01-20 10:00 JST.\n`,
      out: replyFile,
      at: GPG_LATER,
    });
    await page.clock.setSystemTime(REPLY_READ);
    await nav(page, 'Import');
    await page.getByRole('tab', { name: 'Messages' }).click();
    await pickFile(page, 'Choose reply files…', replyFile);
    const preview = page.getByRole('article', { name: 'reply.asc' });
    await preview.getByRole('button', { name: 'Store in case' }).click();
    await preview
      .getByRole('status')
      .filter({ hasText: `Stored in case ${ref}.` })
      .waitFor();
    await page.goto(caseUrl);
    await openTab(page, 'Messages');
    await page
      .getByRole('listbox', { name: 'Messages in All threads' })
      .getByRole('option')
      .filter({ hasText: 'Re: publication date' })
      .click();
    const opened = page.getByTestId('open-message');
    await opened.getByRole('button', { name: 'Record as extension request' }).click();
    const fromReply = opened.getByRole('group', { name: 'Record an extension request' });
    await expect(
      fromReply.getByLabel('Vendor asking').locator('option:checked').textContent(),
    ).resolves.toBe(ALPHA);
    await expect(
      fromReply.getByLabel('Publication date', { exact: true }).inputValue(),
    ).resolves.toBe('2027-01-20');
    await expect(fromReply.getByLabel('Reason the vendor gives').inputValue()).resolves.toMatch(
      /needs more testing/,
    );
    await fromReply.getByRole('button', { name: 'Record request' }).click();
    await fromReply.waitFor({ state: 'detached' });

    // Granted on the overview: an instant before the agreed one is refused with the reason.
    await openTab(page, 'Overview');
    const pending = page.getByTestId('extension-pending');
    await pending.getByText(`${ALPHA} asks for 2027-01-20 10:00 JST`, { exact: false }).waitFor();
    const grant = pending.getByRole('button', { name: 'Grant extension' });
    await pending.getByLabel('Publication date', { exact: true }).fill('2026-12-01');
    await pending
      .getByText('Not allowed: the instant asked for must be after the agreed one')
      .waitFor();
    await expect(grant.isDisabled()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await pending.getByLabel('Publication date', { exact: true }).fill('2027-01-20');
    await expect.poll(() => grant.isEnabled()).toBe(true);
    await grant.click();
    await pending.waitFor({ state: 'detached' });
    await agreedDeadline.getByText('Due 2027-01-20 10:00 JST').waitFor();
    await page.getByTestId('agreed-moment').getByText('2027-01-20 10:00').first().waitFor();
    await facts.getByText('1 extension granted The profile allows at most 2.').waitFor();
    await page
      .getByTestId('extension-owed')
      .getByText(new RegExp(`still owed to: ${BETA}\\.`))
      .waitFor();

    // Beta's letter from the "publication moved" template: the new date, never Alpha.
    await openTab(page, 'Messages');
    await page.getByRole('checkbox', { name: BETA_UID }).check();
    await page.getByRole('checkbox', { name: 'Use the unverified key anyway' }).check();
    await page.getByRole('combobox', { name: 'Letter template' }).click();
    await page.getByRole('option', { name: 'Publication moved (revision or extension)' }).click();
    await page.getByLabel('Product name', { exact: true }).fill('Edge Gateway');
    await page.getByLabel('Our organisation', { exact: true }).fill('Airlock CSIRT');
    await page.getByRole('button', { name: 'Fill from template' }).click();
    const body = page.getByLabel('Message', { exact: true });
    await expect(body.inputValue()).resolves.toMatch(
      /Dear Beta Systems Corp\.,[\s\S]*from 2027-01-06 10:00 JST .* to 2027-01-20 10:00 JST/,
    );
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Seal and save' }).click();
    const sealed = join(work, (await download).suggestedFilename());
    await (await download).saveAs(sealed);
    const plain = join(work, 'moved.txt');
    expect(await gpgOpen(gpg, sealed, plain, OPENED)).toMatch(/GOODSIG/);
    const letter = await readFile(plain, 'utf8');
    expect(letter).toMatch(/to 2027-01-20 10:00 JST/);
    expect(letter).not.toMatch(/Alpha/);
    await openTab(page, 'Overview');
    await page
      .getByTestId('extension-owed')
      .getByText(
        'Every vendor told the previous date has been sent the “publication moved” letter.',
      )
      .waitFor();

    // Revised later, past the target (2027-01-21): the reason is required; the revision is
    // the second extension (the cap); both vendors were told 2027-01-20 and are owed the letter.
    const embargo = section(page, 'Publication date (embargo)');
    await fillMoment(embargo, '2027-01-27');
    const revise = embargo.getByRole('button', { name: 'Revise', exact: true });
    await embargo.getByText('Not allowed: a revision needs its reason', { exact: false }).waitFor();
    await expect(revise.isDisabled()).resolves.toBe(true);
    await embargo.getByLabel('Reason for the revision').fill('Both vendors ship together.');
    await expect.poll(() => revise.isEnabled()).toBe(true);
    await revise.click();
    await agreedDeadline.getByText('Due 2027-01-27 10:00 JST').waitFor();
    await facts.getByText(/^1 revision moved the agreed date later beyond the target/).waitFor();
    await facts.getByText(/^The cap is reached/).waitFor();
    await facts
      .getByText('Publication lies 6 days beyond the profile’s target (2027-01-21).')
      .waitFor();
    await page
      .getByTestId('extension-owed')
      .getByText(`still owed to: ${ALPHA}, ${BETA}.`, { exact: false })
      .waitFor();
    await requestAndGrant(page, ALPHA, '2027-03-10');
    await pending
      .getByText('Not allowed: the policy profile allows no more extensions for this case')
      .waitFor();
    await expect(
      pending.getByRole('button', { name: 'Grant extension' }).isDisabled(),
    ).resolves.toBe(true);

    // The dashboard awaits Beta alone (Alpha replied), and names it (finding F-D).
    await nav(page, 'Dashboard');
    const waiting = page.getByRole('region', { name: 'Waiting for a vendor reply' });
    await waiting.getByText(`${BETA}: contacted 2026-12-07 (JST)`).waitFor();
    await expect(waiting.getByText(ALPHA).count()).resolves.toBe(0);
    await page.goto(caseUrl);

    // Beta disputes the report: a reason is required; the matrix says so.
    await openTab(page, 'Vendors');
    await actOnVendor(page, BETA);
    await page.getByRole('button', { name: `Record dispute by ${BETA}` }).click();
    const dialog = page.getByRole('dialog', { name: `Dispute: ${BETA}` });
    const record = dialog.getByRole('button', { name: 'Record dispute' });
    await dialog.getByLabel('Category').selectOption({ label: 'Works as designed' });
    await expect(record.isDisabled()).resolves.toBe(true);
    await dialog.getByLabel('The vendor’s reason').fill('Only administrators reach the page.');
    expect(await seriousViolations(page)).toEqual([]);
    await record.click();
    await dialog.waitFor({ state: 'hidden' });
    await vendorRow(page, BETA).getByText('Disputed: Works as designed').waitFor();
    // The dispute is Beta's answer (finding F-F): its last reply, 2/2 replied on the case
    // list, and no longer awaited on the dashboard.
    await expect(vendorRow(page, BETA).getByRole('cell').nth(3).textContent()).resolves.toMatch(
      /^2026-12-07 \d\d:\d\d JST$/,
    );
    await nav(page, 'Cases');
    const listed = page
      .getByRole('grid', { name: /^Cases/ })
      .getByRole('row')
      .filter({ hasText: ref });
    await listed.getByRole('gridcell', { name: '2/2', exact: true }).waitFor();
    await nav(page, 'Dashboard');
    await waiting.getByText('No vendor reply is awaited.').waitFor();
    await page.goto(caseUrl);
    await openTab(page, 'Finder');
    const finderLetter = page.getByTestId('finder-disputed-letter');
    await expect(finderLetter.inputValue()).resolves.toMatch(/reason: Works as designed/);
    await expect(finderLetter.inputValue()).resolves.not.toMatch(/Beta|Alpha/);
    // The timeline says who asked, what was granted, who disputes and what was sent to whom.
    await openTab(page, 'Timeline');
    const timeline = page.getByRole('tabpanel').getByRole('listitem');
    await timeline.first().waitFor();
    const entries = await timeline.allInnerTexts();
    const entry = (label: string) => entries.filter((e) => e.includes(label)).join('\n');
    expect(entry('Extension requested')).toMatch(new RegExp(`${ALPHA} asks for \\d{4}-`));
    expect(entry('Extension granted')).toContain(`asked for by ${ALPHA}`);
    expect(entry('Vendor disputes the report')).toContain(
      `${BETA}: Works as designed: Only administrators reach the page.`,
    );
    expect(entry('Message sent')).toContain(`publication moved · to ${BETA}`);

    // Counted on the Statistics screen.
    await nav(page, 'Statistics');
    await page
      .getByRole('img', { name: /^Disputed by a vendor by quarter: .*software 1, website 0/ })
      .waitFor();

    // Exported: CSAF's involvement for Beta is `disputed`.
    await page.goto(caseUrl);
    await openTab(page, 'Vendors');
    const details = await editVendorDetails(page, BETA);
    await details.getByRole('button', { name: 'Add product' }).click();
    await details.getByLabel('Product 1 name').fill('Edge Gateway');
    await details.getByLabel('Product 1 versions').fill('5.2');
    await details.getByLabel('Product 1 status').selectOption({ label: 'Affected' });
    await details.getByRole('button', { name: 'Save vendor details' }).click();
    await details.waitFor({ state: 'hidden' });
    await openTab(page, 'Advisory');
    await page.getByRole('button', { name: 'Create advisory draft' }).click();
    await page.getByRole('heading', { name: 'Advisory draft' }).waitFor();
    await fillBoth(page, 'Publisher name', 'テスト調整機関', 'Test Coordination Center');
    await fillBoth(page, 'Title', 'Edge Gateway の脆弱性', 'Edge Gateway vulnerability');
    await fillBoth(page, 'Overview', 'コマンド実行の脆弱性', 'A command injection.');
    await page.getByRole('button', { name: 'Add vulnerability' }).click();
    await fillBoth(page, 'Title of vulnerability 1', 'コマンド実行', 'Command injection');
    await fillBoth(page, 'Description of vulnerability 1', '診断画面', 'The diagnostics page.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    // The leak guard stops a pre-release export; the analyst marks each finding as intended.
    await page.getByRole('button', { name: 'Export CSAF', exact: true }).click();
    for (const field of [
      'Vendor 1 → Name (English)',
      'Vendor 2 → Name (English)',
      'TLP of the case',
    ]) {
      await page.getByLabel(`Reason for ${field}`).fill('Checked with the vendors for this export');
      await page.getByRole('button', { name: `Mark ${field} as intended` }).click();
      await page.getByRole('button', { name: `Mark ${field} as intended` }).waitFor({
        state: 'detached',
      });
    }
    const [csafPath] = await exportFiles(page, 'Export CSAF', 1, work);
    const csaf = JSON.parse(await readFile(csafPath ?? '', 'utf8')) as {
      vulnerabilities: { involvements?: { status: string }[] }[];
    };
    expect(csaf.vulnerabilities[0]?.involvements?.map((i) => i.status)).toContain('disputed');

    // 2027-01-25 10:00 JST: past the target, before the agreed 2027-01-27. The target is
    // superseded by the agreed date: neither the dashboard nor the case list calls it overdue.
    await page.clock.setSystemTime(new Date('2027-01-25T01:00:00.000Z'));
    await nav(page, 'Dashboard');
    await section(page, 'Overdue').getByText('Nothing is overdue.').waitFor();
    await section(page, 'Due soon').getByText(ref).first().waitFor();
    await nav(page, 'Cases');
    const row = page.getByRole('row').filter({ hasText: ref });
    await row.getByText('Due soon', { exact: true }).waitFor();
    await expect(row.innerText()).resolves.not.toMatch(/overdue/i);
    await page.goto(caseUrl);
    const target = page.getByTestId('deadline-jpcert.publication-target');
    await target.getByText('Superseded', { exact: true }).waitFor();
    const replaced =
      'Target 2027-01-21, replaced by the agreed publication date 2027-01-27 10:00 JST';
    await target.getByText(`${replaced} (agreed 6 days beyond the target)`).waitFor();
    app.expectClean();
  });
});
