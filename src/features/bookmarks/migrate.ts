import { z } from '../../schema/zod';
import type { Bookmark, BookmarkDoc } from './schema';
import { bookmarkKeySchema, bookmarkSchema, CURRENT_VERSION, emptyDoc, timestampSchema } from './schema';
import { mergeDocs } from './merge';

/** What was found under the storage key, before anything is written back. */
export type ReadOutcome =
  | { kind: 'empty' }
  | { kind: 'ok'; doc: BookmarkDoc; migratedFrom?: number }
  /** The document was readable but some records were not: the rest is kept, the original must be backed up. */
  | { kind: 'partial'; doc: BookmarkDoc; unreadable: number; detail: string; migratedFrom?: number }
  | { kind: 'unreadable'; reason: 'corrupt' | 'unknown-version'; detail: string };

type Versioned = { version: number } & Record<string, unknown>;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** Version 1 (the first draft): no notes, no removal records, times as epoch milliseconds. */
const v1ItemSchema = z.object({
  type: z.enum(['issue', 'article']),
  issueId: z.string(),
  articleId: z.optional(z.string()),
  title: z.string(),
  date: isoDate,
  savedAt: z.int().check(z.nonnegative()),
});

function migrateV1(data: Versioned): Versioned {
  const items = Array.isArray(data.items) ? data.items : [];
  const bookmarks = items.map((item: unknown) => {
    const parsed = v1ItemSchema.safeParse(item);
    // An unreadable v1 item is passed on untouched, so it is counted (and backed up) like any other.
    if (!parsed.success) return item;
    const { type, savedAt, ...rest } = parsed.data;
    const at = new Date(savedAt).toISOString();
    return { ...rest, kind: type, savedAt: at, updatedAt: at, note: '' };
  });
  return { version: 2, bookmarks, removed: {} };
}

/** Each step turns version n into n + 1; a new version adds a step here and bumps CURRENT_VERSION. */
const migrations: Record<number, (data: Versioned) => Versioned> = { 1: migrateV1 };

const envelopeSchema = z.looseObject({ version: z.int() });
const removalSchema = z.tuple([bookmarkKeySchema, timestampSchema]);

/** Keeps every record that parses and counts the rest, rather than failing the whole document. */
function salvage(data: Versioned): { doc: BookmarkDoc; unreadable: number } {
  let unreadable = 0;
  const bookmarks: Bookmark[] = [];
  for (const item of Array.isArray(data.bookmarks) ? data.bookmarks : [null]) {
    const parsed = bookmarkSchema.safeParse(item);
    if (parsed.success) bookmarks.push(parsed.data);
    else unreadable += 1;
  }
  const removed: Record<string, string> = {};
  const rawRemoved = data.removed;
  if (rawRemoved && typeof rawRemoved === 'object' && !Array.isArray(rawRemoved)) {
    for (const entry of Object.entries(rawRemoved)) {
      const parsed = removalSchema.safeParse(entry);
      if (parsed.success) removed[parsed.data[0]] = parsed.data[1];
      else unreadable += 1;
    }
  } else {
    unreadable += 1;
  }
  // Merging with nothing folds duplicate records of one bookmark into the newest.
  return { doc: mergeDocs({ version: CURRENT_VERSION, bookmarks, removed }, emptyDoc()), unreadable };
}

/** Reads the stored text: parse, migrate old versions step by step, validate, salvage what it can. */
export function readBookmarkText(raw: string | null): ReadOutcome {
  if (raw === null) return { kind: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: 'corrupt', detail: '内容不是有效的 JSON' };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { kind: 'unreadable', reason: 'corrupt', detail: '缺少版本号，无法识别格式' };
  let data: Versioned = envelope.data;
  const from = data.version;
  if (from < 1 || from > CURRENT_VERSION) {
    return {
      kind: 'unreadable',
      reason: 'unknown-version',
      detail: `数据版本 ${from} 无法识别（本应用能读取第 1–${CURRENT_VERSION} 版）`,
    };
  }
  for (let version = from; version < CURRENT_VERSION; version += 1) {
    const step = migrations[version];
    if (!step) return { kind: 'unreadable', reason: 'unknown-version', detail: `缺少第 ${version} 版的升级步骤` };
    data = step(data);
  }
  const migratedFrom = from === CURRENT_VERSION ? undefined : from;
  const { doc, unreadable } = salvage(data);
  if (unreadable > 0) {
    return { kind: 'partial', doc, unreadable, detail: `${unreadable} 条记录无法读取`, ...(migratedFrom && { migratedFrom }) };
  }
  return { kind: 'ok', doc, ...(migratedFrom && { migratedFrom }) };
}
