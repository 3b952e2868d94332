import { useWaitingUpdate } from './update-store';

/**
 * "有新版本，刷新": a new deploy's app is installed and waits. It takes over only when the reader
 * agrees (the page reloads), so this tab never runs the old app on the new data or the reverse.
 */
export function UpdateBanner() {
  const update = useWaitingUpdate();
  if (!update) return null;
  return (
    <div role="status" data-print="hide" className="fixed inset-x-0 bottom-4 z-30 flex justify-center px-4">
      <div className="flex items-center gap-2 rounded-md bg-stone-900 px-4 py-2.5 text-sm text-white shadow-lg">
        <span>有新版本，</span>
        <button type="button" onClick={update} className="rounded border border-white/60 px-3 py-0.5 font-bold hover:bg-white/10">
          刷新
        </button>
      </div>
    </div>
  );
}
