/**
 * Scoring of tagged spans against BIO gold, per type: mention level (exact span and type) and
 * document level (the distinct names of a document; a found name is right when the same string is
 * annotated with that type somewhere in the document), as the reference figures are measured.
 */
import { entityTypes, type EntityType, type GoldSpan } from './bio.ts';

export interface Counts { tp: number; fp: number; fn: number }
export type TypeCounts = Record<EntityType, Counts>;
export const emptyCounts = (): TypeCounts =>
  Object.fromEntries(entityTypes.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as TypeCounts;

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Adds the mention-level counts of one sentence. */
export function countMentions(into: TypeCounts, gold: readonly GoldSpan[], found: readonly GoldSpan[]): void {
  const key = (s: GoldSpan) => `${s.type}:${s.start}:${s.end}`;
  const g = new Set(gold.map(key)), f = new Set(found.map(key));
  for (const s of found) into[s.type][g.has(key(s)) ? 'tp' : 'fp']++;
  for (const s of gold) if (!f.has(key(s))) into[s.type].fn++;
}

/** Adds the document-level counts of one document, given the names (strings) found and annotated per type. */
export function countDocument(into: TypeCounts, gold: readonly { type: EntityType; text: string }[], found: readonly { type: EntityType; text: string }[]): void {
  for (const type of entityTypes) {
    const g = new Set(gold.filter((x) => x.type === type).map((x) => x.text));
    const f = new Set(found.filter((x) => x.type === type).map((x) => x.text));
    for (const name of f) into[type][g.has(name) ? 'tp' : 'fp']++;
    for (const name of g) if (!f.has(name)) into[type].fn++;
  }
}
