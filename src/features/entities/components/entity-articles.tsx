import { useState } from 'react';
import { Link } from 'react-router';
import type { EntityDetail } from '../../../schema/entities';
import { paths } from '../../../app/paths';
import { Highlight } from '../../../components/ui/highlight';

function dateLabel(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

// A place like the city itself is named in tens of thousands of articles over ten years: rendering
// them all would block the page for seconds. A page of rows renders at once, the rest on demand.
const PAGE = 50;

/** Every article naming the entity, newest first, with the sentences around each mention. */
export function EntityArticles({ articles }: { articles: EntityDetail['articles'] }) {
  const [shown, setShown] = useState(PAGE);
  return (
    <section aria-labelledby="articles-title">
      <h2 id="articles-title" className="text-xl font-bold">相关报道（{articles.length}）</h2>
      <ol className="mt-3 divide-y divide-stone-300" data-testid="entity-articles">
        {articles.slice(0, shown).map((article) => (
          <li key={`${article.issueId}/${article.articleId}`} className="py-4">
            <p className="text-sm text-stone-600">
              <time dateTime={article.date}>{dateLabel(article.date)}</time>
              <span className="ml-2">提及 {article.count} 次</span>
            </p>
            <h3 className="mt-1 text-lg leading-snug font-bold">
              <Link to={paths.article.href(article.issueId, article.articleId)} className="hover:text-red-800 hover:underline">
                {article.title}
              </Link>
            </h3>
            <ul className="mt-2 space-y-1.5 text-stone-700">
              {article.snippets.map((snippet, i) => (
                <li key={i} className="border-l-2 border-stone-300 pl-3 leading-relaxed">
                  <Highlight text={snippet.text} ranges={[[snippet.start, snippet.end]]} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {articles.length > shown && (
        <button
          type="button"
          onClick={() => setShown((n) => n + PAGE)}
          className="mt-4 w-full rounded border border-stone-400 py-2 text-sm hover:bg-stone-100"
        >
          显示更多（还有 {articles.length - shown} 篇）
        </button>
      )}
    </section>
  );
}
