/**
 * One seed file's text → one issue: lines, units, drafts, finished and de-duplicated articles with
 * stable ids, and the inferred date. Pure apart from hashing; the CLI does all file I/O.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../../schema/issue.ts';
import { dropRepeatedArticles, dropRepeatedParagraphs } from './dedupe.ts';
import { finishArticle, type FinishedArticle } from './finish-article.ts';
import { inferIssueDate, type DateInference } from './infer-date.ts';
import { toLines } from './normalise.ts';
import { splitArticles } from './split-articles.ts';
import { toUnits } from './units.ts';

export interface IssueStats {
  articles: number;
  photos: number;
  derivedTitles: number;
  duplicateArticles: number;
  duplicateParagraphs: number;
}

export interface ParsedIssue {
  articles: Article[];
  date: DateInference;
  stats: IssueStats;
}

/** Ids come from the article's own text, so the same input always gives the same URLs. */
export function articleId(a: FinishedArticle, taken: Set<string>): string {
  const base = createHash('sha1')
    .update(`${a.title}\n${a.paragraphs[0]?.text ?? ''}`)
    .digest('hex')
    .slice(0, 8);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Parses the decoded text of one issue. */
export function parseIssue(text: string): ParsedIssue {
  const { units, droppedFragments } = toUnits(toLines(text));
  const finished = splitArticles(units)
    .map(finishArticle)
    .filter((a): a is FinishedArticle => a !== null);
  const byArticle = dropRepeatedArticles(finished);
  const byParagraph = dropRepeatedParagraphs(byArticle.articles);
  const taken = new Set<string>();
  const articles = byParagraph.articles.map((a) => ({ id: articleId(a, taken), ...a }));
  return {
    articles,
    date: inferIssueDate(articles.flatMap((a) => a.paragraphs)),
    stats: {
      articles: articles.length,
      photos: articles.filter((a) => a.kind === 'photo').length,
      derivedTitles: articles.filter((a) => a.titleDerived).length,
      duplicateArticles: byArticle.dropped,
      duplicateParagraphs: byParagraph.dropped + droppedFragments,
    },
  };
}
