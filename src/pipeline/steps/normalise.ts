/**
 * Display normalisation of OCR text: line ends, layout hints, and half-width punctuation inside
 * Chinese text turned into the full-width forms a Chinese reader expects. Numbers, times, phone
 * numbers and Latin text keep their own punctuation (0731-28680230, 8:00-20:00, 5G, "Hello, world").
 */

export interface RawLine {
  /** The line's text after normalisation; never empty. */
  text: string;
  /** The line was marked as a headline by a Markdown-style `## ` prefix. */
  marked: boolean;
  /** Blank lines between this line and the previous non-blank one (0: same block). */
  gapBefore: number;
  /** 1-based line number in the source file, for error messages. */
  lineNo: number;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
// Full-width/CJK punctuation and quotes count as "Chinese context" too.
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014]/;

function isChineseContext(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || CJK_PUNCT.test(ch));
}

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** Converts half-width punctuation that sits next to Chinese text; leaves Latin/number contexts alone. */
export function normalisePunctuation(line: string): string {
  // A run like ",;株" converts from the Chinese side one mark per pass; repeat until nothing changes.
  let current = line;
  for (let pass = 0; pass < 8; pass++) {
    const next = convertOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

function convertOnce(line: string): string {
  const chars = Array.from(line);
  const out = [...chars];
  const neighbour = (i: number, step: number): string | undefined => {
    for (let j = i + step; j >= 0 && j < chars.length; j += step) {
      if (chars[j] !== ' ') return chars[j];
    }
    return undefined;
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '(' || ch === ')') continue; // handled as pairs below
    const full = FULL[ch];
    if (full && (isChineseContext(neighbour(i, -1)) || isChineseContext(neighbour(i, 1)))) {
      // 8:00 or 1,000 between digits is a number, whatever surrounds it.
      if (/\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i + 1] ?? '')) continue;
      out[i] = full;
      // A space the OCR left after converted punctuation is an artefact in Chinese setting.
      if (chars[i + 1] === ' ' && isChineseContext(neighbour(i + 1, 1))) out[i + 1] = '';
    }
  }
  convertParenPairs(chars, out);
  convertStraightQuotes(chars, out);
  return out.join('');
}

/** A (…) pair becomes （…） when its content or its surroundings are Chinese. */
function convertParenPairs(chars: string[], out: string[]): void {
  const stack: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '(') stack.push(i);
    else if (chars[i] === ')' && stack.length) {
      const open = stack.pop()!;
      const inner = chars.slice(open + 1, i).join('');
      if (HAN.test(inner) || isChineseContext(chars[open - 1]) || isChineseContext(chars[i + 1])) {
        out[open] = '（';
        out[i] = '）';
      }
    }
  }
}

/** Straight double quotes in Chinese text alternate as “ and ”. */
function convertStraightQuotes(chars: string[], out: string[]): void {
  const positions = chars.flatMap((c, i) => (c === '"' ? [i] : []));
  if (positions.length % 2 !== 0) return;
  for (let k = 0; k < positions.length; k += 2) {
    const a = positions[k]!;
    const b = positions[k + 1]!;
    const inner = chars.slice(a + 1, b).join('');
    if (HAN.test(inner)) {
      out[a] = '“';
      out[b] = '”';
    }
  }
}

/** Splits decoded text into non-blank lines with their layout facts; pure. */
export function toLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  let gap = 0;
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw, index) => {
      let t = raw.replace(/[\u00a0\u3000\t]/g, ' ').replace(/ {2,}/g, ' ').trim();
      const marked = /^#{1,6}\s/.test(t);
      if (marked) t = t.replace(/^#{1,6}\s+/, '');
      if (t === '') {
        gap++;
        return;
      }
      lines.push({ text: normalisePunctuation(t), marked, gapBefore: lines.length === 0 ? 0 : gap, lineNo: index + 1 });
      gap = 0;
    });
  return lines;
}
