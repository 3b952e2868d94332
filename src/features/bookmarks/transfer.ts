import { z } from '../../schema/zod';
import type { Bookmark } from './schema';
import { bookmarkSchema, CURRENT_VERSION, timestampSchema } from './schema';
import { readBookmarkText } from './migrate';

/** Marks a file as ours, so a random JSON file is told apart from a damaged bookmarks file. */
export const EXPORT_FORMAT = 'zhuzhou-daily-bookmarks';

const exportEnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.int(),
  exportedAt: z.optional(timestampSchema),
  bookmarks: z.array(z.unknown()),
});

/** The export file: every live bookmark with its note and saved time, readable by people too. */
export function exportText(bookmarks: readonly Bookmark[], now: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: CURRENT_VERSION, exportedAt: now.toISOString(), bookmarks }, null, 2)}\n`;
}

const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export const exportFileName = (now: Date): string => `${EXPORT_FORMAT}-${localDay(now)}.json`;
export const backupFileName = (key: string, now: Date): string => `${key}-${localDay(now)}.txt`;

/** One entry of an import file that could not be read, by its place in the file (from 1). */
export type SkippedEntry = { position: number; reason: string };
export type ParsedImport = { ok: true; bookmarks: Bookmark[]; skipped?: SkippedEntry[] } | { ok: false; message: string };

/** Files are tiny (a bookmark is ~300 bytes); anything this large is not one of ours. */
export const IMPORT_MAX_CHARS = 5_000_000;
/** The same limit for a file, by its size on disk, so a huge one is refused before it is read. */
export const IMPORT_MAX_BYTES = 5_000_000;
const TOO_LARGE = '文件过大，不是书签导出文件。';

// What a reader calls each field of a bookmark; the file's own (English) keys mean nothing to them.
const FIELD_NAMES: Record<string, string> = {
  kind: '类型',
  issueId: '期次编号',
  articleId: '文章编号',
  title: '标题',
  date: '日期',
  paper: '报名',
  savedAt: '收藏时间',
  updatedAt: '修改时间',
  note: '备注',
};

/** 第 N 条书签的“标题”有误 → the part after 的: which field, in Chinese, and whether it is missing. */
function fieldOf(error: z.core.$ZodError, entry: unknown): string {
  const issue = error.issues[0];
  const key = issue?.path[0];
  if (typeof key !== 'string') return '格式有误';
  const name = FIELD_NAMES[key] ?? key;
  const present = typeof entry === 'object' && entry !== null && key in entry;
  return present ? `“${name}”有误` : `缺少“${name}”`;
}

/**
 * Checks an import file: a file that is not ours (or of another version) is refused whole, with the
 * reason; in one of ours, the readable entries are imported and each damaged one is listed.
 */
export function parseImportText(text: string): ParsedImport {
  if (text.length > IMPORT_MAX_CHARS) return { ok: false, message: TOO_LARGE };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: '文件不是有效的 JSON，可能已损坏或不是书签导出文件。' };
  }
  const envelope = exportEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    // The stored format (e.g. a copy of localStorage) is also accepted, through the same migrations.
    const stored = readBookmarkText(text);
    if (stored.kind === 'ok') return { ok: true, bookmarks: stored.doc.bookmarks };
    return { ok: false, message: '这不是本站导出的书签文件（缺少 format 标记或 bookmarks 列表）。' };
  }
  const { version, bookmarks } = envelope.data;
  if (version !== CURRENT_VERSION) {
    return { ok: false, message: `文件是第 ${version} 版的书签格式，本应用只能导入第 ${CURRENT_VERSION} 版。` };
  }
  const parsed: Bookmark[] = [];
  const skipped: SkippedEntry[] = [];
  for (const [index, entry] of bookmarks.entries()) {
    const result = bookmarkSchema.safeParse(entry);
    if (result.success) parsed.push(result.data);
    else skipped.push({ position: index + 1, reason: fieldOf(result.error, entry) });
  }
  if (parsed.length === 0 && skipped.length > 0) {
    return { ok: false, message: `文件中的 ${skipped.length} 条书签都已损坏（${describeSkipped(skipped)}），没有导入任何书签。` };
  }
  return skipped.length > 0 ? { ok: true, bookmarks: parsed, skipped } : { ok: true, bookmarks: parsed };
}

const LISTED = 5;
/** 第 3 条缺少“标题”；第 7 条“日期”有误 (the first few, then how many more). */
export function describeSkipped(skipped: readonly SkippedEntry[]): string {
  const listed = skipped.slice(0, LISTED).map((s) => `第 ${s.position} 条${s.reason}`).join('；');
  return skipped.length > LISTED ? `${listed}；另有 ${skipped.length - LISTED} 条` : listed;
}

/** Reads an import file and checks it (parseImportText): its size first, so a wrong choice of a
 * video or a disk image is refused at once instead of being read whole into memory. */
export async function readImportFile(file: Blob): Promise<ParsedImport> {
  if (file.size > IMPORT_MAX_BYTES) return { ok: false, message: TOO_LARGE };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: '无法读取文件（可能已被移动或删除）。' };
  }
  return parseImportText(text);
}
