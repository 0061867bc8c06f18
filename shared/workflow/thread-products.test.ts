import { describe, expect, it } from 'vitest';
import type { ContactId, MessageId } from '../model';
import { groupThreads, type ThreadMessage } from './message-threads';
import { caseThreadProducts, tieToProduct } from './thread-products';

const VENDOR = '00000000-0000-4000-8000-00000000000a' as ContactId;
const reply: ThreadMessage = {
  id: '00000000-0000-4000-8000-000000000001' as MessageId,
  direction: 'in',
  counterpartContactId: VENDOR,
  threadProduct: null,
  at: '2026-05-01T00:00:00.000Z',
  readAt: null,
};

describe('product threads', () => {
  it("offers the case's products once each, sorted: involvements' and affected ones", () => {
    const products = caseThreadProducts(
      [{ products: [{ product: 'Router X' }, { product: ' NAS ' }] }, { products: [] }],
      [{ affected: [{ product: 'Router X' }, { product: 'Camera' }, { product: '  ' }] }],
    );
    expect(products).toEqual(['Camera', 'NAS', 'Router X']);
    expect(caseThreadProducts([{ products: [{ product: 'x'.repeat(201) }] }], [])).toEqual([]);
  });

  it("ties a reply to a product's thread, where the vendor's threads then show it", () => {
    const tied = tieToProduct(reply, 'Router X', ['Router X']);
    expect(tied).toEqual({
      ok: true,
      value: {
        message: { ...reply, threadProduct: 'Router X' },
        threadKey: `${VENDOR}/Router X`,
        changed: true,
      },
    });
    if (!tied.ok) return;
    const threads = groupThreads([tied.value.message]);
    expect(threads.map((t) => [t.key, t.product, t.messages.length])).toEqual([
      [`${VENDOR}/Router X`, 'Router X', 1],
    ]);
  });

  it("moves it back to the vendor's main thread, and says when nothing changes", () => {
    const tied = { ...reply, threadProduct: 'Router X' };
    const back = tieToProduct(tied, null, ['Router X']);
    expect(back.ok && back.value).toMatchObject({ threadKey: `${VENDOR}/`, changed: true });
    const same = tieToProduct(tied, 'Router X', ['Router X']);
    expect(same.ok && same.value.changed).toBe(false);
  });

  it('refuses a product the case does not have', () => {
    const r = tieToProduct(reply, 'Toaster', ['Router X']);
    expect(r.ok ? null : r.error.code).toBe('unknown-product');
  });
});
