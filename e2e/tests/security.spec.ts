import { expect, test, type Page } from '@playwright/test';
import { readIssue, readIssueSummaries } from '../support/archive-data';
import { builtArticles } from '../support/search-truth';
import { BasePage } from '../pages/base-page';

// The preview server applies the built _headers (scripts/headers-file.ts), so every e2e test runs
// under the real Content-Security-Policy; this one checks the headers and that nothing is blocked.
const latest = readIssueSummaries()[0];
if (!latest) throw new Error('dist/data/manifest.json lists no issues: nothing to test against.');
const article = readIssue(latest.id).articles[0];
const byline = builtArticles().flatMap(({ article: a }) => a.byline.map((c) => c.name))[0] ?? '株洲';

/** Records CSP violations in the page (and, through the console, in its workers) from the first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

const pages: [name: string, path: string, ready: (page: Page) => Promise<void>][] = [
  ['front page', '/', (page) => expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(latest.paper)],
  ['article page', `/issues/${latest.id}/articles/${article?.id}`, (page) => expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()],
  ['search page', `/search?q=${encodeURIComponent(byline)}`, (page) => expect(page.getByTestId('result-count')).toBeVisible()],
  ['people page', '/people', (page) => expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()],
  ['bookmarks page', '/bookmarks', (page) => expect(page.getByRole('main').getByRole('heading', { level: 1, name: '书签' })).toBeVisible()],
];

for (const [name, path, ready] of pages) {
  test(`the ${name} works under the Content-Security-Policy without a single violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(path);
    await ready(page);
    // The CJK font slices go in after the page is shown: wait for them too.
    await new BasePage(page).webFontsReady();
    expect(await violations()).toEqual([]);
  });
}

test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = true';
    document.head.append(script);
  });
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/));
  expect(await page.evaluate(() => (window as unknown as { injectedRan?: boolean }).injectedRan)).toBeUndefined();
});

test('pages, code and data are served with the security headers', async ({ request }) => {
  const index = await request.get('/');
  const entry = /src="(\/assets\/index-[\w-]+\.js)"/.exec(await index.text())?.[1];
  expect(entry).toBeDefined();
  for (const path of ['/', `/issues/${latest.id}`, entry!, '/data/manifest.json']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/);
    expect(headers['content-security-policy'], path).not.toContain('unsafe-inline');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
});
