/** Set-based scoring of extracted names against a reference, as the dev gold set defines it. */

export interface GoldSets {
  core: string[];
  allowed: string[];
}
export interface Score {
  /** Names found that are core or allowed (precision's numerator) and all names found. */
  correct: number;
  found: number;
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  falseHits: string[];
}

/** Places compare after dropping one trailing 省/市/县/区/镇/乡/村/街道 when two or more letters remain. */
export function placeKey(name: string): string {
  const m = /^(.{2,}?)(?:省|市|县|区|镇|乡|村|街道)$/.exec(name);
  return m ? m[1]! : name;
}

/** Precision counts a found name as right if it is core or allowed; recall counts core names found. */
export function scoreIssue(found: string[], gold: GoldSets, type: 'person' | 'place'): Score {
  const key = type === 'place' ? placeKey : (n: string) => n;
  const got = new Set(found.map(key));
  const core = new Set(gold.core.map(key));
  const ok = new Set([...core, ...gold.allowed.map(key)]);
  const falseHits = [...got].filter((n) => !ok.has(n));
  const misses = [...core].filter((n) => !got.has(n));
  return { correct: got.size - falseHits.length, found: got.size, tp: [...got].filter((n) => core.has(n)).length, fp: falseHits.length, fn: misses.length, misses, falseHits };
}
