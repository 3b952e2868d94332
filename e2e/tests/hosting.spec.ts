import { expect, test } from '@playwright/test';

// Static hosts without rewrites (GitHub Pages) answer deep links with 404.html: it must be the app.
test('the build ships 404.html as a copy of the app, and cache rules for Netlify and Cloudflare Pages', async ({ request }) => {
  const [index, fallback, headers] = await Promise.all([request.get('/index.html'), request.get('/404.html'), request.get('/_headers')]);
  expect(fallback.status()).toBe(200);
  expect(await fallback.text()).toBe(await index.text());
  expect(await index.text()).toContain('<div id="root"');
  // Hashed assets and content-named data may be cached for good; only the entry file is revalidated,
  // and no rule covers it beside its own (the hosts merge every matching rule's headers).
  const text = await headers.text();
  for (const folder of ['assets', 'data/issues', 'data/manifest', 'data/entities', 'data/search']) {
    expect(text).toMatch(new RegExp(`^/${folder}/\\*\\n\\s+Cache-Control: [^\\n]*immutable`, 'm'));
  }
  expect(text).toMatch(/^\/data\/manifest\.json\n\s+Cache-Control: [^\n]*must-revalidate/m);
  expect(text).not.toMatch(/^\/(data\/)?\*$/m);
});
