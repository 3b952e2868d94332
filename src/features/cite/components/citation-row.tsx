import { useRef, useState } from 'react';
import { copyText } from '../../../lib/clipboard';

/** One style's reference with its copy button; if the clipboard refuses, the text is selected instead. */
export function CitationRow({ id, label, text }: { id: string; label: string; text: string }) {
  const [status, setStatus] = useState<string>();
  const textRef = useRef<HTMLParagraphElement>(null);
  const copy = async () => {
    if (await copyText(text)) return setStatus('已复制');
    const node = textRef.current;
    if (node) getSelection()?.selectAllChildren(node);
    setStatus('无法访问剪贴板，已选中文字，请按 Ctrl+C 复制');
  };
  return (
    <div className="border-t border-stone-200 py-3" data-testid={`citation-${id}`}>
      <div className="flex items-center justify-between gap-3">
        <h3 id={`cite-${id}`} className="text-sm font-bold text-stone-700">{label}</h3>
        <button
          type="button"
          aria-describedby={`cite-${id}`}
          onClick={() => void copy()}
          className="shrink-0 rounded border border-stone-400 px-2.5 py-0.5 text-sm text-stone-700 hover:border-red-900 hover:text-red-900"
        >
          复制
        </button>
      </div>
      <p ref={textRef} data-testid="citation-text" className="mt-1.5 leading-relaxed break-all text-stone-900 select-all">
        {text}
      </p>
      <p role="status" className="min-h-5 text-xs text-stone-600">{status}</p>
    </div>
  );
}
