/** Where the printed photo sits: the archive holds the OCR'd text only, so the frame says so. */
export function PhotoFrame() {
  return (
    <div
      aria-hidden="true"
      className="mb-3 flex aspect-[3/2] items-center justify-center bg-stone-200 bg-[repeating-linear-gradient(135deg,transparent_0_10px,var(--color-stone-300)_10px_11px)] text-stone-600"
    >
      <span className="flex flex-col items-center gap-1 bg-stone-200/90 px-3 py-1 text-sm">
        <svg viewBox="0 0 24 24" className="size-7" fill="none" stroke="currentColor" strokeWidth="1.5">
          <path d="M4 7h3l2-2h6l2 2h3v12H4z" />
          <circle cx="12" cy="13" r="3.5" />
        </svg>
        图片新闻
      </span>
    </div>
  );
}
