// Core's parse works on any zod 4 schema: the app's zod/mini ones and the classic ones the search
// worker still uses. Importing it from zod/mini keeps classic zod out of the first page.
import { safeParse, type core } from 'zod/mini';

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
  ) {
    super(`数据有误（${url}）：${detail}`);
    this.name = 'DataError';
  }
}

/**
 * Fetches a data file: a 404, or the HTML page a static host with an SPA rewrite sends with 200 for
 * a missing file, is NotFoundError; any other failure names the file and the HTTP status.
 */
export async function fetchData(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (response.status === 404) throw new NotFoundError(url);
  if (!response.ok) throw new Error(`加载失败（${url}）：HTTP ${response.status}`);
  if (response.headers.get('content-type')?.includes('text/html')) throw new NotFoundError(url);
  return response;
}

/** Fetches JSON and checks it against `schema`, so components never see unvalidated data. */
export async function fetchJson<S extends core.$ZodType>(url: string, schema: S, init?: RequestInit): Promise<core.output<S>> {
  // Asking for JSON only keeps `vite preview` (and similar SPA servers) from answering a
  // missing file with index.html, which would turn a 404 into a confusing parse error.
  const response = await fetchData(url, { ...init, headers: { Accept: 'application/json' } });

  let body: unknown;
  try {
    body = await response.json();
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

/** A URL under the site's base path, so the app also works when deployed below `/`. */
export function siteUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path}`;
}
