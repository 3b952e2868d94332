/** `vite preview` of a built app for scripts that drive a browser against it. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer()
      .once('error', () => done(false))
      .once('listening', () => probe.close(() => done(true)))
      .listen(port);
  });
}

/** Serves `distDir` on `port` until `stop()`; fails at once if the port is taken, rather than testing another server. */
export async function startPreview(distDir: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!(await portIsFree(port))) throw new Error(`Port ${port} is in use: set E2E_PORT to a free port.`);
  // Vite's own entry, not npx: killing this process must free the port.
  const server = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(port), '--strictPort', '--outDir', distDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://localhost:${port}`;
  for (let waited = 0; ; waited += 200) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with status ${server.exitCode}`);
    if (await fetch(url).then((r) => r.ok, () => false)) break;
    if (waited > 30_000) {
      server.kill();
      throw new Error(`vite preview did not answer on ${url} within 30 s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  // Resolves once the process has exited and the port is free again, for a next server on it.
  const stop = () =>
    new Promise<void>((done) => {
      if (server.exitCode !== null || server.signalCode !== null) return done();
      server.once('exit', () => done());
      server.kill();
    });
  return { url, stop };
}
