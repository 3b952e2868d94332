import type { ReactNode } from 'react';
import type { Paragraph } from '../../../schema/issue';
import { FieldText, HighlightTermsProvider } from './article-text';
import { paragraphAnchor } from '../paragraph-anchor';
import { useMarkedParagraph } from '../use-marked-paragraph';
import { ParagraphLink } from './paragraph-link';

// A paragraph opened from a shared link (#p3): tinted, with a rule in the margin, until another is.
const markedClass = 'rounded-sm bg-amber-100 shadow-[-0.5em_0_0_var(--color-amber-100),0.5em_0_0_var(--color-amber-100)]';

/** A paragraph with its anchor (#p3), its ¶ link control, and the mark when the address points at it. */
function Anchored({ index, marked, children }: { index: number; marked: boolean; children: ReactNode }) {
  return (
    <div id={paragraphAnchor(index)} data-marked={marked || undefined} className={`group relative scroll-mt-24 ${marked ? markedClass : ''}`}>
      {children}
      <ParagraphLink index={index} />
    </div>
  );
}

type Block = { kind: 'list'; items: { paragraph: Paragraph; index: number }[] } | { kind: 'paragraph'; paragraph: Paragraph; index: number };

/** Runs of consecutive `item` paragraphs become one list, so screen readers hear a list. */
function toBlocks(paragraphs: Paragraph[]): Block[] {
  const blocks: Block[] = [];
  paragraphs.forEach((paragraph, index) => {
    const last = blocks.at(-1);
    if (paragraph.kind !== 'item') blocks.push({ kind: 'paragraph', paragraph, index });
    else if (last?.kind === 'list') last.items.push({ paragraph, index });
    else blocks.push({ kind: 'list', items: [{ paragraph, index }] });
  });
  return blocks;
}

function Lead({ paragraph, index }: { paragraph: Paragraph; index: number }) {
  const { text, dateline } = paragraph;
  // The pipeline promises the text starts with the dateline; if it ever doesn't, show the text untouched.
  if (!dateline || !text.startsWith(dateline)) {
    return <p className="indent-[2em]"><FieldText text={text} field="paragraph" index={index} /></p>;
  }
  return (
    <p className="indent-[2em]">
      {/* The dateline in bold, as the paper sets it; its own mentions (北京…) stay links. */}
      <strong className="font-bold"><FieldText text={text} field="paragraph" index={index} to={dateline.length} /></strong>
      <FieldText text={text} field="paragraph" index={index} from={dateline.length} />
    </p>
  );
}

function ParagraphBlock({ paragraph, index }: { paragraph: Paragraph; index: number }) {
  const text = <FieldText text={paragraph.text} field="paragraph" index={index} />;
  switch (paragraph.kind) {
    case 'lead':
      return <Lead paragraph={paragraph} index={index} />;
    case 'subhead':
      // A subhead (小标题) in print: bold, set apart, no indent. A <p>, not a heading: the paper's
      // subheads are often full sentences and would break the page's heading outline.
      return <p className="pt-3 text-center font-bold tracking-wide">{text}</p>;
    case 'caption':
      return (
        <p className="border-y border-stone-300 py-2 text-sm leading-relaxed text-stone-600">
          <span aria-hidden="true" className="mr-1">▲</span>
          {text}
        </p>
      );
    default:
      return <p className="indent-[2em]">{text}</p>;
  }
}

/** The article's text, each paragraph styled by its kind; `highlight` (default: `?hl=`) marks words. */
export function ArticleBody({ paragraphs, highlight }: { paragraphs: Paragraph[]; highlight?: string[] }) {
  const marked = useMarkedParagraph();
  const body: ReactNode = (
    <div className="space-y-[0.9em] text-lg leading-[1.95] [text-align:justify]">
      {toBlocks(paragraphs).map((block) =>
        block.kind === 'list' ? (
          <ul key={block.items[0]?.index} className="list-none space-y-2 pl-[2em]">
            {block.items.map(({ paragraph, index }) => (
              <li
                key={index}
                id={paragraphAnchor(index)}
                data-marked={marked === index || undefined}
                className={`group relative scroll-mt-24 ${marked === index ? markedClass : ''}`}
              >
                <FieldText text={paragraph.text} field="paragraph" index={index} />
                <ParagraphLink index={index} />
              </li>
            ))}
          </ul>
        ) : (
          <Anchored key={block.index} index={block.index} marked={marked === block.index}>
            <ParagraphBlock paragraph={block.paragraph} index={block.index} />
          </Anchored>
        ),
      )}
    </div>
  );
  return highlight ? <HighlightTermsProvider terms={highlight}>{body}</HighlightTermsProvider> : body;
}
