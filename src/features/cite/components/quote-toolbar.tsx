import { useEffect, useState } from 'react';
import type { CitationSource } from '../source';
import { quoteWithSource } from '../quote';
import { copyText } from '../../../lib/clipboard';

type Selected = { text: string; anchor?: string; top: number; left: number };

/** The selection inside `container`, where it sits on screen and the paragraph (#pN) it starts in. */
function readSelection(container: string): Selected | undefined {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const root = document.querySelector(container);
  const text = selection.toString().trim();
  if (!root || !root.contains(range.commonAncestorContainer) || text.length < 2) return undefined;
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const anchor = start?.closest('[id^="p"]')?.id;
  const rect = range.getBoundingClientRect();
  return { text, anchor: anchor && /^p\d+$/.test(anchor) ? anchor : undefined, top: rect.bottom + 8, left: Math.max(8, Math.min(rect.left, innerWidth - 240)) };
}

/**
 * Selecting text in the article offers "复制并注明出处": the quote with its citation and link, the
 * way a passage is sent to a colleague; on phones with the Web Share API, "分享" too.
 */
export function QuoteToolbar({ source, container }: { source: CitationSource; container: string }) {
  const [selected, setSelected] = useState<Selected>();
  const [status, setStatus] = useState<string>();
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        setSelected(readSelection(container));
        setStatus(undefined);
      });
    };
    update();
    document.addEventListener('selectionchange', update);
    addEventListener('scroll', update, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      removeEventListener('scroll', update);
    };
  }, [container]);
  if (!selected) return null;
  const text = quoteWithSource(selected.text, source, selected.anchor);
  const copy = async () => setStatus((await copyText(text)) ? '已复制引文和链接' : '无法访问剪贴板');
  const share = () => navigator.share({ title: source.title, text }).catch(() => undefined);
  const button = 'rounded px-2.5 py-1 hover:bg-stone-700';
  return (
    <div
      role="toolbar"
      aria-label="所选文字"
      data-testid="quote-toolbar"
      data-print="hide"
      style={{ top: selected.top, left: selected.left }}
      // Keeps the selection when a button is pressed (a press elsewhere would clear it).
      onMouseDown={(event) => event.preventDefault()}
      className="fixed z-20 flex items-center gap-1 rounded-md bg-stone-900 p-1 text-sm text-white shadow-lg"
    >
      <button type="button" className={button} onClick={() => void copy()}>
        复制并注明出处
      </button>
      {typeof navigator.share === 'function' && (
        <button type="button" className={button} onClick={() => void share()}>
          分享
        </button>
      )}
      <span role="status" className={status ? 'px-2 text-xs text-stone-300' : 'sr-only'}>
        {status}
      </span>
    </div>
  );
}
