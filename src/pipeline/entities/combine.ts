/**
 * Rules and model together. The cue rules (extract.ts) are near-perfect on this paper, so their
 * spans always stay; the statistical tagger adds what has no cue. The policy, in order:
 *  1. A tagged span below its type's minimum confidence is dropped (POLICY.minConfidence, and
 *     POLICY.foreignPerson for a person's name without a Chinese surname).
 *  2. A tagged name must look like a name: Han letters (a `·` inside a foreign name), 2–4
 *     characters for a person (up to 10 with `·`), 2 or more for a place, and not an ordinary word
 *     jieba knows well (a gazetteer place is never vetoed). A person begins with a surname the
 *     rules know or is a foreign name (a `·`, or only letters of transliteration), and does not end
 *     like a place or a body (市, 县, 港, 街, 局…).
 *  3. A tagged person or place inside a tagged organisation (株洲市政府, 中山大学) is not mentioned
 *     there: the organisation is. The rules' gazetteer matches inside organisation names stay
 *     as before (a place's own government mentions the place), since rules always win.
 *  4. The same span found by both, with the same type: one mention, source `both`, with the
 *     tagger's confidence. With another type (a person's name that is also a place): the rule's
 *     type wins, source `rule`.
 *  5. A tagged span overlapping a rule span in any other way is dropped (the rule's span wins).
 *  6. Tagged spans overlapping each other: the more confident wins.
 *  7. A place the tagger found is linked to the gazetteer when its name (or an alias) is there,
 *     otherwise it is a place of its own (level `other`, no parent), named as printed.
 * Archive-wide, a name only the tagger found is looked for everywhere (like a rule-confirmed name)
 * only when it was tagged in at least POLICY.spread.minArticles articles and at least once with
 * POLICY.spread.minConfidence: one confident guess must not be copied across ten years.
 */
import { COMMON_SURNAMES, COMPOUND_SURNAMES, RARE_SURNAMES, TRANSLITERATION, isCommonWord } from './lexicon.ts';
import { insideWord, placeByName, trieOf, wordsAt, type EntitySpan } from './extract.ts';

/** A span as the tagger returns it (UTF-16 offsets, confidence in [0, 1]). */
export interface TaggedSpan {
  type: 'person' | 'place' | 'org';
  start: number;
  end: number;
  text: string;
  confidence: number;
}

export type Source = 'rule' | 'model' | 'both';
export type SourcedSpan = EntitySpan & { source: Source; confidence?: number };

export interface CombinePolicy {
  minConfidence: Record<TaggedSpan['type'], number>;
  /** A person's name without a Chinese surname (a transliteration) needs this much. */
  foreignPerson: number;
  spread: { minConfidence: number; minArticles: number };
}

/**
 * Thresholds chosen from the tagger's held-out news split (scripts/calibrate-combine.ts, rerun
 * whenever the model is retrained) and the dev gold: after the name checks, each sentence tagged on
 * its own, tagged people are right 0.68 of the time at confidence 0.5–0.6, 0.91 at 0.6–0.7 and 0.98
 * from 0.7 (0.96 from 0.6 overall); places outside the gazetteer 0.56, 0.90 and 1.00 (other places
 * 0.83, 0.89, 0.97). Places start at 0.72: below, rivers the dev gold names without 河 (0.68, 0.705)
 * and a 青山 that is no place (0.66) cost its precision 0.925. Foreign-looking names start at 0.7:
 * a company spelled like a name was the dev gold's only false person from 0.6 with an earlier model.
 * No confidence reached 0.9, so spreading asks for 0.8. Organisations only mask (step 3); 0.5 is the
 * tagger's own tie.
 */
export const POLICY: CombinePolicy = {
  minConfidence: { person: 0.6, place: 0.72, org: 0.5 },
  foreignPerson: 0.7,
  spread: { minConfidence: 0.8, minArticles: 2 },
};

const PERSON_SHAPE = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}+(?:·\p{Script=Han}+)+)$/u;
const PLACE_SHAPE = /^\p{Script=Han}{2,}$/u;

/** A place's or an organisation's last letter: 某某市, 某某港 and 某某街 are not people. */
const NOT_A_NAME_END = /[市县区镇乡村街路港省州局委厂司]$/u;

/** Chinese: begins with a surname the rules know; foreign: has a `·` or is spelled wholly in the letters of foreign names. */
function personShape(name: string): 'chinese' | 'foreign' | null {
  if (!PERSON_SHAPE.test(name) || [...name].length > 10 || NOT_A_NAME_END.test(name)) return null;
  if (name.includes('·')) return 'foreign';
  const first = String.fromCodePoint(name.codePointAt(0)!);
  if (COMMON_SURNAMES.has(first) || RARE_SURNAMES.has(first) || COMPOUND_SURNAMES.some((c) => name.startsWith(c))) return 'chinese';
  return [...name].every((c) => TRANSLITERATION.has(c)) ? 'foreign' : null;
}

