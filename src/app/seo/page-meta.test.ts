/** Every page of the seed archive: the titles the app set before, descriptions a reader can use, JSON-LD from the real fields. */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../lib/dates';
import { SITE_NAME } from '../../lib/use-document-title';
import { TYPE_LABELS } from '../../features/entities/labels';
import { bylineAuthors } from '../../features/cite/source';
import { splitAliases } from '../../features/entities/aliases';
import { paths } from '../../config/paths';
import { leadArticle } from '../../schema/manifest';
import type { Article, Issue } from '../../schema/issue';
import { loadSeedArchive, type SeedArchive } from './testing/seed-data';
import { archiveMeta, articleMeta, entityListMeta, entityMeta, homeMeta, issueMeta, type PageMeta } from './page-meta';
import { DESCRIPTION_MAX } from './page-text';
import { charCount, tidy } from './clip';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

let archive: SeedArchive;
beforeAll(() => {
  archive = loadSeedArchive();
}, 60_000);

const articles = () => archive.issues.flatMap((issue) => issue.articles.map((article) => ({ issue, article })));

/** Every page the prerender writes, with its meta. */
function allPages(): PageMeta[] {
  return [
    homeMeta(archive.issues[0]),
    archiveMeta(archive.manifest),
    entityListMeta('person', archive.entities.filter((e) => e.type === 'person').length),
    entityListMeta('place'),
    ...archive.issues.map(issueMeta),
    ...articles().map(({ issue, article }) => articleMeta(issue, article)),
    ...archive.entities.map(entityMeta),
  ];
}

describe('titles: the same the app set before (useDocumentTitle)', () => {
  it('issues, the front door and articles', () => {
    expect(archive.issues.length).toBeGreaterThan(1);
    for (const issue of archive.issues) expect(issueMeta(issue).title).toBe(`${issue.paper} ${formatDate(issue.date)}`);
    const newest = archive.issues.find((issue) => issue.id === archive.manifest.issues[0]!.id)!;
    expect(homeMeta(newest).title).toBe(`${newest.paper} ${formatDate(newest.date)}`);
    expect(homeMeta(undefined).title).toBe(SITE_NAME);
    for (const { issue, article } of articles()) {
      expect(articleMeta(issue, article).title).toBe(`${article.title} · ${issue.paper} ${formatDate(issue.date)}`);
    }
  });

  it('people, places, their lists and the archive', () => {
    for (const entity of archive.entities) expect(entityMeta(entity).title).toBe(`${entity.name} · ${TYPE_LABELS[entity.type]} · ${SITE_NAME}`);
    expect(entityListMeta('person').title).toBe(`人物 · ${SITE_NAME}`);
    expect(entityListMeta('place', 3).title).toBe(`地点 · ${SITE_NAME}`);
    expect(archiveMeta().title).toBe(`往期报纸 · ${SITE_NAME}`);
  });
});

describe('descriptions', () => {
  it('every page: at most DESCRIPTION_MAX characters, whole characters, tidy, not empty', () => {
    const pages = allPages();
    expect(pages.length).toBeGreaterThan(100);
    for (const { description, path } of pages) {
      expect(description, path).not.toBe('');
      expect(charCount(description), path).toBeLessThanOrEqual(DESCRIPTION_MAX);
      expect(LONE_SURROGATE.test(description), path).toBe(false);
      expect(description, path).toBe(tidy(description));
    }
  });

  it('an article: the opening of its text without the dateline, cut at a sentence end or marked …', () => {
    const withDateline = articles().filter(({ article }) => article.paragraphs[0]!.dateline && charCount(article.paragraphs[0]!.text) > DESCRIPTION_MAX);
    expect(withDateline.length).toBeGreaterThan(0);
    for (const { issue, article } of withDateline) {
      const first = article.paragraphs[0]!;
      const { description } = articleMeta(issue, article);
      const body = tidy(first.text.slice(first.dateline!.length));
      expect(description.startsWith(first.dateline!)).toBe(false);
      expect(body.startsWith(description.replace(/…$/, ''))).toBe(true);
      expect(description).toMatch(/[。！？!?]”?$|…$/);
    }
  });

  it('an article whose text is all supplementary-plane characters is cut between them', () => {
    const { issue, article } = articles()[0]!;
    const odd: Article = { ...article, paragraphs: [{ kind: 'text', text: `a${'𠮷'.repeat(300)}` }] };
    const { description } = articleMeta(issue, odd);
    expect(LONE_SURROGATE.test(description)).toBe(false);
    expect(description).toBe(`a${'𠮷'.repeat(DESCRIPTION_MAX - 2)}…`);
  });

  it('an issue: date, paper and its printed headlines, lead story first', () => {
    for (const issue of archive.issues) {
      const { description } = issueMeta(issue);
      const lead = leadArticle(issue.articles)!;
      expect(description.startsWith(`${formatDate(issue.date)}《${issue.paper}》`)).toBe(true);
      if (!lead.titleDerived) expect(description).toContain(`：${tidy(lead.title)}`);
      expect(description).toMatch(new RegExp(`(等 ${issue.articles.length} 篇文章|[^等])。$`));
    }
  });

  it('a person or place: who or where, how many articles and when', () => {
    for (const entity of archive.entities) {
      const { description } = entityMeta(entity);
      expect(description.startsWith(entity.name)).toBe(true);
      if (charCount(description) < DESCRIPTION_MAX) {
        expect(description).toContain(`见于 ${entity.articleCount} 篇文章`);
        expect(description).toContain(`共提及 ${entity.mentionCount} 次`);
      }
    }
    const person = archive.entities.find((e) => e.type === 'person' && e.description)!;
    expect(entityMeta(person).description).toContain(person.description);
    const place = archive.entities.find((e) => e.type === 'place' && (e.parents?.length ?? 0) > 1)!;
    expect(entityMeta(place).description).toContain([...place.parents!].reverse().map((p) => p.name).join(''));
  });

  it('the lists and the archive say how much they hold', () => {
    const people = archive.entities.filter((e) => e.type === 'person').length;
    expect(entityListMeta('person', people).description).toContain(` ${people} 位人物`);
    expect(archiveMeta(archive.manifest).description).toContain(`共 ${archive.manifest.issues.length} 期`);
  });
});

