/** The one localStorage key bookmarks live under; the data inside carries its own `version`. */
export const BOOKMARKS_KEY = 'zhuzhou-daily.bookmarks';

/** Unreadable data is copied here (then `.backup.2`, `.backup.3`…) before anything overwrites it. */
export const BACKUP_KEY_PREFIX = `${BOOKMARKS_KEY}.backup`;

/** The n-th backup key: the first has no number, so the common case has the obvious name. */
export const backupKey = (n: number): string => (n <= 1 ? BACKUP_KEY_PREFIX : `${BACKUP_KEY_PREFIX}.${n}`);

const backupKeyPattern = /^zhuzhou-daily\.bookmarks\.backup(\.\d+)?$/;

export const isBackupKey = (key: string): boolean => backupKeyPattern.test(key);
