/** The document feature's input: a trie of names (layer 'doc' = type index + 1), one letter names left out. */
import { entityTypes, type EntityType } from './bio.ts';
import { CharTrie } from './trie.ts';

export function documentTrie(names: Iterable<{ text: string; type: EntityType }>): CharTrie | null {
  let trie: CharTrie | null = null;
  for (const { text, type } of names) {
    if (text.length < 2) continue;
    trie ??= new CharTrie(64);
    trie.add(text, 'doc', entityTypes.indexOf(type) + 1);
  }
  return trie;
}
