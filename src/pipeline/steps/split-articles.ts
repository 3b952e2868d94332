/**
 * Groups an issue's units into draft articles. The printed page breaks the simple
 * "headline, byline, dateline, body" order in known ways, each handled here:
 * column breaks that cut a paragraph (joined again), headlines landing inside their own story,
 * bylines printed above the headline, stories without a headline, photo news, notices and promos.
 */
import type { Credit, Paragraph } from '../../schema/issue.ts';
import { isHeadish, isTerminal, startsWithSpeech, type Unit } from './units.ts';

export interface Head {
  text: string;
  marked: boolean;
}

export interface Draft {
  heads: Head[];
  byline: Credit[];
  paragraphs: Paragraph[];
  continuation?: { text: string; page: string };
  hasLead: boolean;
  /** Opened by a byline printed above its (not yet seen) headline. */
  bylineFirst: boolean;
  /** A jump note ended the story on this page: nothing more joins onto it. */
  closed: boolean;
  firstLine: number;
}

/** Line ends that cannot end a phrase: the line was cut by a column break, not a subhead. */
const DANGLING = /(?:的.{0,2}|[了在和与及对向为把被从将让使由以而或并、，：；])$/;

function newDraft(firstLine: number): Draft {
  return { heads: [], byline: [], paragraphs: [], hasLead: false, bylineFirst: false, closed: false, firstLine };
}

function lastBodyParagraph(d: Draft | undefined): Paragraph | undefined {
  return d?.paragraphs.findLast((p) => p.kind === 'text' || p.kind === 'lead');
}

function hasBody(d: Draft): boolean {
  return d.paragraphs.some((p) => p.kind === 'text' || p.kind === 'lead');
}

/** True when the previous paragraph stops mid-sentence and this text can continue it. */
function continues(d: Draft | undefined): boolean {
  const last = lastBodyParagraph(d);
  return !!d && !d.closed && !!last && !isTerminal(last.text);
}

function join(p: Paragraph, text: string): void {
  // Latin words or numbers on both sides of the break were separated by a space in print.
  const space = /[A-Za-z0-9]$/.test(p.text) && /^[A-Za-z0-9]/.test(text) ? ' ' : '';
  p.text += space + text;
}

/** End (exclusive) of the run of headline-like units starting at i; a wide gap ends the run. */
function headRun(units: Unit[], i: number): number {
  let k = i + 1;
  while (k < units.length && isHeadish(units[k]!) && units[k]!.gapBefore < 2) k++;
  return k;
}

/** Does a byline at i introduce the next story (byline, optional heads, then a dateline)? */
function bylineIntroducesNext(units: Unit[], i: number): boolean {
  let j = i + 1;
  while (units[j]?.kind === 'byline') j++;
  if (units[j] && isHeadish(units[j]!)) j = headRun(units, j);
  return units[j]?.kind === 'lead';
}

/** Splits units into drafts; pure. */
export function splitArticles(units: Unit[]): Draft[] {
  const drafts: Draft[] = [];
  const open = (lineNo: number): Draft => {
    const d = newDraft(lineNo);
    drafts.push(d);
    return d;
  };
  const current = (): Draft | undefined => drafts.at(-1);

  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    let d = current();
    switch (u.kind) {
      case 'jump':
        if (d) {
          d.continuation = u.jump;
          d.closed = true;
        }
        break;
      case 'byline': {
        const photo = u.credits!.some((c) => c.role === 'photographer');
        if (d && !hasBody(d)) d.byline.push(...u.credits!);
        else if (!d || (!photo && bylineIntroducesNext(units, i))) {
          const next = open(u.lineNo);
          next.bylineFirst = true;
          next.byline.push(...u.credits!);
        } else d.byline.push(...u.credits!);
        break;
      }
      case 'lead':
        if (!d || d.hasLead || hasBody(d)) d = open(u.lineNo);
        d.hasLead = true;
        d.byline.push(...u.credits!);
        d.paragraphs.push({ kind: 'lead', text: u.text, dateline: u.dateline });
        break;
      case 'caption':
        d ??= open(u.lineNo);
        d.paragraphs.push({ kind: 'caption', text: u.text });
        d.byline.push(...u.credits!);
        break;
      case 'bracket':
        (d ?? open(u.lineNo)).paragraphs.push({ kind: 'subhead', text: u.text });
        break;
      case 'item':
        (d ?? open(u.lineNo)).paragraphs.push({ kind: 'item', text: u.text });
        break;
      case 'text':
        i = placeText(units, i, drafts, open);
        break;
    }
  }
  return drafts;
}

/** Places a text unit (or a run of headline lines starting there); returns the last index consumed. */
function placeText(units: Unit[], i: number, drafts: Draft[], open: (lineNo: number) => Draft): number {
  const u = units[i]!;
  const d = drafts.at(-1);
  if (!isHeadish(u)) {
    if (d && continues(d)) join(lastBodyParagraph(d)!, u.text);
    else if (!d || (u.gapBefore >= 2 && hasBody(d))) open(u.lineNo).paragraphs.push({ kind: 'text', text: u.text });
    else d.paragraphs.push({ kind: 'text', text: u.text });
    return i;
  }

  const end = headRun(units, i);
  const run = units.slice(i, end);
  const next = units[end];
  const heads = run.map((r) => ({ text: r.text, marked: r.marked }));

  // Followed by a byline or dateline: the headline of a story.
  if (next && (next.kind === 'lead' || next.kind === 'byline')) {
    const pending = d && d.bylineFirst && d.heads.length === 0 && !hasBody(d) ? d : open(u.lineNo);
    pending.heads.push(...heads);
    return end - 1;
  }
  if (run.some((r) => r.marked)) {
    // A marked headline between a cut sentence and its continuation belongs to that story.
    if (d && continues(d) && next?.kind === 'text') {
      if (d.heads.length === 0) d.heads.push(...heads);
      else d.paragraphs.push(...heads.map((h) => ({ kind: 'subhead' as const, text: h.text })));
      return end - 1;
    }
    open(u.lineNo).heads.push(...heads);
    return end - 1;
  }
  if (!d) {
    open(u.lineNo).heads.push(...heads);
    return end - 1;
  }
  // Lines of a headline-only box (promo, notice) are its items.
  if (!d.hasLead && d.byline.length === 0 && d.heads.length > 0 && !hasBody(d)) {
    d.paragraphs.push({ kind: 'item', text: u.text });
    return i;
  }
  if (continues(d)) {
    join(lastBodyParagraph(d)!, u.text);
    return i;
  }
  if (run.length >= 2 && !d.closed) {
    open(u.lineNo).heads.push(...heads);
    return end - 1;
  }
  const nextSpeaks = next?.kind === 'text' && startsWithSpeech(next.text);
  // A subhead is a short phrase (养猪，让村民踏上脱贫路); a line with several clauses, an ordinal
  // opening (第四，…) or a dangling end is the start of a paragraph the column break cut.
  const commas = (u.text.match(/，/g) ?? []).length;
  const phrase = /[，\s]/.test(u.text) && commas <= 1 && u.text.length <= 16 && !DANGLING.test(u.text) && !/^第[一二三四五六七八九十]+，/.test(u.text);
  const subhead = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(u.text) || nextSpeaks || phrase;
  if (d.closed && u.gapBefore >= 2) open(u.lineNo).heads.push({ text: u.text, marked: false });
  else d.paragraphs.push({ kind: subhead ? 'subhead' : 'text', text: u.text });
  return i;
}
