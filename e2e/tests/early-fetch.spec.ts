import { expect, test, type Page } from '@playwright/test';
import { IssuePage } from '../pages/issue-page';
import { readIssueSummaries } from '../support/archive-data';

// index.html fetches the manifest beside the JS and, once it is in, the issue the page shows (its
// file is named by a hash only the manifest knows). The app must use those downloads, not repeat them.
const [latest, older] = readIssueSummaries();
if (!latest) throw new Error('dist/data/manifest.json lists no issues: nothing to test against.');

/** Counts the requests for the manifest and for one issue's file while `open` runs. */
async function requestsWhile(page: Page, issueId: string, open: () => Promise<void>) {
  const counts = { manifest: 0, issue: 0 };
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path === '/data/manifest.json') counts.manifest++;
    if (path.startsWith(`/data/issues/${issueId}.`)) counts.issue++;
  });
  await open();
  return counts;
}

for (const [name, target, open] of [
  ['the front page', latest, (issue: IssuePage) => issue.gotoHome()],
  ['an issue page', older ?? latest, (issue: IssuePage) => issue.goto((older ?? latest).id)],
] as const) {
  test(`${name} starts its issue file from index.html and fetches the manifest and the issue once`, async ({ page }) => {
    const issue = new IssuePage(page);
    const counts = await requestsWhile(page, target.id, async () => {
      await open(issue);
      await expect(issue.leadHeadline).toHaveText(target.headline);
    });
    await expect(page.locator(`head link[rel="preload"][href*="/data/issues/${target.id}."]`)).toHaveCount(1);
    expect(counts).toEqual({ manifest: 1, issue: 1 });
  });
}
