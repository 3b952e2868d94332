import { backupKey, isBackupKey } from './storage-keys';

/** A kept copy of stored data this app could not read. */
export type Backup = { key: string; raw: string };

const UNAVAILABLE = '浏览器不允许本站使用本地存储（可能处于隐私浏览模式，或禁用了网站数据），书签无法保存。';

/** Turns whatever the Storage API threw into a sentence the reader can act on. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return '浏览器存储空间已满，书签没有保存。可以先导出已有书签，或清理其他网站占用的存储后再试。';
  }
  if (name === 'SecurityError') return UNAVAILABLE;
  const detail = error instanceof Error ? error.message : String(error);
  return `浏览器存储写入失败，书签没有保存（${detail}）。`;
}

/** `window.localStorage` itself throws in some privacy modes and sandboxed frames, so even reaching it is guarded. */
export function openStorage(get: () => Storage | null | undefined): { storage: Storage } | { problem: string } {
  try {
    const storage = get();
    if (!storage) return { problem: UNAVAILABLE };
    storage.getItem('');
    return { storage };
  } catch {
    // Whatever the browser threw (usually SecurityError), storage cannot be used at all this session.
    return { problem: UNAVAILABLE };
  }
}

/** Every backup present, first one first. Reading may throw; the caller decides what that means. */
export function listBackups(storage: Storage): Backup[] {
  const backups: Backup[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    const raw = key !== null && isBackupKey(key) ? storage.getItem(key) : null;
    if (key !== null && raw !== null) backups.push({ key, raw });
  }
  return backups.sort((a, b) => backupNumber(a.key) - backupNumber(b.key));
}

const backupNumber = (key: string): number => Number(/\.(\d+)$/.exec(key)?.[1] ?? 1);

/**
 * Keeps `raw` under a backup key that holds nothing else: an identical copy is reused, an earlier,
 * different backup is never overwritten. Throws if storage refuses (the caller must then not overwrite).
 */
export function saveBackup(storage: Storage, raw: string): string {
  for (let n = 1; ; n += 1) {
    const key = backupKey(n);
    const existing = storage.getItem(key);
    if (existing === raw) return key;
    if (existing === null) {
      storage.setItem(key, raw);
      return key;
    }
  }
}
