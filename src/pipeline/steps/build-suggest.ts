/**
 * Entities and issues → the suggestion file (schema/search-suggest.ts) the header's box searches
 * with MiniSearch: people and places with their aliases and pinyin, and every distinct article title
 * with its newest printing. Pure: returns the content, writes nothing.
 */
import { pinyin } from 'pinyin-pro';
import { SCHEMA_VERSION, type Issue } from '../../schema/issue.ts';
import { fold, SEARCH_INDEX_VERSION } from '../../schema/search.ts';
import { SUGGEST_TITLES, suggestFileSchema, type SuggestEntity, type SuggestFile, type SuggestTitle } from '../../schema/search-suggest.ts';

/** What the suggestions need of an entity (the entity index and list hold it). */
export interface EntityForSuggest {
  type: 'person' | 'place';
  id: string;
  name: string;
  aliases: readonly string[];
  articleCount: number;
}

/** Toneless pinyin and initials of a Chinese name (surnames read as surnames: 单 shan, 曾 zeng). */
export function pinyinOf(name: string, type: 'person' | 'place'): { pinyin: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: type === 'person' ? 'head' : 'off', nonZh: 'removed' }).filter(Boolean);
  return { pinyin: syllables.join('').toLowerCase(), initials: syllables.map((s) => s[0] ?? '').join('').toLowerCase() };
}

/** Entities most articles first (ties by name), then up to `maxTitles` titles newest first, one row per folded title. */
export function buildSuggestions(entities: readonly EntityForSuggest[], issuesNewestFirst: readonly Issue[], maxTitles = SUGGEST_TITLES): SuggestFile {
  const rows: SuggestEntity[] = entities
    .filter((e) => e.articleCount > 0)
    .map((e): SuggestEntity => {
      const { pinyin: full, initials } = pinyinOf(e.name, e.type);
      return [e.type, e.id, e.name, e.aliases.filter((a) => a !== e.name), full, initials, e.articleCount];
    })
    .sort((a, b) => b[6] - a[6] || a[2].localeCompare(b[2]) || a[1].localeCompare(b[1]));
  const titles: SuggestTitle[] = [];
  const seen = new Map<string, SuggestTitle>();
  for (const issue of issuesNewestFirst) {
    for (const article of issue.articles) {
      const key = fold(article.title.trim());
      if (!key) continue;
      const known = seen.get(key);
      if (known) known[3]++;
      else if (titles.length < maxTitles) {
        const row: SuggestTitle = [article.title.trim(), issue.id, article.id, 1];
        seen.set(key, row);
        titles.push(row);
      }
    }
  }
  return suggestFileSchema.parse({ schemaVersion: SCHEMA_VERSION, indexVersion: SEARCH_INDEX_VERSION, entities: rows, titles });
}
