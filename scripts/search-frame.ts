/**
 * Search as fast as a reader sees it, in Chromium (used by search-browser.ts):
 *  - warm: on /search, a query committed as an input method commits it (composition, then the whole
 *    query in one input event, then compositionend), timed in the page from compositionend until
 *    that query's count and first result are in the DOM; every query was searched once before;
 *  - keystroke → suggestions: pinyin typed letter by letter and names committed whole into the
 *    header's box, from each input event until the dropdown answers that very text (its data-q);
 *  - cold: a fresh page on the front page, the box focused, a query committed and Enter pressed at
 *    once, until the first result; with what it downloaded after the front page, by kind, gzipped.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';

/** Timestamps the page keeps for the benchmark: the last commit and the last keystroke. */
const PROBE = () => {
  const w = window as unknown as { committed?: number; keyed?: number };
  document.addEventListener('compositionend', () => (w.committed = performance.now()), { capture: true });
  document.addEventListener('input', (e) => !(e as InputEvent).isComposing && (w.keyed = performance.now()), { capture: true });
};

/** Resolves, in the page, with the time `test` first holds after a DOM change (or at once). */
async function whenInPage(page: Page, test: string, arg: unknown): Promise<void> {
  await page.evaluate(
    ([source, value]) => {
      const w = window as unknown as { seen?: Promise<number>; painted?: Promise<number> };
      const holds = new Function('v', source as string) as (v: unknown) => boolean;
      w.seen = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!holds(value)) return;
          observer.disconnect();
          resolve(performance.now());
          // The task after the next frame: what changed has been laid out and painted by then.
          w.painted = new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    },
    [test, arg] as const,
  );
}
/** From the mark to the change in the DOM, and to the end of the frame that painted it. */
const seenAfter = (page: Page, mark: 'committed' | 'keyed') =>
  page.evaluate(async (m) => {
    const w = window as unknown as { seen: Promise<number>; painted: Promise<number>; committed: number; keyed: number };
    const at = await w.seen;
    return { ms: at - w[m], painted: (await w.painted) - w[m] };
  }, mark);

const FIRST_RESULT = `const c = document.querySelector('[data-testid="result-count"]')?.textContent;
  const a = document.querySelector('[data-testid="search-results"] li a[href*="/articles/"]')?.getAttribute('href');
  return c === v[0] && a === v[1];`;

/** Replaces the box's text with `text` as an input method commits it. */
async function commit(page: Page, text: string): Promise<void> {
  await page.getByTestId('search-input').evaluate((el: HTMLInputElement) => el.select());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}

/** One timing, with what was typed: the slowest are printed by name. */
export interface Timed {
  q: string;
  /** To the change in the DOM (the figure the targets are set for). */
  ms: number;
  /** To the end of the frame that painted it (a task after requestAnimationFrame): what the reader sees. */
  painted: number;
}

/** Warm commit → count + first result, `rounds` times over each query, on /search. */
export async function measureWarm(browser: Browser, base: string, queries: string[], rounds = 5): Promise<Timed[]> {
  const page = await browser.newPage();
  await page.addInitScript(PROBE);
  await page.goto(`${base}/search?q=${encodeURIComponent(queries[0]!)}`);
  await page.getByTestId('result-count').waitFor();
  // Each query once, to learn its answer (and make it warm): its count and first result.
  const expected = new Map<string, [string, string]>();
  for (const q of queries) {
    await page.getByTestId('search-input').focus();
    await commit(page, q);
    await page.waitForFunction((text) => document.querySelector('h1')?.textContent === `搜索：${text}` && !document.querySelector('[aria-busy="true"]'), q, { timeout: 60_000 });
    const count = await page.getByTestId('result-count').textContent();
    const href = await page.locator('[data-testid="search-results"] li a[href*="/articles/"]').first().getAttribute('href', { timeout: 1000 }).catch(() => null);
    if (count && href) expected.set(q, [count, href]);
  }
  const times: Timed[] = [];
  const measured = queries.filter((q) => expected.has(q));
  for (let round = 0; round < rounds; round++) {
    for (const [i, q] of measured.entries()) {
      // Never the same query twice running: the answer must change on screen.
      if (measured.length > 1 && i === 0 && round > 0) await commit(page, measured[1]!);
      await whenInPage(page, FIRST_RESULT, expected.get(q));
      await commit(page, q);
      times.push({ q, ...(await seenAfter(page, 'committed')) });
    }
  }
  await page.close();
  return times.sort((a, b) => a.ms - b.ms);
}

