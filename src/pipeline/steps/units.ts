/**
 * Classifies each normalised line of an issue into a layout unit: body text, byline, dateline
 * lead, photo caption, jump note, notice item or bracketed subhead. Context decisions (is this
 * short line a headline?) are left to split-articles; this step only reads the line itself.
 */
import type { Credit } from '../../schema/issue.ts';
import type { RawLine } from './normalise.ts';
import { isBylineLine, parseCredits, parseDateline, splitJump, splitPhotoCredit } from './credits.ts';

export type UnitKind = 'text' | 'byline' | 'lead' | 'caption' | 'jump' | 'item' | 'bracket';

export interface Unit {
  kind: UnitKind;
  text: string;
  marked: boolean;
  gapBefore: number;
  lineNo: number;
  credits?: Credit[];
  dateline?: string;
  jump?: { text: string; page: string };
}

const TERMINAL = /(?:[。！？!?…]|[。！？!?…][”’」』）)]+)$/;
/** A sentence that opens with someone speaking: 毛腾飞强调，… is body text, never a headline. */
const SPEECH_START = /^[\u4e00-\u9fa5]{2,4}(?:指出|强调|表示|要求|认为|介绍|说|提出)[，：]/;
/** key:value lines and bare dates, as in notices (举报电话：…, 2024年3月14日). */
const ITEM_LINE = /^(?:[\u4e00-\u9fa5]{2,8}[：:]\S|\d{4}年\d{1,2}月\d{1,2}日$)/;

/** Ends with a sentence-final mark (possibly inside closing quotes): the paragraph is complete. */
export function isTerminal(text: string): boolean {
  return TERMINAL.test(text);
}

/** Could be a headline on its own: unfinished as a sentence, not too long, not a speech opening. */
export function isHeadish(unit: Unit): boolean {
  return unit.kind === 'text' && !isTerminal(unit.text) && unit.text.length <= 160 && !SPEECH_START.test(unit.text);
}

export function startsWithSpeech(text: string): boolean {
  return SPEECH_START.test(text);
}

function classify(line: RawLine): Unit[] {
  const base = { marked: line.marked, gapBefore: line.gapBefore, lineNo: line.lineNo };
  const jump = splitJump(line.text);
  if (jump) {
    const units = jump.rest ? classify({ ...line, text: jump.rest }) : [];
    return [...units, { ...base, gapBefore: units.length ? 0 : line.gapBefore, kind: 'jump', text: jump.jump.text, jump: jump.jump }];
  }
  if (isBylineLine(line.text)) return [{ ...base, kind: 'byline', text: line.text, credits: parseCredits(line.text) }];
  const lead = parseDateline(line.text);
  if (lead) return [{ ...base, kind: 'lead', text: line.text, dateline: lead.dateline, credits: lead.credits }];
  const photo = splitPhotoCredit(line.text);
  if (photo) return [{ ...base, kind: 'caption', text: photo.caption, credits: parseCredits(photo.credit) }];
  if (/^【[^】]{1,20}】$/.test(line.text)) return [{ ...base, kind: 'bracket', text: line.text }];
  return [{ ...base, kind: 'text', text: line.text }];
}

/** Lines of one block (no blank line between them) that hold a key:value line are a notice's items. */
function markItemBlocks(units: Unit[]): void {
  let start = 0;
  for (let i = 1; i <= units.length; i++) {
    if (i === units.length || units[i]!.gapBefore > 0) {
      const block = units.slice(start, i).filter((u) => u.kind === 'text');
      if (i - start >= 2 && block.some((u) => ITEM_LINE.test(u.text))) block.forEach((u) => (u.kind = 'item'));
      start = i;
    }
  }
}

/**
 * An unfinished line that repeats the start of an earlier one is a fragment printed twice
 * (a column restarted by the layout); it carries nothing the earlier line does not.
 */
function dropRepeatedFragments(units: Unit[]): { units: Unit[]; dropped: number } {
  const kept: Unit[] = [];
  let dropped = 0;
  for (const u of units) {
    const repeated =
      u.kind === 'text' &&
      u.text.length >= 12 &&
      !isTerminal(u.text) &&
      kept.some((k) => (k.kind === 'text' || k.kind === 'lead') && k.text.startsWith(u.text));
    if (repeated) dropped++;
    else kept.push(u);
  }
  return { units: kept, dropped };
}

/** Lines → units, with repeated fragments removed. Pure. */
export function toUnits(lines: RawLine[]): { units: Unit[]; droppedFragments: number } {
  const units = lines.flatMap(classify);
  markItemBlocks(units);
  const { units: kept, dropped } = dropRepeatedFragments(units);
  return { units: kept, droppedFragments: dropped };
}
