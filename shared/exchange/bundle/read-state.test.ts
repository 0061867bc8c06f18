import { describe, expect, it } from 'vitest';
import { parseMessageRecord } from '../../model/message';
import { withLocalReadState, withoutReadState } from './read-state';
import { selectForExport } from './select';
import { sampleCase, sampleReply } from './testing/sample-case';

const reply = (readAt: string | null) => sampleReply(readAt);

describe('read state in bundles', () => {
  it('a full export carries the messages without who read them, and leaves the store’s copy', async () => {
    const source = await sampleCase();
    const read = reply('2026-05-03T00:00:00.000Z');
    source.document.messages = [read];
    const selection = selectForExport([source], { kind: 'full' });
    if (!selection.ok) throw new Error(selection.error.message);
    expect(selection.value.cases[0]?.document.messages).toEqual([{ ...read, readAt: null }]);
    expect(source.document.messages).toEqual([read]);
  });

  it('leaves a record without read state as it is', () => {
    expect(withoutReadState({ id: 'x' })).toEqual({ id: 'x' });
    expect(withoutReadState('not a record')).toBe('not a record');
  });

  it('an imported reply new to this store arrives unread, whatever the bundle says', () => {
    expect(withLocalReadState(reply('2026-05-03T00:00:00.000Z'), undefined).readAt).toBeNull();
    // A bundle from before read state was stripped: a v1 message migrates as read (readAt =
    // at); imported, it is unread all the same.
    const v1 = parseMessageRecord({ ...reply(null), schemaVersion: 1, readAt: undefined });
    if (!v1.ok) throw new Error(v1.error.message);
    expect(v1.value.readAt).not.toBeNull();
    expect(withLocalReadState(v1.value, undefined).readAt).toBeNull();
  });

  it('a reply this store holds keeps the local read state (read or unread)', () => {
    const local = reply('2026-05-04T00:00:00.000Z');
    expect(withLocalReadState(reply(null), local)).toEqual(local);
    expect(withLocalReadState(reply('2026-05-09T00:00:00.000Z'), reply(null)).readAt).toBeNull();
  });
});
