import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from './decode.ts';

const TEXT = '株洲日报讯 11月4日，国家先进轨道交通装备创新中心建设工作推进会在株召开。';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeSeed', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = decodeSeed(utf8(TEXT));
    const bom = decodeSeed(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]));
    expect(plain).toMatchObject({ ok: true, text: TEXT, encoding: 'utf-8' });
    expect(bom).toMatchObject({ ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it('detects GB18030/GBK without being told', () => {
    const result = decodeSeed(new Uint8Array(iconv.encode(TEXT, 'gbk')));
    expect(result).toMatchObject({ ok: true, text: TEXT, encoding: 'gb18030' });
  });

  it('reads UTF-16 with a BOM', () => {
    const result = decodeSeed(new Uint8Array(iconv.encode(TEXT, 'utf-16le', { addBOM: true })));
    expect(result).toMatchObject({ ok: true, text: TEXT });
  });

  it('refuses empty, whitespace-only and binary files with a reason', () => {
    expect(decodeSeed(new Uint8Array())).toEqual({ ok: false, reason: expect.stringContaining('empty') });
    expect(decodeSeed(utf8(' \n\r\n '))).toEqual({ ok: false, reason: expect.stringContaining('whitespace') });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(decodeSeed(png)).toEqual({ ok: false, reason: expect.stringContaining('binary') });
  });

  it('refuses bytes that are neither UTF-8 nor Chinese GB text', () => {
    // Valid GB18030 byte pairs that decode to rare symbols, not Chinese prose.
    const junk = new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 0xa1 + (i % 7) : 0xa1 + (i % 5))));
    const result = decodeSeed(junk);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/undecodable/);
  });

  it('never lets U+FFFD through silently', () => {
    const result = decodeSeed(utf8(`株洲\uFFFD日报\uFFFD`));
    expect(result).toMatchObject({ ok: true, text: '株洲日报' });
    if (result.ok) expect(result.warnings.join()).toMatch(/2 replacement/);
  });

  it('strips stray NUL bytes anywhere in the file with a warning, and still refuses mostly binary files', () => {
    const page = TEXT.repeat(2000); // ~200 KB: past the first 64 KB
    const bytes = utf8(`${page}外交部\u0000发言人${page}`);
    expect(bytes.length).toBeGreaterThan(3 * 65536);
    const result = decodeSeed(bytes);
    expect(result).toMatchObject({ ok: true, text: `${page}外交部发言人${page}` });
    if (result.ok) expect(result.warnings).toEqual(['1 NUL character(s) in the source were removed']);

    const binaryTail = new Uint8Array([...utf8(TEXT.repeat(800)), ...new Uint8Array(200_000).map((_, i) => i % 7)]);
    expect(decodeSeed(binaryTail)).toEqual({ ok: false, reason: expect.stringContaining('binary') });
  });
});
