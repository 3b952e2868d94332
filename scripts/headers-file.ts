import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** One rule of a Netlify / Cloudflare Pages _headers file: a path pattern and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Reads a _headers file: an unindented path line starts a rule, indented `Name: value` lines follow; # comments. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 0 || !rule) throw new Error(`_headers: cannot read "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** `*` stands for any run of characters (the hosts' splat); anything else must match exactly. */
const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);

/** The headers for `path`: those of every matching rule, as both hosts apply them (the same name twice is joined). */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result.set(key, result.has(key) ? `${result.get(key)}, ${value}` : value);
    }
  }
  return result;
}

/**
 * `vite preview` answers with the built _headers applied, as Netlify and Cloudflare Pages do: every
 * e2e test then runs under the real Content-Security-Policy. Read again whenever the file changes.
 */
export function previewHeaders(): Plugin {
  let outDir = 'dist';
  let cached: { mtimeMs: number; rules: HeaderRule[] } | undefined;
  const rules = (): HeaderRule[] => {
    const file = join(outDir, '_headers');
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return []; // no _headers built: nothing to apply
    }
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, rules: parseHeaders(readFileSync(file, 'utf8')) };
    return cached.rules;
  };
  return {
    name: 'preview-headers',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        for (const [name, value] of headersFor(rules(), path)) res.setHeader(name, value);
        next();
      });
    },
  };
}
