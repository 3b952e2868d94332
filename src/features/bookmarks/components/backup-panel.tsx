import { useState } from 'react';
import type { BookmarkState } from '../store';
import { getBookmarkStore } from '../hooks';
import { backupFileName } from '../transfer';
import { downloadText } from '../../../lib/download';
import { BOOKMARKS_KEY } from '../storage-keys';

const button =
  'rounded border border-red-900/50 bg-white px-3 py-1 text-sm text-red-900 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-40';

type Copy = { key: string; raw: string };

/** One unreadable copy: export first; only an exported copy may then be deleted (or overwritten). */
function CopyRow({ copy, actionLabel, onAction }: { copy: Copy; actionLabel: string; onAction: () => string | undefined }) {
  const [exported, setExported] = useState(false);
  const [error, setError] = useState<string>();
  const exportCopy = () => {
    downloadText(backupFileName(copy.key, new Date()), copy.raw, 'text/plain');
    setExported(true);
  };
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-2 py-2">
      <code className="text-xs break-all text-stone-700">{copy.key}</code>
      <span className="text-xs text-stone-500">{copy.raw.length.toLocaleString('zh-CN')} 个字符</span>
      <span className="ml-auto flex gap-2">
        <button type="button" className={button} onClick={exportCopy}>
          导出原始数据
        </button>
        <button type="button" className={button} disabled={!exported} title={exported ? undefined : '请先导出'} onClick={() => setError(onAction())}>
          {actionLabel}
        </button>
      </span>
      {error && <p role="alert" className="w-full text-sm text-red-800">{error}</p>}
    </li>
  );
}

const failure = (result: { ok: boolean; message?: string }) => (result.ok ? undefined : result.message);

/** Unreadable bookmark data is never thrown away: it is listed here, ready to export. */
export function BackupPanel({ state }: { state: BookmarkState }) {
  const { backups, recovery, status } = state;
  if (backups.length === 0 && status.kind !== 'blocked') return null;
  const store = getBookmarkStore();
  const blocked = status.kind === 'blocked';
  return (
    <section aria-labelledby="bookmark-backups" className="mt-6 rounded border border-red-900/30 bg-red-50/60 px-4 py-3">
      <h2 id="bookmark-backups" className="font-bold text-red-950">
        {blocked ? '书签数据无法读取，也无法另存备份' : '有无法读取的书签数据，已另存备份'}
      </h2>
      <p className="mt-1 text-sm leading-relaxed text-stone-700">
        {blocked ? status.message : '浏览器中保存的书签数据（或其中一部分）本应用无法读取：可能已损坏，或来自更新版本的应用。原始数据原样保存在下面的备份里，没有删除。'}
        {recovery && `本次发现的问题：${recovery.detail}。`}
        {recovery?.partial && '能读取的书签已照常列出。'}
        可以导出成文件留存；导出后才能删除备份。
      </p>
      <ul className="mt-2 divide-y divide-red-900/10">
        {blocked && (
          <CopyRow copy={{ key: BOOKMARKS_KEY, raw: status.raw }} actionLabel="清除并重新开始" onAction={() => failure(store.overwriteUnreadable())} />
        )}
        {backups.map((backup) => (
          <CopyRow key={backup.key} copy={backup} actionLabel="删除备份" onAction={() => failure(store.deleteBackup(backup.key))} />
        ))}
      </ul>
    </section>
  );
}
