import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Issue } from '../../schema/issue';
import type { Manifest } from '../../schema/manifest';
import type { Bookmark } from '../../features/bookmarks/schema';
import { NotFoundError } from '../../lib/fetch-json';
import { availabilityOf } from './bookmarks-availability';

const at = '2024-01-01T00:00:00.000Z';
const issueMark: Bookmark = { kind: 'issue', issueId: '2020-11-05', title: '', date: '2020-11-05', savedAt: at, updatedAt: at, note: '' };
const articleMark: Bookmark = { ...issueMark, kind: 'article', articleId: 'abc' };
const manifest = {
  data: { schemaVersion: SCHEMA_VERSION, issues: [{ id: '2020-11-05', date: '2020-11-05', hash: '0123abcd' }], years: [], entities: 'entities/list.0123abcd.json', search: 'search/manifest.0123abcd.json' } as Manifest,
  isPending: false,
};
const issueWith = (ids: string[]) => ({ data: { articles: ids.map((id) => ({ id })) } as Issue, error: null, isPending: false });

describe('whether a bookmarked item is still in the archive', () => {
  it('waits for the manifest, and says "unknown" (not "missing") when it failed to load', () => {
    expect(availabilityOf(issueMark, { data: undefined, isPending: true }, new Map())).toBe('checking');
    expect(availabilityOf(issueMark, { data: undefined, isPending: false }, new Map())).toBe('unknown');
  });

  it('finds issues in the manifest', () => {
    expect(availabilityOf(issueMark, manifest, new Map())).toBe('present');
    expect(availabilityOf({ ...issueMark, issueId: '1999-01-01' }, manifest, new Map())).toBe('missing');
    expect(availabilityOf({ ...articleMark, issueId: '1999-01-01' }, manifest, new Map())).toBe('missing');
  });

  it('finds articles in their issue once it has loaded', () => {
    const pending = { data: undefined, error: null, isPending: true };
    expect(availabilityOf(articleMark, manifest, new Map([['2020-11-05', pending]]))).toBe('checking');
    expect(availabilityOf(articleMark, manifest, new Map([['2020-11-05', issueWith(['abc'])]]))).toBe('present');
    expect(availabilityOf(articleMark, manifest, new Map([['2020-11-05', issueWith(['xyz'])]]))).toBe('missing');
    const gone = { data: undefined, error: new NotFoundError('x'), isPending: false };
    const broken = { data: undefined, error: new Error('HTTP 500'), isPending: false };
    // The manifest lists the issue, so a 404 for its file is damaged data, not a removed issue: it cannot be checked.
    expect(availabilityOf(articleMark, manifest, new Map([['2020-11-05', gone]]))).toBe('unknown');
    expect(availabilityOf(articleMark, manifest, new Map([['2020-11-05', broken]]))).toBe('unknown');
  });
});
