/**
 * CLI: npm run entities -- FILE   (or text on standard input)
 * Prints a JSON array of { type, name, start, end, source, confidence? } for the whole text, using
 * exactly the pipeline's extractor (rules and tagger combined): the file is one corpus and one
 * article, each line a text. Offsets are UTF-16 units into the
 * decoded text (after a BOM, if any). Standard output holds only the JSON; logs go to stderr.
 */
import { readFileSync } from 'node:fs';
import { combineCorpus } from './entities/combine-corpus.ts';
import { extractCorpus } from './entities/extract.ts';
import { tagDistinct } from './entities/tag-texts.ts';
import { decodeSeed } from './steps/decode.ts';

const file = process.argv[2];
const bytes = file && file !== '-' ? readFileSync(file) : readFileSync(0);
const decoded = decodeSeed(new Uint8Array(bytes));
if (!decoded.ok) {
  console.error(`error: ${file ?? 'stdin'}: ${decoded.reason}`);
  process.exit(1);
}
decoded.warnings.forEach((w) => console.error(`warning: ${w}`));

const text = decoded.text;
const lines: { text: string; offset: number }[] = [];
for (let offset = 0; offset <= text.length; ) {
  const nl = text.indexOf('\n', offset);
  const end = nl === -1 ? text.length : nl;
  lines.push({ text: text.slice(offset, end), offset });
  offset = end + 1;
}
const started = performance.now();
const texts = lines.map((l) => l.text);
const spans = combineCorpus(texts, extractCorpus(texts).spans, tagDistinct(texts), texts.map(() => 0));
const result = spans.flatMap((list, i) =>
  list.map((s) => ({
    type: s.type, name: s.name, start: s.start + lines[i]!.offset, end: s.end + lines[i]!.offset, source: s.source,
    ...(s.confidence !== undefined ? { confidence: s.confidence } : {}),
  })),
);
console.error(`${result.length} entities in ${text.length} characters, ${Math.round(performance.now() - started)} ms`);
process.stdout.write(`${JSON.stringify(result)}\n`);
