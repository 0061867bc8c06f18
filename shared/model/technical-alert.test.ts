import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION, parseCase } from './case';
import { CASE_EVENT_SCHEMA_VERSION, parseCaseEvent } from './case-event';
import { formatIssues } from './versioned';
import { technicalAlertContentSchema } from './technical-alert';
import { sampleCase, sampleEvent } from './testing/fixtures';
import { sampleAlertCase, sampleAlertContent, sampleAlertCreated } from './testing/technical-alert';

const issuesOf = (input: unknown): string[] => {
  const r = technicalAlertContentSchema.safeParse(input);
  return r.success ? [] : formatIssues(r.error);
};

describe('technical alert content', () => {
  it('accepts an alert with families, identifiers, CWEs, mitigations and references', () => {
    expect(issuesOf(sampleAlertContent())).toEqual([]);
  });

  it('names the field that is wrong', () => {
    const c = sampleAlertContent();
    expect(issuesOf({ ...c, productFamilies: [] })[0]).toMatch(/^productFamilies: .*family/);
    expect(issuesOf({ ...c, cwes: ['295'] })[0]).toMatch(/^cwes\.0: expected CWE-<number>/);
    const badId = [{ name: { ja: '', en: 'Routers' }, identifiers: ['pkg:'] }];
    expect(issuesOf({ ...c, productFamilies: badId })[0]).toMatch(
      /^productFamilies\.0\.identifiers\.0: not a valid package URL/,
    );
    expect(issuesOf({ ...c, vulnerabilityClass: { ja: ' ', en: '' } })[0]).toMatch(
      /^vulnerabilityClass: write it in Japanese or English/,
    );
    expect(issuesOf({ ...c, references: ['javascript:alert(1)'] })[0]).toMatch(/^references\.0/);
    expect(issuesOf({ ...c, mitigations: [{ ja: '', en: '' }] })[0]).toMatch(/^mitigations\.0/);
  });

  it('a family name in one language is enough (the other may be written later)', () => {
    const c = sampleAlertContent();
    const families = [{ name: { ja: '監視カメラ', en: '' }, identifiers: [] }];
    expect(issuesOf({ ...c, productFamilies: families })).toEqual([]);
  });
});

describe('Case v3 and the technical alert', () => {
  it('reads a technical-alert case with its content and stage', () => {
    const c = sampleAlertCase();
    expect(parseCase(c)).toEqual({ ok: true, value: c });
  });

  it('a v2 record (before technical alerts) still reads, with no alert', () => {
    const v2: Record<string, unknown> = { ...sampleCase(), schemaVersion: 2 };
    delete v2.technicalAlert;
    expect(parseCase(v2)).toMatchObject({
      ok: true,
      value: { schemaVersion: CASE_SCHEMA_VERSION, kind: 'software', technicalAlert: null },
    });
  });

  it('refuses a kind without its alert, or an alert on another kind, naming the field', () => {
    for (const bad of [
      { ...sampleAlertCase(), technicalAlert: null },
      { ...sampleCase(), technicalAlert: sampleAlertCase().technicalAlert },
    ]) {
      const r = parseCase(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.issues[0]).toMatch(/^technicalAlert: a .* (needs its|has no)/);
    }
  });

  it('refuses a malformed alert inside the case, naming the nested field', () => {
    const c = sampleAlertCase();
    const content = { ...sampleAlertContent(), cwes: ['CWE-x'] };
    const r = parseCase({ ...c, technicalAlert: { content, stage: 'drafting' } });
    expect(r.ok ? [] : r.error.issues).toContain(
      'technicalAlert.content.cwes.0: expected CWE-<number>',
    );
    const stage = parseCase({
      ...c,
      technicalAlert: { content: sampleAlertContent(), stage: 'x' },
    });
    expect(stage.ok ? [] : stage.error.issues.join()).toMatch(/^technicalAlert\.stage/);
  });
});

describe('CaseEvent v3 and the technical alert', () => {
  it('case.created carries the alert exactly when the kind is technical-alert', () => {
    const created = sampleAlertCreated();
    expect(parseCaseEvent(created)).toEqual({ ok: true, value: created });
    if (created.type !== 'case.created') throw new Error('fixture');
    const bare: Record<string, unknown> = { ...created.payload };
    delete bare.technicalAlert;
    const missing = parseCaseEvent({ ...created, payload: bare });
    expect(missing.ok ? [] : missing.error.issues).toEqual([
      'payload.technicalAlert: a technical-alert case needs its technical alert',
    ]);
    const stray = parseCaseEvent({
      ...created,
      payload: { ...created.payload, kind: 'website' },
    });
    expect(stray.ok ? [] : stray.error.issues).toEqual([
      'payload.technicalAlert: a website case has no technical alert',
    ]);
  });

  it('a v2 event (before technical alerts) still reads unchanged', () => {
    const v2 = { ...sampleEvent(), schemaVersion: 2 };
    expect(parseCaseEvent(v2)).toEqual({
      ok: true,
      value: { ...v2, schemaVersion: CASE_EVENT_SCHEMA_VERSION },
    });
  });

  it('asking for changes needs a reason; approving does not', () => {
    const reviewed = (verdict: string, reason: string) =>
      parseCaseEvent({
        ...sampleEvent(),
        type: 'technical-alert.reviewed',
        payload: { verdict, reason },
      });
    expect(reviewed('approved', '').ok).toBe(true);
    expect(reviewed('changes-requested', 'the impact is vague').ok).toBe(true);
    const r = reviewed('changes-requested', '  ');
    expect(r.ok ? [] : r.error.issues).toEqual([
      'payload.reason: changes requested need their reason',
    ]);
  });

  it('a drafted event carries whole content, checked like the intake', () => {
    const drafted = (content: unknown) =>
      parseCaseEvent({ ...sampleEvent(), type: 'technical-alert.drafted', payload: { content } });
    expect(drafted(sampleAlertContent()).ok).toBe(true);
    const r = drafted({ ...sampleAlertContent(), productFamilies: [] });
    expect(r.ok ? '' : r.error.issues.join()).toMatch(/^payload\.content\.productFamilies/);
  });
});
