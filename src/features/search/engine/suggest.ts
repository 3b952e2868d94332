/**
 * People whose name the reader may be typing in pinyin (maotengfei, mtf, or with a slip: maotengfie).
 * MiniSearch does the prefix and fuzzy matching over each person's pinyin and initials.
 */
import MiniSearch from 'minisearch';
import type { PersonEntry } from '../../../schema/search-data';

const indexes = new WeakMap<PersonEntry[], MiniSearch<PersonEntry & { id: number }>>();

function indexOf(people: PersonEntry[]) {
  let index = indexes.get(people);
  if (!index) {
    index = new MiniSearch<PersonEntry & { id: number }>({ fields: ['pinyin', 'initials'], idField: 'id' });
    index.addAll(people.map((person, id) => ({ ...person, id })));
    indexes.set(people, index);
  }
  return index;
}

/**
 * Up to `limit` people whose full pinyin or initials start with the query; from 6 letters on, one
 * letter in 5 may be wrong or swapped. Closest first, then most frequent.
 */
export function pinyinSuggestions(query: string, people: PersonEntry[], limit = 5): PersonEntry[] {
  const typed = query.trim().toLowerCase().replace(/[\s']/g, '');
  if (typed.length < 2 || !/^[a-z]+$/.test(typed)) return [];
  return indexOf(people)
    .search(typed, { prefix: true, fuzzy: typed.length >= 6 ? 0.2 : false, combineWith: 'OR' })
    .sort((a, b) => b.score - a.score || people[b.id as number]!.count - people[a.id as number]!.count)
    .slice(0, limit)
    .map((r) => people[r.id as number]!);
}
