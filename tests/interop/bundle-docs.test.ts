// The error codes are a contract with partners' scripts: each one the pipeline can return
// must be documented in docs/bundle-format.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_ERROR_CODES } from '../../shared/exchange/bundle';

describe('docs/bundle-format.md', () => {
  const doc = readFileSync(
    join(import.meta.dirname, '..', '..', 'docs', 'bundle-format.md'),
    'utf8',
  );
  it.each(BUNDLE_ERROR_CODES)('documents the error code %s', (code) => {
    expect(doc).toContain(`\`${code}\``);
  });
});
