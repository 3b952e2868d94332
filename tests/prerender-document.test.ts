import { describe, expect, it } from 'vitest';
import { checkTemplate, pageDocument, pageFile } from '../scripts/prerender/document';
import { sitemapEntries } from '../scripts/prerender/site-indexes';

const template = `<!doctype html><html><head><meta charset="UTF-8" />
    <title>株洲日报数字档案</title>
    <meta name="description" content="站点简介" />
  <script type="module" crossorigin src="/assets/index.js"></script></head><body><div id="root"></div></body></html>`;

describe('prerendered documents', () => {
  it("puts the page's head, body and preloads into the shell", () => {
    const html = pageDocument(template, {
      path: '/issues/2020-11-05',
      head: '<title>本期</title><meta name="description" content="本期简介">',
      html: '<main>正文 $& $1 </main>',
      preload: ['/data/issues/2020-11-05.abcd1234.json'],
    });
    expect(html).toContain('<title>本期</title>');
    expect(html).not.toContain('株洲日报数字档案');
    expect(html).not.toContain('站点简介');
    // Replacement patterns in the page's own text stay text.
    expect(html).toContain('<div id="root" data-prerendered="/issues/2020-11-05"><main>正文 $& $1 </main></div>');
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin href="/data/issues/2020-11-05.abcd1234.json"></head>');
  });

  it('refuses a template that lost what it replaces', () => {
    expect(() => checkTemplate(template)).not.toThrow();
    expect(() => checkTemplate(template.replace('<div id="root"></div>', '<div id="app"></div>'))).toThrow(/root/);
    expect(() => checkTemplate(template.replace(/<title>.*<\/title>/, ''))).toThrow(/title/);
  });

  it('writes each page where static hosts serve its address without a redirect', () => {
    expect(pageFile('/', '/')).toBe('index.html');
    expect(pageFile('/issues', '/')).toBe('issues.html');
    expect(pageFile('/issues/2020-11-05/articles/a1', '/')).toBe('issues/2020-11-05/articles/a1.html');
    expect(pageFile('/people/%E4%B9%A0%E8%BF%91%E5%B9%B3', '/')).toBe('people/习近平.html');
    expect(pageFile('/archive/issues/2020-11-05', '/archive/')).toBe('issues/2020-11-05.html');
  });

  it('lists the written pages in the sitemap by their year, site-relative', () => {
    expect(
      sitemapEntries(
        [
          { path: '/archive/people/x', lastmod: undefined },
          { path: '/archive/issues/2020-11-05', lastmod: '2020-11-05' },
        ],
        '/archive/',
      ),
    ).toEqual([{ path: '/issues/2020-11-05', lastmod: '2020-11-05', year: 2020 }, { path: '/people/x' }]);
  });
});
