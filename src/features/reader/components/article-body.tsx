import type { Paragraph } from '../../../schema/issue';

type Block = { kind: 'list'; items: Paragraph[] } | { kind: 'paragraph'; paragraph: Paragraph };

/** Runs of consecutive `item` paragraphs become one list, so screen readers hear a list. */
function toBlocks(paragraphs: Paragraph[]): Block[] {
  const blocks: Block[] = [];
  for (const paragraph of paragraphs) {
    const last = blocks.at(-1);
    if (paragraph.kind !== 'item') blocks.push({ kind: 'paragraph', paragraph });
    else if (last?.kind === 'list') last.items.push(paragraph);
    else blocks.push({ kind: 'list', items: [paragraph] });
  }
  return blocks;
}

function Lead({ paragraph }: { paragraph: Paragraph }) {
  const { text, dateline } = paragraph;
  // The pipeline promises the text starts with the dateline; if it ever doesn't, show the text untouched.
  if (!dateline || !text.startsWith(dateline)) return <p className="indent-[2em]">{text}</p>;
  return (
    <p className="indent-[2em]">
      <strong>{dateline}</strong>
      {text.slice(dateline.length)}
    </p>
  );
}

function ParagraphBlock({ paragraph }: { paragraph: Paragraph }) {
  switch (paragraph.kind) {
    case 'lead':
      return <Lead paragraph={paragraph} />;
    case 'subhead':
      return <p className="pt-2 font-bold">{paragraph.text}</p>;
    case 'caption':
      return (
        <p className="border-l-2 border-stone-300 pl-3 text-sm leading-relaxed text-stone-600 italic">
          {paragraph.text}
        </p>
      );
    default:
      return <p className="indent-[2em]">{paragraph.text}</p>;
  }
}

/** The article's text, each paragraph styled by its kind. */
export function ArticleBody({ paragraphs }: { paragraphs: Paragraph[] }) {
  return (
    <div className="space-y-4 text-lg leading-[1.9]">
      {toBlocks(paragraphs).map((block, i) =>
        block.kind === 'list' ? (
          <ul key={i} className="list-disc space-y-2 pl-[2em]">
            {block.items.map((item, j) => (
              <li key={j}>{item.text}</li>
            ))}
          </ul>
        ) : (
          <ParagraphBlock key={i} paragraph={block.paragraph} />
        ),
      )}
    </div>
  );
}
