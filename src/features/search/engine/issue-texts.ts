/**
 * The text of the results shown, from the issue files (the reader downloads the same files to read
 * an article). Kept between queries up to a bound in bytes; a file that failed is forgotten and
 * fetched afresh next time, so a retry can recover once the server has a good copy.
 */
import type { SearchableIssue } from '../../../schema/search-data';
import { fieldsOfArticle, StaleIndexError, type TextLoader } from './answer';
import { ByteLru } from './byte-lru';

/** Fetches an issue file; `fresh`: it failed before, so bypass every cache. */
export type IssueFetcher = (issueId: string, fresh: boolean) => Promise<SearchableIssue>;

/** What the worker keeps of issue files: 8 MB, about 250 issues' text (a page of results is ≤ 20). */
export const ISSUE_CACHE_BYTES = 8 * 1024 * 1024;

/** What a parsed issue holds on to, roughly: its strings at two bytes a code unit. */
export function issueBytes(issue: SearchableIssue): number {
  let units = issue.id.length;
  for (const a of issue.articles) {
    units += a.id.length + a.title.length + (a.kicker?.length ?? 0);
    for (const s of a.subtitles) units += s.length;
    for (const b of a.byline) units += b.name.length;
    for (const p of a.paragraphs) units += p.text.length;
  }
  return units * 2;
}

/** A TextLoader over issue files fetched by `fetchIssue`, keeping at most `maxBytes` of them. */
export function issueTextLoader(fetchIssue: IssueFetcher, maxBytes = ISSUE_CACHE_BYTES): TextLoader & { kept: ByteLru<string, SearchableIssue> } {
  const kept = new ByteLru<string, SearchableIssue>(maxBytes);
  const loading = new Map<string, Promise<SearchableIssue>>();
  const failed = new Set<string>();

  const issueOf = (issueId: string): Promise<SearchableIssue> => {
    const issue = kept.get(issueId);
    if (issue) return Promise.resolve(issue);
    let pending = loading.get(issueId);
    if (!pending) {
      pending = fetchIssue(issueId, failed.has(issueId));
      loading.set(issueId, pending);
      pending.then(
        (loaded) => {
          loading.delete(issueId);
          failed.delete(issueId);
          kept.set(issueId, loaded, issueBytes(loaded));
        },
        () => {
          loading.delete(issueId);
          failed.add(issueId);
        },
      );
    }
    return pending;
  };

  const load: TextLoader = async (issueId, articleIndex) => {
    const article = (await issueOf(issueId)).articles[articleIndex];
    if (!article) throw new StaleIndexError(issueId);
    return { articleId: article.id, fields: fieldsOfArticle(article) };
  };
  const forget = (issueId: string) => {
    kept.delete(issueId);
    failed.add(issueId);
  };
  return Object.assign(load, { kept, forget });
}
