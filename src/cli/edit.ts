/**
 * `npm run edit`: the browser editor on this computer, without an account. Starts the site's dev
 * server and Decap's local backend (decap-server), which saves straight into content/ in this working
 * copy. Open the address it prints, followed by /admin/. Stop both with Ctrl+C.
 *
 * PORT sets the site's port (Astro's default otherwise), DECAP_SERVER_PORT decap-server's (8081).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { localBackendPort } from '../lib/cms/local-backend.ts';

const backendPort = localBackendPort(process.env);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const sitePort = process.env.PORT ? ['--port', process.env.PORT] : [];

// npm puts node_modules/.bin first on PATH, so these run with the project's Node 24.
const children: ChildProcess[] = [
  spawn('decap-server', [], { stdio: 'inherit', env: { ...env, PORT: String(backendPort), MODE: 'fs' } }),
  spawn('astro', ['dev', ...sitePort], {
    stdio: 'inherit',
    // SEND_EDITOR: no reloading of open pages on a change (astro.config.mjs).
    env: { ...env, DECAP_SERVER_PORT: String(backendPort), SEND_EDITOR: '1' },
  }),
];

let stopping = false;
/** Stops both servers together: one without the other is no use. */
function stop(code: number) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  for (const child of children) {
    if (child.exitCode !== null) continue;
    // Astro's dev server stops cleanly on Ctrl+C (SIGINT); anything still running after 5 seconds is ended.
    child.kill('SIGINT');
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5000);
  }
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
