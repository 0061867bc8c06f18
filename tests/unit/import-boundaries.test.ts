// The import rules of DESIGN.md §2 are lint rules: this proves the rule that guards shared/
// really fails on a platform import (and passes a clean file), using the very rule object
// that eslint.config.js applies to shared/**.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { sharedImportRule } from '../../eslint.config.js';

const lintAsShared = async (code: string) => {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        rules: sharedImportRule,
      },
    ],
  });
  const [result] = await eslint.lintText(code, { filePath: 'shared/fixture.ts' });
  return result?.messages.map((m) => m.message) ?? [];
};

describe('shared/ import boundary', () => {
  it.each([
    "import { readFile } from 'node:fs/promises';",
    "import { app } from 'electron';",
    "import { useState } from 'react';",
    "import Dexie from 'dexie';",
    "import { join } from 'path';",
    "import { Layout } from '../renderer/app/Layout';",
    "import { run } from '../cli/main';",
  ])('refuses %s', async (code) => {
    const messages = await lintAsShared(code);
    expect(messages.join('\n')).toMatch(
      /shared\/ (is the runtime-neutral domain core|imports nothing outside)/,
    );
  });

  it('accepts imports inside shared/ and of pure libraries', async () => {
    const messages = await lintAsShared(
      "import { z } from 'zod';\nimport { ok } from '../shared/ipc/result';\nexport const x = [z, ok];",
    );
    expect(messages).toEqual([]);
  });
});
