import type { Article } from '../../../schema/issue';

/** The printed jump note, e.g. "（转B2版）"; the pipeline keeps the note's own wording. */
export function continuationText({ text, page }: NonNullable<Article['continuation']>): string {
  const note = text.trim() || `转${page}版`;
  return /^[（(]/.test(note) ? note : `（${note}）`;
}

/** The jump note where the printed story stops, and why the rest is not here. */
export function ContinuationNote({ continuation }: { continuation: NonNullable<Article['continuation']> }) {
  return (
    <p className="mt-5 text-right">
      <span className="font-bold">{continuationText(continuation)}</span>
      <span className="mt-1 block text-sm text-stone-600">本档案只收头版，{continuation.page}版的下文未收录。</span>
    </p>
  );
}
