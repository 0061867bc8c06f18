import { describe, expect, it } from 'vitest';
import { BUNDLE_ERROR_CODES } from '../../../shared/exchange/bundle';
import { en, ja } from '../../i18n/catalog';
import { bundleErrorKeys } from './error-text';

const lookup = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);

describe('bundle error texts', () => {
  it('every stable error code has a translated sentence and a named step in both languages', () => {
    for (const code of BUNDLE_ERROR_CODES) {
      const keys = bundleErrorKeys(code);
      expect(keys.text).toBe(`bundles.errors.${code}`);
      for (const tree of [en, ja]) {
        expect(typeof lookup(tree, keys.text), `${code} text`).toBe('string');
        expect(typeof lookup(tree, keys.step), `${code} step`).toBe('string');
      }
    }
  });

  it('names the check that failed', () => {
    expect(bundleErrorKeys('replayed').step).toBe('bundles.steps.ledger');
    expect(bundleErrorKeys('hash-mismatch').step).toBe('bundles.steps.manifest');
    expect(bundleErrorKeys('signer-unknown').step).toBe('bundles.steps.signer');
    expect(bundleErrorKeys('corrupt').step).toBe('bundles.steps.decrypt');
  });

  it('falls back to a generic sentence for codes outside the bundle pipeline', () => {
    expect(bundleErrorKeys('record.conflict')).toEqual({
      step: 'bundles.steps.store',
      text: 'bundles.errors.other',
    });
  });

  it('a full disk or quota says that the import was not saved, in both languages', () => {
    const keys = bundleErrorKeys('store.quota-exceeded');
    expect(keys).toEqual({ step: 'bundles.steps.store', text: 'bundles.errors.quota' });
    expect(lookup(en, keys.text)).toMatch(/not enough storage space.*were not saved/);
    expect(lookup(ja, keys.text)).toMatch(/保存領域が足りません.*保存されていません/);
  });
});
