import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, for Playwright and the scripts that drive a browser: Playwright cannot download
 * browsers here. Fails at once, saying how to install it, rather than midway through a run.
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return path;
}
