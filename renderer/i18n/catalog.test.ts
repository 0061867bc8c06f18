import { describe, expect, it } from 'vitest';
import { catalog, en, ja } from './catalog';
import { keyPaths } from './messages';

describe('translations', () => {
  it('English and Japanese have exactly the same keys', () => {
    const enKeys = keyPaths(en).sort();
    const jaKeys = keyPaths(ja).sort();
    expect(jaKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !jaKeys.includes(k))).toEqual([]);
    expect(enKeys.length).toBeGreaterThan(10);
  });

  it('every Japanese string is filled and uses the same placeholders as the English one', () => {
    for (const [feature, messages] of Object.entries(catalog)) {
      const enTree = keyPaths(messages.en);
      for (const path of enTree) {
        const enText = lookup(messages.en, path);
        const jaText = lookup(messages.ja, path);
        expect(jaText, `${feature}.${path}`).toBeTruthy();
        expect(placeholders(jaText), `${feature}.${path}`).toEqual(placeholders(enText));
      }
    }
  });
});

function lookup(tree: unknown, path: string): string {
  let node = tree;
  for (const part of path.split('.')) node = (node as Record<string, unknown>)[part];
  return typeof node === 'string' ? node : '';
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1] ?? '').sort();
