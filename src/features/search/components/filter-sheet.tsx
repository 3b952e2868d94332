import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

type FilterSheetProps = {
  /** How many filters are in force, shown on the button. */
  active: number;
  /** How many results the filters leave, on the sheet's close button. */
  total: number;
  children: ReactNode;
};

/**
 * Phones only: a 筛选 button at the top of the results opening the filters in a sheet from the
 * bottom of the screen (a modal <dialog>: focus stays inside, Escape closes, focus returns to the
 * button). It stays open while filters are chosen, so several can be; its button says how many
 * results they leave.
 */
export function FilterSheet({ active, total, children }: FilterSheetProps) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <div className="md:hidden">
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className="inline-flex items-center gap-1.5 rounded-full border border-stone-400 bg-white px-3 py-1 text-sm text-stone-900 hover:border-red-800"
      >
        筛选
        {active > 0 && <span className="rounded-full bg-red-800 px-1.5 text-xs text-white">{active}</span>}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={title}
        // The dialog closes itself on Escape: keep the state in step.
        onClose={() => setOpen(false)}
        // A tap on the backdrop (the dialog element itself, outside its content) closes it.
        onClick={(event) => event.target === dialog.current && setOpen(false)}
        className="mx-0 mt-auto mb-0 max-h-[85dvh] w-full max-w-none rounded-t-xl bg-white p-0 text-stone-900 shadow-xl backdrop:bg-black/50"
      >
        {open && (
          <div className="flex max-h-[85dvh] flex-col">
            <div className="flex items-center justify-between border-b border-stone-300 px-4 py-2">
              <h2 id={title} className="text-lg font-bold">
                筛选
              </h2>
              {/* Focused first, not the date field: that would open the phone's keyboard at once. */}
              <button type="button" autoFocus onClick={() => setOpen(false)} aria-label="关闭筛选" className="rounded px-2 py-1 text-xl leading-none text-stone-600 hover:bg-stone-100">
                <span aria-hidden="true">×</span>
              </button>
            </div>
            <div className="flex-1 overflow-y-auto px-4 py-4">{children}</div>
            <div className="border-t border-stone-300 px-4 py-3">
              <button type="button" onClick={() => setOpen(false)} className="w-full rounded bg-stone-800 py-2 text-stone-50 hover:bg-stone-700">
                查看 {total} 篇结果
              </button>
            </div>
          </div>
        )}
      </dialog>
    </div>
  );
}
