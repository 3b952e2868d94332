import { describe, expect, it } from 'vitest';
import { DataError, NotFoundError } from '../lib/fetch-json';
import { PageNotFoundError } from '../lib/page-not-found';
import { failureKind } from './failure';

// A subclass another module may add (damaged or stale data files): still a data error, with a retry.
class StaleDataError extends DataError {}

describe('failureKind', () => {
  it('calls only an address that names nothing in loaded data "not found"', () => {
    expect(failureKind(new PageNotFoundError('/issues/1999-01-01'))).toBe('not-found');
    expect(failureKind({ status: 404, statusText: 'Not Found', internal: true, data: '' })).toBe('not-found');
  });

  it('treats a missing, damaged or unreachable data file as a data error, never as not found', () => {
    expect(failureKind(new NotFoundError('data/manifest.json'))).toBe('data');
    expect(failureKind(new DataError('data/manifest.json', '不是有效的 JSON'))).toBe('data');
    expect(failureKind(new StaleDataError('data/issues/x.json', '校验不符'))).toBe('data');
    expect(failureKind(new Error('加载失败（data/manifest.json）：HTTP 503'))).toBe('data');
    expect(failureKind(new TypeError('Failed to fetch'))).toBe('data');
    expect(failureKind(new TypeError('NetworkError when attempting to fetch resource.'))).toBe('data');
  });

  it("recognises each browser's words for a code chunk that is gone after a deploy", () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://x/assets/search-abc.js',
      'error loading dynamically imported module: http://x/assets/search-abc.js',
      'Importing a module script failed.',
      'Unable to preload CSS for /assets/search-abc.css',
    ]) {
      expect(failureKind(new TypeError(message)), message).toBe('new-version');
    }
  });

  it('calls anything else a fault of the page', () => {
    expect(failureKind(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe('fault');
    expect(failureKind('a string')).toBe('fault');
    expect(failureKind(null)).toBe('fault');
  });
});
