// Issue 28 as a new analyst meets it: the SSVC Coordinator Triage beside the JPCERT/CC
// verdict at intake (pre-filled from the checklist, both shown when they disagree, recorded
// on the timeline), then the CVE ID pool: a reservation of two IDs imported (the same file
// again refused naming the entry), both assigned with one click, a third refused with the
// pool empty, a typed ID refused when another vulnerability has it and taken as another
// CNA's only with that CNA's name, publication refused while a vulnerability has no CVE ID
// and allowed once the analyst records why; the committee's decision and its SSVC publish
// selection recorded together; the timeline shows each pool step and both decisions; the
// pool then says what is assigned and what is published.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ACCEPTABLE_CHECKLIST,
  createCaseFromIntake,
  createVault,
  enterReport,
  importReservationFile,
  nav,
  openTab,
  section,
} from './flows';
import { launchApp, type AppSession } from './harness';
import { reservationOf } from '../../shared/workflow/testing/cve-reservation';

const dir = mkdtempSync(join(tmpdir(), 'airlock-cve-e2e-'));
const sessions: AppSession[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
});

/** What `cve reserve 2 --raw` prints (cvelib), brought in on media. */
const reservationFile = (): string => {
  const file = join(dir, 'reserved.json');
  writeFileSync(file, reservationOf('CVE-2026-20001', 'CVE-2026-20002'));
  return file;
};

const addVulnerability = async (page: Page, n: number) => {
  await page.getByLabel('Title (English)').fill(`Flaw ${n} in the upload handler`);
  await page.getByLabel('Title (Japanese)').fill(`アップロード処理の欠陥 ${n}`);
  await page.getByLabel('CWE', { exact: true }).fill('CWE-434');
  await page.getByRole('button', { name: 'Save vulnerability' }).click();
  await page.getByText(`Flaw ${n} in the upload handler`, { exact: true }).waitFor();
};

const assign = (page: Page, n: number) =>
  page
    .getByRole('button', {
      name: `Assign a CVE ID from the pool: Flaw ${n} in the upload handler`,
    })
    .click();

