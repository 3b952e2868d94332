/** The article table of the search index, with the lookups ranking, filters and views need. */
import { articleCount, type SearchDocs } from '../../../schema/search-data';
import { decodeTable, rowOf, type RefKind, type TableRows } from '../../../schema/search-table';

export interface DocTable extends TableRows {
  issues: SearchDocs['issues'];
  entities: SearchDocs['entities'];
  count: number;
  /** Per article: its issue's index in `issues`, and its index among that issue's articles. */
  issueOf: Int32Array;
  articleIndex: Int32Array;
  averageLength: number;
}

/** Joins docs.json and docs.bin (checking one against the other) and indexes them once. */
export function docTable(docs: SearchDocs, bytes: Uint8Array): DocTable {
  const count = articleCount(docs);
  const { people, places, names } = docs.entities;
  const rows = decodeTable(bytes, count, { people: people.length, places: places.length, names: names.length });
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
  for (let i = 2; i < rows.bounds.length; i += 3) total += rows.bounds[i]!;
  return { ...rows, issues: docs.issues, entities: docs.entities, count, issueOf, articleIndex, averageLength: count ? total / count : 1 };
}

export const issueIdOf = (table: DocTable, doc: number) => table.issues[table.issueOf[doc]!]![0];
export const dateOf = (table: DocTable, doc: number) => table.issues[table.issueOf[doc]!]![1];
export const lengthOf = (table: DocTable, doc: number) => table.bounds[doc * 3 + 2]!;

/** The field a position of the article's indexed text falls in: 0 title, 1 heading, 2 body. */
export function fieldAt(table: DocTable, doc: number, position: number): 0 | 1 | 2 {
  if (position < table.bounds[doc * 3]!) return 0;
  return position < table.bounds[doc * 3 + 1]! ? 1 : 2;
}

/** Indexes into `entities` of the people, places or byline names of an article. */
export const refIndexes = (table: DocTable, doc: number, kind: RefKind): Int32Array => rowOf(table[kind], doc);

