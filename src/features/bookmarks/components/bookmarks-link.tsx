import { NavLink } from 'react-router';
import { paths } from '../../../config/paths';
import { useBookmarkState } from '../hooks';
import { BookmarkIcon } from './bookmark-icon';

/** The site bar's way to /bookmarks, with how many there are (kept in step across tabs). */
export function BookmarksLink() {
  const { bookmarks } = useBookmarkState();
  return (
    <NavLink
      to={paths.bookmarks.href()}
      className={({ isActive }) =>
        `inline-flex shrink-0 items-center gap-1 hover:text-red-900 ${isActive ? 'font-bold text-red-900' : 'text-stone-700'}`
      }
    >
      <BookmarkIcon filled={bookmarks.length > 0} className="size-3.5" />
      书签
      {bookmarks.length > 0 && (
        <span className="text-xs text-stone-500 tabular-nums">
          <span className="sr-only">（</span>
          {bookmarks.length}
          <span className="sr-only"> 条）</span>
        </span>
      )}
    </NavLink>
  );
}