describe('SSVC at intake and the CVE ID pool', () => {
  it('records SSVC beside the verdict, assigns pool IDs and holds publication for a CVE ID', async () => {
    const app = await launchApp();
    sessions.push(app);
    const { page } = app;
    await page.goto(app.baseUrl);
    await createVault(page);

    // 1. Intake: the checklist says not public and no vendor contact; SSVC pre-fills both.
    await enterReport(page, {
      title: 'Upload handler flaws',
      reporterName: 'Hanako Finder',
      reporterContact: 'finder@example.jp',
      productName: 'Example Uploader',
      checklist: {
        ...ACCEPTABLE_CHECKLIST,
        'Already publicly known': 'no',
        'Prior vendor contact stated': 'no',
      },
    });
    const ssvc = page.getByRole('region', { name: 'SSVC: Coordinator Triage' });
    const rp = ssvc.getByLabel('Report Public [RP]');
    await expect(rp.inputValue()).resolves.toBe('N');
    await ssvc.getByText('Pre-filled from the checklist: already public').waitFor();
    await expect(ssvc.getByLabel('Supplier Contacted [SCON]').inputValue()).resolves.toBe('N');
    await ssvc.getByText(/^SSVC outcome: not yet — choose Report Credibility/).waitFor();
    for (const [label, value] of [
      ['Report Credibility [RC]', 'C'],
      ['Supplier Cardinality [SC]', 'O'],
      ['Supplier Engagement [SE]', 'U'],
      ['Utility [U]', 'E'],
      ['Public Safety Impact [PSI]', 'M'],
    ] as const) {
      await ssvc.getByLabel(label).selectOption(value);
    }
    // The table declines a report whose supplier was never contacted; the policy accepts it:
    // the screen shows both.
    await ssvc
      .getByTestId('ssvc-outcome-coordinator-triage')
      .getByText('SSVC outcome: Decline')
      .waitFor();
    await ssvc
      .getByTestId('ssvc-disagree-coordinator-triage')
      .getByText('SSVC says “Decline”; the policy says “Accept: coordinate this report”.', {
        exact: false,
      })
      .waitFor();
    // The analyst corrects Supplier Contacted: now SSVC says Coordinate and they agree.
    await ssvc.getByLabel('Supplier Contacted [SCON]').selectOption('Y');
    await ssvc.getByText('SSVC outcome: Coordinate').waitFor();
    await ssvc.getByText('SSVC and the policy agree.').waitFor();
    await expect(ssvc.getByTestId('ssvc-disagree-coordinator-triage').count()).resolves.toBe(0);
    const caseId = await createCaseFromIntake(page);

    // 2. The timeline keeps the decision.
    await openTab(page, 'Timeline');
    await page.getByText('Coordinator Triage: Coordinate').waitFor();

    // 3. The pool: two IDs imported; the same file again is refused naming the entry.
    const file = reservationFile();
    await importReservationFile(page, file);
    await page.getByText('CVE IDs imported: 2.').waitFor();
    const counts = page.getByTestId('cve-pool-counts');
    await counts.getByText('Reserved 2 · assigned 0 · published 0').waitFor();
    await importReservationFile(page, file);
    await page
      .getByRole('alert')
      .getByText(
        'Entry cve_ids[0] (CVE-2026-20001) is already in the pool or the file: nothing was imported.',
      )
      .waitFor();
    await counts.getByText('Reserved 2 · assigned 0 · published 0').waitFor();

    // 4. Three vulnerabilities: the first two get the pool's IDs, the third finds it empty.
    await page.evaluate((id) => {
      window.location.hash = `#/cases/${id}`;
    }, caseId);
    await openTab(page, 'Vulnerabilities');
    for (const n of [1, 2, 3]) await addVulnerability(page, n);
    await assign(page, 1);
    await page.getByText('CVE-2026-20001', { exact: true }).waitFor();
    await assign(page, 2);
    await page.getByText('CVE-2026-20002', { exact: true }).waitFor();
    await assign(page, 3);
    await page.getByText('The CVE ID pool is empty: import a new reservation.').waitFor();

    // 4b. A CVE ID typed by hand never bypasses the pool: one of ours already given is refused
    //     naming where; one not in the pool is another CNA's, saved only with that CNA's name.
    await page.getByLabel('Title (English)').fill('Flaw 4 in the upload handler');
    const typed = page.getByLabel('CVE ID', { exact: true });
    const save = page.getByRole('button', { name: 'Save vulnerability' });
    await typed.fill('CVE-2026-20001');
    await save.click();
    await page
      .getByText(/^This CVE ID is already used by .+ “Flaw 1 in the upload handler”/)
      .waitFor();
    await typed.fill('CVE-2026-88888');
    await save.click();
    await page
      .getByText(/^CVE-2026-88888 is not in our pool, so another CNA assigned it/)
      .waitFor();
    await page.getByLabel('CNA that assigned it (when not from our pool)').fill('GitHub_M');
    await save.click();
    await page.getByText('CVE-2026-88888 (assigned by GitHub_M)').waitFor();

    // 5. Publication is refused while the third has no CVE ID.
    await openTab(page, 'Decisions & publication');
    const publish = section(page, 'Publish the advisory');
    const run = publish.getByRole('button', { name: 'Publish now' });
    await expect(run.isDisabled()).resolves.toBe(true);
    await publish.getByText(/a vulnerability has no CVE ID: assign one from the pool/).waitFor();

    // 6. The analyst records why the third has none; then it publishes.
    await openTab(page, 'Vulnerabilities');
    const third = page.getByTestId(/^vuln-cve-/).filter({
      has: page.getByRole('button', {
        name: 'Assign a CVE ID from the pool: Flaw 3 in the upload handler',
      }),
    });
    await third.getByRole('button', { name: 'Why it has no CVE ID' }).click();
    await third.getByLabel('Why it has no CVE ID').fill('The vendor, a CNA, assigns it');
    await third.getByRole('button', { name: 'Record the reason' }).click();
    await page.getByText('No CVE ID: The vendor, a CNA, assigns it').waitFor();
    await openTab(page, 'Decisions & publication');
    // The committee's decision and the SSVC publish selection are recorded in one write.
    const committee = section(page, 'Release Decision Committee');
    await committee.getByLabel(/^Members present/).fill('Sato, Suzuki');
    await committee.getByLabel('Minutes note').fill('Publish on the agreed date');
    const publishSsvc = committee.getByRole('region', { name: 'SSVC: Coordinator Publish' });
    for (const [label, value] of [
      ['Supplier Involvement [SINV]', 'FR'],
      ['Exploitation [E]', 'P'],
      ['Public Value Added [PVA]', 'A'],
    ] as const) {
      await publishSsvc.getByLabel(label).selectOption(value);
    }
    await committee.getByRole('button', { name: 'Record the decision' }).click();
    await committee.getByTestId('release-decision').waitFor();
    await committee.getByTestId('ssvc-publish-recorded').waitFor();
    await expect.poll(() => run.isEnabled()).toBe(true);
    await run.click();
    await publish.getByTestId('published-at').waitFor();

    // 6b. The timeline holds the pool's steps and both decisions.
    await openTab(page, 'Timeline');
    const timeline = section(page, 'Timeline').getByRole('list');
    await expect(timeline.getByText('CVE ID assigned from the pool').count()).resolves.toBe(2);
    await timeline.getByText('Another CNA’s CVE ID recorded').waitFor();
    await timeline.getByText('CVE-2026-88888 (assigned by GitHub_M)').waitFor();
    await timeline.getByText('Reason for no CVE ID recorded').waitFor();
    await timeline.getByText('Release decided').waitFor();
    await timeline.getByText(/^Coordinator Publish/).waitFor();

    // 7. The pool says both are published with the case.
    await nav(page, 'CVE IDs');
    await counts.getByText('Reserved 0 · assigned 0 · published 2').waitFor();
    app.expectClean();
  });
});
