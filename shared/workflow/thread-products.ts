import { failWith, ok, type CodedError, type Result } from '../result';
import { threadKeyOf, type ThreadMessage } from './message-threads';

/**
 * Tying a message to a product thread (issue 13, item 4): a vendor's talk about one of the
 * case's products can be read apart from its main thread. The products are the case's own —
 * those its vendors are involved with and those its vulnerabilities affect — so a thread is
 * never tied to a name the case does not know.
 */

/** The longest product name a message's thread can carry (the Message schema's limit). */
const MAX_PRODUCT = 200;

/** The case's product names, each once, in a stable (sorted) order. */
export const caseThreadProducts = (
  involvements: readonly { products: readonly { product: string }[] }[],
  vulnerabilities: readonly { affected: readonly { product: string }[] }[],
): string[] => {
  const names = new Set<string>();
  for (const i of involvements) for (const p of i.products) names.add(p.product.trim());
  for (const v of vulnerabilities) for (const a of v.affected) names.add(a.product.trim());
  return [...names]
    .filter((name) => name !== '' && name.length <= MAX_PRODUCT)
    .sort((a, b) => a.localeCompare(b));
};

export type TieError = CodedError<'unknown-product'>;

/**
 * The message tied to `product`'s thread (null: back to the vendor's main thread), with the
 * key of the thread it now belongs to; `changed: false` when it is there already.
 */
export const tieToProduct = <M extends ThreadMessage>(
  message: M,
  product: string | null,
  products: readonly string[],
): Result<{ message: M; threadKey: string; changed: boolean }, TieError> => {
  if (product !== null && !products.includes(product)) {
    return failWith('unknown-product', `"${product}" is not one of this case's products`);
  }
  const next = { ...message, threadProduct: product };
  return ok({
    message: next,
    threadKey: threadKeyOf(next),
    changed: message.threadProduct !== product,
  });
};
