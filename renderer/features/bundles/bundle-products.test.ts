// Product identifiers travel in bundles (issue 13): a contact's PURL/CPE list and an affected
// product's identifier arrive as sent; a bundle carrying a malformed one is refused with an
// error naming the file and field, and the store is left exactly as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  importBundle,
  sealBundle,
  selectForExport,
  type BundleCase,
} from '../../../shared/exchange/bundle';
import { testKey, type TestKey } from '../../../shared/exchange/bundle/testing/keys';
import { IDS, sampleCase } from '../../../shared/exchange/bundle/testing/sample-case';
import type { AirlockStore } from '../../store/open-store';
import { freshStore } from '../../store/testing/test-support';
import { applyImport, planWrites, storeLookup } from './bundle-store';

let sender: TestKey;
let recipient: TestKey;
beforeAll(async () => {
  [sender, recipient] = await Promise.all([testKey('Sender'), testKey('Recipient')]);
});

async function seal(bundleCase: BundleCase): Promise<Uint8Array> {
  const selection = selectForExport([bundleCase], { kind: 'full' });
  if (!selection.ok) throw new Error(selection.error.message);
  const sealed = await sealBundle({
    selection: selection.value,
    signingKey: sender.secret,
    recipientKeys: [recipient.public],
  });
  if (!sealed.ok) throw new Error(sealed.error.message);
  return sealed.value.bytes;
}

const open = (store: AirlockStore, bytes: Uint8Array) =>
  importBundle(bytes, {
    decryptionKeys: [recipient.secret],
    knownKeys: [sender.public],
    lookup: storeLookup(store),
  });

/** The sample case with vendor A's products and the first affected product's identifier. */
async function withProducts(products: string[], identifier: string): Promise<BundleCase> {
  const bundle = await sampleCase();
  const doc = bundle.document;
  return {
    ...bundle,
    document: {
      ...doc,
      contacts: doc.contacts.map((c) => (c.id === IDS.vendorA ? { ...c, products } : c)),
      vulnerabilities: (doc.vulnerabilities ?? []).map((v) => ({
        ...v,
        affected: v.affected.map((a, i) => (i === 0 ? { ...a, identifier } : a)),
      })),
    },
  };
}

describe('product identifiers in bundles', () => {
  it('arrive as sent', async () => {
    const store = await freshStore();
    const products = ['pkg:npm/example-cms', 'cpe:2.3:a:vendor_a:example_cms:*:*:*:*:*:*:*:*'];
    const bytes = await seal(await withProducts(products, 'pkg:npm/example-cms@3.2.1'));
    const opened = await open(store, bytes);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(
      (
        await applyImport(
          store,
          opened.value,
          planWrites(store, opened.value, recipient.fingerprint),
        )
      ).ok,
    ).toBe(true);
    expect(store.repos.contacts.get(IDS.vendorA)?.products).toEqual(products);
    expect(store.repos.vulnerabilities.get(IDS.vuln)?.affected[0]?.identifier).toBe(
      'pkg:npm/example-cms@3.2.1',
    );
  });

  it('a malformed PURL or CPE is refused, naming the field, and the store is unchanged', async () => {
    const store = await freshStore();
    const digest = await store.storeDigest();
    // The sender's app would refuse these on entry; a hostile or broken sender may not.
    const badPurl = await seal(await withProducts(['pkg:npm'], 'pkg:npm/example-cms'));
    const refused = await open(store, badPurl);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('record-invalid');
      expect(refused.error.message).toMatch(
        /contacts\.json\[\d\]'.*products\.0: not a valid package URL/,
      );
    }
    const badCpe = await seal(await withProducts([], 'cpe:2.3:a:vendor_a'));
    const refusedCpe = await open(store, badCpe);
    expect(refusedCpe.ok ? '' : refusedCpe.error.message).toMatch(
      /vulnerabilities\.json\[0\]'.*affected\.0\.identifier: not a valid CPE 2\.3 name/,
    );
    expect(await store.storeDigest()).toBe(digest);
    expect(store.repos.contacts.all()).toEqual([]);
    expect(store.repos.cases.all()).toEqual([]);
  });
});
