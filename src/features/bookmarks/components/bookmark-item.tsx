import { Link } from 'react-router';
import type { Bookmark } from '../schema';
import type { Availability } from '../list';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { formatSavedAt } from '../format';
import { NoteEditor } from './note-editor';

type BookmarkItemProps = {
  bookmark: Bookmark;
  availability: Availability;
  onRemove: () => void;
  onSaveNote: (note: string) => string | undefined;
};

function href(bookmark: Bookmark): string {
  return bookmark.kind === 'issue' ? paths.issue.href(bookmark.issueId) : paths.article.href(bookmark.issueId, bookmark.articleId);
}

/** The name a bookmark goes by: the article's title, or the issue's paper and date. */
export function bookmarkLabel(bookmark: Bookmark): string {
  const day = formatDate(bookmark.date);
  return bookmark.kind === 'article' ? bookmark.title : `${bookmark.paper ?? ''} ${day}`.trim();
}

function AvailabilityNote({ availability }: { availability: Availability }) {
  if (availability === 'missing') {
    return (
      <p className="mt-2 inline-block rounded border border-red-900/40 bg-red-50 px-2 py-0.5 text-xs text-red-900">
        档案中已找不到这一项，书签仍为您保留
      </p>
    );
  }
  if (availability === 'unknown') return <p className="mt-2 text-xs text-stone-500">暂时无法核对这一项是否仍在档案中</p>;
  return null;
}

/** One bookmark: what it is, when it was saved, its note, and a way to remove it. */
export function BookmarkItem({ bookmark, availability, onRemove, onSaveNote }: BookmarkItemProps) {
  const label = bookmarkLabel(bookmark);
  const missing = availability === 'missing';
  // Articles say which issue they are from; issues show their lead story, as saved.
  const context =
    bookmark.kind === 'article'
      ? `${bookmark.paper ?? ''} ${formatDate(bookmark.date)}`.trim()
      : bookmark.title && `头条：${bookmark.title}`;
  return (
    <li className="border-b border-stone-300 py-5" data-availability={availability}>
      <div className="flex items-start justify-between gap-4">
        <div className="min-w-0">
          <h3 className="text-xl leading-snug font-bold break-words">
            {missing ? (
              <span className="text-stone-500">{label}</span>
            ) : (
              <Link to={href(bookmark)} className="hover:text-red-800 hover:underline">
                {label}
              </Link>
            )}
          </h3>
          {context && <p className="mt-1 text-stone-600">{context}</p>}
          <AvailabilityNote availability={availability} />
          <p className="mt-2 text-xs text-stone-500">
            收藏于 <time dateTime={bookmark.savedAt}>{formatSavedAt(bookmark.savedAt)}</time>
          </p>
        </div>
        <button
          type="button"
          onClick={onRemove}
          className="shrink-0 rounded border border-stone-300 px-2.5 py-1 text-sm text-stone-600 hover:border-red-900 hover:text-red-900"
        >
          移除<span className="sr-only">：{label}</span>
        </button>
      </div>
      <NoteEditor note={bookmark.note} itemLabel={label} onSave={onSaveNote} />
    </li>
  );
}
