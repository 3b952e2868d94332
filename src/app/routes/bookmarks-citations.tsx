import { useQueryClient } from '@tanstack/react-query';
import type { Bookmark } from '../../features/bookmarks/schema';
import { issueQueryOptions } from '../../features/reader/api/get-issue';
import { ExportButtons } from '../../features/cite/components/export-buttons';
import { citationSource } from '../../features/cite/source';
import { toCsl, type CslItem } from '../../features/cite/csl';
import { paths } from '../../config/paths';
import { absoluteUrl } from '../absolute-url';

type ArticleBookmark = Extract<Bookmark, { kind: 'article' }>;

/**
 * Every bookmarked article as a reference manager's file. Authors come from the article itself (its
 * issue, from the reader's cache or fetched); when the issue cannot be had (offline, since removed)
 * the bookmark's own snapshot of title, date and paper still makes an entry, without authors.
 */
export function BookmarkCitations({ bookmarks }: { bookmarks: readonly Bookmark[] }) {
  const queryClient = useQueryClient();
  const articles = bookmarks.filter((b): b is ArticleBookmark => b.kind === 'article');
  const item = async (bookmark: ArticleBookmark): Promise<CslItem> => {
    const url = absoluteUrl(paths.article.href(bookmark.issueId, bookmark.articleId));
    const issue = await queryClient.fetchQuery(issueQueryOptions(bookmark.issueId)).catch(() => undefined);
    const article = issue?.articles.find((candidate) => candidate.id === bookmark.articleId);
    if (issue && article) return toCsl(citationSource(issue, article, url));
    const snapshot = { id: bookmark.issueId, date: bookmark.date, paper: bookmark.paper ?? '' };
    return toCsl(citationSource(snapshot, { id: bookmark.articleId, title: bookmark.title, byline: [] }, url));
  };
  return (
    <section aria-labelledby="bookmark-citations" className="mt-6 rounded border border-stone-300 bg-white px-4 py-3">
      <h2 id="bookmark-citations" className="text-sm font-bold text-stone-700">
        导出收藏文章的引文（{articles.length} 篇，供 Zotero、EndNote、NoteExpress 导入）
      </h2>
      <div className="mt-2">
        <ExportButtons items={() => Promise.all(articles.map(item))} fileName="株洲日报-收藏文章引文" disabled={articles.length === 0} />
      </div>
    </section>
  );
}
