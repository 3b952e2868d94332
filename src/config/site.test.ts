import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteOrigin } from './site';

describe('siteOrigin (SITE_URL)', () => {
  it('defaults to the preview server when unset or blank', () => {
    expect(siteOrigin(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteOrigin('  ')).toBe(DEFAULT_SITE_URL);
  });

  it('gives the origin without a trailing slash, host lower-cased, default port dropped', () => {
    expect(siteOrigin('https://Archive.Example.org/')).toBe('https://archive.example.org');
    expect(siteOrigin('http://localhost:4173')).toBe('http://localhost:4173');
    expect(siteOrigin('https://example.org:443')).toBe('https://example.org');
  });

  it('refuses what is not an http(s) origin, saying what it got', () => {
    expect(() => siteOrigin('example.org')).toThrow(/absolute http\(s\) address.*"example.org"/);
    expect(() => siteOrigin('ftp://example.org')).toThrow(/http or https/);
    expect(() => siteOrigin('https://example.org/archive/')).toThrow(/origin only.*Vite's base/);
    expect(() => siteOrigin('https://example.org/?a=1')).toThrow(/origin only/);
  });
});
