import type { Article, Issue } from '../../../schema/issue';
import { formatDate } from '../../../lib/dates';
import { pageLabel } from '../format';
import { usePageUrl } from '../../../lib/page-url';

/**
 * The source line a printout carries (paper, date, page, title and the address it came from), so a
 * sheet of paper can be traced back. Printed only: on screen the address bar says it. The one place
 * that writes the citation, for a later "cite" dialog to share.
 */
export function articleCitation(issue: Pick<Issue, 'paper' | 'date' | 'edition'>, article: Pick<Article, 'title'>): string {
  return `${issue.paper}，${formatDate(issue.date)}，${pageLabel(issue.edition)}：《${article.title}》`;
}

export function PrintSource({ issue, article }: { issue: Pick<Issue, 'paper' | 'date' | 'edition'>; article: Pick<Article, 'title'> }) {
  // The page's own address, whatever base path the site is served under.
  const url = usePageUrl();
  return (
    <p className="mt-8 hidden border-t border-stone-400 pt-2 text-xs print:block" data-testid="print-source">
      来源：{articleCitation(issue, article)}。{url}
    </p>
  );
}
