import type { ReactNode } from 'react';
import type { Issue } from '../../../schema/issue';
import type { ManifestEntry } from '../../../schema/manifest';
import type { Neighbours } from '../neighbours';
import { paths } from '../../../config/paths';
import { useNavShortcuts } from '../use-nav-shortcuts';
import { Masthead } from './masthead';
import { LeadStory } from './lead-story';
import { ArticleSummary } from './article-summary';
import { NavNotice } from './nav-notice';

type IssueViewProps = {
  issue: Issue;
  neighbours: Neighbours<ManifestEntry>;
  /** Controls the route adds under the nameplate (e.g. the bookmark toggle); the reader does not know them. */
  actions?: ReactNode;
  /** The lead story's title as the manifest names it; the first article when absent or not found. */
  headline?: string;
};

/** An issue's front page: nameplate, the lead story across the top, the others in columns in printed order. */
export function IssueView({ issue, neighbours, actions, headline }: IssueViewProps) {
  // The pipeline may judge a later story the lead (the paper's top story is not always printed first).
  const lead = issue.articles.find((article) => article.title === headline) ?? issue.articles[0];
  const rest = issue.articles.filter((article) => article !== lead);
  const navNotice = useNavShortcuts(
    {
      j: lead && paths.article.href(issue.id, lead.id),
      '[': neighbours.previous && paths.issue.href(neighbours.previous.id),
      ']': neighbours.next && paths.issue.href(neighbours.next.id),
    },
    ['[', ']'],
  );
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <Masthead issue={issue} neighbours={neighbours} actions={actions} />
      {!lead ? (
        <p className="py-12 text-center text-stone-600">本期没有可显示的文章。</p>
      ) : (
        <section aria-label="本期文章" className="mt-6">
          <LeadStory issueId={issue.id} article={lead} />
          <div className="mt-6 gap-8 sm:columns-2 lg:columns-3 [column-rule:1px_solid_var(--color-stone-300)]">
            {rest.map((article) => (
              <ArticleSummary key={article.id} issueId={issue.id} article={article} />
            ))}
          </div>
        </section>
      )}
      <NavNotice text={navNotice} />
    </div>
  );
}
