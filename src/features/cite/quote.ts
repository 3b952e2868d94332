import type { CitationSource } from './source';
import { gbt7714 } from './format';

/**
 * What "copy with source" puts on the clipboard: the quote in Chinese quotation marks, its
 * GB/T 7714 reference, and the link to the paragraph it starts in (or to the article).
 */
export function quoteWithSource(quote: string, source: CitationSource, anchor?: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  return `“${text}”\n——${gbt7714(source)}\n${source.url}${anchor ? `#${anchor}` : ''}`;
}
