import type { ReactNode } from 'react';
import { createContext, Fragment, useContext } from 'react';
import { useSearchParams } from 'react-router';
import type { Mention } from '../../../schema/issue';
import { Highlight } from '../../../components/ui/highlight';
import { literalRanges } from '../../../schema/ranges';
import { mentionSegments, mentionsIn, rangesWithin } from '../segments';

/** How the route wants a mention shown (the entities feature's link); the reader does not know it. */
export type RenderMention = (mention: Mention, children: ReactNode) => ReactNode;

type TextSettings = { terms: readonly string[]; mentions: readonly Mention[]; renderMention?: RenderMention };

const TextSettingsContext = createContext<TextSettings>({ terms: [], mentions: [] });

type ProviderProps = { mentions?: readonly Mention[]; renderMention?: RenderMention; children: ReactNode };

/** What every field of an article marks: search words (`?hl=`, from a search) and mentions. */
export function ArticleTextProvider({ mentions = [], renderMention, children }: ProviderProps) {
  const [params] = useSearchParams();
  const value = { terms: params.getAll('hl'), mentions, renderMention };
  return <TextSettingsContext.Provider value={value}>{children}</TextSettingsContext.Provider>;
}

/** Overrides the search words for the text inside (ArticleBody's `highlight` prop). */
export function HighlightTermsProvider({ terms, children }: { terms: readonly string[]; children: ReactNode }) {
  const settings = useContext(TextSettingsContext);
  return <TextSettingsContext.Provider value={{ ...settings, terms }}>{children}</TextSettingsContext.Provider>;
}


type FieldTextProps = {
  text: string;
  field: Mention['field'];
  /** Paragraph, subtitle or credit index; mention offsets count from the start of that text. */
  index?: number;
  /** Part of the text to show (a lead paragraph shows its dateline separately). */
  from?: number;
  to?: number;
};

/**
 * One field's text with its mentions rendered by the route and search words marked. The words are
 * found in the whole field, then cut at the mentions, so a word that runs across a name (市长阳卫国)
 * is marked on both sides of the link.
 */
export function FieldText({ text, field, index = 0, from = 0, to = text.length }: FieldTextProps) {
  const { terms, mentions, renderMention } = useContext(TextSettingsContext);
  const ranges = terms.length > 0 ? literalRanges(text, terms) : [];
  const own = renderMention ? mentionsIn(mentions, field, index) : [];
  const segments = own.length === 0 ? [{ start: from, end: to, mention: undefined }] : mentionSegments(own, from, to);
  return segments.map(({ start, end, mention }) => {
    const piece = <Highlight text={text.slice(start, end)} ranges={rangesWithin(ranges, start, end)} />;
    return <Fragment key={start}>{mention && renderMention ? renderMention(mention, piece) : piece}</Fragment>;
  });
}
