import { useEffect, useRef } from 'react';

// Only palette colours that dark mode remaps (see index.css), so the toast keeps its contrast there too.
type UndoToastProps = {
  label: string;
  error?: string;
  /** What happened, when not "已移除“label”". */
  text?: string;
  /** Move focus to 撤销 (where the removed entry's button was); off where the reader's place must stay. */
  focusUndo?: boolean;
  /** Without undo: a plain notice (e.g. 已收藏) with only its close button. */
  onUndo?: () => void;
  onClose: () => void;
};

/** "Removed — undo": stays until used, closed, or replaced by the next removal (no timer to race). */
export function UndoToast({ label, error, text, focusUndo = true, onUndo, onClose }: UndoToastProps) {
  const undoButton = useRef<HTMLButtonElement>(null);
  // The removed entry's own button is gone; keyboard focus goes to the one thing likely wanted next.
  useEffect(() => {
    if (focusUndo) undoButton.current?.focus();
  }, [label, focusUndo]);
  return (
    <div className="fixed inset-x-0 bottom-4 z-20 flex justify-center px-4">
      <div className="flex max-w-full items-center gap-3 rounded bg-stone-900 px-4 py-2.5 text-sm text-stone-50 shadow-lg">
        <p role="status" className="min-w-0 truncate">
          {error ?? text ?? `已移除“${label}”`}
        </p>
        {onUndo && (
          <button
            ref={undoButton}
            type="button"
            onClick={onUndo}
            className="shrink-0 font-bold text-red-100 underline-offset-4 hover:underline"
          >
            撤销
          </button>
        )}
        <button type="button" onClick={onClose} aria-label="关闭提示" className="shrink-0 px-1 text-stone-300 hover:text-stone-50">
          ×
        </button>
      </div>
    </div>
  );
}
