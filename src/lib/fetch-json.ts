// Core's parse works on any zod 4 schema: the app's zod/mini ones and the classic ones the search
// worker still uses. Importing it from zod/mini keeps classic zod out of the first page.
import { safeParse, type core } from 'zod/mini';
import { contentHash, hashInName } from '../schema/content-hash';
import { dataPaths } from '../schema/paths';

/** The resource does not exist (HTTP 404, or a static host answering with its HTML fallback page). */
export class NotFoundError extends Error {
  constructor(readonly url: string) {
    super(`找不到数据：${url}`);
    this.name = 'NotFoundError';
  }
}

/** The server answered, but not with data this build of the app can read. */
export class DataError extends Error {
  constructor(
    readonly url: string,
    detail: string,
    message = `数据有误（${url}）：${detail}`,
  ) {
    super(message);
    this.name = 'DataError';
  }
}

/** A content-named file whose bytes do not match the hash in its name: retrying fetches it afresh. */
export class DamagedDataError extends DataError {
  constructor(url: string) {
    super(url, '', `数据已损坏（${url}）：内容与文件名中的校验值不符，可能是下载出错。请重试。`);
    this.name = 'DamagedDataError';
  }
}

/**
 * A content-named file is gone and manifest.json has changed: the site was redeployed while this
 * tab ran the previous version. Only a reload can help; nothing of the two versions is mixed.
 */
export class ArchiveUpdatedError extends DataError {
  constructor(url: string) {
    super(url, '', '档案已更新：网站发布了新版本的数据，请重新载入页面。');
    this.name = 'ArchiveUpdatedError';
  }
}

/** The hash of the manifest.json this tab (or worker) runs on: a redeploy is told by a different one. */
let entryHash: string | undefined;
/** Records the manifest.json the app runs on (the search worker is told it by the page). */
export function setEntryHash(hash: string): void {
  entryHash = hash;
}

// URLs that arrived damaged: the retry must not be answered from the HTTP cache, which holds
// content-named files for a year.
const damaged = new Set<string>();

/** A content-named file is missing: a newer deploy replaced it, or (same manifest) it is really gone. */
async function missing(url: string): Promise<Error> {
  const fresh = await fetchBytes(siteUrl(dataPaths.manifest), {
    cache: 'no-cache',
    headers: { Accept: 'application/json' },
  }).catch(() => undefined);
  if (fresh && entryHash !== undefined && contentHash(fresh) !== entryHash) return new ArchiveUpdatedError(url);
  return new DataError(url, '文件缺失');
}

/** Status and HTML-fallback checks, then the bytes. */
async function fetchBytes(url: string, init?: RequestInit): Promise<Uint8Array> {
  const response = await fetch(url, init);
  if (response.status === 404) throw new NotFoundError(url);
  if (!response.ok) throw new Error(`加载失败（${url}）：HTTP ${response.status}`);
  if (response.headers.get('content-type')?.includes('text/html')) throw new NotFoundError(url);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Fetches a data file's bytes: a 404, or the HTML page a static host with an SPA rewrite sends with
 * 200 for a missing file, is NotFoundError; any other failure names the file and the HTTP status.
 * A content-named file (name.<hash>.json) is checked against its hash: DamagedDataError when it
 * differs; when it is missing, ArchiveUpdatedError if manifest.json changed meanwhile, else DataError.
 */
export async function fetchData(url: string, init?: RequestInit): Promise<Uint8Array> {
  const expected = hashInName(url);
  if (!expected) return fetchBytes(url, init);
  let bytes: Uint8Array;
  try {
    bytes = await fetchBytes(url, damaged.has(url) ? { ...init, cache: 'reload' } : init);
  } catch (error) {
    throw error instanceof NotFoundError ? await missing(url) : error;
  }
  if (!contentHash(bytes).startsWith(expected)) {
    damaged.add(url);
    throw new DamagedDataError(url);
  }
  damaged.delete(url);
  return bytes;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Checks JSON text against `schema`, so components never see unvalidated data. */
export function parseJson<S extends core.$ZodType>(url: string, bytes: Uint8Array, schema: S): core.output<S> {
  let body: unknown;
  try {
    body = JSON.parse(utf8.decode(bytes));
  } catch {
    throw new DataError(url, '不是有效的 JSON');
  }
  const parsed = safeParse(schema, body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(根)';
    throw new DataError(url, `${where}：${issue?.message ?? '格式不符'}`);
  }
  return parsed.data;
}

/** Fetches JSON (checked against its name's hash when it has one) and checks it against `schema`. */
export async function fetchJson<S extends core.$ZodType>(url: string, schema: S, init?: RequestInit): Promise<core.output<S>> {
  // Asking for JSON only keeps `vite preview` (and similar SPA servers) from answering a
  // missing file with index.html, which would turn a 404 into a confusing parse error.
  return parseJson(url, await fetchData(url, { ...init, headers: { Accept: 'application/json' } }), schema);
}

/** A URL under the site's base path, so the app also works when deployed below `/`. */
export function siteUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path}`;
}
