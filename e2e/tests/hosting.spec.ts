import { expect, test } from '@playwright/test';

// Static hosts without rewrites (GitHub Pages) answer deep links with 404.html: it must be the app.
test('the build ships 404.html as a copy of the app, and cache rules for Netlify and Cloudflare Pages', async ({ request }) => {
  const [index, fallback, headers] = await Promise.all([request.get('/index.html'), request.get('/404.html'), request.get('/_headers')]);
  expect(fallback.status()).toBe(200);
  expect(await fallback.text()).toBe(await index.text());
  expect(await index.text()).toContain('<div id="root"');
  // Hashed assets may be cached for good; data files must be revalidated.
  expect(await headers.text()).toMatch(/\/assets\/\*\n\s+Cache-Control: [^\n]*immutable/);
  expect(await headers.text()).toMatch(/\/data\/\*\n\s+Cache-Control: [^\n]*must-revalidate/);
});
