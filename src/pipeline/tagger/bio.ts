/**
 * Reader for the BIO corpora in data/ner/: one character and its tag a line, a blank line between
 * sentences. Three formats occur: `字 TAG` (space), `字\tTAG` (tab), and Weibo's `字0\tTAG` where a
 * digit after the character is its word-segmentation position (dropped here).
 *
 * Label mapping onto the project's types (docs/entities.md says why):
 *   PER, PER.NAM            → person
 *   LOC, GPE, LOC.NAM, GPE.NAM → place   (the corpora's LOC covers countries, divisions, rivers, landmarks)
 *   ORG, ORG.NAM            → org        (kept so the tagger learns 株洲市政府 is one organisation)
 *   *.NOM (记者, 国家 as common nouns), anything else → O
 */
export const entityTypes = ['person', 'place', 'org'] as const;
export type EntityType = (typeof entityTypes)[number];

export interface GoldSpan {
  type: EntityType;
  start: number;
  end: number;
}
export interface Sentence {
  text: string;
  spans: GoldSpan[];
}

/** The project type of a corpus tag's entity part (PER, GPE.NAM…), or null when it maps to O. */
export function mapLabel(kind: string): EntityType | null {
  const [base, sub] = kind.split('.');
  if (sub !== undefined && sub !== 'NAM') return null;
  if (base === 'PER') return 'person';
  if (base === 'LOC' || base === 'GPE') return 'place';
  if (base === 'ORG') return 'org';
  return null;
}

/** Parses a BIO file's text into sentences with their spans (UTF-16 offsets into the sentence). */
export function parseBio(content: string, source = 'BIO'): Sentence[] {
  const sentences: Sentence[] = [];
  let text = '';
  let spans: GoldSpan[] = [];
  let open: GoldSpan | null = null;
  const flush = () => {
    if (open) spans.push(open);
    open = null;
    if (text) sentences.push({ text, spans });
    text = '';
    spans = [];
  };
  const lines = content.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') return flush();
    const m = /^(\S+?)\d*[ \t]+(\S+)$/u.exec(line) ?? /^([ \u3000])[ \t]+(\S+)$/.exec(line);
    if (!m) throw new Error(`${source}:${index + 1}: expected "character TAG", got ${JSON.stringify(line)}`);
    // The lazy first group keeps one character (a digit too); digits after it are Weibo's position.
    const ch = m[1]!;
    const tag = m[2]!;
    const at = text.length;
    text += ch;
    const dash = tag.indexOf('-');
    const prefix = dash < 0 ? tag : tag.slice(0, dash);
    const type = dash < 0 ? null : mapLabel(tag.slice(dash + 1));
    if ((prefix === 'I' || prefix === 'E') && open && type === open.type && open.end === at) {
      open.end = text.length;
      if (prefix === 'E') {
        spans.push(open);
        open = null;
      }
      return;
    }
    if (open) spans.push(open);
    open = null;
    if (prefix !== 'O' && prefix !== 'B' && prefix !== 'I' && prefix !== 'E' && prefix !== 'S')
      throw new Error(`${source}:${index + 1}: unknown tag ${JSON.stringify(tag)}`);
    // A stray I- without its B- starts a span, as conlleval reads it.
    if (type && prefix !== 'O') open = { type, start: at, end: text.length };
  });
  flush();
  return sentences;
}
