import type { Article, Issue } from '../../schema/issue';

/** What every citation style needs to know about one article, taken from the archive's data. */
export type CitationSource = {
  title: string;
  /** Authors in printed order, each once; empty when the paper printed no byline. */
  authors: string[];
  /** The issue's date, YYYY-MM-DD. */
  date: string;
  /** The paper's name as the issue gives it (株洲日报). */
  paper: string;
  /**
   * The page (版次): the edition override's when it names one, else 1. Every issue in this archive
   * is a front page (one OCR'd page per issue; the reader says 头版 the same way, reader/format.ts).
   */
  edition: string;
  /** The article's address in this archive (absolute). */
  url: string;
  /** A stable key for reference managers (BibTeX key, CSL id). */
  id: string;
};

/**
 * The authors of an article: every credited name except editors (责任编辑 did not write it), in the
 * order printed, each once (a reporter is often credited again for the photo).
 */
export function bylineAuthors(article: Pick<Article, 'byline'>): string[] {
  const names = article.byline.filter((credit) => credit.role !== 'editor').map((credit) => credit.name.trim());
  return [...new Set(names.filter(Boolean))];
}

const FRONT_PAGE = '1';

/** The citation data of `article` in `issue`, reachable at `url`. */
export function citationSource(issue: Pick<Issue, 'id' | 'date' | 'paper' | 'edition'>, article: Pick<Article, 'id' | 'title' | 'byline'>, url: string): CitationSource {
  return {
    title: article.title,
    authors: bylineAuthors(article),
    date: issue.date,
    paper: issue.paper,
    edition: issue.edition?.replace(/版$/, '') || FRONT_PAGE,
    url,
    id: `zzrb-${issue.id}-${article.id}`,
  };
}
