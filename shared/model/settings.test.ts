import { describe, it, expect } from 'vitest';
import { defaultSettings, parseSettings } from './settings';

describe('Settings record', () => {
  it('the defaults are valid', () => {
    expect(parseSettings(defaultSettings()).ok).toBe(true);
  });

  it('CNA orgId must be a UUID and auto-lock is bounded', () => {
    const s = defaultSettings();
    expect(
      parseSettings({ ...s, organisation: { ...s.organisation, cnaOrgId: 'jpcert' } }).ok,
    ).toBe(false);
    expect(parseSettings({ ...s, autoLockMinutes: 0 }).ok).toBe(false);
  });
});
