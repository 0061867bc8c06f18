import { describe, expect, it } from 'vitest';
import { LocalOrgs } from './local-orgs';
import { acceptedCaseEvents } from './testing/test-events';

const events = acceptedCaseEvents('2026-05-01T00:00:00.000Z', '2026-05-02T00:00:00.000Z');

describe('the organisations of a case nobody shared', () => {
  it('read as the map of every event to this vault, carried on part by part', () => {
    const orgs = new LocalOrgs('local', [events.slice(0, 2)]).grownBy(events.slice(2));
    const map = new Map(events.map((e) => [e.id as string, 'local']));
    expect(orgs.size).toBe(events.length);
    expect([...orgs]).toEqual([...map]);
    expect([...orgs.entries()]).toEqual([...map.entries()]);
    expect([...orgs.keys()]).toEqual([...map.keys()]);
    expect([...orgs.values()]).toEqual([...map.values()]);
    expect(orgs.get(events[0]?.id ?? '')).toBe('local');
    expect(orgs.has(events[2]?.id ?? '')).toBe(true);
    expect(orgs.has('another')).toBe(false);
    const seen: string[] = [];
    orgs.forEach((org, id, self) => {
      expect(self).toBe(orgs);
      seen.push(`${id}:${org}`);
    });
    expect(seen).toEqual([...map].map(([id, org]) => `${id}:${org}`));
  });

  it('compare by their events', () => {
    const all = new LocalOrgs('local', [events]);
    expect(new LocalOrgs('local', [events.slice(0, 1)]).grownBy(events.slice(1))).toEqual(all);
    expect(new LocalOrgs('local', [events.slice(1)])).not.toEqual(all);
  });
});
