// schema.org structured data for each prerendered page, from the archive's own data. Addresses are
// site-relative paths here (the data knows no origin); head-tags.ts makes every `url`, `@id` and
// `urlTemplate` absolute when it writes the page. Only the build uses this module.
import type { Article, Issue } from '../../schema/issue';
import type { EntityDetail } from '../../schema/entities';
import { entityHref, paths } from '../../config/paths';
import { SITE_NAME } from '../../lib/use-document-title';
import { pageLabel } from '../../features/reader/format';
import { bylineAuthors, citationSource } from '../../features/cite/source';
import { splitAliases } from '../../features/entities/aliases';

type Json = Record<string, unknown>;

/** The keys whose values head-tags.ts resolves against the site's address. */
export const SITE_RELATIVE_KEYS: ReadonlySet<string> = new Set(['url', '@id', 'urlTemplate']);

const CONTEXT = 'https://schema.org';
const LANGUAGE = 'zh-CN';
/** How many of an entity's articles its page names as being about it (the newest). */
const SUBJECT_OF_MAX = 10;

/** Drops empty arrays and undefined values, so no property claims something the data lacks. */
function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

const publisher = (issue: Pick<Issue, 'paper'>): Json => ({ '@type': 'NewsMediaOrganization', name: issue.paper });
const periodical = (issue: Pick<Issue, 'paper'>): Json => ({ '@type': 'Periodical', name: issue.paper, publisher: publisher(issue) });

/** The issue as a part of the paper, for an article's isPartOf and the issue page itself. */
function issueRef(issue: Issue): Json {
  const path = paths.issue.href(issue.id);
  return { '@type': 'PublicationIssue', '@id': path, url: path, datePublished: issue.date, isPartOf: periodical(issue) };
}

/**
 * The article's authors as printed in the byline (editors are not authors, a name credited twice is
 * one author; the same rule as citations), each linked to its person page when the build linked it.
 */
function authors(article: Article): Json[] {
  const linked = new Map<string, string>();
  for (const mention of article.mentions) {
    const credit = mention.field === 'byline' && mention.type === 'person' ? article.byline[mention.paragraph] : undefined;
    if (credit && mention.entityId) linked.set(credit.name.trim(), mention.entityId);
  }
  return bylineAuthors(article).map((name) => {
    const id = linked.get(name);
    return compact({ '@type': 'Person', name, url: id ? paths.person.href(id) : undefined });
  });
}

/** The people and places the article names, each once, with their pages. */
function mentioned(article: Article): Json[] {
  const seen = new Map<string, Json>();
  for (const { type, entityId } of article.mentions) {
    if (!entityId || seen.has(`${type}:${entityId}`)) continue;
    seen.set(`${type}:${entityId}`, { '@type': type === 'person' ? 'Person' : 'Place', name: entityId, url: entityHref(type, entityId) });
  }
  return [...seen.values()];
}

/** NewsArticle: headline, date, byline, the paper, the page it was printed on. */
export function articleJsonLd(issue: Issue, article: Article, description: string): Json {
  const path = paths.article.href(issue.id, article.id);
  return compact({
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': path,
    url: path,
    mainEntityOfPage: { '@type': 'WebPage', '@id': path },
    headline: article.title,
    alternativeHeadline: article.subtitles.length > 0 ? article.subtitles.join(' ') : undefined,
    description,
    datePublished: issue.date,
    inLanguage: LANGUAGE,
    author: authors(article),
    publisher: publisher(issue),
    isPartOf: issueRef(issue),
    articleSection: pageLabel(issue.edition),
    pageStart: citationSource(issue, article, path).edition,
    mentions: mentioned(article),
    isAccessibleForFree: true,
  });
}

/** PublicationIssue: one day's paper, with the articles it holds. */
export function issueJsonLd(issue: Issue, name: string, description: string): Json {
  return compact({
    '@context': CONTEXT,
    ...issueRef(issue),
    name,
    description,
    inLanguage: LANGUAGE,
    publisher: publisher(issue),
    hasPart: issue.articles.map((article) => ({ '@type': 'NewsArticle', headline: article.title, url: paths.article.href(issue.id, article.id) })),
  });
}

/** WebSite, with the search box a search engine may offer for it. */
export function siteJsonLd(description: string): Json {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': paths.home.href(),
    url: paths.home.href(),
    name: SITE_NAME,
    description,
    inLanguage: LANGUAGE,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: paths.search.href('q={search_term_string}') },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** CollectionPage: the archive and the lists of people and places. */
export function collectionJsonLd(path: string, name: string, description: string): Json {
  return { '@context': CONTEXT, '@type': 'CollectionPage', '@id': path, url: path, name, description, inLanguage: LANGUAGE, isPartOf: { '@type': 'WebSite', '@id': paths.home.href() } };
}

/**
 * The places a place lies in, nearest first, by name only: a parent has a page only when the paper
 * mentions it (广东省 of 深圳市 may have none), which an entity's own file cannot tell.
 */
function containedIn(parents: NonNullable<EntityDetail['parents']>): Json | undefined {
  const [parent, ...rest] = parents;
  if (!parent) return undefined;
  return compact({ '@type': 'Place', name: parent.name, containedInPlace: containedIn(rest) });
}

/** Person or Place: name, other names, roles or where it lies, and the newest articles about it. */
export function entityJsonLd(entity: EntityDetail, description: string): Json {
  const path = entityHref(entity.type, entity.id);
  const subjectOf = entity.articles.slice(0, SUBJECT_OF_MAX).map((a) => ({
    '@type': 'NewsArticle',
    headline: a.title,
    datePublished: a.date,
    url: paths.article.href(a.issueId, a.articleId),
  }));
  const roles = [...new Set((entity.roleHistory ?? []).map((span) => span.role))];
  return compact({
    '@context': CONTEXT,
    '@type': entity.type === 'person' ? 'Person' : 'Place',
    '@id': path,
    url: path,
    name: entity.name,
    alternateName: splitAliases(entity).alternatives,
    description,
    jobTitle: entity.type === 'person' ? roles : undefined,
    containedInPlace: entity.type === 'place' ? containedIn(entity.parents ?? []) : undefined,
    subjectOf,
  });
}
