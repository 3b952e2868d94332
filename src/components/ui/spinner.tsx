/** A quiet loading indicator; the text is what screen readers announce. */
export function Spinner({ label = '加载中…' }: { label?: string }) {
  return (
    <div role="status" className="flex items-center justify-center gap-3 py-16 text-stone-500">
      <span
        aria-hidden="true"
        className="size-5 animate-spin rounded-full border-2 border-stone-300 border-t-stone-700"
      />
      <span>{label}</span>
    </div>
  );
}
