/**
 * The checks a first search runs before its first result, run once on small made-up files while the
 * page is idle (the worker preloaded then: search-client's preloadSearchWorker). A fresh worker runs
 * its code cold: hashing the 63 KB search manifest took ~18 ms and zod's first check of it as much,
 * where the same steps take ~1 ms once run (docs/search.md, "Cold at 10 years, fifth pass"). The
 * inputs are valid files of each kind (warm-up.test.ts), so the checks run their whole way.
 */
import { contentHash, HASH_CHARS } from '../../../schema/content-hash';
import { crc32 } from '../../../schema/checksum';
import { decodeVarints } from '../../../schema/varint';
import { parseJson } from '../../../lib/fetch-json';
import { SCHEMA_VERSION } from '../../../schema/issue';
import { SEARCH_INDEX_VERSION } from '../../../schema/search';
import { searchableIssueSchema, searchDocsSchema, searchManifestSchema } from '../../../schema/search-data';

const HASH = 'f'.repeat(HASH_CHARS);
const named = (file: string, ext: string) => `search/${file}.${HASH}.${ext}`;
const versions = { schemaVersion: SCHEMA_VERSION, indexVersion: SEARCH_INDEX_VERSION };

/** A file of each kind the worker checks with zod on its way to a first result. */
export const WARM_UP_FILES = {
  manifest: {
    ...versions,
    docCount: 1,
    docs: named('docs', 'json'),
    table: named('docs', 'bin'),
    refs: named('refs', 'bin'),
    suggest: named('suggest', 'json'),
    chunks: Array.from({ length: 64 }, (_, i) => [i * 10, 100 + i, HASH]),
    people: Array.from({ length: 16 }, (_, i) => ({ name: `人${i}`, pinyin: 'ren', initials: 'r', count: i + 1 })),
  },
  docs: {
    ...versions,
    issues: Array.from({ length: 64 }, (_, i) => [`2020-01-${String((i % 28) + 1).padStart(2, '0')}`, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, 1]),
    entities: { people: [['p1', '人']], places: [['g1', '地']], names: ['人'] },
  },
  issue: {
    id: '2020-01-01',
    articles: Array.from({ length: 8 }, (_, i) => ({ id: `a${i}`, title: '标题', subtitles: ['副题'], byline: [{ name: '人' }], paragraphs: [{ text: '正文'.repeat(40) }] })),
  },
};

const utf8 = new TextEncoder();

/** Runs the hashing, checksum, varint and zod code of a first search; returns whether every made-up file passed. */
export function warmUp(): boolean {
  // Valid varints of one and two bytes (a byte from 0x80 up continues into the next, which is
  // below 0x80 here): both paths of the decoder's loop, none of its damage errors.
  const bytes = new Uint8Array(96 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = i % 5 === 0 ? 0x80 | (i & 0x7f) : (i * 31) & 0x7f;
  bytes[bytes.length - 1] = 0;
  contentHash(bytes);
  crc32(bytes);
  decodeVarints(bytes, 'warm-up');
  const { manifest, docs, issue } = WARM_UP_FILES;
  const bytesOf = (value: unknown) => utf8.encode(JSON.stringify(value));
  try {
    parseJson('warm-up', bytesOf(manifest), searchManifestSchema);
    parseJson('warm-up', bytesOf(docs), searchDocsSchema);
    parseJson('warm-up', bytesOf(issue), searchableIssueSchema);
    return true;
  } catch {
    return false;
  }
}
