// A technical alert crosses the air gap like any case: its kind and content survive a
// bundle, and a malformed alert is refused with the file and the field named.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  sampleAlertCase,
  sampleAlertContent,
  sampleAlertCreated,
} from '../../model/testing/technical-alert';
import { rawZip } from './testing/raw-zip';
import { sampleDocument } from './testing/sample-case';
import {
  attempt,
  casePath,
  entries,
  json,
  seal,
  setUpHostileKit,
  withFile,
} from './testing/hostile-kit';

beforeAll(setUpHostileKit);

const alertCase = () => ({
  ...sampleAlertCase(),
  id: sampleDocument().case.id,
  ref: sampleDocument().case.ref,
});
const alertCreated = () => ({ ...sampleAlertCreated(), caseId: sampleDocument().case.id });

const withAlert = async (kase: unknown, events: unknown) =>
  withFile(
    await withFile(entries(), casePath('case.json'), json(kase)),
    casePath('events.json'),
    json(events),
  );

describe('a technical alert in a bundle', () => {
  it('imports with its kind and content', async () => {
    const r = await attempt(await seal(rawZip(await withAlert(alertCase(), [alertCreated()]))));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const doc = r.value.cases[0]?.document;
    expect(doc?.case.kind).toBe('technical-alert');
    expect(doc?.case.technicalAlert?.content).toEqual(sampleAlertContent());
    expect(doc?.events[0]).toMatchObject({ payload: { technicalAlert: sampleAlertContent() } });
  });

  it('refuses a malformed alert, naming the file and the field', async () => {
    const created = alertCreated();
    const bad = {
      ...created,
      payload: {
        ...created.payload,
        technicalAlert: { ...sampleAlertContent(), productFamilies: [] },
      },
    };
    const r = await attempt(await seal(rawZip(await withAlert(alertCase(), [bad]))));
    expect(r.ok ? '' : r.error.code).toBe('record-invalid');
    expect(r.ok ? '' : r.error.message).toMatch(/events\.json/);
    expect(r.ok ? '' : r.error.message).toMatch(/payload\.technicalAlert\.productFamilies/);
  });

  it('refuses a technical-alert case record without its alert', async () => {
    const kase = { ...alertCase(), technicalAlert: null };
    const r = await attempt(await seal(rawZip(await withAlert(kase, [alertCreated()]))));
    expect(r.ok ? '' : r.error.code).toBe('record-invalid');
    expect(r.ok ? '' : r.error.message).toMatch(/case\.json.*technicalAlert/);
  });
});
