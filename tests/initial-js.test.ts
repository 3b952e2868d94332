/** What counts as initial JS for the budget in scripts/bench-reader.ts, on minified output as Vite writes it. */
import { describe, expect, it } from 'vitest';
import { entryFiles, staticClosure } from '../scripts/initial-js.ts';

const html = `<head>
  <script>inline()</script>
  <script type="module" crossorigin src="/assets/index-a1.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/paths-b2.js">
  <link rel="stylesheet" crossorigin href="/assets/index-c3.css">
  <script type="module" src="https://cdn.example/x.js"></script>
</head>`;

describe('initial JS', () => {
  it('takes the module scripts and modulepreloads of index.html, not styles or other sites', () => {
    expect(entryFiles(html)).toEqual(['assets/index-a1.js', 'assets/paths-b2.js']);
    expect(entryFiles(html.replaceAll('"/assets', '"/archive/assets'), '/archive/')).toEqual(['assets/index-a1.js', 'assets/paths-b2.js']);
  });

  it("follows static imports, once each, and the entry's own dynamic imports (src/boot.ts starts the app so), no others", () => {
    const files: Record<string, string> = {
      'assets/index-a1.js': 'import{a as e}from"./paths-b2.js";import"./polyfill-d4.js";const r=()=>import(`./main-e5.js`);',
      'assets/paths-b2.js': 'import{z}from"./zod-g7.js";export{z as a}',
      'assets/polyfill-d4.js': 'import{a}from"./paths-b2.js";',
      'assets/zod-g7.js': 'export const z=1',
      'assets/main-e5.js': 'import{z}from"./zod-g7.js";import"./vendor-h8.js";const s=()=>import("./entity-f6.js");',
      'assets/vendor-h8.js': 'export const v=1',
    };
    const read = (file: string) => files[file] ?? '';
    expect(staticClosure(['assets/index-a1.js'], read)).toEqual([
      'assets/index-a1.js',
      'assets/paths-b2.js',
      'assets/zod-g7.js',
      'assets/polyfill-d4.js',
      'assets/main-e5.js',
      'assets/vendor-h8.js',
    ]);
  });
});
