/**
 * Recognises bylines (株洲日报记者 X, 通讯员/X, 全媒体记者/X, 实习生/X, X 摄), photo credits at the end
 * of captions, datelines that open a story (株洲日报讯, 新华社北京1月19日电…) and jump notes (>>> 转B2版).
 */
import type { Credit } from '../../schema/issue.ts';

// Counted in characters with the u flag: a name may hold 𠮷 or 䶮 (outside the BMP or in Extension A).
const NAME = '[\\p{Script=Han}·]{2,5}';
const NAMES = `${NAME}(?:[ 、，,]+${NAME})*`;
// Longest labels first so 株洲日报全媒体记者 is not read as 记者.
const LABELS = [
  '株洲日报全媒体记者', '株洲日报首席记者', '株洲日报见习记者', '株洲日报记者', '全媒体记者', '首席记者',
  '见习记者', '特约记者', '本报记者', '新华社记者', '记者', '通讯员', '实习生', '特约通讯员', '摄影', '编辑',
];
const LABEL = `(?:${LABELS.join('|')})`;
const SEGMENT = `${LABEL}[ /：:]*${NAMES}`;
const BYLINE = new RegExp(`^(?:${SEGMENT})(?:[ ]+${SEGMENT})*(?:[ ]*摄)?$`, 'u');
const PHOTO_ONLY = new RegExp(`^(?:${SEGMENT}[ ]+)*${NAMES}[ ]*摄$`, 'u');
const TRAILING_PHOTO_CREDIT = new RegExp(`[ ]*((?:${SEGMENT}[ ]+)*(?:${LABEL}[ /]*)?${NAMES}[ ]+摄)$`, 'u');

function roleOf(label: string): Credit['role'] {
  if (label.includes('通讯员')) return 'correspondent';
  if (label.includes('实习生')) return 'intern';
  if (label === '摄影') return 'photographer';
  if (label === '编辑') return 'editor';
  return 'reporter';
}

/** Parses a credit string into people with their roles; names after `摄` are photographers too. */
export function parseCredits(text: string): Credit[] {
  const photo = /摄\s*$/.test(text);
  const body = text.replace(/[ ]*摄\s*$/, '');
  const credits: Credit[] = [];
  const labelRe = new RegExp(LABEL, 'g');
  const marks = [...body.matchAll(labelRe)].map((m) => ({ label: m[0], index: m.index! }));
  const chunks = marks.length
    ? marks.map((m, i) => ({ label: m.label, names: body.slice(m.index + m.label.length, marks[i + 1]?.index ?? body.length) }))
    : [{ label: '', names: body }];
  for (const chunk of chunks) {
    for (const name of chunk.names.split(/[ /、，,：:]+/).filter((n) => /^[\p{Script=Han}·]{2,5}$/u.test(n))) {
      const role = chunk.label ? roleOf(chunk.label) : 'photographer';
      credits.push({ role: photo && role === 'reporter' && !chunk.label ? 'photographer' : role, label: chunk.label || '摄', name });
    }
  }
  if (photo) {
    // "记者 A 通讯员/B C 摄": everyone listed took the picture; keep their printed role and add the credit.
    const takers = credits.filter((c) => c.role !== 'photographer');
    credits.push(...takers.map((c) => ({ role: 'photographer' as const, label: '摄', name: c.name })));
  }
  return dedupeCredits(credits);
}

function dedupeCredits(credits: Credit[]): Credit[] {
  const seen = new Set<string>();
  return credits.filter((c) => {
    const key = `${c.role}|${c.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A whole line that is only a byline or a photo credit. */
export function isBylineLine(line: string): boolean {
  return line.length <= 60 && (BYLINE.test(line) || PHOTO_ONLY.test(line));
}

/** Splits "caption text 通讯员/唐信 摄" into the caption and its credit, if it ends with one. */
export function splitPhotoCredit(line: string): { caption: string; credit: string } | null {
  const m = TRAILING_PHOTO_CREDIT.exec(line);
  if (!m || m.index < 6) return null;
  return { caption: line.slice(0, m.index).trim(), credit: m[1]!.trim() };
}

const DATELINE = new RegExp(
  '^(?:株洲日报讯|本报讯|(?:据)?(?:新华社|中新社|人民日报|湖南日报)(?:[\\u4e00-\\u9fa5]{0,8}?(?:\\d{1,2}月)?\\d{1,2}日)?电)' +
    '(?:\\s*[（(]([^）)]{1,60})[）)])?\\s*',
);

/** The dateline a lead paragraph starts with, and any credits printed in brackets after it. */
export function parseDateline(line: string): { dateline: string; credits: Credit[] } | null {
  const m = DATELINE.exec(line);
  if (!m || m[0].length === line.length) return null;
  const dateline = m[0].trimEnd();
  return { dateline, credits: m[1] ? parseCredits(m[1]) : [] };
}

const JUMP = /\s*(>{2,3}|》{2,3})\s*((?:下)?转\s*([A-Z]?\d{1,2})\s*版[①-⑳]?)\s*$/;

/** Splits a trailing jump note (>>> 转B2版, >>> 下转A2版①) off a line. */
export function splitJump(line: string): { rest: string; jump: { text: string; page: string } } | null {
  const m = JUMP.exec(line);
  if (!m) return null;
  return { rest: line.slice(0, m.index).trim(), jump: { text: m[2]!.replace(/\s+/g, ''), page: m[3]! } };
}
