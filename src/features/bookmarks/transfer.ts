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

export type ParsedImport = { ok: true; bookmarks: Bookmark[] } | { ok: false; message: string };

/** Files are tiny (a bookmark is ~300 bytes); anything this large is not one of ours. */
export const IMPORT_MAX_CHARS = 5_000_000;
/** The same limit for a file, by its size on disk, so a huge one is refused before it is read. */
export const IMPORT_MAX_BYTES = 5_000_000;
const TOO_LARGE = '文件过大，不是书签导出文件。';

function fieldOf(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue && issue.path.length > 0 ? `字段 ${issue.path.join('.')}` : '格式';
}

/** Checks an import file whole: it is either imported entirely or not at all, with the reason. */
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
  for (const [index, entry] of bookmarks.entries()) {
    const result = bookmarkSchema.safeParse(entry);
    if (!result.success) {
      return { ok: false, message: `文件已损坏：第 ${index + 1} 条书签的${fieldOf(result.error)}有误，没有导入任何书签。` };
    }
    parsed.push(result.data);
  }
  return { ok: true, bookmarks: parsed };
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
