/**
 * Infers an issue's date from its text. The seeds carry no date header, but a morning daily
 * reports yesterday's events: the most reported event day (datelines weigh most) plus one day.
 * The year is the latest year the text mentions that is not about the future (到2025年, 2035年远景…).
 */

export interface DateInference {
  date: string | null;
  eventDay: string | null;
  reason: string;
}

interface DayMention {
  month: number;
  day: number;
  weight: number;
}

const FUTURE_BEFORE = /(?:将于|定于|将在|拟于|计划于|预计于?|将|至|到|—|-|~)$/;
const RANGE_AFTER = /^(?:至|到|—|-|~)/;

/** Month-day mentions (11月4日, and 27日电 / 19日下午 with the month from context), weighted. */
export function dayMentions(paragraphs: { text: string; dateline?: string }[]): DayMention[] {
  const mentions: DayMention[] = [];
  let lastMonth: number | null = null;
  for (const p of paragraphs) {
    const re = /(?<![\d年])(?:(\d{1,2})月)?(\d{1,2})日/g;
    for (const m of p.text.matchAll(re)) {
      const monthText = m[1];
      const dayOnly = !monthText;
      const month = monthText ? Number(monthText) : (monthFromDateline(p.dateline) ?? lastMonth);
      if (monthText) lastMonth = Number(monthText);
      const before = p.text.slice(Math.max(0, m.index! - 3), m.index!);
      const after = p.text.slice(m.index! + m[0].length, m.index! + m[0].length + 2);
      // A bare 19日 is only a date where news uses it: 27日电, 19日下午, 20日在…
      if (dayOnly && !/^(?:电|上午|下午|晚|早|在|宣布|举行|召开|说|表示)/.test(after)) continue;
      if (month === null || month < 1 || month > 12) continue;
      if (FUTURE_BEFORE.test(before) || RANGE_AFTER.test(after)) continue;
      const inDateline = p.dateline !== undefined && m.index! <= p.dateline.length + 4;
      mentions.push({ month, day: Number(m[2]), weight: inDateline ? 3 : 1 });
    }
  }
  return mentions.filter((d) => d.day >= 1 && d.day <= 31);
}

function monthFromDateline(dateline: string | undefined): number | null {
  const m = dateline && /(\d{1,2})月\d{1,2}日电/.exec(dateline);
  return m ? Number(m[1]) : null;
}

/** Year mentions that describe the present or past (not 到2025年, 2035年远景, 2021年起, 2021年，全市将…). */
export function pastYears(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})年(?!代)/g)) {
    const before = text.slice(Math.max(0, m.index! - 1), m.index!);
    const after = text.slice(m.index! + m[0].length);
    if (/^(?:到|至|-|—)$/.test(before)) continue;
    if (/^(?:远景|以前|前|起|开始|底前)/.test(after)) continue;
    // "2021年，全市将…" / "在2025年，…实现…": the clause the year governs speaks of plans.
    const clause = (after.startsWith('，') ? after.slice(1) : after).split(/[，。；！？]/)[0] ?? '';
    if (/将|(?<![重主需只纲])要|力争|计划|目标|预计|实现/.test(clause)) continue;
    years.push(Number(m[1]));
  }
  return years;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The issue date: the day after the most reported event day, in the latest present-day year. */
export function inferIssueDate(paragraphs: { text: string; dateline?: string }[]): DateInference {
  const days = dayMentions(paragraphs);
  if (days.length === 0) return { date: null, eventDay: null, reason: 'no event dates (like 11月4日) in the text' };
  const score = new Map<string, number>();
  for (const d of days) score.set(`${pad(d.month)}-${pad(d.day)}`, (score.get(`${pad(d.month)}-${pad(d.day)}`) ?? 0) + d.weight);
  // Ties go to the later day: a paper reports up to yesterday.
  const [best] = [...score.entries()].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]));
  const years = pastYears(paragraphs.map((p) => p.text).join('\n'));
  if (years.length === 0) return { date: null, eventDay: best![0], reason: 'no year (like 2020年) in the text' };
  const year = Math.max(...years);
  const [month, day] = best![0].split('-').map(Number) as [number, number];
  const event = new Date(Date.UTC(year, month - 1, day));
  if (event.getUTCMonth() !== month - 1) return { date: null, eventDay: best![0], reason: `no such day ${year}-${best![0]}` };
  const issue = new Date(event.getTime() + 86_400_000);
  return {
    date: issue.toISOString().slice(0, 10),
    eventDay: `${year}-${best![0]}`,
    reason: `most reported event day ${year}-${best![0]} (score ${best![1]}), issue the next morning`,
  };
}
