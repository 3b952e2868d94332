import { useState } from 'react';
import { copyText } from '../../../lib/clipboard';
import { paragraphAnchor } from '../paragraph-anchor';

/** The paragraph's own address: this page without its search words (?hl=), with #pN. */
function paragraphUrl(index: number): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#${paragraphAnchor(index)}`;
}

// Phones share through the system sheet (WeChat among its targets); elsewhere the link is copied.
const canShare = () => typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches;

/**
 * The small ¶ beside a paragraph: copies (or, on a phone, shares) the link to it. In the margin and
 * faint until the paragraph is hovered or the control focused; always faintly there on touch screens.
 */
export function ParagraphLink({ index }: { index: number }) {
  const [done, setDone] = useState<string>();
  const act = async () => {
    const url = paragraphUrl(index);
    if (canShare()) {
      try {
        await navigator.share({ title: document.title, url });
        return;
      } catch (error) {
        // Dismissing the share sheet is not a failure; anything else falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    setDone((await copyText(url)) ? '已复制本段链接' : `请手动复制：${url}`);
    setTimeout(() => setDone(undefined), 2500);
  };
  return (
    // select-none, and the ¶ drawn by CSS: copying the paragraph's text never picks up the control.
    <span data-print="hide" className="absolute top-[0.35em] -left-4 select-none sm:-left-8">
      <button
        type="button"
        data-testid="paragraph-link"
        aria-label={`复制第${index + 1}段的链接`}
        title={`复制第${index + 1}段的链接`}
        onClick={() => void act()}
        className="flex h-6 w-4 items-center sm:w-6 justify-center rounded text-base leading-none text-stone-500 opacity-0 transition-opacity group-hover:opacity-100 hover:text-red-800 focus-visible:opacity-100 before:content-['¶'] [@media(hover:none)]:opacity-50"
      />
      {/* Always present, so screen readers announce the message when it appears. */}
      <span
        role="status"
        className={done ? 'absolute top-7 left-0 z-10 rounded bg-stone-800 px-2 py-1 text-xs whitespace-nowrap text-white' : 'sr-only'}
      >
        {done}
      </span>
    </span>
  );
}
