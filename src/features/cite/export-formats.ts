// Loaded only when someone downloads a citation (lazy import in export-files.ts): citation-js and
// its RIS and BibTeX plugins stay out of the first page's JavaScript.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import type { CslItem } from './csl';

export type ExportFormat = 'ris' | 'bibtex' | 'csl-json';

// By default the BibTeX output is ASCII only and drops every Chinese character (a title became
// ":"); BibLaTeX, Zotero and JabRef read UTF-8. Our ids are ASCII, so they make good keys.
const bibtexConfig = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
bibtexConfig.format.asciiOnly = false;
bibtexConfig.format.useIdAsLabel = true;

/**
 * citation-js 0.8's RIS output for newspaper articles (TY NEWS) writes no AU line at all (its mapping
 * wants CSL `reporter` and still drops it) and only the year (PY). A newspaper article is cited by
 * its authors and day, so each record gets its AU lines after TY and DA (YYYY/MM/DD, which Zotero,
 * EndNote and NoteExpress read) after PY; citation-js reads the AU lines back (as `reporter`).
 */
function ris(items: readonly CslItem[]): string {
  const records = (new Cite(items.map((item) => ({ ...item }))).format('ris', { format: 'text' }) as string).split(/(?<=^ER {2}- *)\n/m);
  const pad = (n: number) => String(n).padStart(2, '0');
  return records
    .map((record, i) => {
      const item = items[i];
      if (!item) return record;
      const [year, month, day] = item.issued['date-parts'][0];
      const authors = (item.author ?? []).map((author) => `\nAU  - ${author.literal}`).join('');
      return record
        .replace(/^(TY {2}- .*)$/m, `$1${authors}`)
        .replace(/^(PY {2}- .*)$/m, `$1\nDA  - ${year}/${pad(month)}/${pad(day)}`);
    })
    .join('\n');
}

/** The items written in `format` by citation-js, as a reference manager imports them. */
export function formatItems(items: readonly CslItem[], format: ExportFormat): string {
  if (format === 'ris') return ris(items);
  const cite = new Cite(items.map((item) => ({ ...item })));
  if (format === 'csl-json') return `${JSON.stringify(cite.data, null, 2)}\n`;
  return cite.format('bibtex', { format: 'text' }) as string;
}
