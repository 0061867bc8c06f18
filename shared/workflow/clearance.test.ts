import { describe, expect, it } from 'vitest';
import type { ContactId } from '../model';
import { sampleContact } from '../model/testing/fixtures';
import {
  checkClearance,
  clearanceBreaches,
  clearanceNotRecorded,
  describeNotRecorded,
  strictestOf,
  exceedsClearance,
  overrideNote,
  recipientsByFingerprint,
  TLP_ORDER,
} from './clearance';

const FPR = 'A'.repeat(40);
const partner = {
  ...sampleContact(),
  id: 'c0ffee00-0000-4000-8000-000000000001' as ContactId,
  kind: 'partner' as const,
  name: { ja: '提携先', en: 'Partner CERT' },
  pgpFingerprints: [FPR],
  clearance: 'AMBER' as const,
};

describe('recipient clearance', () => {
  it('orders TLP from CLEAR to RED; no clearance means no limit', () => {
    for (const [i, tlp] of TLP_ORDER.entries()) {
      expect(exceedsClearance(tlp, undefined)).toBe(false);
      expect(exceedsClearance(tlp, tlp)).toBe(false);
      const above = TLP_ORDER[i + 1];
      if (above !== undefined) expect(exceedsClearance(above, tlp)).toBe(true);
    }
    expect(exceedsClearance('AMBER+STRICT', 'AMBER')).toBe(true);
    expect(exceedsClearance('GREEN', 'AMBER')).toBe(false);
  });

  it('refuses a TLP:RED case to a partner cleared for TLP:AMBER, naming both levels', () => {
    const recipients = recipientsByFingerprint([FPR.toLowerCase()], [partner]);
    const refused = checkClearance('RED', recipients);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'clearance.exceeded',
        breaches: [{ recipient: 'Partner CERT', tlp: 'RED', clearance: 'AMBER' }],
      },
    });
    expect(!refused.ok && refused.error.message).toContain(
      'Partner CERT is cleared for TLP:AMBER but this is TLP:RED',
    );
    expect(checkClearance('AMBER', recipients)).toEqual({
      ok: true,
      value: { overridden: [], reason: null, notRecorded: [] },
    });
  });

  it('an override needs a real reason, and the note says who, the levels and why', () => {
    const recipients = recipientsByFingerprint([FPR], [partner]);
    expect(checkClearance('RED', recipients, '  ok ')).toMatchObject({
      ok: false,
      error: { code: 'clearance.reason-too-short' },
    });
    const pass = checkClearance('RED', recipients, 'Partner upgraded by the board on 1 Dec');
    expect(pass.ok).toBe(true);
    if (!pass.ok) return;
    expect(overrideNote('bundle', pass.value)).toBe(
      'Clearance override (bundle): Partner CERT is cleared for TLP:AMBER but this is TLP:RED. Reason: Partner upgraded by the board on 1 Dec',
    );
  });

  it('finds the contact through its key owner; an unknown key has no limit', () => {
    const other = 'B'.repeat(40);
    expect(recipientsByFingerprint([other], [partner], () => partner.id)).toEqual([
      { name: 'Partner CERT', clearance: 'AMBER' },
    ]);
    expect(recipientsByFingerprint([other], [partner])).toEqual([{ name: other }]);
  });
});

describe('a recipient whose clearance is not recorded', () => {
  const unset = { ...partner, name: { ja: '開発者', en: 'Vendor Co' }, clearance: undefined };

  it('passes a TLP:AMBER letter with a warning naming the recipient and where to record it', () => {
    const recipients = recipientsByFingerprint([FPR], [unset]);
    const pass = checkClearance('AMBER', recipients);
    expect(pass).toEqual({
      ok: true,
      value: {
        overridden: [],
        reason: null,
        notRecorded: [{ recipient: 'Vendor Co', tlp: 'AMBER' }],
      },
    });
    expect(describeNotRecorded({ recipient: 'Vendor Co', tlp: 'AMBER' })).toBe(
      'The clearance of Vendor Co for TLP:AMBER is not recorded (record it under Contacts)',
    );
  });

  it('warns from TLP:AMBER up, not for CLEAR or GREEN nor for a recorded clearance', () => {
    const recipients = [{ name: 'Vendor Co' }, { name: 'Partner CERT', clearance: 'RED' as const }];
    expect(clearanceNotRecorded('CLEAR', recipients)).toEqual([]);
    expect(clearanceNotRecorded('GREEN', recipients)).toEqual([]);
    for (const tlp of ['AMBER', 'AMBER+STRICT', 'RED'] as const) {
      expect(clearanceNotRecorded(tlp, recipients)).toEqual([{ recipient: 'Vendor Co', tlp }]);
    }
  });

  it('an unknown key (no contact) is warned about as well, by its fingerprint', () => {
    const other = 'B'.repeat(40);
    expect(clearanceNotRecorded('AMBER', recipientsByFingerprint([other], [partner]))).toEqual([
      { recipient: other, tlp: 'AMBER' },
    ]);
  });
});

describe('clearance edge cases', () => {
  it('a bundle is as restricted as its strictest case, and CLEAR when empty', () => {
    expect(strictestOf(['GREEN', 'AMBER+STRICT', 'AMBER'])).toBe('AMBER+STRICT');
    expect(strictestOf([])).toBe('CLEAR');
  });

  it('a TLP:AMBER+STRICT case to a contact cleared for AMBER is a breach; no clearance is no limit', () => {
    const breaches = clearanceBreaches('AMBER+STRICT', [
      { name: 'Vendor PSIRT', clearance: 'AMBER' },
      { name: 'Unknown key' },
      { name: 'CERT', clearance: 'RED' },
    ]);
    expect(breaches).toEqual([
      { recipient: 'Vendor PSIRT', tlp: 'AMBER+STRICT', clearance: 'AMBER' },
    ]);
  });

  it('refuses an override whose trimmed reason is too short, listing the breaches', () => {
    const r = checkClearance('RED', [{ name: 'Vendor', clearance: 'GREEN' }], '  ok   ');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('clearance.reason-too-short');
      expect(r.error.breaches).toHaveLength(1);
    }
  });
});
