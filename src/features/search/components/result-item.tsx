import type { ReactNode } from 'react';
import { PlainLink } from '../../../components/ui/plain-link';
import { paths } from '../../../config/paths';
import { Highlight } from '../../../components/ui/highlight';
import type { ResultView, UnreadableResult } from '../engine/answer';
import { formatDate } from '../../../lib/dates';

/** The article's URL with the matched words, so the article page can highlight them. */
function articleHref(result: ResultView): string {
  const hl = new URLSearchParams(result.highlight.map((s) => ['hl', s]));
  return `${paths.article.href(result.issueId, result.articleId)}${hl.size ? `?${hl}` : ''}`;
}

/** One search result: date, title and snippets with the matches marked. */
export function ResultItem({ result, actions }: { result: ResultView; actions?: ReactNode }) {
  return (
    <li className="border-b border-stone-300 py-5">
      <article>
        <div className="flex items-start justify-between gap-3">
          <p className="text-sm text-stone-500">
            <time dateTime={result.date}>{formatDate(result.date)}</time>
            {result.kicker && <span className="ml-2">{result.kicker}</span>}
          </p>
          {actions}
        </div>
        <h2 className="mt-1 text-xl leading-snug font-bold">
          <PlainLink to={articleHref(result)} className="hover:text-red-800 hover:underline">
            <Highlight text={result.title.text} ranges={result.title.ranges} />
          </PlainLink>
        </h2>
        {result.snippets.map((snippet, i) => (
          <p key={i} className="mt-2 leading-relaxed break-words text-stone-700">
            <Highlight text={snippet.text} ranges={snippet.ranges} />
          </p>
        ))}
        {result.names.length > 0 && (
          <p className="mt-2 text-sm text-stone-500">
            署名：
            {result.names.map((name) => (
              <span key={name.text} className="mr-3">
                <Highlight text={name.text} ranges={name.ranges} />
              </span>
            ))}
          </p>
        )}
      </article>
    </li>
  );
}

/** A result whose issue file could not be read: what the index knows (its date), why, and a retry. */
export function UnreadableItem({ result, onRetry }: { result: UnreadableResult; onRetry: () => void }) {
  return (
    <li className="border-b border-stone-300 py-5">
      <article data-testid="unreadable-result">
        <p className="text-sm text-stone-500">
          <time dateTime={result.date}>{formatDate(result.date)}</time>
        </p>
        <p className="mt-1 font-bold text-red-900">此期数据无法读取</p>
        <p className="mt-1 text-sm break-words text-stone-600">{result.unreadable}</p>
        <button type="button" onClick={onRetry} className="mt-2 rounded border border-stone-400 bg-white px-3 py-1 text-sm hover:bg-stone-100">
          重试
        </button>
      </article>
    </li>
  );
}
