import type { Ref } from 'react';

const SHORTCUTS: [keys: string[], what: string][] = [
  [['j'], '下一篇文章'],
  [['k'], '上一篇文章'],
  [['['], '上一期（更早）'],
  [[']'], '下一期（更新）'],
  [['/'], '搜索'],
  [['b'], '收藏当前报纸或文章'],
  [['?'], '显示本帮助'],
];

/** The list of keyboard shortcuts, a native modal dialog; loaded by shortcuts-help.tsx when first asked for. */
export function ShortcutsDialog({ ref }: { ref: Ref<HTMLDialogElement> }) {
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-title"
      data-testid="shortcuts-dialog"
      className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded-lg border border-stone-300 bg-white p-6 text-stone-900 shadow-xl backdrop:bg-black/40"
    >
      <h2 id="shortcuts-title" className="text-lg font-bold">键盘快捷键</h2>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={what} className="contents">
            <dt>
              {keys.map((key) => (
                <kbd key={key} className="rounded border border-stone-400 bg-stone-100 px-1.5 font-mono">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-xs text-stone-600">在输入框中打字时，快捷键不会生效。</p>
      <form method="dialog" className="mt-5 text-right">
        <button type="submit" className="rounded border border-stone-400 px-4 py-1.5 text-sm hover:bg-stone-100">
          关闭
        </button>
      </form>
    </dialog>
  );
}
