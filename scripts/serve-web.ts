// `npm run web`: serves the built renderer (dist/renderer) on 127.0.0.1.
// Port: --port N, or AIRLOCK_PORT, or 5199.
import { parseArgs } from 'node:util';
import { startWebServer } from './web-server';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = Number(values.port ?? process.env.AIRLOCK_PORT ?? 5199);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`invalid port: ${String(values.port ?? process.env.AIRLOCK_PORT)}`);
  process.exit(2);
}
const server = await startWebServer({ root: 'dist/renderer', port });
console.log(`Airlock web shell: ${server.url} (Ctrl+C to stop)`);
