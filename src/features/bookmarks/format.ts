const savedFormat = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** When a bookmark was saved, in the reader's own time zone. */
export const formatSavedAt = (iso: string): string => savedFormat.format(new Date(iso));
