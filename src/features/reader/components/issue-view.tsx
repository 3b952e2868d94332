import type { Issue, ManifestEntry } from '../../../schema/issue';
import type { Neighbours } from '../neighbours';
import { paths } from '../../../app/paths';
import { formatDate } from '../format';
import { Masthead } from './masthead';
import { ArticleSummary } from './article-summary';
import { Pager } from './pager';

type IssueViewProps = { issue: Issue; neighbours: Neighbours<ManifestEntry> };

const issueLink = (entry: ManifestEntry, caption: string) => ({
  href: paths.issue.href(entry.id),
  label: formatDate(entry.date),
  caption,
});

/** An issue's front page: nameplate, neighbouring issues, and every article in printed order. */
export function IssueView({ issue, neighbours }: IssueViewProps) {
  const { previous, next } = neighbours;
  const pager = {
    label: '相邻期次',
    previous: previous && issueLink(previous, '上一期'),
    next: next && issueLink(next, '下一期'),
  };
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Masthead issue={issue} />
      <div className="mt-4">
        <Pager {...pager} />
      </div>
      {issue.articles.length === 0 ? (
        <p className="py-12 text-center text-stone-600">本期没有可显示的文章。</p>
      ) : (
        <section aria-label="本期文章" className="mt-2">
          {issue.articles.map((article) => (
            <ArticleSummary key={article.id} issueId={issue.id} article={article} />
          ))}
        </section>
      )}
    </div>
  );
}
