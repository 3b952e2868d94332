import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepDocument, placeDocument, readCached, writeCached } from '../scripts/prerender/cache';

const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'prerender-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the prerender cache', () => {
  it('gives back a group only under its key and with every page still kept', () => {
    const cache = temp();
    const pages = [{ path: '/people/%E5%BC%A0', file: 'people/张.html' }];
    keepDocument(cache, 'people/张.html', '<html>张</html>');
    writeCached(cache, 'person/张', { key: 'k1', pages });
    expect(readCached(cache, 'person/张', 'k1')).toEqual(pages);
    expect(readCached(cache, 'person/张', 'k2')).toBeUndefined();
    expect(readCached(cache, 'person/李', 'k1')).toBeUndefined();
    rmSync(join(cache, 'docs', 'people/张.html'));
    expect(readCached(cache, 'person/张', 'k1')).toBeUndefined();
  });

  it('places a kept page into the site as a link to the same file, replacing what was there', () => {
    const cache = temp();
    const site = temp();
    keepDocument(cache, 'issues/2020-11-05.html', 'new');
    placeDocument(cache, 'issues/2020-11-05.html', site);
    keepDocument(cache, 'issues/2020-11-05.html', 'newer');
    placeDocument(cache, 'issues/2020-11-05.html', site);
    const placed = join(site, 'issues/2020-11-05.html');
    expect(readFileSync(placed, 'utf8')).toBe('newer');
    expect(statSync(placed).ino).toBe(statSync(join(cache, 'docs', 'issues/2020-11-05.html')).ino);
  });
});
