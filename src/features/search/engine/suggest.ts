/** People whose name the reader may be typing in pinyin (maotengfei, mtf). Pure. */
import type { PersonEntry } from '../../../schema/search-data';

/** Up to `limit` people whose full pinyin or initials start with the query, most frequent first. */
export function pinyinSuggestions(query: string, people: PersonEntry[], limit = 5): PersonEntry[] {
  const typed = query.trim().toLowerCase().replace(/[\s']/g, '');
  if (typed.length < 2 || !/^[a-z]+$/.test(typed)) return [];
  return people.filter((p) => p.pinyin.startsWith(typed) || p.initials.startsWith(typed)).slice(0, limit);
}
