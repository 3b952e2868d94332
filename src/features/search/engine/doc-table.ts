/** The article table of the search index, with the lookups ranking, filters and views need. */
import type { SearchDocs } from '../../../schema/search-data';

export interface DocTable {
  docs: SearchDocs;
  count: number;
  /** Per article: its issue's index in `docs.issues`, and its index among that issue's articles. */
  issueOf: Int32Array;
  articleIndex: Int32Array;
  averageLength: number;
}

/** Indexes the table once when it is loaded. */
export function docTable(docs: SearchDocs): DocTable {
  const count = docs.people.length;
  const issueOf = new Int32Array(count);
  const articleIndex = new Int32Array(count);
  let id = 0;
  docs.issues.forEach(([, , articles], issue) => {
    for (let k = 0; k < articles; k++, id++) {
      issueOf[id] = issue;
      articleIndex[id] = k;
    }
  });
  let total = 0;
  for (let i = 2; i < docs.bounds.length; i += 3) total += docs.bounds[i]!;
  return { docs, count, issueOf, articleIndex, averageLength: count ? total / count : 1 };
}

export const issueIdOf = (table: DocTable, doc: number) => table.docs.issues[table.issueOf[doc]!]![0];
export const dateOf = (table: DocTable, doc: number) => table.docs.issues[table.issueOf[doc]!]![1];
export const lengthOf = (table: DocTable, doc: number) => table.docs.bounds[doc * 3 + 2]!;

/** The field a position of the article's indexed text falls in: 0 title, 1 heading, 2 body. */
export function fieldAt(table: DocTable, doc: number, position: number): 0 | 1 | 2 {
  if (position < table.docs.bounds[doc * 3]!) return 0;
  return position < table.docs.bounds[doc * 3 + 1]! ? 1 : 2;
}

/** [id, name] of the people or places an article mentions, [name, name] of its byline names. */
export function refsOf(table: DocTable, doc: number, kind: 'people' | 'places' | 'names'): [string, string][] {
  const { docs } = table;
  if (kind === 'names') return docs.names[doc]!.map((i) => [docs.entities.names[i]!, docs.entities.names[i]!]);
  return docs[kind][doc]!.map((i) => docs.entities[kind][i]!);
}
