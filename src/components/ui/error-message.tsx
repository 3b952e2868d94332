type ErrorMessageProps = {
  title?: string;
  error: unknown;
  onRetry?: () => void;
  /** The button's words: 重试 unless the way out is something else (重新载入). */
  retryLabel?: string;
};

/** Shows what went wrong in words the reader can pass on, never a blank page. */
export function ErrorMessage({ title = '加载失败', error, onRetry, retryLabel = '重试' }: ErrorMessageProps) {
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="mx-auto max-w-[38em] px-4 py-16">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-4 break-words text-stone-700">{detail}</p>
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-6 rounded border border-stone-400 px-4 py-2 hover:bg-stone-100 focus-visible:outline-2"
        >
          {retryLabel}
        </button>
      )}
    </div>
  );
}
