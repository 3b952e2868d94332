/** A ribbon bookmark, filled when saved: the state is visible in shape, not only in colour. */
export function BookmarkIcon({ filled, className = 'size-4' }: { filled: boolean; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className={className}>
      <path
        d="M4 1.75h8a.75.75 0 0 1 .75.75v11.4a.35.35 0 0 1-.56.28L8 11.1l-4.19 3.08a.35.35 0 0 1-.56-.28V2.5A.75.75 0 0 1 4 1.75Z"
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinejoin="round"
      />
    </svg>
  );
}
