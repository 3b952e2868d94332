/**
 * Surname and given-name statistics learned from the training sentences: how often a character
 * starts a person's name, and how often it sits inside one, against how often it occurs at all.
 * Coarse buckets (0–3), so a rare character seen twice in a name generalises without memorising.
 */
import type { Sentence } from './bio.ts';
import type { NameStats } from './features.ts';

const bucket = (inName: number, total: number) => {
  if (inName < 2) return 0;
  const r = inName / total;
  return r >= 0.5 ? 3 : r >= 0.15 ? 2 : r >= 0.03 ? 1 : 0;
};

export function learnNameStats(sentences: readonly Sentence[]): NameStats {
  const total = new Uint32Array(65536), first = new Uint32Array(65536), inside = new Uint32Array(65536);
  for (const s of sentences) {
    for (let i = 0; i < s.text.length; i++) total[s.text.charCodeAt(i)]!++;
    for (const sp of s.spans) {
      if (sp.type !== 'person') continue;
      const len = sp.end - sp.start;
      // Chinese names of 2–3 letters: the first is a surname; the rest are given-name letters.
      if (len >= 2 && len <= 3) first[s.text.charCodeAt(sp.start)]!++;
      for (let i = sp.start + (len <= 3 ? 1 : 0); i < sp.end; i++) inside[s.text.charCodeAt(i)]!++;
    }
  }
  const surname = new Uint8Array(65536), given = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (!total[c]) continue;
    surname[c] = bucket(first[c]!, total[c]!);
    given[c] = bucket(inside[c]!, total[c]!);
  }
  return { surname, given };
}

/** Compact form for the model file: the characters of each non-zero bucket. */
export function statsToJson(stats: NameStats): Record<'surname' | 'given', string[]> {
  const dump = (t: Uint8Array) => [1, 2, 3].map((b) => Array.from(t.keys()).filter((c) => t[c] === b).map((c) => String.fromCharCode(c)).join(''));
  return { surname: dump(stats.surname), given: dump(stats.given) };
}

export function statsFromJson(json: Record<'surname' | 'given', string[]>): NameStats {
  const load = (parts: string[]) => {
    const t = new Uint8Array(65536);
    parts.forEach((chars, k) => { for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = k + 1; });
    return t;
  };
  return { surname: load(json.surname), given: load(json.given) };
}
