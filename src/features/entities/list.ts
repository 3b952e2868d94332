import type { EntitySummary } from '../../schema/entities';
import { matchesName, type Fold, type Nameable } from '../../lib/name-filter';
import { personSortKey } from './surname-sort';

export const entitySorts = ['mentions', 'articles', 'name'] as const;
export type EntitySort = (typeof entitySorts)[number];

export const SORT_LABELS: Record<EntitySort, string> = {
  mentions: '按提及次数',
  articles: '按文章数',
  name: '按名称拼音',
};

// Chromium's ICU collates zh-CN by pinyin, which is how a Chinese index is expected to be ordered.
const collator = new Intl.Collator('zh-CN');

/** What the filter reads of an entity: its name and pinyin, description, other names and roles. */
const nameable = (e: EntitySummary): Nameable => ({ name: e.name, pinyin: e.pinyin, texts: [e.description, ...(e.aliases ?? []), ...(e.roles ?? [])] });

/**
 * Entities that `filter` finds (name, pinyin or initials, description, other names, roles;
 * traditional characters with `fold`), ordered by `sort` (ties by name; people by their surname's reading).
 */
export function filterAndSort(entities: readonly EntitySummary[], filter: string, sort: EntitySort, fold?: Fold): EntitySummary[] {
  const kept = filter.trim() ? entities.filter((e) => matchesName(filter, nameable(e), fold)) : [...entities];
  const key = (e: EntitySummary) => (e.type === 'person' ? personSortKey(e.name) : e.name);
  const byName = (a: EntitySummary, b: EntitySummary) => collator.compare(key(a), key(b)) || collator.compare(a.name, b.name);
  const compare: Record<EntitySort, (a: EntitySummary, b: EntitySummary) => number> = {
    mentions: (a, b) => b.mentionCount - a.mentionCount || byName(a, b),
    articles: (a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || byName(a, b),
    name: byName,
  };
  return kept.sort(compare[sort]);
}

/** Reads the sort from the URL, falling back to the default for anything unknown. */
export function parseSort(value: string | null): EntitySort {
  return entitySorts.find((sort) => sort === value) ?? 'mentions';
}
