/**
 * Lighthouse and chrome-launcher are an optional tool, not dependencies (~140 MB that only
 * `npm run lighthouse` uses): installed on first use, at exact versions, into .cache/tools/, with the
 * pin @paulirish/trace_engine needs (it asks for 'latest' of two packages).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TOOL = {
  private: true,
  dependencies: { lighthouse: '12.8.2', 'chrome-launcher': '1.2.1' },
  overrides: { '@paulirish/trace_engine': { 'third-party-web': '^0.27.0', 'legacy-javascript': '0.0.1' } },
};

/** The parts of a Lighthouse result the script reads. */
export interface LighthouseResult {
  lhr: {
    runtimeError?: { message: string };
    categories: Record<string, { score: number | null; auditRefs: { id: string }[] } | undefined>;
    audits: Record<string, { id: string; title: string; score: number | null; displayValue?: string; numericValue?: number } | undefined>;
    environment: { benchmarkIndex: number };
  };
  report: string | string[];
}
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<LighthouseResult | undefined>;
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void }>;
}

/** Installs the tool if needed (npm, from the registry) and loads it. */
export async function loadLighthouse(): Promise<{ lighthouse: Lighthouse; chromeLauncher: ChromeLauncher }> {
  const dir = resolve('.cache', 'tools', `lighthouse-${TOOL.dependencies.lighthouse}`);
  const manifest = join(dir, 'package.json');
  const wanted = JSON.stringify(TOOL, null, 2);
  if (!existsSync(join(dir, 'node_modules', 'lighthouse')) || !existsSync(manifest) || readFileSync(manifest, 'utf8') !== wanted) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(manifest, wanted);
    console.error(`installing lighthouse@${TOOL.dependencies.lighthouse} into ${dir} (once)`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  }
  const entry = (pkg: string, main: string) => pathToFileURL(join(dir, 'node_modules', pkg, main)).href;
  const lighthouse = ((await import(entry('lighthouse', 'core/index.js'))) as { default: Lighthouse }).default;
  const chromeLauncher = (await import(entry('chrome-launcher', 'dist/index.js'))) as ChromeLauncher;
  return { lighthouse, chromeLauncher };
}
