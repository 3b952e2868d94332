import { expect, test } from '@playwright/test';

// Static hosts without rewrites (GitHub Pages) answer deep links with 404.html: it must be the app.
test('the build ships 404.html as a copy of the app shell, and cache rules for Netlify and Cloudflare Pages', async ({ request }) => {
  const [shell, fallback, headers] = await Promise.all([request.get('/200.html'), request.get('/404.html'), request.get('/_headers')]);
  expect(fallback.status()).toBe(200);
  expect(await fallback.text()).toBe(await shell.text());
  // The shell renders any address; the front page (index.html) is prerendered HTML instead.
  expect(await shell.text()).toContain('<div id="root"></div>');
  // Hashed assets and content-named data may be cached for good; only the entry file is revalidated,
  // and no other rule that covers it sets a Cache-Control (the hosts merge every matching rule's
  // headers): the catch-all rule carries only the security headers.
  const text = await headers.text();
  for (const folder of ['assets', 'data/issues', 'data/manifest', 'data/entities', 'data/search']) {
    expect(text).toMatch(new RegExp(`^/${folder}/\\*\\n\\s+Cache-Control: [^\\n]*immutable`, 'm'));
  }
  expect(text).toMatch(/^\/data\/manifest\.json\n\s+Cache-Control: [^\n]*must-revalidate/m);
  const catchAll = /^\/(?:data\/)?\*\n((?:[ \t]+[^\n]*\n?)*)/m.exec(text)?.[1] ?? '';
  expect(catchAll).not.toMatch(/Cache-Control/i);
});
