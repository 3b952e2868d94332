/**
 * The same story, or the same paragraph, can be printed twice on one page. Each is shown once:
 * a repeated story is dropped; a repeated paragraph stays in the story whose other text it shares
 * the most words with (a paragraph from one story can be reprinted inside a neighbour).
 */
import type { FinishedArticle } from './finish-article.ts';

const MIN_LENGTH = 12;

function key(text: string): string {
  return text.replace(/\s+/g, '');
}

function bigrams(text: string): Set<string> {
  const chars = Array.from(key(text));
  const set = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) set.add(chars[i]! + chars[i + 1]!);
  return set;
}

function isBody(kind: string): boolean {
  return kind === 'text' || kind === 'lead';
}

/** Drops articles that repeat an earlier one: same printed title, or most of their text already seen. */
export function dropRepeatedArticles(articles: FinishedArticle[]): { articles: FinishedArticle[]; dropped: number } {
  const kept: FinishedArticle[] = [];
  const seen = new Set<string>();
  for (const a of articles) {
    const body = a.paragraphs.filter((p) => isBody(p.kind) && p.text.length >= MIN_LENGTH).map((p) => key(p.text));
    const repeatedShare = body.length ? body.filter((t) => seen.has(t)).length / body.length : 0;
    const sameTitle = !a.titleDerived && kept.some((k) => !k.titleDerived && key(k.title) === key(a.title) && repeatedShare > 0);
    if (repeatedShare >= 0.6 || sameTitle) continue;
    kept.push(a);
    body.forEach((t) => seen.add(t));
  }
  return { articles: kept, dropped: articles.length - kept.length };
}

function contextScore(article: FinishedArticle, text: string): number {
  const own = bigrams(text);
  const others = new Set<string>();
  for (const p of article.paragraphs) if (key(p.text) !== key(text)) bigrams(p.text).forEach((b) => others.add(b));
  for (const h of [article.title, ...article.subtitles]) bigrams(h).forEach((b) => others.add(b));
  let shared = 0;
  own.forEach((b) => others.has(b) && shared++);
  return own.size ? shared / own.size : 0;
}

/** Keeps each long paragraph once in the issue; returns how many copies were removed. */
export function dropRepeatedParagraphs(articles: FinishedArticle[]): { articles: FinishedArticle[]; dropped: number } {
  const homes = new Map<string, number[]>();
  articles.forEach((a, ai) =>
    a.paragraphs.forEach((p) => {
      if (p.text.length < MIN_LENGTH) return;
      const list = homes.get(key(p.text)) ?? [];
      list.push(ai);
      homes.set(key(p.text), list);
    }),
  );
  const owner = new Map<string, number>();
  for (const [text, list] of homes) {
    const candidates = [...new Set(list)];
    const best = candidates.reduce((a, b) => (contextScore(articles[b]!, text) > contextScore(articles[a]!, text) ? b : a));
    owner.set(text, best);
  }
  let dropped = 0;
  const result = articles.map((a, ai) => {
    const seen = new Set<string>();
    const paragraphs = a.paragraphs.filter((p) => {
      const k = key(p.text);
      if (p.text.length < MIN_LENGTH) return true;
      const keep = owner.get(k) === ai && !seen.has(k);
      seen.add(k);
      if (!keep) dropped++;
      return keep;
    });
    return { ...a, paragraphs };
  });
  return { articles: result.filter((a) => a.paragraphs.length > 0), dropped };
}
