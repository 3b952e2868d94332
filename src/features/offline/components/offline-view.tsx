import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { KeptFile } from '../keep';
import { canKeep, clearReadCache, formatBytes, listKept, readCacheSummary, removeSaved, storageEstimate } from '../keep';

type Overview = { kept: KeptFile[]; read: { files: number; bytes: number }; usage?: number; quota?: number };

type OfflineViewProps = {
  /** How an issue is named and linked (the route knows the archive's data). */
  describe: (issueId: string) => { label: string; href: string };
};

async function load(): Promise<Overview> {
  const [kept, read, estimate] = await Promise.all([listKept(), readCacheSummary(), storageEstimate()]);
  kept.sort((a, b) => b.issueId.localeCompare(a.issueId));
  return { kept, read, ...estimate };
}

const button = 'rounded border border-stone-400 bg-white px-3 py-0.5 text-sm text-stone-700 hover:border-red-900 hover:text-red-900';

/** `/offline`: what this device keeps for reading offline, how much room it takes, and a way to free it. */
export function OfflineView({ describe }: OfflineViewProps) {
  const [overview, setOverview] = useState<Overview>();
  const refresh = useCallback(() => void load().then(setOverview), []);
  useEffect(() => {
    if (canKeep()) refresh();
  }, [refresh]);
  if (!canKeep()) return <p className="py-16 text-center text-stone-600">这个浏览器不支持离线保存。</p>;
  if (!overview) return <p className="py-16 text-center text-stone-600">正在统计…</p>;
  const { kept, read, usage, quota } = overview;
  return (
    <>
      <p data-testid="storage-estimate" className="mt-4 text-sm text-stone-600">
        {usage !== undefined && quota !== undefined
          ? `本站在这台设备上共占用约 ${formatBytes(usage)}（浏览器允许约 ${formatBytes(quota)}）。`
          : '浏览器没有提供占用空间的数字。'}
        {navigator.serviceWorker?.controller ? '程序和字体已保存，离线也能打开本站。' : '离线功能正在准备：程序和字体保存好之后，离线也能打开本站。'}
      </p>
      <h2 className="mt-8 border-b border-stone-300 pb-1 text-lg font-bold">保存的报纸（{kept.length}）</h2>
      {kept.length === 0 ? (
        <p className="py-6 text-stone-600">还没有。在报纸头版点“保存以离线阅读”，或收藏报纸和文章，它们就会保存在这里。</p>
      ) : (
        <ul className="divide-y divide-stone-200">
          {kept.map((file) => {
            const { label, href } = describe(file.issueId);
            return (
              <li key={`${file.reason}:${file.url}`} data-testid="kept-issue" className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <Link to={href} className="font-bold hover:text-red-800 hover:underline">{label}</Link>
                  <p className="text-sm text-stone-600">
                    {formatBytes(file.bytes)} · {file.reason === 'bookmarks' ? '随书签保留（取消收藏即移除）' : '手动保存'}
                  </p>
                </div>
                {file.reason === 'saved' && (
                  <button type="button" className={button} aria-label={`移除 ${label}`} onClick={() => void removeSaved(file.url).then(refresh)}>
                    移除
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h2 className="mt-8 border-b border-stone-300 pb-1 text-lg font-bold">读过的内容</h2>
      <div className="flex flex-wrap items-center justify-between gap-3 py-3">
        <p data-testid="read-cache" className="text-stone-700">
          {read.files} 个数据文件，{formatBytes(read.bytes)}：读过的报纸、人物和检索索引，离线时也能再打开。
        </p>
        {read.files > 0 && (
          <button type="button" className={button} onClick={() => void clearReadCache().then(refresh)}>
            清除
          </button>
        )}
      </div>
    </>
  );
}
