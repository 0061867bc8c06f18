// Issue 23: one two-vendor case walked as a new analyst walks it, empty vault to publication,
// by labels and roles only (none of flows.ts's helpers; the longer forms: new-analyst-steps.ts)
// with real GnuPG on the vendors' side. What an analyst could do before without a warning —
// name the other vendor in a letter, agree an embargo in the past, publish early, save a CSAF
// file a validator rejects — must be refused; a vendor's reply lands in its own thread.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './harness';
import { csafVerdict, cveSchemaValid } from './export-checks';
import {
  CVE,
  createVaultAndSetUp,
  addVendorContact,
  download,
  exportedFiles,
  fillTheReport,
  gpgParty,
  uidOf,
  importKeyFiles,
  ORG,
  TITLE,
  VENDOR_A,
  VENDOR_B,
  writeTheAdvisory,
} from './new-analyst-steps';
import { fingerprintOf, gpgOpen, gpgReply } from './gpg';
import { importCveIds, pickFile } from './flows';

const START = new Date('2026-12-07T01:00:00.000Z'); // Monday 10:00 JST: the analyst starts
// The vendors made their keys the day before; Vendor A replies an hour after we start.
const REPLY_AT = new Date('2026-12-07T02:00:00.000Z');
const OPENED_AT = new Date('2027-01-07T01:00:00.000Z'); // GnuPG opens what we send
const PURL = 'pkg:npm/fastqs';
const CVSS31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:L';
// The embargo agreed with both vendors: Wednesday 2027-01-06 10:00 JST.
const EMBARGO_DAY = '2027-01-06';
const AGREED = new Date('2027-01-06T01:00:00.000Z');
let app: AppSession | undefined;
let work: string | undefined;
afterEach(async () => {
  await app?.dispose();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
  [app, work] = [undefined, undefined];
});

