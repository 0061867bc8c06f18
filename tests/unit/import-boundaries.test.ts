// The import rules of ARCHITECTURE.md are lint rules: these tests prove each zone's rule
// really fails on a forbidden import (and passes an allowed one), using the very rule
// objects that eslint.config.js applies to those folders.
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import {
  cliImportRule,
  componentWriteRule,
  electronImportRule,
  featureImportRule,
  modelImportRule,
  sharedImportRule,
  storeImportRule,
} from '../../eslint.config.js';

const lintAs = async (rules: Linter.RulesRecord, filePath: string, code: string) => {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules }],
  });
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages.map((m) => m.message).join('\n') ?? '';
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
    expect(await lintAs(sharedImportRule, 'shared/fixture.ts', code)).toMatch(
      /shared\/ (is the runtime-neutral domain core|imports nothing outside)/,
    );
  });

  it('accepts imports inside shared/ and of pure libraries', async () => {
    const code =
      "import { z } from 'zod';\nimport { ok } from '../shared/ipc/result';\nexport const x = [z, ok];";
    expect(await lintAs(sharedImportRule, 'shared/fixture.ts', code)).toBe('');
  });
});

describe('shared/model is a leaf of the core', () => {
  it('refuses an import of another shared/ folder', async () => {
    const code = "import { foldEvents } from '../workflow/timeline';";
    expect(await lintAs(modelImportRule, 'shared/model/fixture.ts', code)).toMatch(
      /shared\/model imports no other shared\/ folder/,
    );
  });

  it('accepts its own files and the shared Result', async () => {
    const code = "import { ok } from '../result';\nimport { ids } from './ids';";
    expect(await lintAs(modelImportRule, 'shared/model/fixture.ts', code)).toBe('');
  });

  it('still refuses platform modules', async () => {
    const code = "import { readFile } from 'node:fs';";
    expect(await lintAs(modelImportRule, 'shared/model/fixture.ts', code)).toMatch(/platform/);
  });
});

describe('cli/ never imports the renderer or electron', () => {
  it.each([
    "import { openStore } from '../renderer/store/open-store';",
    "import { createWindow } from '../../electron/window';",
  ])('refuses %s', async (code) => {
    expect(await lintAs(cliImportRule, 'cli/commands/fixture.ts', code)).toMatch(
      /cli\/ imports shared\/ and Node only/,
    );
  });

  it('accepts shared/ and Node', async () => {
    const code =
      "import { readFile } from 'node:fs/promises';\nimport { openReply } from '../../shared/exchange/message';";
    expect(await lintAs(cliImportRule, 'cli/commands/fixture.ts', code)).toBe('');
  });
});

describe('electron/ imports only the contract and the security helpers', () => {
  it.each([
    "import { foldEvents } from '../shared/workflow/timeline';",
    "import { sealMessage } from '../shared/exchange/message';",
    "import { ok } from '../shared/result';",
    "import { App } from '../renderer/app/App';",
  ])('refuses %s', async (code) => {
    expect(await lintAs(electronImportRule, 'electron/fixture.ts', code)).toMatch(
      /electron\/ imports (only shared\/ipc|nothing of the renderer)/,
    );
  });

  it('accepts shared/ipc and shared/security', async () => {
    const code =
      "import { contract } from '../shared/ipc/contract';\nimport { csp } from '../shared/security/csp';";
    expect(await lintAs(electronImportRule, 'electron/fixture.ts', code)).toBe('');
  });
});

describe('electron/ reaches no network by rule (issue 26)', () => {
  it.each([
    "import { request } from 'node:http';",
    "import https from 'https';",
    "import { connect } from 'node:http2';",
    "import { createConnection } from 'node:net';",
    "import { lookup } from 'node:dns';",
    "import { resolve4 } from 'dns/promises';",
    "import { connect } from 'node:tls';",
    "import { createSocket } from 'node:dgram';",
    "import { net } from 'electron';",
    "import { crashReporter } from 'electron';",
    "import { autoUpdater } from 'electron';",
    "import { shell } from 'electron';\nvoid shell.openExternal('https://example.com/');",
    "import * as electron from 'electron';\nelectron.net.request('https://example.com/');",
    "void fetch('https://example.com/');",
    "void globalThis.fetch('https://example.com/');",
    "export const socket = new WebSocket('wss://example.com/');",
    "export const m = import('node:https');",
    "export const h = require('node:http');",
  ])('refuses %s', async (code) => {
    expect(await lintAs(electronImportRule, 'electron/fixture.ts', code)).toMatch(
      /No network from main/,
    );
  });

  it('accepts the Electron and Node modules main does use', async () => {
    const code = [
      "import { app, BrowserWindow, protocol, session, shell } from 'electron';",
      "import { open } from 'node:fs/promises';",
      "import { join } from 'node:path';",
      "shell.showItemInFolder(join(app.getPath('documents'), 'x'));",
      'export const used = [BrowserWindow, protocol, session, open];',
    ].join('\n');
    expect(await lintAs(electronImportRule, 'electron/fixture.ts', code)).toBe('');
  });
});

