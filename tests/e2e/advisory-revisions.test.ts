// A published case's advisory exported in the new formats and then withdrawn, in real
// Chromium (issue 28): CSAF 2.1 (with the case's SSVC decision), CSAF VEX, OpenVEX and
// CycloneDX VEX saved from their buttons and checked by the repo's validators in this
// process; the revision history from the case timeline in CSAF and HTML; the advisory
// withdrawn from the screen with its reasoning, then exported as csaf_withdrawn. The case is
// seeded into the vault (as cases-screenshots does) so the walk starts at publication.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finalizeDraft, publishDraft } from '../../shared/advisory/lifecycle';
import { vexCaseDraft } from '../../shared/advisory/testing/vex-case';
import { validateExportFile } from '../../shared/advisory/validate-export';
import type { AdvisoryFormat } from '../../shared/advisory/render';
import type { CaseEvent } from '../../shared/model';
import { involvementRecord } from '../../shared/workflow/case-records';
import { decideSsvc } from '../../shared/workflow/ssvc';
import {
  acceptedSoftwareCase,
  contactIds,
  TEST_CASE_ID,
  timeline,
} from '../../shared/workflow/testing/test-events';
import { foldEvents } from '../../shared/workflow/timeline';
import { generateCases } from '../generators/cases';
import { buildVaultRows, installVault } from './cases-vault';
import { csafVerdict } from './export-checks';
import { exportFiles, TEST_PASSPHRASE } from './flows';
import { launchApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const PUBLISHED = '2026-06-01T01:00:00.000Z';
const NOW = new Date('2027-01-10T00:00:00.000Z');

/** The kit's accepted case, its SSVC triage decision and its publication; the generated
 *  40-product / 12-vendor draft, final and published with it. */
async function seededVault() {
  const triage = decideSsvc(
    'coordinator-triage',
    { RP: 'N', SCON: 'N', RC: 'C', SC: 'M', SE: 'A', U: 'E', PSI: 'S' },
    { now: '2026-05-01T00:00:00.000Z' },
  );
  if (!triage.ok) throw new Error(triage.error.message);
  const ev = timeline(TEST_CASE_ID, 500);
  const events: CaseEvent[] = [
    ...acceptedSoftwareCase(),
    ev({
      type: 'ssvc.decided',
      at: '2026-05-01T00:00:00.000Z',
      payload: { model: 'coordinator-triage', selections: triage.value.selections },
    }),
    ev({ type: 'published', at: PUBLISHED, payload: { advisoryId: null, url: '' } }),
  ];
  const p = foldEvents(events);
  if (p.case === null || p.rejected.length > 0) throw new Error(JSON.stringify(p.rejected));
  const base = vexCaseDraft();
  const final = finalizeDraft({ ...base, case: { ...base.case, id: TEST_CASE_ID } }, PUBLISHED);
  if (!final.ok) throw new Error(final.error.message);
  const draft = publishDraft(final.value, PUBLISHED);
  if (!draft.ok) throw new Error(draft.error.message);
  const corpus = generateCases({ seed: 28, count: 1, vendors: 1 });
  const contact = { ...corpus.contacts[0]!, id: contactIds[0]! };
  const rows = await buildVaultRows(
    {
      ...corpus,
      cases: [p.case],
      events,
      involvements: p.involvements.map(involvementRecord),
      contacts: [contact],
    },
    TEST_PASSPHRASE,
    { events: true, extra: { advisoryDrafts: [draft.value] } },
  );
  return { rows, advisoryId: draft.value.advisoryId };
}

type Csaf = {
  document: {
    category: string;
    tracking: { version: string; revision_history: { number: string; summary: string }[] };
    notes?: { text: string }[];
  };
  vulnerabilities?: { metrics?: { content: Record<string, unknown> }[] }[];
};

describe('advisory formats, revision history and withdrawal in real Chromium', () => {
  it('exports CSAF 2.1 and the three VEX formats valid, then withdraws the advisory', async () => {
    const { rows, advisoryId } = await seededVault();
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.clock.setFixedTime(NOW);
    await page.goto(app.baseUrl);
    await page.getByRole('heading', { name: 'Create your vault' }).waitFor();
    await installVault(page, rows);
    await page.reload();
    await page.getByLabel(/^Passphrase/).fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await page.goto(new URL(`#/cases/${TEST_CASE_ID}`, app.baseUrl).href);
    await page.getByRole('tab', { name: 'Advisory' }).click();
    await page.getByRole('heading', { name: 'Advisory draft' }).waitFor();
    // The editor's revision table is the case's history: publication is revision 1.
    await page.getByRole('cell', { name: 'Initial release' }).waitFor();

    const dir = mkdtempSync(join(tmpdir(), 'airlock-adv-rev-'));
    const save = async (button: string, format: AdvisoryFormat, count = 1) => {
      const paths = await exportFiles(page, button, count, dir);
      await page.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();
      for (const path of paths) {
        // HTML has no schema (validateExportFile gives null): only the JSON formats.
        const report = await validateExportFile(format, readFileSync(path, 'utf8'));
        if (report !== null) expect(report.errors, `${button} ${path}`).toEqual([]);
      }
      return paths.map((path) => readFileSync(path, 'utf8'));
    };
    const [csaf21] = await save('Export CSAF 2.1', 'csaf21');
    const doc21 = JSON.parse(csaf21 ?? '') as Csaf;
    expect(doc21.document.tracking.revision_history).toEqual([
      { date: PUBLISHED, number: '1', summary: 'Initial release' },
    ]);
    expect(JSON.stringify(doc21.vulnerabilities?.[0]?.metrics)).toContain('"ssvc_v2"');
    await save('Export CSAF VEX', 'csaf-vex');
    await save('Export OpenVEX', 'openvex');
    await save('Export CycloneDX VEX', 'cyclonedx');
    const [csaf20] = await save('Export CSAF', 'csaf');
    expect(await csafVerdict(JSON.parse(csaf20 ?? ''))).toEqual([]);
    const [htmlJa, htmlEn] = await save('Export HTML', 'html', 2);
    expect(htmlJa).toContain('<h2>更新履歴</h2>');
    expect(htmlJa).toContain(
      '<td>1</td><td><time datetime="2026-06-01">2026-06-01</time></td><td>初版公開</td>',
    );
    expect(htmlEn).toContain('<td>Initial release</td>');

    // Withdrawn from the screen: refused until the reasoning is written in both languages.
    const form = page.getByRole('region', { name: 'Withdraw or supersede the published advisory' });
    const run = form.getByRole('button', { name: 'Withdraw the advisory' });
    await expect(run.isDisabled()).resolves.toBe(true);
    await form
      .getByLabel('Reasoning (Japanese, published)')
      .fill('報告された問題は脆弱性ではありませんでした。');
    await expect(run.isDisabled()).resolves.toBe(true);
    await form
      .getByLabel('Reasoning (English, published)')
      .fill('The reported issue is not a vulnerability.');
    await expect.poll(() => run.isEnabled()).toBe(true);
    await run.click();
    await page.getByTestId('advisory-withdrawn').waitFor();
    await expect(page.getByTestId('advisory-withdrawn').innerText()).resolves.toContain(
      'Withdrawn on 2027-01-10',
    );
    await page.getByRole('cell', { name: 'Advisory withdrawn' }).waitFor();

    const [withdrawn] = await save('Export CSAF 2.1', 'csaf21');
    const w = JSON.parse(withdrawn ?? '') as Csaf;
    expect(w.document.category).toBe('csaf_withdrawn');
    expect(w.document.notes?.[0]?.text).toBe('The reported issue is not a vulnerability.');
    expect(w.document.tracking.version).toBe('2');
    expect(w.document.tracking.revision_history.map((r) => r.summary)).toEqual([
      'Initial release',
      'Advisory withdrawn',
    ]);
    expect(advisoryId).toMatch(/^JVN/);
    app.expectClean();
  });
});
