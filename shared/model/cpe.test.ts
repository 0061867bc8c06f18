import { describe, expect, it } from 'vitest';
import { cpeComparable, parseCpe23 } from './cpe';

describe('CPE 2.3 formatted strings (NISTIR 7695 §6.2)', () => {
  it('reads the spec examples', () => {
    const ie = parseCpe23('cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*');
    if (!ie.ok) throw new Error(ie.error.message);
    expect(ie.value.vendor).toBe('microsoft');
    expect(ie.value.product).toBe('internet_explorer');
    expect(ie.value.version).toBe('8.0.6001');
    expect(ie.value.update).toBe('beta');
    const hp = parseCpe23('cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:-:*:*:online:win2003:x64:*');
    expect(hp.ok && hp.value.targetHw).toBe('x64');
  });

  it('keeps an escaped colon inside a value and unquotes it for comparison', () => {
    const r = parseCpe23('cpe:2.3:a:foo\\:bar:Big\\$Money:2010:*:*:*:*:*:*:*');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.vendor).toBe('foo\\:bar');
    expect(cpeComparable(r.value.product)).toBe('big$money');
  });

  it('accepts leading and trailing wildcards and a language tag', () => {
    expect(parseCpe23('cpe:2.3:a:example:*widget*:1.??:*:*:ja-jp:*:*:*:*').ok).toBe(true);
    expect(parseCpe23('cpe:2.3:a:example:widget:*:*:*:japanese:*:*:*:*').ok).toBe(false);
  });

  it.each([
    ['cpe:/a:microsoft:ie:8', 'cpe-prefix'],
    ['cpe:2.3:a:only:four', 'cpe-arity'],
    ['cpe:2.3:x:vendor:product:*:*:*:*:*:*:*:*', 'cpe-attribute'],
    ['cpe:2.3:a:ven dor:product:*:*:*:*:*:*:*:*', 'cpe-attribute'],
    ['cpe:2.3:a:vendor::*:*:*:*:*:*:*:*', 'cpe-attribute'],
    ['cpe:2.3:a:vendor:pro*duct:*:*:*:*:*:*:*:*', 'cpe-attribute'],
    ['cpe:2.3:a:vendor:product:*:*:*:*:*:*:*:*:extra', 'cpe-arity'],
  ])('refuses %s (%s)', (input, code) => {
    const r = parseCpe23(input);
    expect(r.ok ? null : r.error.code).toBe(code);
  });
});
