import type { Paragraph } from '../../../schema/issue';
import { excerpt } from '../format';

/** A story's first lines as on the front page: the dateline in bold, then the start of the text. */
export function Opening({ paragraph, length = 220 }: { paragraph: Paragraph; length?: number }) {
  const { text, dateline } = paragraph;
  if (!dateline || !text.startsWith(dateline)) return <p className="indent-[2em]">{excerpt(text, length)}</p>;
  return (
    <p className="indent-[2em]">
      <strong>{dateline}</strong>
      {excerpt(text.slice(dateline.length), length)}
    </p>
  );
}
