import { useRef, type ReactNode } from 'react';
import { useRovingLinks } from '../../../lib/use-roving-links';
import { Link } from 'react-router';
import type { Article, Issue } from '../../../schema/issue';
import type { ManifestEntry } from '../../../schema/manifest';
import type { Neighbours } from '../neighbours';
import { paths } from '../../../config/paths';
import { formatDateWithWeekday } from '../../../lib/dates';
import { useNavShortcuts } from '../use-nav-shortcuts';
import { ArticleBody } from './article-body';
import { ArticleHeader } from './article-header';
import { ArticleTextProvider, type RenderMention } from './article-text';
import { ContinuationNote } from './continuation-note';
import { Pager } from './pager';
import { NavNotice } from './nav-notice';
import { PrintSource } from './print-source';
import { PhotoCredit, PhotoMarker } from './photo-marker';

type ArticleViewProps = {
  issue: Issue;
  article: Article;
  neighbours: Neighbours<Article>;
  /** Older and newer issues, for the [ and ] keys. */
  issueNeighbours?: Neighbours<ManifestEntry>;
  /** Controls the route adds beside the way back (e.g. the bookmark toggle); the reader does not know them. */
  actions?: ReactNode;
  /** How mentions of people and places are shown (links with cards); plain text without it. */
  renderMention?: RenderMention;
  /** Beside the text on wide screens, after it on phones: the people-and-places panel. */
  aside?: ReactNode;
};

const articleLink = (issueId: string, article: Article, caption: string, keyHint: string) => ({
  href: paths.article.href(issueId, article.id),
  label: article.title,
  caption,
  keyHint,
});

/** One article in full, with its way back to the issue and on to its neighbours. */
export function ArticleView({ issue, article, neighbours, issueNeighbours = {}, actions, renderMention, aside }: ArticleViewProps) {
  const { previous, next } = neighbours;
  const text = useRef<HTMLElement>(null);
  useRovingLinks(text);
  const navNotice = useNavShortcuts(
    {
      j: next && paths.article.href(issue.id, next.id),
      k: previous && paths.article.href(issue.id, previous.id),
      '[': issueNeighbours.previous && paths.issue.href(issueNeighbours.previous.id),
      ']': issueNeighbours.next && paths.issue.href(issueNeighbours.next.id),
    },
    ['j', 'k', '[', ']'],
  );
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <div className="mx-auto flex max-w-[38em] flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b-2 border-stone-800 pb-2 text-sm text-stone-600 lg:max-w-none print:hidden">
        <Link to={paths.issue.href(issue.id)} data-print="hide" className="hover:text-red-800 hover:underline">
          ← {issue.paper} {formatDateWithWeekday(issue.date)}
        </Link>
        {actions && <div data-print="hide">{actions}</div>}
      </div>
      <div className="mt-6 grid justify-center gap-10 lg:grid-cols-[minmax(0,38em)_17rem]">
        <ArticleTextProvider mentions={article.mentions} renderMention={renderMention}>
          <article ref={text} className="min-w-0" data-article-text>
            {renderMention && article.mentions.length > 1 && (
              <p className="sr-only">文中的人物和地点链接只占一个 Tab 位置，可用左右方向键逐个切换。</p>
            )}
            <ArticleHeader article={article} issue={issue} />
            {article.kind === 'photo' && (
              <div className="mt-4">
                <PhotoMarker note />
              </div>
            )}
            <div className="mt-6">
              <ArticleBody paragraphs={article.paragraphs} />
              {article.kind === 'photo' && <PhotoCredit byline={article.byline} />}
            </div>
            {article.continuation && <ContinuationNote continuation={article.continuation} />}
            <PrintSource issue={issue} article={article} />
          </article>
        </ArticleTextProvider>
        {aside && (
          // Not an <aside>: a complementary landmark must not sit inside <main>.
          <div data-print="hide" className="lg:sticky lg:top-6 lg:self-start">
            {aside}
          </div>
        )}
      </div>
      <div className="mx-auto mt-12 max-w-[38em] lg:max-w-none" data-print="hide">
        <Pager
          label="同期文章"
          previous={previous && articleLink(issue.id, previous, '上一篇', 'k')}
          next={next && articleLink(issue.id, next, '下一篇', 'j')}
        />
      </div>
      <NavNotice text={navNotice} />
    </div>
  );
}
