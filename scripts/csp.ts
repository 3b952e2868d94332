import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The sha256 source of each inline <script> (one without src) in `html`, in order, exactly as CSP hashes it. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\ssrc\s*=/i.test(` ${attrs}`))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`);
}

/**
 * What the app needs and nothing more. Scripts: its own files, and index.html's inline theme and
 * preload scripts by hash. Styles: its own CSS files only; React sets style properties through the
 * DOM, which CSP does not restrict, and the CJK font rules go in as a constructed sheet. Data, fonts
 * and the search worker: the site itself. No plugins, no framing, no <base> or form posts elsewhere.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptHashes].join(' '),
    "style-src 'self'",
    "font-src 'self'",
    // Icons are the site's own files (public/icons); data: stays for small inline images.
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `headers` (a _headers file) with the policy added to its `/*` rule; a file without one is an error. */
export function withCsp(headers: string, policy: string): string {
  const lines = headers.split('\n');
  const rule = lines.findIndex((line) => line.trim() === '/*');
  if (rule < 0) throw new Error('_headers has no "/*" rule to carry the Content-Security-Policy');
  if (/^\s*Content-Security-Policy:/im.test(headers)) throw new Error('_headers already sets a Content-Security-Policy: the build writes it');
  lines.splice(rule + 1, 0, `  Content-Security-Policy: ${policy}`);
  return lines.join('\n');
}

/**
 * Writes the Content-Security-Policy into the built _headers, with the hashes of the inline scripts
 * of the built index.html: an edit to those scripts can never leave a stale hash behind.
 */
export function cspHeaders(): Plugin {
  return {
    name: 'csp-headers',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir;
      if (!dir) return;
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      const file = join(dir, '_headers');
      writeFileSync(file, withCsp(readFileSync(file, 'utf8'), contentSecurityPolicy(inlineScriptHashes(html))));
    },
  };
}
