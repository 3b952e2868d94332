import { pillButtonClass } from '../../../components/ui/pill-button';
import { useEffect, useState } from 'react';
import { canKeep, useCanKeep } from '../can-keep';

// The cache work is its own chunk, loaded when the front page has rendered.
const keep = () => import('../keep');

type State = 'checking' | 'saved' | 'not-saved' | 'saving' | 'failed';

/** "保存以离线阅读" on a front page: keeps the issue (all its articles) on this device. */
export function SaveIssueButton({ fileUrl }: { fileUrl: string }) {
  const [state, setState] = useState<State>('checking');
  const keepable = useCanKeep();
  useEffect(() => {
    let live = true;
    if (canKeep()) void keep().then(({ isSaved }) => isSaved(fileUrl)).then((saved) => live && setState(saved ? 'saved' : 'not-saved'));
    return () => {
      live = false;
    };
  }, [fileUrl]);
  if (!keepable) return null;
  const saved = state === 'saved';
  const toggle = async () => {
    if (saved) {
      await (await keep()).removeSaved(fileUrl);
      return setState('not-saved');
    }
    setState('saving');
    setState((await (await keep()).saveIssue(fileUrl)) ? 'saved' : 'failed');
  };
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        data-testid="save-offline"
        aria-pressed={saved}
        disabled={state === 'checking' || state === 'saving'}
        onClick={() => void toggle()}
        className={pillButtonClass({ pressed: saved })}
      >
        <span aria-hidden="true">{saved ? '✓' : '↓'}</span>
        {saved ? '已保存，可离线阅读' : state === 'saving' ? '正在保存…' : '保存以离线阅读'}
      </button>
      {state === 'failed' && (
        <span role="alert" className="text-sm text-red-800">
          没有保存：下载失败，请联网后重试。
        </span>
      )}
    </span>
  );
}
