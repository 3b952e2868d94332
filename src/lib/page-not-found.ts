/**
 * The address names nothing in data that loaded fine: an issue the manifest does not list, an article
 * its issue lacks, a person or place the list does not know. Only this is "页面不存在"; a data file
 * that fails to load (404 included) is a data error with a retry, since the link may well be right.
 */
export class PageNotFoundError extends Error {
  /** Pages to offer instead (the issues nearest a date the archive lacks), with their captions. */
  constructor(
    readonly path: string,
    readonly offers: readonly { href: string; caption: string; label: string }[] = [],
  ) {
    super(`不在档案中：${path}`);
    this.name = 'PageNotFoundError';
  }
}
