// The reader feature has its own date formatter; features do not import each other, and Intl gives
// the same "2020年11月5日" the paper prints.
const dayFormat = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const savedFormat = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An issue date ('2020-11-05') as printed; computed in UTC so no time zone can shift the day. */
export const formatIssueDate = (iso: string): string => dayFormat.format(new Date(`${iso}T00:00:00Z`));

/** When a bookmark was saved, in the reader's own time zone. */
export const formatSavedAt = (iso: string): string => savedFormat.format(new Date(iso));
