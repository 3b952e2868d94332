import type { Bookmark } from '../schema';
import type { Availability } from '../list';
import { bookmarkKey } from '../schema';
import { groupBookmarks } from '../list';
import { BookmarkItem } from './bookmark-item';

type BookmarkGroupsProps = {
  bookmarks: readonly Bookmark[];
  availability: (bookmark: Bookmark) => Availability;
  onRemove: (bookmark: Bookmark) => void;
  onSaveNote: (bookmark: Bookmark, note: string) => string | undefined;
};

const GROUPS = [
  { id: 'issues', title: '整期报纸' },
  { id: 'articles', title: '文章' },
] as const;

/** Issues and articles in separate sections, each under a rule like a newspaper's section head. */
export function BookmarkGroups({ bookmarks, availability, onRemove, onSaveNote }: BookmarkGroupsProps) {
  const groups = groupBookmarks(bookmarks);
  return (
    <>
      {GROUPS.map(({ id, title }) =>
        groups[id].length === 0 ? null : (
          <section key={id} aria-labelledby={`bookmarks-${id}`} className="mt-8">
            <h2 id={`bookmarks-${id}`} className="flex items-baseline gap-2 border-b-2 border-stone-800 pb-1 text-sm font-bold tracking-[0.2em] text-red-900">
              {title}
              <span className="font-normal tracking-normal text-stone-500">{groups[id].length}</span>
            </h2>
            <ul>
              {groups[id].map((bookmark) => (
                <BookmarkItem
                  key={bookmarkKey(bookmark)}
                  bookmark={bookmark}
                  availability={availability(bookmark)}
                  onRemove={() => onRemove(bookmark)}
                  onSaveNote={(note) => onSaveNote(bookmark, note)}
                />
              ))}
            </ul>
          </section>
        ),
      )}
    </>
  );
}
