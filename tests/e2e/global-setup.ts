// Serves the built web shell (run `vite build` first: `npm run test:e2e` does) on a free
// loopback port for the whole e2e run.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startWebServer, type WebServer } from '../../scripts/web-server';

let server: WebServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync('dist/renderer/index.html')) {
    throw new Error('dist/renderer is missing: run `npx vite build` before the e2e tests');
  }
  server = await startWebServer({ root: 'dist/renderer', port: 0 });
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  export interface ProvidedContext {
    baseUrl: string;
  }
}
