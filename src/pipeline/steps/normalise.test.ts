import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePunctuation, toLines } from './normalise.ts';

describe('normalisePunctuation', () => {
  it.each([
    ['3月20日,记者从株洲海关获悉,1至2月', '3月20日，记者从株洲海关获悉，1至2月'],
    ['举报电话:0731-28680230(8:00-20:00)', '举报电话：0731-28680230(8:00-20:00)'],
    ['国创中心(以下称“国创中心”)建设', '国创中心（以下称“国创中心”）建设'],
    ['各县(市)实现全覆盖;同时推进?', '各县（市）实现全覆盖；同时推进？'],
    ['加大5G基站建设力度', '加大5G基站建设力度'],
    ['Hello, world: 1,000 items (ok)', 'Hello, world: 1,000 items (ok)'],
    ['他说"好"', '他说“好”'],
  ])('%s', (input, expected) => {
    expect(normalisePunctuation(input)).toBe(expected);
  });

  const cjkLine = fc.array(fc.constantFrom('株', '洲', '日', '报', ',', ':', ';', '(', ')', '1', '8', 'G', ' ', '。'), { maxLength: 40 }).map((a) => a.join(''));

  it('leaves no half-width comma, colon or semicolon next to a Chinese character', () => {
    fc.assert(
      fc.property(cjkLine, (line) => {
        expect(normalisePunctuation(line)).not.toMatch(/[\u4e00-\u9fa5] *[,;:]|[,;:] *[\u4e00-\u9fa5]/);
      }),
    );
  });

  it('is idempotent and keeps every digit and Latin letter', () => {
    fc.assert(
      fc.property(cjkLine, (line) => {
        const once = normalisePunctuation(line);
        expect(normalisePunctuation(once)).toBe(once);
        expect(once.replace(/[^0-9A-Za-z]/g, '')).toBe(line.replace(/[^0-9A-Za-z]/g, ''));
      }),
    );
  });
});

describe('toLines', () => {
  it('handles CRLF, counts blank lines and strips ## layout hints', () => {
    const lines = toLines('\r\n## 标题一\r\n\r\n\r\n正文，第一段。\r\n第二行');
    expect(lines).toEqual([
      { text: '标题一', marked: true, gapBefore: 0, lineNo: 2 },
      { text: '正文，第一段。', marked: false, gapBefore: 2, lineNo: 5 },
      { text: '第二行', marked: false, gapBefore: 0, lineNo: 6 },
    ]);
  });
});
