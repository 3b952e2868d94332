/** The article table of the search index, with the lookups ranking, filters and views need. */
import { articleCount, type SearchDocs } from '../../../schema/search-data';
import { decodeBounds, decodeRefs, rowOf, type RefKind, type TableRows } from '../../../schema/search-table';

/** What ranking and the first screenful need: docs.json and docs.bin. */
export interface DocTable {
  /** Per article: titleEnd, headingEnd, length of its indexed text. */
  bounds: Int32Array;
  issues: SearchDocs['issues'];
  entities: SearchDocs['entities'];
  count: number;
  /** Per article: its issue's index in `issues`, and its index among that issue's articles. */
  issueOf: Int32Array;
  articleIndex: Int32Array;
  averageLength: number;
}

/** The table with every article's people, places and byline names (refs.bin): for filters and facets. */
export type RefTable = DocTable & Pick<TableRows, RefKind>;

export const hasRefs = (table: DocTable): table is RefTable => 'people' in table;

/** Joins docs.json and docs.bin (checking one against the other) and indexes them once. */
export function docTable(docs: SearchDocs, bytes: Uint8Array): DocTable {
  const count = articleCount(docs);
  const bounds = decodeBounds(bytes, count);
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
  for (let i = 2; i < bounds.length; i += 3) total += bounds[i]!;
  return { bounds, issues: docs.issues, entities: docs.entities, count, issueOf, articleIndex, averageLength: count ? total / count : 1 };
}

/** The table with refs.bin joined (checked against docs.json's row count and dictionaries). */
export function withRefs(table: DocTable, bytes: Uint8Array): RefTable {
  const { people, places, names } = table.entities;
  return { ...table, ...decodeRefs(bytes, table.count, { people: people.length, places: places.length, names: names.length }) };
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
export const refIndexes = (table: RefTable, doc: number, kind: RefKind): Int32Array => rowOf(table[kind], doc);