/** Keystroke → suggestions: each text typed letter by letter (or committed whole when it is Han). */
export async function measureSuggest(browser: Browser, base: string, typings: string[]): Promise<Timed[]> {
  const page = await browser.newPage();
  await page.addInitScript(PROBE);
  await page.goto(`${base}/`);
  // A prerendered front page: the box is the app's once hydrated (html[data-app]).
  await page.locator('html[data-app]').waitFor();
  const box = page.getByTestId('search-input');
  await box.focus();
  // The suggestion file loads on the first focus: wait for a first answer before timing keystrokes.
  await box.pressSequentially('a');
  await page.getByRole('listbox').waitFor({ timeout: 60_000 });
  const times: Timed[] = [];
  for (const text of typings) {
    await box.fill('');
    if (/^[a-z]+$/.test(text)) {
      for (let n = 1; n <= text.length; n++) {
        await whenInPage(page, `return document.querySelector('[role="listbox"]')?.getAttribute('data-q') === v;`, text.slice(0, n));
        await page.keyboard.type(text[n - 1]!);
        times.push({ q: text.slice(0, n), ...(await seenAfter(page, 'keyed')) });
      }
    } else {
      await whenInPage(page, `return document.querySelector('[role="listbox"]')?.getAttribute('data-q') === v;`, text);
      await commit(page, text);
      times.push({ q: text, ...(await seenAfter(page, 'committed')) });
    }
  }
  await page.close();
  return times.sort((a, b) => a.ms - b.ms);
}

export type ByteKind = 'index' | 'issues' | 'code' | 'fonts' | 'other';
const kindOf = (url: string): ByteKind =>
  url.includes('/data/search/') ? 'index' : url.includes('/data/issues/') ? 'issues' : /\.m?js(\?|$)/.test(url) ? 'code' : /\.(woff2?|ttf|otf)(\?|$)/.test(url) ? 'fonts' : 'other';

export interface ColdFrame {
  first: number;
  /** Gzipped bytes fetched after the front page was idle, by kind. */
  bytes: Record<ByteKind, number>;
  /** Gzipped bytes of the search index the front page itself fetched (must be 0). */
  onFrontPage: number;
}

/** A fresh page: front page, focus the box, commit `q` and press Enter at once; until the first result. */
export async function measureCold(browser: Browser, base: string, q: string): Promise<ColdFrame> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  type Phase = 'front' | 'search';
  let phase: Phase = 'front';
  // Bodies are read and gzipped after the timing: reading them over CDP and compressing them while
  // the search runs took the cores the page and its worker were timed on.
  const responses: { response: Response; during: Phase }[] = [];
  page.on('response', (response) => responses.push({ response, during: phase }));
  await page.goto(`${base}/`);
  await page.getByTestId('search-input').waitFor();
  await page.waitForLoadState('networkidle');
  phase = 'search';
  await whenInPage(page, `return !!document.querySelector('[data-testid="search-results"] li');`, null);
  await page.getByTestId('search-input').focus();
  await commit(page, q);
  await page.keyboard.press('Enter');
  const { ms: first } = await seenAfter(page, 'committed');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const bytes: Record<ByteKind, number> = { index: 0, issues: 0, code: 0, fonts: 0, other: 0 };
  let onFrontPage = 0;
  for (const { response, during } of responses) {
    const kind = kindOf(response.url());
    if (during === 'front' && kind !== 'index') continue;
    const body = await response.body().catch(() => undefined);
    if (!body) continue;
    const size = gzipSync(body).length;
    if (during === 'search') bytes[kind] += size;
    else if (kind === 'index') onFrontPage += size;
  }
  await context.close();
  return { first, bytes, onFrontPage };
}

/**
 * Queries of every kind, from the built data so that they exist in any archive: people and places
 * (most articles first), two- to four-character words of titles, one character, Latin, two terms.
 * And what to type for suggestions: pinyin of people and places, and names committed whole.
 */
export function frameQueries(suggest: { entities: [string, string, string, string[], string, string, number][]; titles: [string, ...unknown[]][] }): { queries: string[]; typings: string[] } {
  const people = suggest.entities.filter((e) => e[0] === 'person').slice(0, 6);
  const places = suggest.entities.filter((e) => e[0] === 'place').slice(0, 4);
  const titles = suggest.titles.slice(0, 300).map(([t]) => t);
  const count = (items: string[]) => {
    const n = new Map<string, number>();
    for (const x of items) n.set(x, (n.get(x) ?? 0) + 1);
    return [...n].sort((a, b) => b[1] - a[1]).map(([x]) => x);
  };
  const words = (size: number) => count(titles.flatMap((t) => t.match(new RegExp(`\\p{Script=Han}{${size}}`, 'gu')) ?? []));
  const latin = count(titles.flatMap((t) => t.match(/[A-Za-z0-9]{2,}/g) ?? []));
  const queries = [
    ...people.map((e) => e[2]),
    ...places.map((e) => e[2]),
    ...words(2).slice(0, 6),
    ...words(3).slice(0, 2),
    ...words(4).slice(0, 2),
    ...count(titles.flatMap((t) => t.match(/\p{Script=Han}/gu) ?? [])).slice(0, 2),
    ...latin.slice(0, 1),
    `${people[0]?.[2] ?? ''} ${words(2)[0] ?? ''}`.trim(),
  ].filter(Boolean);
  const typings = [...people.slice(0, 3).map((e) => e[4]), ...places.slice(0, 2).map((e) => e[4]), ...people.slice(0, 3).map((e) => e[2]), ...words(2).slice(0, 2)].filter(Boolean);
  return { queries: [...new Set(queries)], typings };
}
