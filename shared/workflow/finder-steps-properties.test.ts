// Issue 27 items 3 and 7, as properties: the one-year rule answers every request instant
// the same way the reducer accepts it; a case's links never repeat or name the case; one
// site fix at most; a second finder's letter never carries the first finder's identity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JAPAN_ZONE, type CaseEvent, type CaseId, type Reporter } from '../model';
import { localDate } from './calendar';
import { checkDuplicateLetter } from './finder-letter-guard';
import { duplicateDeclineLetter } from './finder-step-letters';
import { withdrawalRequestCommand } from './finder-step-commands';
import type { ReadyProjection } from './reducer-types';
import {
  acceptedCaseEvents,
  involvementIds,
  projectionOfEvents,
  TEST_CASE_ID,
  testUuid,
  timeline,
} from './testing/test-events';
import { applyCommand } from './timeline';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const START = Date.parse('2026-01-01T00:00:00.000Z');

describe('the one-year rule', () => {
  it('grants a request exactly from the anniversary (Japan time) of the first attempt', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1500 * DAY }),
        fc.integer({ min: 0, max: 800 * DAY }),
        (c, d) => {
          const contact = iso(START + c);
          const p = projectionOfEvents(
            acceptedCaseEvents(iso(START + c - 2 * DAY), contact),
          ) as ReadyProjection;
          const now = iso(START + c + d);
          const r = applyCommand(p, withdrawalRequestCommand(p, now), { actor: 'a', now });
          if (!r.ok) return false;
          const [request] = r.value.projection.finderSteps.withdrawals;
          const first = localDate(contact, JAPAN_ZONE);
          const day = localDate(r.value.event.at, JAPAN_ZONE);
          expect(request?.possibleOn?.slice(0, 4)).toBe(String(Number(first.slice(0, 4)) + 1));
          expect(request?.possibleOn?.slice(5)).toBe(
            first.slice(5) === '02-29' ? '02-28' : first.slice(5),
          );
          const possible = request?.possibleOn ?? '';
          expect(request?.outcome).toBe(day >= possible ? 'granted' : 'refused');
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });
});

const OTHERS = [testUuid(0xd1), testUuid(0xd2), TEST_CASE_ID] as CaseId[];

describe('links and site fixes under any sequence', () => {
  it('a case never names itself and never holds one link twice', () => {
    const link = fc.record({
      other: fc.constantFrom(...OTHERS),
      relation: fc.constantFrom('duplicate-of' as const, 'related' as const),
      second: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(link, { maxLength: 12 }), (links) => {
        const ev = timeline(TEST_CASE_ID, 50);
        const extra: CaseEvent[] = links.map((l, i) =>
          ev(
            l.second
              ? {
                  type: 'report.second-received',
                  at: iso(START + 200 * DAY + i),
                  payload: {
                    reportId: testUuid(0x700 + i) as never,
                    duplicateCaseId: l.other,
                    duplicateRef: 'AL-2026-0009',
                    creditName: null,
                  },
                }
              : {
                  type: 'case.linked',
                  at: iso(START + 200 * DAY + i),
                  payload: { otherCaseId: l.other, otherRef: 'AL-2026-0009', relation: l.relation },
                },
          ),
        );
        const p = projectionOfEvents([
          ...acceptedCaseEvents(iso(START), iso(START + DAY)),
          ...extra,
        ]);
        const keys = p.links.map((l) => `${l.otherCaseId}|${l.relation}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(p.links.every((l) => l.otherCaseId !== TEST_CASE_ID)).toBe(true);
        expect(p.links.length + p.rejected.length).toBe(links.length);
      }),
      { numRuns: 150 },
    );
  });

  it('at most one site fix is kept, and fixDeployed is set exactly when one is', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...involvementIds), { maxLength: 5 }),
        fc.constantFrom('software' as const, 'website' as const),
        (fixes, kind) => {
          const ev = timeline(TEST_CASE_ID, 80);
          const extra = fixes.map((involvementId, i) =>
            ev({
              type: 'site.fixed',
              at: iso(START + 100 * DAY + i),
              payload: { involvementId, note: '' },
            }),
          );
          const p = projectionOfEvents([
            ...acceptedCaseEvents(iso(START), iso(START + DAY), kind),
            ...extra,
          ]);
          const fixed = p.finderSteps.siteFixed;
          expect(fixed === null || kind === 'website').toBe(true);
          expect(p.case?.states.flags.fixDeployed ?? null).toBe(fixed?.at ?? null);
          expect(p.rejected.length).toBe(fixes.length - (fixed === null ? 0 : 1));
        },
      ),
      { numRuns: 150 },
    );
  });
});

// Words of letters only, so a name is a whole word the letter could carry.
const word = fc.stringMatching(/^[A-Z][a-z]{3,8}$/);

describe('the second finder’s letter', () => {
  it('never carries the first finder’s identity, and any insertion of it is refused', () => {
    fc.assert(
      fc.property(
        word,
        word,
        word,
        word,
        fc.boolean(),
        fc.constantFrom('ja' as const, 'en' as const),
        fc.nat(),
        (given, family, org, second, consent, language, pick) => {
          fc.pre(![given, family, org].some((w) => second.toLowerCase() === w.toLowerCase()));
          const first: Reporter = {
            name: `${given} ${family}`,
            contact: `${given.toLowerCase()}@${org.toLowerCase()}.example`,
            pgpKeyFingerprint: null,
            creditConsent: consent,
            creditName: consent ? `${org} Security Lab` : null,
          };
          const letter = duplicateDeclineLetter({
            caseRef: 'AL-2026-0100',
            reporter: { name: `${second} Secondfinder`, creditConsent: true, creditName: null },
            productName: 'widget',
            organisation: { ja: '調整機関', en: 'Coordination Center' },
            language,
          });
          const text = `${letter.subject}\n${letter.body}`.toLowerCase();
          const identity = [first.name, first.contact, `${org.toLowerCase()}.example`];
          if (first.creditName !== null) identity.push(first.creditName);
          expect(identity.some((v) => text.includes(v.toLowerCase()))).toBe(false);
          expect(checkDuplicateLetter(letter, first).ok).toBe(true);
          const leak = identity[pick % identity.length] as string;
          const lines = letter.body.split('\n');
          const at = pick % lines.length;
          lines.splice(at, 0, `(${leak})`);
          expect(checkDuplicateLetter({ ...letter, body: lines.join('\n') }, first).ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