/** The pages the data has, as paths: where every address in the JSON-LD must lead. */
function existingPaths(): Set<string> {
  return new Set([
    paths.home.href(),
    paths.archive.href(),
    paths.people.href(),
    paths.places.href(),
    ...archive.issues.map((issue) => paths.issue.href(issue.id)),
    ...articles().map(({ issue, article }) => paths.article.href(issue.id, article.id)),
    ...archive.entities.map((e) => (e.type === 'person' ? paths.person.href(e.id) : paths.place.href(e.id))),
  ]);
}

function urlsIn(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => urlsIn(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => urlsIn(v, k));
  return typeof value === 'string' && (key === 'url' || key === '@id') ? [value] : [];
}

describe('JSON-LD', () => {
  it('an article: NewsArticle with headline, date, authors from the byline, the paper, the page', () => {
    const bylined = articles().filter(({ article }) => bylineAuthors(article).length > 0);
    expect(bylined.length).toBeGreaterThan(0);
    for (const { issue, article } of bylined) {
      const meta = articleMeta(issue, article);
      const ld = meta.jsonLd as Record<string, any>;
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.headline).toBe(article.title);
      expect(ld.datePublished).toBe(issue.date);
      expect(meta.publishedTime).toBe(issue.date);
      expect(ld.inLanguage).toBe('zh-CN');
      expect(ld.url).toBe(meta.path);
      expect(ld.author.map((a: { name: string }) => a.name)).toEqual(bylineAuthors(article));
      expect(ld.author.every((a: { '@type': string }) => a['@type'] === 'Person')).toBe(true);
      expect(ld.publisher).toEqual({ '@type': 'NewsMediaOrganization', name: issue.paper });
      expect(ld.isPartOf).toMatchObject({ '@type': 'PublicationIssue', url: paths.issue.href(issue.id), datePublished: issue.date });
      expect(typeof ld.pageStart).toBe('string');
      expect(ld.articleSection).toBeTruthy();
    }
    // Editors are credited but did not write the story.
    const edited = articles().find(({ article }) => article.byline.some((c) => c.role === 'editor'));
    if (edited) expect(JSON.stringify(articleMeta(edited.issue, edited.article).jsonLd?.author ?? [])).not.toContain(edited.article.byline.find((c) => c.role === 'editor')!.name);
  });

  it('an article without a byline claims no author', () => {
    const unsigned = articles().find(({ article }) => bylineAuthors(article).length === 0)!;
    expect(articleMeta(unsigned.issue, unsigned.article).jsonLd).not.toHaveProperty('author');
  });

  it('an issue: PublicationIssue of the paper, naming its articles', () => {
    for (const issue of archive.issues) {
      const ld = issueMeta(issue).jsonLd as Record<string, any>;
      expect(ld['@type']).toBe('PublicationIssue');
      expect(ld.datePublished).toBe(issue.date);
      expect(ld.isPartOf).toMatchObject({ '@type': 'Periodical', name: issue.paper });
      expect(ld.hasPart.map((a: { headline: string }) => a.headline)).toEqual(issue.articles.map((a) => a.title));
    }
  });

  it('a person or place: its type, name, real other names (not OCR slips), where it lies, its articles', () => {
    for (const entity of archive.entities) {
      const ld = entityMeta(entity).jsonLd as Record<string, any>;
      expect(ld['@type']).toBe(entity.type === 'person' ? 'Person' : 'Place');
      expect(ld.name).toBe(entity.name);
      expect(ld.alternateName ?? []).toEqual(splitAliases(entity).alternatives);
      expect((ld.subjectOf ?? []).length).toBe(Math.min(10, entity.articles.length));
      if (entity.parents?.length) expect(ld.containedInPlace.name).toBe(entity.parents[0]!.name);
    }
    const slipped = archive.entities.find((e) => splitAliases(e).ocrVariants.length > 0);
    if (slipped) expect(JSON.stringify(entityMeta(slipped).jsonLd)).not.toContain(splitAliases(slipped).ocrVariants[0]);
  });

  it('every address in every page’s JSON-LD leads to a page the archive has', () => {
    const known = existingPaths();
    const dead = allPages().flatMap((meta) => urlsIn(meta.jsonLd).filter((url) => !known.has(url)).map((url) => `${meta.path} → ${url}`));
    expect(dead).toEqual([]);
  });

  it('is built from the data, not from seed text: another paper and date show through', () => {
    const { issue, article } = articles()[0]!;
    const other: Issue = { ...issue, id: '1999-12-31', date: '1999-12-31', paper: '某某晚报' };
    const ld = articleMeta(other, article).jsonLd as Record<string, any>;
    expect(ld.publisher.name).toBe('某某晚报');
    expect(ld.datePublished).toBe('1999-12-31');
    expect(articleMeta(other, article).title).toBe(`${article.title} · 某某晚报 1999年12月31日`);
  });
});
