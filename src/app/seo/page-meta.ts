// Everything a prerendered page carries in its <head>, from the same validated data the page renders.
// Titles and descriptions come from page-text.ts, which the routes use too.
import type { Article, Issue } from '../../schema/issue';
import type { EntityDetail } from '../../schema/entities';
import type { ManifestEntry } from '../../schema/manifest';
import { entityHref, paths } from '../../config/paths';
import { articleText, homeText, issueText } from './page-text';
import { archiveText, entityListText, entityText } from './entity-text';
import { articleJsonLd, collectionJsonLd, entityJsonLd, issueJsonLd, siteJsonLd } from './json-ld';

export interface PageMeta {
  title: string;
  description: string;
  /** Site-relative route path as paths.ts hrefs produce it (percent-encoded), e.g. /issues/2020-11-05/articles/a3. */
  path: string;
  ogType: 'website' | 'article' | 'profile';
  /**
   * schema.org data. Its `url`, `@id` and `urlTemplate` values are site-relative paths like `path`;
   * headTags resolves them against the site's origin and base.
   */
  jsonLd?: Record<string, unknown>;
  /** ISO date the page's article was published (the issue's date). */
  publishedTime?: string;
}

/** `/`: the newest issue (undefined for an empty archive). */
export function homeMeta(issue: Issue | undefined): PageMeta {
  const text = homeText(issue);
  return { ...text, path: paths.home.href(), ogType: 'website', jsonLd: siteJsonLd(text.description) };
}

/** `/issues/:issueId`: one issue's front page. */
export function issueMeta(issue: Issue): PageMeta {
  const text = issueText(issue);
  return { ...text, path: paths.issue.href(issue.id), ogType: 'website', jsonLd: issueJsonLd(issue, text.title, text.description) };
}

/** `/issues/:issueId/articles/:articleId`. */
export function articleMeta(issue: Issue, article: Article): PageMeta {
  const text = articleText(issue, article);
  return {
    ...text,
    path: paths.article.href(issue.id, article.id),
    ogType: 'article',
    jsonLd: articleJsonLd(issue, article, text.description),
    publishedTime: issue.date,
  };
}

/** `/people/:id` (a profile) and `/places/:id`. */
export function entityMeta(detail: EntityDetail): PageMeta {
  const text = entityText(detail);
  return {
    ...text,
    path: entityHref(detail.type, detail.id),
    ogType: detail.type === 'person' ? 'profile' : 'website',
    jsonLd: entityJsonLd(detail, text.description),
  };
}

/** `/issues`, the calendar of every issue (the manifest, when given, says how many and since when). */
export function archiveMeta(manifest?: { issues: readonly Pick<ManifestEntry, 'date'>[] }): PageMeta {
  const text = archiveText(manifest);
  const path = paths.archive.href();
  return { ...text, path, ogType: 'website', jsonLd: collectionJsonLd(path, text.title, text.description) };
}

/** `/people` or `/places`; `count`: how many the list holds. */
export function entityListMeta(type: 'person' | 'place', count?: number): PageMeta {
  const text = entityListText(type, count);
  const path = type === 'person' ? paths.people.href() : paths.places.href();
  return { ...text, path, ogType: 'website', jsonLd: collectionJsonLd(path, text.title, text.description) };
}