/** Step 1: a foreign-looking name (no surname to go by; companies and brands are spelled the same way) needs `foreignPerson`. */
function confidentEnough(s: TaggedSpan, policy: CombinePolicy): boolean {
  if (s.confidence < policy.minConfidence[s.type]) return false;
  return s.type !== 'person' || personShape(s.text) !== 'foreign' || s.confidence >= policy.foreignPerson;
}

/**
 * Policy step 2: does the tagged text look like a name of its type? (Not the rules' "inside a longer
 * word" veto: the tagger has read the context, and that veto loses 落实习近平 to 实习.)
 */
export function looksLikeName(s: TaggedSpan): boolean {
  if (s.type === 'person') return personShape(s.text) !== null && !isCommonWord(s.text, 100);
  if (!PLACE_SHAPE.test(s.text)) return false;
  return placeByName(s.text) !== undefined || !isCommonWord(s.text, 100);
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const inside = (a: { start: number; end: number }, b: { start: number; end: number }) => b.start <= a.start && a.end <= b.end;

/** The entity a tagged person or place refers to. */
function toEntity(s: TaggedSpan & { type: 'person' | 'place' }): EntitySpan {
  const entityId = s.type === 'place' ? (placeByName(s.text)?.id ?? s.text) : s.text;
  return { type: s.type, name: s.text, entityId, start: s.start, end: s.end };
}

/** One text's rule spans and tagged spans combined by the policy above, in text order; also the organisations kept. */
export function combineText(rules: EntitySpan[], tagged: TaggedSpan[], policy: CombinePolicy = POLICY): { spans: SourcedSpan[]; orgs: TaggedSpan[] } {
  const sure = tagged.filter((s) => confidentEnough(s, policy) && s.end > s.start);
  const orgs = sure.filter((s) => s.type === 'org');
  const out: SourcedSpan[] = rules.map((r) => ({ ...r, source: 'rule' as const }));
  const added: SourcedSpan[] = [];
  const candidates = sure
    .filter((s): s is TaggedSpan & { type: 'person' | 'place' } => s.type !== 'org')
    .filter((s) => looksLikeName(s) && !orgs.some((o) => inside(s, o) && !(o.start === s.start && o.end === s.end)))
    .sort((a, b) => b.confidence - a.confidence || a.start - b.start);
  for (const s of candidates) {
    const same = out.find((r) => r.start === s.start && r.end === s.end);
    if (same) {
      if (same.source === 'rule' && same.type === s.type) Object.assign(same, { source: 'both', confidence: s.confidence });
      continue;
    }
    if (out.some((r) => overlap(r, s)) || added.some((a) => overlap(a, s))) continue;
    added.push({ ...toEntity(s), source: 'model', confidence: s.confidence });
  }
  return { spans: [...out, ...added].sort((a, b) => a.start - b.start), orgs };
}

/** Names only the tagger found, often and confidently enough to be looked for everywhere. */
export function namesToSpread(spans: SourcedSpan[][], articleOf: readonly number[], policy: CombinePolicy = POLICY): Map<string, EntitySpan> {
  const stats = new Map<string, { articles: Set<number>; best: number; span: EntitySpan }>();
  const ruleNames = new Set<string>();
  spans.forEach((list, i) =>
    list.forEach((s) => {
      if (s.source !== 'model') return ruleNames.add(s.name);
      const key = `${s.type}:${s.name}`;
      const st = stats.get(key) ?? { articles: new Set(), best: 0, span: s };
      st.articles.add(articleOf[i]!);
      st.best = Math.max(st.best, s.confidence ?? 0);
      stats.set(key, st);
    }),
  );
  const byName = new Map<string, EntitySpan | null>();
  for (const st of stats.values()) {
    if (st.articles.size < policy.spread.minArticles || st.best < policy.spread.minConfidence || ruleNames.has(st.span.name)) continue;
    // A name tagged as a person here and a place there is left where the tagger put it.
    byName.set(st.span.name, byName.has(st.span.name) ? null : st.span);
  }
  return new Map([...byName].filter((e): e is [string, EntitySpan] => e[1] !== null));
}

/** Adds every occurrence of the spread names that no span or organisation covers and no longer word holds. */
export function spreadText(text: string, spans: SourcedSpan[], orgs: TaggedSpan[], names: Map<string, EntitySpan>, trie = trieOf(names.keys())): SourcedSpan[] {
  if (names.size === 0) return spans;
  const taken: { start: number; end: number }[] = [...spans, ...orgs];
  const added: SourcedSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const name of wordsAt(trie, text, i)) {
      const at = { start: i, end: i + name.length };
      if (taken.some((t) => overlap(t, at)) || insideWord(text, at.start, at.end)) continue;
      const { type, entityId } = names.get(name)!;
      added.push({ type, name, entityId, ...at, source: 'model' });
      taken.push(at);
      i = at.end - 1;
      break;
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}
