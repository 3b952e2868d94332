/**
 * The address names nothing in data that loaded fine: an issue the manifest does not list, an article
 * its issue lacks, a person or place the list does not know. Only this is "页面不存在"; a data file
 * that fails to load (404 included) is a data error with a retry, since the link may well be right.
 */
export class PageNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`不在档案中：${path}`);
    this.name = 'PageNotFoundError';
  }
}
