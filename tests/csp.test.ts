import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, withCsp } from '../scripts/csp';
import { headersFor, parseHeaders } from '../scripts/headers-file';

describe('inlineScriptHashes', () => {
  it('hashes every inline script exactly as the browser does, and skips scripts loaded by src', () => {
    // Expected values from `printf … | openssl dgst -sha256 -binary | base64`.
    const html = `<head><script>alert(1)</script>
      <script type="module" crossorigin src="/assets/index.js"></script>
      <script>\n  var a = 1;\n</script></head>`;
    expect(inlineScriptHashes(html)).toEqual([
      "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
      "'sha256-wYD6gJuOAPxlJHFvhr2Zk0r9F+gmt8nwaf1uW8o5LTY='",
    ]);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the site and by hash, never inline or eval', () => {
    const policy = contentSecurityPolicy(["'sha256-x'"]);
    expect(policy).toContain("script-src 'self' 'sha256-x'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});

describe('withCsp', () => {
  const file = '# cache\n/assets/*\n  Cache-Control: immutable\n/*\n  X-Content-Type-Options: nosniff\n';

  it("adds the policy to the /* rule, leaving the other rules as they are", () => {
    const rules = parseHeaders(withCsp(file, "default-src 'self'"));
    expect(headersFor(rules, '/').get('content-security-policy')).toBe("default-src 'self'");
    expect(headersFor(rules, '/assets/a.js').get('cache-control')).toBe('immutable');
    expect(headersFor(rules, '/assets/a.js').get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses a file without a /* rule, or one that already sets a policy (it would go stale)', () => {
    expect(() => withCsp('/assets/*\n  Cache-Control: immutable\n', 'x')).toThrow(/"\/\*"/);
    expect(() => withCsp(`${file}  Content-Security-Policy: old\n`, 'x')).toThrow(/already/);
  });
});

describe('headersFor', () => {
  it('applies every matching rule, with * matching any run of characters', () => {
    const rules = parseHeaders('/data/*\n  A: 1\n/*\n  B: 2\n/index.html\n  A: 3\n');
    expect(Object.fromEntries(headersFor(rules, '/data/x/y.json'))).toEqual({ a: '1', b: '2' });
    expect(Object.fromEntries(headersFor(rules, '/index.html'))).toEqual({ b: '2', a: '3' });
    expect(Object.fromEntries(headersFor(rules, '/dataX'))).toEqual({ b: '2' });
  });

  it('joins a header that two matching rules set, as the hosts do', () => {
    const rules = parseHeaders('/*\n  Cache-Control: a\n/x\n  Cache-Control: b\n');
    expect(headersFor(rules, '/x').get('cache-control')).toBe('a, b');
  });
});
