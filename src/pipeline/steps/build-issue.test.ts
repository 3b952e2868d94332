import { describe, expect, it } from 'vitest';
import { parseIssue } from './build-issue.ts';

/** Small raw pages in the seeds' format, each showing one layout quirk. */
const page = (...blocks: string[]) => `\n\n${blocks.join('\n\n')}\n`;
const titles = (text: string) => parseIssue(text).articles.map((a) => a.title);

describe('parseIssue: splitting a page into articles', () => {
  it('reads headline, subtitle, byline, dateline and body', () => {
    const { articles } = parseIssue(
      page('江北新区举行植树活动', '志愿者种下千棵树 张三出席', '株洲日报记者 李四\n通讯员/王五', '株洲日报讯 3月12日，江北新区举行植树活动。', '活动持续一天。'),
    );
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      kind: 'story',
      title: '江北新区举行植树活动',
      titleDerived: false,
      subtitles: ['志愿者种下千棵树 张三出席'],
      byline: [
        { role: 'reporter', label: '株洲日报记者', name: '李四' },
        { role: 'correspondent', label: '通讯员', name: '王五' },
      ],
      paragraphs: [
        { kind: 'lead', dateline: '株洲日报讯', text: '株洲日报讯 3月12日，江北新区举行植树活动。' },
        { kind: 'text', text: '活动持续一天。' },
      ],
    });
  });

  it('joins a paragraph cut mid-word by a column break', () => {
    const { articles } = parseIssue(page('新桥通车', '株洲日报讯 5月1日，新桥正式通', '车，市民可免费通行。'));
    expect(articles[0]!.paragraphs.map((p) => p.text)).toEqual(['株洲日报讯 5月1日，新桥正式通车，市民可免费通行。']);
  });

  it('makes a story without a headline its own article with a derived title', () => {
    const { articles } = parseIssue(
      page('第一篇报道', '株洲日报讯 6月2日，第一件事发生了。', '株洲日报讯（全媒体记者/赵六） 6月2日，记者从市统计局获悉，全市社会消费品零售总额增长百分之八。'),
    );
    expect(articles).toHaveLength(2);
    expect(articles[1]).toMatchObject({ titleDerived: true, title: '全市社会消费品零售总额增长百分之八' });
    expect(articles[1]!.byline).toEqual([{ role: 'reporter', label: '全媒体记者', name: '赵六' }]);
  });

  it('takes a headline printed inside its own story as that story’s title', () => {
    const text = page(
      '上一篇报道', '株洲日报讯 6月2日，上一件事。',
      '株洲日报记者 钱七', '株洲日报讯 6月2日，代表们审议报告。他说，要为推动全',
      '## 钱七参加代表团审议时强调 努力奋进', '市高质量发展作出贡献。',
    );
    const { articles } = parseIssue(text);
    expect(articles).toHaveLength(2);
    expect(articles[1]).toMatchObject({ title: '钱七参加代表团审议时强调 努力奋进', byline: [{ name: '钱七' }] });
    expect(articles[1]!.paragraphs.at(-1)!.text).toContain('要为推动全市高质量发展作出贡献。');
  });

  it('gives a byline printed above a headline to the story below it', () => {
    const { articles } = parseIssue(
      page('甲新闻', '株洲日报讯 7月3日，甲事。', '株洲日报记者 孙八', '乙新闻标题', '株洲日报讯 7月3日，乙事。'),
    );
    expect(articles.map((a) => [a.title, a.byline.map((c) => c.name)])).toEqual([
      ['甲新闻', []],
      ['乙新闻标题', ['孙八']],
    ]);
  });

  it('shows a story printed twice once, and a repeated paragraph once', () => {
    const story = ['到企业调研', '株洲日报记者 周九', '株洲日报讯 8月4日，市领导到企业调研，了解生产情况。', '调研组察看了三条生产线。'];
    const text = page(...story, '另一篇报道', '株洲日报讯 8月4日，另一件事情发生。', '另一件事情发生。这句话很长很长很长。', '另一件事情发生。这句话很长很长很长。', ...story);
    const parsed = parseIssue(text);
    expect(titles(text)).toEqual(['到企业调研', '另一篇报道']);
    expect(parsed.articles[1]!.paragraphs).toHaveLength(2);
    expect(parsed.stats).toMatchObject({ duplicateArticles: 1, duplicateParagraphs: 1 });
  });

  it('reads photo news (caption and 摄 credit) as kind photo', () => {
    const { articles } = parseIssue(
      page('报道', '株洲日报讯 9月5日，会议召开。', '', '9月5日，湘江边的银杏叶变黄了，市民纷纷前来拍照。', '株洲日报记者 吴十 摄'),
    );
    expect(articles[1]).toMatchObject({ kind: 'photo', titleDerived: true });
    expect(articles[1]!.byline).toContainEqual({ role: 'photographer', label: '摄', name: '吴十' });
  });

  it('keeps a photo caption with its credit inside the story', () => {
    const { articles } = parseIssue(page('新厂投产', '株洲日报讯 9月5日，新厂投产，年产', '\n\n工人在生产线上作业 通讯员/郑一 摄\n能达到十万台。'));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs).toEqual([
      { kind: 'lead', dateline: '株洲日报讯', text: '株洲日报讯 9月5日，新厂投产，年产能达到十万台。' },
      { kind: 'caption', text: '工人在生产线上作业' },
    ]);
  });

  it('records the jump note and keeps notices, lists and promo boxes as what they are', () => {
    const text = page(
      '## 长新闻', '株洲日报讯 10月6日，长新闻的开头， >>> 转B2版',
      '## 关于停水的公告', '因管网改造，部分区域停水一天。', '咨询电话:0731-12345678(8:00-20:00)\n市自来水公司\n2024年10月6日',
      '## 扫二维码看专题', '\n\n专题一', '\n\n专题二',
    );
    const { articles } = parseIssue(text);
    expect(articles.map((a) => a.kind)).toEqual(['story', 'notice', 'promo']);
    expect(articles[0]!.continuation).toEqual({ text: '转B2版', page: 'B2' });
    expect(articles[1]!.paragraphs.filter((p) => p.kind === 'item').map((p) => p.text)).toContain('咨询电话：0731-12345678(8:00-20:00)');
    expect(articles[2]!.paragraphs.map((p) => p.text)).toEqual(['专题一', '专题二']);
  });

  it('keeps bracketed and short standalone subheads', () => {
    const { articles } = parseIssue(page('垃圾分类', '株洲日报讯 11月1日，发布会召开。', '【分类标准】', '1.可回收物，指纸类。', '种菜，让老人有事做', '老人们在菜地里忙碌。'));
    expect(articles[0]!.paragraphs.map((p) => p.kind)).toEqual(['lead', 'subhead', 'item', 'subhead', 'text']);
  });

  it('gives the same article ids for the same input', () => {
    const text = page('甲新闻', '株洲日报讯 7月3日，甲事。', '乙新闻', '株洲日报讯 7月3日，乙事。');
    const ids = parseIssue(text).articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(2);
    expect(parseIssue(text).articles.map((a) => a.id)).toEqual(ids);
  });
});
