/**
 * The search engine over files held in memory, as the pipeline returns them: for unit tests and the
 * benchmark, which exercise exactly the code the worker runs, minus the network.
 */
import type { Issue } from '../../../schema/issue';
import { isSearchManifest, searchDocsSchema, searchFiles, searchManifestSchema, type SearchManifest } from '../../../schema/search-data';
import type { QueryTerm } from '../../../schema/search-query';
import { answer, fieldsOfArticle, type AnswerRequest, type SearchAnswer, type TextLoader } from './answer';
import { docTable, withRefs, type RefTable } from './doc-table';
import { findHits, type Hit } from './hits';
import { PostingsStore } from './postings-store';

export interface InMemorySearch {
  manifest: SearchManifest;
  table: RefTable;
  store: PostingsStore;
  hits(terms: QueryTerm[]): Promise<Hit[]>;
  answer(request: AnswerRequest): Promise<SearchAnswer>;
}

/** Loads the files through the same schemas and decoders as the worker. */
export function inMemorySearch(
  files: readonly { path: string; content: string | Uint8Array }[],
  issues: readonly Issue[],
  /** Told of every chunk the store fetches, so the benchmark can count a query's download. */
  onChunk: (n: number) => void = () => {},
  /** Told of every issue whose text a result page needs. */
  onText: (issueId: string) => void = () => {},
): InMemorySearch {
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const json = (path: string) => JSON.parse(String(byPath.get(path))) as unknown;
  const manifest = searchManifestSchema.parse(json(files.find((f) => isSearchManifest(f.path))?.path ?? 'search/manifest.json'));
  const bytes = (path: string) => {
    const content = byPath.get(path);
    if (!(content instanceof Uint8Array)) throw new Error(`missing ${path}`);
    return content;
  };
  const table = withRefs(docTable(searchDocsSchema.parse(json(manifest.docs)), bytes(manifest.table)), bytes(manifest.refs));
  const store = new PostingsStore(
    manifest,
    async (n) => {
      onChunk(n);
      return bytes(searchFiles.chunk(n, manifest.chunks[n]![2]));
    },
    async () => table.bounds,
  );
  const byId = new Map(issues.map((issue) => [issue.id, issue]));
  const loadText: TextLoader = async (issueId, k) => {
    onText(issueId);
    const article = byId.get(issueId)!.articles[k]!;
    return { articleId: article.id, fields: fieldsOfArticle(article) };
  };
  const hits = (terms: QueryTerm[]) => findHits(store, table, terms);
  return {
    manifest,
    table,
    store,
    hits,
    answer: async (request) => answer(table, await hits(request.terms), request, manifest.people, loadText),
  };
}
