import { Fragment, type ReactNode } from 'react';
import { headlineDecks, type Range } from '../../lib/headline-breaks';

type HeadlineTextProps = {
  text: string;
  /** Ranges that must not break (linked names). */
  keep?: readonly Range[];
  /** Renders `[from, to)` of the text (with its links and marks); plain text by default. */
  renderRange?: (from: number, to: number) => ReactNode;
};

/**
 * A headline that breaks as the paper sets it: each deck (a run between printed spaces) is a box of
 * its own, so lines break between decks first; inside a deck only between words (<wbr> under
 * keep-all). `overflow-wrap: anywhere` is the last resort for a word longer than the line.
 */
export function HeadlineText({ text, keep, renderRange = (from, to) => text.slice(from, to) }: HeadlineTextProps) {
  const decks = headlineDecks(text, keep);
  return (
    <span className="break-keep [overflow-wrap:anywhere]">
      {decks.map((deck, d) => (
        <Fragment key={deck[0]![0]}>
          {d > 0 && text.slice(decks[d - 1]!.at(-1)![1], deck[0]![0])}
          <span className="inline-block max-w-full">
            {deck.map(([from, to], i) => (
              <Fragment key={from}>
                {i > 0 && <wbr />}
                {renderRange(from, to)}
              </Fragment>
            ))}
          </span>
        </Fragment>
      ))}
    </span>
  );
}
