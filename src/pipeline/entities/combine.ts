/**
 * Rules and model together. The cue rules (extract.ts) are near-perfect on this paper, so their
 * spans always stay; the statistical tagger adds what has no cue. The policy, in order:
 *  1. A tagged span below its type's minimum confidence is dropped (POLICY: a place the gazetteer
 *     or the list of world regions knows needs `knownPlace`, a person's name without a Chinese
 *     surname `foreignPerson`).
 *  2. A tagged name must look like a name of its type (name-shape.ts).
 *  3. A tagged person or place inside a tagged organisation (株洲市政府, 中山大学) is not mentioned
 *     there: the organisation is. The rules' gazetteer matches inside organisation names stay
 *     as before (a place's own government mentions the place), since rules always win.
 *  4. The same span found by both, with the same type: one mention, source `both`, with the
 *     tagger's confidence. With another type (a person's name that is also a place): the rule's
 *     type wins, source `rule`.
 *  5. A tagged span overlapping a rule span in any other way is dropped (the rule's span wins),
 *     unless it completes it: the rule found the beginning of the name the tagger read whole
 *     (帕特里斯·马涅埃, 香港特别行政区), then the mention widens to the whole name.
 *  6. Tagged spans overlapping each other: the more confident wins.
 *  7. A place the tagger found is linked to the gazetteer when its name (or an alias, or a city's
 *     short form) is there, otherwise it is a place of its own (level `other`, no parent).
 * Archive-wide, a name only the tagger found is looked for everywhere (like a rule-confirmed name)
 * only when it was tagged in at least POLICY.spread.minArticles articles and at least once with
 * POLICY.spread.minConfidence: one confident guess must not be copied across ten years.
 */
import { insideWord, trieOf, wordsAt, type EntitySpan } from './extract.ts';
import { WORLD_REGIONS, gazetteerPlace, looksLikeName, personShape } from './name-shape.ts';

export { gazetteerPlace, looksLikeName } from './name-shape.ts';

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
  /** For a place: one outside the gazetteer (a place the gazetteer knows needs only `knownPlace`). */
  minConfidence: Record<TaggedSpan['type'], number>;
  /** A tagged place whose name the gazetteer knows (大连 for 大连市, 伦敦 among the countries' capitals…). */
  knownPlace: number;
  /** A person's name without a Chinese surname (a transliteration) needs this much. */
  foreignPerson: number;
  spread: { minConfidence: number; minArticles: number };
}

/**
 * Thresholds chosen from the tagger's held-out news split (scripts/calibrate-combine.ts, rerun
 * whenever the model is retrained) and the dev gold, admitting a band only where the tagger is right
 * at least 0.9 of the time: after the name checks, each sentence tagged on its own, tagged people
 * are right 0.68 of the time at confidence 0.5–0.6, 0.91 at 0.6–0.7 and 0.94 from 0.7; places outside
 * the gazetteer 0.58, 0.90 and 1.00; places it knows 0.83, 0.89, 0.94. Other places start at 0.72:
 * below, rivers the dev gold names without 河 (0.68, 0.705) and a 青山 in 绿水青山 (0.66) cost its
 * precision. Foreign-looking names start at 0.7: a company spelled like a name (舍弗勒) is the dev
 * gold's false person below. No confidence reached 0.9, so spreading asks for 0.8. Organisations
 * only mask (step 3); 0.5 is the tagger's own tie.
 */
export const POLICY: CombinePolicy = {
  minConfidence: { person: 0.6, place: 0.72, org: 0.5 },
  knownPlace: 0.6,
  foreignPerson: 0.7,
  spread: { minConfidence: 0.8, minArticles: 2 },
};

/**
 * The confidence a tagged span needs to be kept (step 1): a place the gazetteer or the world regions
 * know needs less; a foreign-looking name (no surname to go by; companies and brands are spelled the
 * same way) needs `foreignPerson`.
 */
export function requiredConfidence(s: Pick<TaggedSpan, 'type' | 'text'>, policy: CombinePolicy = POLICY): number {
  if (s.type === 'place' && (gazetteerPlace(s.text) || WORLD_REGIONS.has(s.text))) return policy.knownPlace;
  if (s.type === 'person' && personShape(s.text) === 'foreign') return Math.max(policy.minConfidence.person, policy.foreignPerson);
  return policy.minConfidence[s.type];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const inside = (a: { start: number; end: number }, b: { start: number; end: number }) => b.start <= a.start && a.end <= b.end;

/** The entity a tagged person or place refers to. */
function toEntity(s: TaggedSpan & { type: 'person' | 'place' }): EntitySpan {
  const entityId = s.type === 'place' ? (gazetteerPlace(s.text)?.id ?? s.text) : s.text;
  return { type: s.type, name: s.text, entityId, start: s.start, end: s.end };
}

/** What may follow a place's name within the same place: 香港特别行政区, 苏里南共和国, 福井县. */
const PLACE_COMPLETION = /^(?:特别行政区|自治区|共和国|合众国|联邦|王国|大公国|公国|地区|省|市|县|州|岛)$/u;

/**
 * Step 5's one exception: the rule found the beginning of the name the tagger read whole, of the
 * same type (帕特里斯 of 帕特里斯·马涅埃, 香港 of 香港特别行政区). The rule span is the only one the
 * tagged span overlaps; a place's rest must be an administrative word, so 株洲大道 never becomes 株洲.
 */
function completes(s: TaggedSpan & { type: 'person' | 'place' }, out: SourcedSpan[]): SourcedSpan | undefined {
  const touched = out.filter((r) => overlap(r, s));
  const r = touched[0];
  if (touched.length !== 1 || r!.type !== s.type || r!.start !== s.start || r!.end >= s.end || r!.source !== 'rule') return undefined;
  const rest = s.text.slice(r!.end - s.start);
  return (s.type === 'person' ? rest.startsWith('·') : PLACE_COMPLETION.test(rest) || gazetteerPlace(s.text)) ? r : undefined;
}

/** The rule's span widened to the tagged name: a person is then the whole name; a place keeps the rule's entity unless the gazetteer knows the whole name. */
function completion(s: TaggedSpan & { type: 'person' | 'place' }, r: SourcedSpan): Partial<SourcedSpan> {
  const entityId = s.type === 'person' ? s.text : (gazetteerPlace(s.text)?.id ?? r.entityId);
  return { name: s.text, entityId, end: s.end, source: 'both', confidence: s.confidence };
}

/** One text's rule spans and tagged spans combined by the policy above, in text order; also the organisations kept. */
export function combineText(rules: EntitySpan[], tagged: TaggedSpan[], policy: CombinePolicy = POLICY): { spans: SourcedSpan[]; orgs: TaggedSpan[] } {
  const sure = tagged.filter((s) => s.confidence >= requiredConfidence(s, policy) && s.end > s.start);
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
    const completed = completes(s, out);
    if (completed) {
      Object.assign(completed, completion(s, completed));
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
