/**
 * Splits the entity index into what the app downloads: one small list for the people/places pages
 * and hover cards, and one file per entity with everything its page shows (snippets, timeline,
 * related entities), so an entity page never downloads the issues or other entities. Its articles
 * are split by year: the newest year's in that file, each earlier year's in a file of its own.
 */
import { PLACE_LEVEL_LABELS, type Entity, type EntityDetail, type EntityIndex, type EntityList, type EntitySummary } from '../../schema/entities.ts';
import type { EntityArticlesYear } from '../../schema/entity-articles.ts';
import { SCHEMA_VERSION, type Article, type Issue, type Mention } from '../../schema/issue.ts';
import { describeRoles } from '../entities/roles.ts';
import { nameSyllables } from './name-pinyin.ts';

const MAX_SNIPPETS = 3;
const SNIPPET_RADIUS = 40;

/** "市长 · 2020–2021" (the role held most, roles.ts) for a person; "醴陵市 · 株洲市 · 湖南省" (parents, nearest first) for a place. */
export function describe(e: Entity): string {
  if (e.type === 'person') return describeRoles(e.roleHistory ?? []);
  const chain = (e.parents ?? []).map((p) => p.name).join(' · ');
  return chain || (e.level ? PLACE_LEVEL_LABELS[e.level] : '');
}

/** The text a mention's offsets refer to (for a byline: the printed credit). */
function fieldText(a: Article, m: Mention): string {
  switch (m.field) {
    case 'kicker': return a.kicker ?? '';
    case 'title': return a.title;
    case 'subtitle': return a.subtitles[m.paragraph] ?? '';
    case 'paragraph': return a.paragraphs[m.paragraph]?.text ?? '';
    case 'byline': return `${a.byline[m.paragraph]?.label ?? ''} ${m.name}`.trim();
  }
}

// A set lookup per character, not a regex test: snippets are cut for every article of every
// entity, over a hundred thousand of them at ten years.
const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
const ends = (ch: string | undefined) => ch !== undefined && SENTENCE_END.has(ch);

/** The sentence around a mention, trimmed to a readable length, with the mention's offsets in it. */
export function snippetOf(text: string, start: number, end: number): { text: string; start: number; end: number } {
  let from = start;
  while (from > 0 && !ends(text[from - 1]) && start - from < SNIPPET_RADIUS) from--;
  let to = end;
  while (to < text.length && !ends(text[to - 1]) && to - end < SNIPPET_RADIUS) to++;
  const prefix = from > 0 && !ends(text[from - 1]) ? '…' : '';
  const suffix = to < text.length && !ends(text[to - 1]) ? '…' : '';
  return { text: prefix + text.slice(from, to) + suffix, start: start - from + prefix.length, end: end - from + prefix.length };
}

/** Consecutive runs of items with the same year, in their order (newest first in, newest first out). */
function byYear<T extends { date: string }>(items: readonly T[]): [number, T[]][] {
  const runs: [number, T[]][] = [];
  for (const item of items) {
    const year = Number(item.date.slice(0, 4));
    const last = runs.at(-1);
    if (last?.[0] === year) last[1].push(item);
    else runs.push([year, [item]]);
  }
  return runs;
}

/** The list before its entries name their files' hashes (linkList). */
export type ListDraft = Omit<EntityList, 'entities'> & { entities: Omit<EntitySummary, 'hash'>[] };
/** A detail file before its earlier years name their files' hashes (linkYears). */
export type DetailDraft = Omit<EntityDetail, 'earlierYears'> & { earlierYears: Omit<EntityDetail['earlierYears'][number], 'hash'>[] };
type HashOf = (type: Entity['type'], id: string, year?: number) => string;

/** The detail file naming each earlier year's file by its hash (those files are written first). */
export const linkYears = (d: DetailDraft, hashOf: HashOf): EntityDetail => ({
  ...d,
  earlierYears: d.earlierYears.map((y) => ({ ...y, hash: hashOf(d.type, d.id, y.year) })),
});

/** The list naming each entity's file by its hash (those files are written first). */
export const linkList = (list: ListDraft, hashOf: HashOf): EntityList => ({
  ...list,
  entities: list.entities.map((e) => ({ ...e, hash: hashOf(e.type, e.id) })),
});

/** The list file, one detail file per entity, and one file per entity and earlier year. */
export function entityFiles(issues: Issue[], index: EntityIndex): { list: ListDraft; details: DetailDraft[]; years: EntityArticlesYear[] } {
  const issueById = new Map(issues.map((i) => [i.id, i]));
  const articleOf = (issueId: string, articleId: string) => issueById.get(issueId)?.articles.find((a) => a.id === articleId);
  const keyOf = (type: string, id: string) => `${type}:${id}`;
  const byKey = new Map(index.entities.map((e) => [keyOf(e.type, e.id), e]));

  const list: ListDraft = {
    schemaVersion: SCHEMA_VERSION,
    entities: index.entities.map((e) => ({
      id: e.id, type: e.type, name: e.name, description: describe(e), mentionCount: e.mentionCount, articleCount: e.articles.length,
      // What the list's filter reads besides the name and description (the app ships no pinyin dictionary).
      pinyin: nameSyllables(e.name, e.type).join(' '),
      ...(e.aliases.length > 0 ? { aliases: e.aliases } : {}),
      ...(e.roles.length > 0 ? { roles: e.roles } : {}),
    })),
  };

  const years: EntityArticlesYear[] = [];
  const details = index.entities.map((e): DetailDraft => {
    const refs = [...e.articles].sort((a, b) => b.issueId.localeCompare(a.issueId));
    const articles = refs.map((r) => {
      const a = articleOf(r.issueId, r.articleId)!;
      const own = a.mentions.filter((m) => m.type === e.type && m.entityId === e.id);
      const snippets = own.slice(0, MAX_SNIPPETS).map((m) => {
        const text = fieldText(a, m);
        // A byline credit has no sentence: show "株洲日报记者 陈某" with the name marked.
        return m.field === 'byline' ? { text, start: text.length - m.name.length, end: text.length } : snippetOf(text, m.start, m.end);
      });
      return { issueId: r.issueId, date: issueById.get(r.issueId)!.date, articleId: r.articleId, title: a.title, count: r.count, snippets };
    });
    const months = new Map<string, number>();
    for (const a of articles) months.set(a.date.slice(0, 7), (months.get(a.date.slice(0, 7)) ?? 0) + a.count);
    const related = new Map<string, number>();
    for (const r of refs) {
      const seen = new Set(articleOf(r.issueId, r.articleId)!.mentions.map((m) => keyOf(m.type, m.entityId)));
      seen.delete(keyOf(e.type, e.id));
      seen.forEach((k) => related.set(k, (related.get(k) ?? 0) + 1));
    }
    const [newest, ...earlier] = byYear(articles);
    for (const [year, list] of earlier) years.push({ schemaVersion: SCHEMA_VERSION, type: e.type, id: e.id, year, articles: list });
    const { articles: _refs, ...rest } = e;
    return {
      ...rest,
      schemaVersion: SCHEMA_VERSION,
      description: describe(e),
      articleCount: articles.length,
      articles: newest?.[1] ?? [],
      earlierYears: earlier.map(([year, list]) => ({ year, count: list.length })),
      timeline: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
      related: [...related.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([k, count]) => ({ id: byKey.get(k)!.id, type: byKey.get(k)!.type, name: byKey.get(k)!.name, count })),
    };
  });
  return { list, details, years };
}
