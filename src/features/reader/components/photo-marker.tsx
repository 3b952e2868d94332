import type { Credit } from '../../../schema/issue';

/**
 * Photo news as the archive has it: the OCR'd caption and credit, not the picture. A small quiet
 * marker says what it was on the page; an empty picture box would read as a failed image.
 */
export function PhotoMarker({ note = false }: { note?: boolean }) {
  return (
    <p data-testid="photo-marker" className="flex items-center gap-1 text-xs tracking-wide text-stone-500">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.6">
        <path d="M4 7h3l2-2h6l2 2h3v12H4z" />
        <circle cx="12" cy="13" r="3.5" />
      </svg>
      图片新闻{note && <span>（档案只收录图片说明，未收录原图）</span>}
    </p>
  );
}

/** The photographers, as a caption credits them: 摄影 段木佳 刘常雨. */
export function PhotoCredit({ byline }: { byline: readonly Credit[] }) {
  const names = byline.filter((c) => c.role === 'photographer').map((c) => c.name);
  if (names.length === 0) return null;
  return (
    <p data-testid="photo-credit" className="mt-1 text-right text-xs text-stone-600">
      摄影　{names.join('　')}
    </p>
  );
}
