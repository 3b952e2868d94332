import type { CslItem } from './csl';
import type { ExportFormat } from './export-formats';

export type { ExportFormat };

/** File name endings and types by format (.ris for EndNote/NoteExpress, .bib, .json for Zotero). */
export const exportFormats: { id: ExportFormat; label: string; extension: string; type: string }[] = [
  { id: 'ris', label: 'RIS', extension: 'ris', type: 'application/x-research-info-systems' },
  { id: 'bibtex', label: 'BibTeX', extension: 'bib', type: 'application/x-bibtex' },
  { id: 'csl-json', label: 'CSL-JSON', extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
];

/** The text of `items` in `format`; loads citation-js on first use. */
export async function exportText(items: readonly CslItem[], format: ExportFormat): Promise<string> {
  const { formatItems } = await import('./export-formats');
  return formatItems(items, format);
}