describe('renderer/store never imports features or app', () => {
  it.each([
    "import { CaseTable } from '../features/cases/CaseTable';",
    "import { useStore } from '../app/store-context';",
  ])('refuses %s', async (code) => {
    expect(await lintAs(storeImportRule, 'renderer/store/fixture.ts', code)).toMatch(
      /renderer\/store never imports features or app/,
    );
  });

  it('accepts shared/ and its own files', async () => {
    const code =
      "import { planAppend } from '../../shared/workflow/append';\nimport { Staging } from './staging';";
    expect(await lintAs(storeImportRule, 'renderer/store/fixture.ts', code)).toBe('');
  });
});

describe('features reach each other only through their index', () => {
  it('refuses another feature’s internals', async () => {
    const code = "import { sealAndSend } from '../messages/seal-actions';";
    expect(await lintAs(featureImportRule, 'renderer/features/cases/fixture.ts', code)).toMatch(
      /Features import each other only through the other feature's index/,
    );
  });

  it('accepts another feature’s index, the app, the store and its own files', async () => {
    const code = [
      "import { CaseMessagesPanel } from '../messages';",
      "import { useStore } from '../../app/store-context';",
      "import { appendCaseEvents } from '../../store/case-writes';",
      "import { planCommands } from './case-commands';",
    ].join('\n');
    expect(await lintAs(featureImportRule, 'renderer/features/cases/fixture.ts', code)).toBe('');
  });
});

describe('features read a case through its view (issue 24)', () => {
  it.each([
    "import { foldEvents } from '../../../shared/workflow/timeline';",
    "import { applyEvents } from '../../../shared/workflow/timeline';",
    "import { computeDeadlines } from '../../../shared/workflow/deadlines';",
    "import { vendorStatus } from '../../../shared/workflow/vendor-status';",
    "import { vendorRows } from '../../../shared/workflow/vendor-status';",
    "import { foldEvents as fold } from '../../../shared/workflow';",
    "import * as workflow from '../../../shared/workflow/deadlines';",
  ])('refuses %s', async (code) => {
    expect(await lintAs(featureImportRule, 'renderer/features/cases/fixture.ts', code)).toMatch(
      /Screens read a case through its view/,
    );
  });

  it('accepts the view and the rest of the engine', async () => {
    const code = [
      "import { useCaseViews } from '../../store/case-views';",
      "import type { CaseView } from '../../../shared/workflow/case-view';",
      "import { hasCreationEvent } from '../../../shared/workflow/timeline';",
      "import { silentVendors, VENDOR_STATUS_KINDS } from '../../../shared/workflow/vendor-status';",
    ].join('\n');
    expect(await lintAs(featureImportRule, 'renderer/features/cases/fixture.ts', code)).toBe('');
  });
});

describe('components write only through operations (issue 24)', () => {
  const lintComponent = async (code: string) => {
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.tsx'],
          languageOptions: {
            parser: tseslint.parser,
            parserOptions: { ecmaFeatures: { jsx: true } },
          },
          rules: componentWriteRule,
        },
      ],
    });
    const [result] = await eslint.lintText(code, {
      filePath: 'renderer/features/cases/Fixture.tsx',
    });
    return result?.messages.map((m) => m.message).join('\n') ?? '';
  };

  it.each([
    "import { appendCaseEvents } from '../../store/case-writes';",
    "import { openDb } from '../../store/db';",
    "import Dexie from 'dexie';",
    'void store.repos.settings.put(next);',
    'void store.repos.messages.delete(id);',
    'void store.transact((tx) => tx.put("keys", record));',
    'void store.attachments.put(input, bytes);',
    'void store.backup();',
    'void store.unlock(passphrase);',
  ])('refuses %s', async (code) => {
    expect(await lintComponent(code)).toMatch(/Components call operations/);
  });

  it('accepts an operation call, store reads and the feature rules still hold', async () => {
    const code = [
      "import { useOperations } from '../../app/operations';",
      "import { caseOperations } from './operations';",
      'const ops = useOperations(caseOperations);',
      'const saved = store.repos.settings.all()[0];',
      'void ops.saveFilters({ filters: [], language: "en" });',
    ].join('\n');
    expect(await lintComponent(code)).toBe('');
    expect(await lintComponent("import { x } from '../messages/seal-actions';")).toMatch(
      /Features import each other only through/,
    );
  });
});