describe('a new analyst takes one two-vendor case from an empty vault to publication', () => {
  it('meets every guard on the way and publishes at the agreed instant', async () => {
    work = await mkdtemp(join(tmpdir(), 'airlock-new-analyst-'));
    const out = join(work, 'media');
    await mkdir(out);
    const { gpg: gpgA, fpr: fprA } = await gpgParty(work, 'alpha', uidOf(VENDOR_A), 'a.asc');
    const { gpg: gpgB, fpr: fprB } = await gpgParty(work, 'bravo', uidOf(VENDOR_B), 'b.asc');

    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(45_000);
    await page.clock.install({ time: START });
    await page.goto(app.baseUrl);

    // 1–2. An empty vault, then the first-run setup it opens on.
    await createVaultAndSetUp(page, out);

    // 3. The organisation's public key, from the keyring, goes to both vendors.
    await page.getByRole('navigation').getByRole('link', { name: 'Keyring', exact: true }).click();
    await page.getByRole('button', { name: `Details of ${ORG.en} <${ORG.email}>` }).click();
    const orgKey = await download(
      page,
      () => page.getByRole('button', { name: 'Export public key' }).click(),
      work,
    );
    await gpgA(['--import', orgKey], REPLY_AT);
    await gpgB(['--import', orgKey], REPLY_AT);

    // 4. Both vendors' keys as GnuPG exported them.
    await importKeyFiles(page, [join(work, 'a.asc'), join(work, 'b.asc')]);

    // 5. Two contacts with their fingerprints (as a vendor writes them: spaced, lower case)
    //    and their products; the form says the key was linked, no keyring step needed.
    await addVendorContact(page, VENDOR_A, fprA, PURL);
    await addVendorContact(
      page,
      VENDOR_B,
      fprB,
      `${PURL}@2.0.0\ncpe:2.3:a:bravo:fastqs_pro:*:*:*:*:*:*:*:*`,
    );
    await importCveIds(page, work, [CVE]); // step 7 types one of our reserved IDs (issue 28)

    // 6. The finder's report, through New report in the order the form asks; the internal
    //    title says which vendor ships the library (for the analyst's eyes only).
    const nav = (name: string) =>
      page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
    await nav('New report');
    await page.getByRole('heading', { name: 'New report', level: 2 }).waitFor();
    await fillTheReport(page);
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.waitForURL(/#\/cases\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    const caseId = /#\/cases\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    const ref = (await page.getByTestId('case-ref').textContent()) ?? '';
    expect(ref).toMatch(/^[A-Z]+-\d{4}-\d{4}$/);
    const openCase = async () => {
      // A hash change, not a reload: a reload locks the vault (and forgets the org key).
      await page.evaluate((id) => {
        window.location.hash = `#/cases/${id}`;
      }, caseId);
      await page.getByRole('heading', { name: TITLE }).waitFor();
    };
    const tab = async (name: string) => {
      await page.getByRole('tab', { name }).click();
      await page.getByRole('tab', { name, selected: true }).waitFor();
    };

    // 7. The vulnerability: an unknown CWE is refused at entry (never defaulted), then the
    //    real one; the affected package as a package URL with its range.
    await tab('Vulnerabilities');
    await page.getByLabel('Title (English)').fill('Prototype pollution in query parsing');
    await page.getByLabel('Title (Japanese)').fill('クエリ解析におけるプロトタイプ汚染');
    await page.getByLabel('CWE', { exact: true }).fill('CWE-99999');
    // The second line: a package no contact registers yet (the advisory says so, step 13).
    await page
      .getByLabel(/^Affected products \(one package URL/)
      .fill(`${PURL} < 2.1.1\npkg:npm/fastqs-cli <= 1.0.0`);
    await page.getByRole('button', { name: 'Save vulnerability' }).click();
    await page
      .getByText(/CWE-99999/)
      .first()
      .waitFor();
    await expect(page.getByText('No vulnerability recorded yet.').count()).resolves.toBe(1);
    await page.getByLabel('CWE', { exact: true }).fill('CWE-1321');
    // A CVE for every published vulnerability (JPCERT/CC policy III; the pool: cve-pool e2e).
    await page.getByLabel('CVE ID', { exact: true }).fill(CVE);
    await page.getByLabel('CVSS 3.1 vector').fill(CVSS31);
    await page.getByRole('button', { name: 'Save vulnerability' }).click();
    await page.getByText(`${PURL} < 2.1.1`, { exact: true }).waitFor();

    // 8. Both vendors are suggested from their products, and added from the suggestions.
    await tab('Vendors');
    const suggestions = page.getByRole('region', { name: 'Suggested vendors to notify' });
    for (const vendor of [VENDOR_A.en, VENDOR_B.en]) {
      await suggestions
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: vendor, exact: true }) })
        .getByRole('button', { name: 'Add to the matrix' })
        .click();
    }
    const matrix = page.getByRole('table', { name: 'Vendor matrix' });
    for (const vendor of [VENDOR_A.en, VENDOR_B.en]) {
      await matrix
        .getByRole('row')
        .filter({ hasText: vendor })
        .getByText('Not contacted', { exact: true })
        .waitFor();
    }

    // 9. What vendors may read: the vendor-safe summary, written once on the case.
    await tab('Overview');
    const summary = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'What vendors may read' }) });
    await summary
      .getByLabel('Vendor-safe summary')
      .fill('Prototype pollution when parsing query strings');
    const saveSummary = summary.getByRole('button', { name: 'Save', exact: true });
    await saveSummary.click();
    await tab('Timeline');
    await page.getByRole('list').getByText('Case updated', { exact: true }).waitFor();

    // 10. First contact to Vendor A from the template the composer offers, its fields
    //     filled from the case and Settings. The analyst adds a line naming Vendor B: the
    //     seal refuses it, naming the text; without it, it is sealed and GnuPG opens it.
    await tab('Messages');
    await page.getByRole('checkbox', { name: `${VENDOR_A.en} <${VENDOR_A.email}>` }).check();
    await page.getByRole('checkbox', { name: 'Use the unverified key anyway' }).check();
    await page.getByRole('combobox', { name: 'Letter template' }).click();
    await page.getByRole('option', { name: 'First contact with the developer' }).click();
    await expect(page.getByLabel('Vendor name', { exact: true }).inputValue()).resolves.toBe(
      VENDOR_A.en,
    );
    await expect(page.getByLabel('Our organisation', { exact: true }).inputValue()).resolves.toBe(
      ORG.en,
    );
    await page.getByLabel('Product name', { exact: true }).fill('fastqs');
    await page.getByRole('button', { name: 'Fill from template' }).click();
    const subject = page.getByLabel('Subject', { exact: true });
    const body = page.getByLabel('Message', { exact: true });
    await expect.poll(() => body.inputValue()).toContain(ORG.en);
    const letter = await body.inputValue();
    expect(`${await subject.inputValue()}\n${letter}`).not.toContain(VENDOR_B.en);
    expect(letter).not.toContain(TITLE);
    await body.fill(`${letter}\n${VENDOR_B.en} ships the same library in its gateway.\n`);
    await page.getByRole('button', { name: 'Seal and save' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Not sealed' })
      .getByText(new RegExp(`"${VENDOR_B.en}"`))
      .first()
      .waitFor();
    await body.fill(letter);
    const sealed = await download(
      page,
      () => page.getByRole('button', { name: 'Seal and save' }).click(),
      out,
    );
    expect(sealed).toMatch(/-alpha-networks-01\.asc$/);
    // The composer clears once the message is recorded; the analyst writes the next then.
    await page.getByRole('status').filter({ hasText: 'Sealed and saved' }).waitFor();
    const opened = await gpgOpen(gpgA, sealed, join(work, 'first-contact.txt'), OPENED_AT);
    expect(opened).toContain('[GNUPG:] GOODSIG');
    const plain = await readFile(join(work, 'first-contact.txt'), 'utf8');
    expect(plain.split('\n')[0]).toContain(ref);
    expect(plain).toContain('Prototype pollution when parsing query strings');
    expect(plain).not.toContain(VENDOR_B.en);
    expect(plain).not.toContain(TITLE);

    // Later the analyst must name Vendor B to Vendor A (B agreed to be named): refused
    // again, and sealed only with a reason, which the timeline keeps.
    const reason = 'Bravo Systems agreed in writing to be named to Alpha Networks';
    await subject.fill('Other affected vendor');
    await body.fill(`${VENDOR_B.en} also ships fastqs; please coordinate the fix date.`);
    await page.getByRole('button', { name: 'Seal and save' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Not sealed' });
    await refusal
      .getByText(new RegExp(`"${VENDOR_B.en}"`))
      .first()
      .waitFor();
    await refusal.getByLabel(/^Reason to send anyway/).fill(reason);
    const overridden = await download(
      page,
      () => page.getByRole('button', { name: 'Seal and save' }).click(),
      out,
    );
    expect(overridden).toMatch(/-alpha-networks-02\.asc$/);
    await tab('Timeline');
    await page
      .getByRole('list')
      .getByText(/Confidentiality override/)
      .first()
      .waitFor();
    await tab('Overview');
    await page
      .getByText(new RegExp(`Reason: ${reason}`))
      .first()
      .waitFor();

    // 11. Vendor A replies from GnuPG, signed and encrypted to us; the reply is imported from
    //     its file and lands in A's own thread, with no linking by hand.
    const replyFile = join(work, 'alpha-reply.asc');
    await gpgReply(gpgA, {
      signer: fprA,
      recipient: await fingerprintOf(gpgA, ORG.email),
      text: `[${ref}] Re: first contact\n\nWe reproduced it; a fix is planned.\n`,
      out: replyFile,
      at: REPLY_AT,
    });
    await page.clock.setSystemTime(new Date(REPLY_AT.getTime() + 15 * 60_000));
    await nav('Import');
    await page.getByRole('tab', { name: 'Messages' }).click();
    await pickFile(page, 'Choose reply files…', replyFile);
    const preview = page.getByRole('article', { name: 'alpha-reply.asc' });
    await preview.getByText(/^Valid signature by /).waitFor();
    await preview.getByRole('button', { name: 'Store in case' }).click();
    await preview
      .getByRole('status')
      .filter({ hasText: `Stored in case ${ref}.` })
      .waitFor();
    await openCase();
    await tab('Messages');
    await page
      .getByLabel('Threads of this case')
      .selectOption({ label: `${VENDOR_A.en} (1 unread)` });
    await page
      .getByRole('listbox', { name: `Messages in ${VENDOR_A.en}` })
      .getByRole('option')
      .filter({ hasText: `[${ref}] Re: first contact` })
      .waitFor();
    await tab('Vendors');
    await expect
      .poll(() =>
        matrix
          .getByRole('row')
          .filter({ hasText: VENDOR_A.en })
          .getByText('Not contacted', { exact: true })
          .count(),
      )
      .toBe(0);

    // 12. The embargo: an instant already past is refused at the field; the next day at an
    //     agreed hour is proposed and agreed.
    await tab('Overview');
    await page.getByLabel('Publication date', { exact: true }).fill('2026-12-06');
    await page.getByLabel('Time', { exact: true }).fill('10:00');
    await page.getByText('Not allowed: the publication instant must be in the future').waitFor();
    await expect(
      page.getByRole('button', { name: 'Propose', exact: true }).isDisabled(),
    ).resolves.toBe(true);
    await page.getByLabel('Publication date', { exact: true }).fill(EMBARGO_DAY);
    await page.getByLabel('Time', { exact: true }).fill('10:00');
    const propose = page.getByRole('button', { name: 'Propose', exact: true });
    await expect.poll(() => propose.isEnabled()).toBe(true);
    await propose.click();
    const agree = page.getByRole('button', { name: 'Agree', exact: true });
    await expect.poll(() => agree.isEnabled()).toBe(true);
    await agree.click();
    await page.getByTestId('agreed-moment').waitFor();

    // 13. The advisory, in Japanese and English, with the CVSS vector; the ID follows JVN's
    //     rule for a case with two vendors.
    const advisoryId = await writeTheAdvisory(page, tab);

    // 14. Every export, checked here by csaf-validator-lib and the CVE JSON 5 schema.
    const exported = (button: string, count: number) => exportedFiles(page, button, count, out);
    const [csafFile] = await exported('Export CSAF', 1);
    const csaf: unknown = JSON.parse(await readFile(csafFile ?? '', 'utf8'));
    expect(await csafVerdict(csaf)).toEqual([]);
    const [cveFile] = await exported('Export CVE JSON', 1);
    const cve: unknown = JSON.parse(await readFile(cveFile ?? '', 'utf8'));
    const cveCheck = cveSchemaValid(cve);
    expect(cveCheck.valid, JSON.stringify(cveCheck.errors)).toBe(true);
    const pages = [
      ...(await exported('Export HTML', 2)),
      ...(await exported('Export Markdown', 2)),
    ];
    for (const file of pages) {
      const text = await readFile(file, 'utf8');
      expect(text).toContain(advisoryId);
      expect(text).toContain(CVE);
      expect(text).not.toContain(TITLE);
      expect(text).not.toContain('hanako@finder.example');
    }

    // 15. A partner's copy: a signed bundle GnuPG opens on their side.
    const { gpg: gpgP, fpr: partnerFpr } = await gpgParty(
      work,
      'partner',
      'Partner CERT <cert@partner.example>',
      'p.asc',
    );
    await gpgP(['--import', orgKey], REPLY_AT);
    await nav('Keyring');
    await pickFile(page, 'Import key files…', join(work, 'p.asc'));
    await page
      .getByText(/Imported 1 key/)
      .first()
      .waitFor();
    await openCase();
    await tab('Bundle');
    await page.getByRole('checkbox', { name: /Partner CERT/ }).check();
    await page.getByRole('heading', { name: 'Preview: exactly what goes in' }).waitFor();
    const bundle = await download(
      page,
      () => page.getByRole('button', { name: 'Export bundle' }).click(),
      out,
    );
    await page.getByText(/Recorded as “bundle exported”/).waitFor();
    const bundleOpened = await gpgOpen(gpgP, bundle, join(work, 'bundle.zip'), OPENED_AT);
    expect(bundleOpened).toContain('[GNUPG:] GOODSIG');
    expect(partnerFpr).toMatch(/^[0-9A-F]{40}$/);

    // 16. Publication: refused while the embargo runs, with the time left; done at the
    //     agreed instant.
    await tab('Decisions & publication');
    const publish = page.getByRole('button', { name: 'Publish now' });
    await expect(publish.isDisabled()).resolves.toBe(true);
    await page
      .getByText(/embargo is still active/)
      .first()
      .waitFor();
    await page.clock.setSystemTime(new Date(AGREED.getTime() + 60_000));
    await tab('Overview');
    await tab('Decisions & publication');
    await expect.poll(() => publish.isEnabled()).toBe(true);
    await publish.click();
    await page.getByTestId('published-at').getByText('2027-01-06 10:01').waitFor();

    // 17. After publication every export agrees with itself: the first release is the
    //     publication, never later than the current release.
    await tab('Advisory');
    const [published] = await exported('Export CSAF', 1);
    const tracking = (
      JSON.parse(await readFile(published ?? '', 'utf8')) as {
        document: { tracking: { initial_release_date: string; current_release_date: string } };
      }
    ).document.tracking;
    expect(Date.parse(tracking.initial_release_date)).toBeLessThanOrEqual(
      Date.parse(tracking.current_release_date),
    );
    expect(Date.parse(tracking.initial_release_date)).toBeGreaterThanOrEqual(AGREED.getTime());

    app.expectClean();
  });
});
