import { describe, expect, it } from 'vitest';
import { cvssMetrics, NOT_DEFINED, type CvssVersion } from '../../../shared/advisory';
import { cvssMessages } from './cvss-messages';

// cvss-labels.ts looks metric and value names up by keys made from the metric tables, which
// the types cannot check: this shows every metric and value has its words in both languages.
describe('CVSS labels', () => {
  const trees = { '3.1': 'v31', '4.0': 'v40' } as const;
  for (const version of ['3.1', '4.0'] as const satisfies readonly CvssVersion[]) {
    for (const lang of ['en', 'ja'] as const) {
      it(`names every CVSS ${version} metric and value in ${lang}`, () => {
        const tree = cvssMessages[lang][trees[version]] as Record<string, Record<string, string>>;
        const missing = cvssMetrics[version].flatMap((def) => {
          const owner = (value: string) =>
            def.modifies !== undefined && value !== 'S' ? def.modifies : def.key;
          return [
            ...(tree[def.key]?.name === undefined ? [`${def.key}.name`] : []),
            ...def.values
              .filter((v) => v !== NOT_DEFINED && tree[owner(v)]?.[v] === undefined)
              .map((v) => `${owner(v)}.${v}`),
          ];
        });
        expect(missing).toEqual([]);
        expect(cvssMetrics[version].length).toBeGreaterThan(5);
      });
    }
  }
});
