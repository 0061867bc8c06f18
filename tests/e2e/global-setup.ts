// Serves the built web shell (run `vite build` first: `npm run test:e2e` does) on a free
// loopback port for the whole e2e run.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startWebServer, type WebServer } from '../../scripts/web-server';

let server: WebServer | undefined;
let controlServer: WebServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync('dist/renderer/index.html')) {
    throw new Error('dist/renderer is missing: run `npx vite build` before the e2e tests');
  }
  server = await startWebServer({ root: 'dist/renderer', port: 0 });
  project.provide('baseUrl', server.url);
  // The control build (records in clear) for the at-rest canary's positive control.
  if (existsSync('dist/control/index.html')) {
    controlServer = await startWebServer({ root: 'dist/control', port: 0 });
    project.provide('controlUrl', controlServer.url);
  } else {
    project.provide('controlUrl', '');
  }
}

export async function teardown(): Promise<void> {
  await server?.close();
  await controlServer?.close();
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  export interface ProvidedContext {
    baseUrl: string;
    controlUrl: string;
  }
}
