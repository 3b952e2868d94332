/** A search shard ready to query: its MiniSearch index loaded and its text folded once. */
import MiniSearch from 'minisearch';
import { fieldText, fold, miniSearchOptions, searchFields } from '../../../schema/search';
import type { SearchDoc, SearchShard } from '../../../schema/search-data';

export interface LoadedShard {
  period: string;
  docs: SearchDoc[];
  /** Per doc, its folded fields in `searchFields` order, for the exact check and highlighting. */
  folded: string[][];
  index: MiniSearch;
}

/** Loads the prebuilt index with exactly the options it was built with. */
export function loadShard(shard: SearchShard): LoadedShard {
  const index = MiniSearch.loadJS(shard.index as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions);
  const folded = shard.docs.map((doc) => searchFields.map((field) => fold(fieldText(doc, field))));
  return { period: shard.period, docs: shard.docs, folded, index };
}
