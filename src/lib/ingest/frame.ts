/**
 * Recognises the wrapping that syndication and wire services put around an
 * article (an outlet header, a "The post … appeared first on" footer, a
 * "contributed reporting" credit) and separates it from the body.
 */
import { NAME_PARTICLES } from '../lexicon/en/people.ts';

export interface ArticleFrame {
  /** The body text with the recognised header, footer and credit removed. */
  body: string;
  /** Outlet named by a header or footer, if any. */
  outlet: string | null;
  /** Headline carried by a syndication footer, if any. */
  headline: string | null;
  /** People credited in a closing "contributed reporting" line. */
  contributors: string[];
  /** Outlet named possessively in the credit line ("CNN’s …"), if any. */
  creditOutlet: string | null;
}

const DASH_LINE = /^[\s\-\u2010-\u2015\u2212]*[\-\u2010-\u2015\u2212][\s\-\u2010-\u2015\u2212]*$/;
const FOOTER = /^The post (.+) appeared first on (.+?)\.?$/;
// "WASHINGTON (CNN) — " or "(Reuters) - " at the start of the first paragraph.
const DATELINE = /^(?:[A-Z][A-Z .,'’-]*\s)?\(([A-Z][\w .&’'-]{0,40})\)\s*[\-\u2013\u2014]\s+/;
const CREDIT = /^(?:(?<outlet>[A-Z][\w .&-]{0,40}?)[’']s?\s+)?(?<names>[A-Z].*?)\s+contributed\s+(?:additional\s+)?(?:reporting(?:\s+from\s+[^.]+)?|to\s+this\s+(?:report|article|story))\.?$/;
const CREDIT_BY = /^(?:Additional\s+)?[Rr]eporting\s+(?:was\s+contributed\s+)?by\s+(?<names>[A-Z][^;]*?)\s*(?:;.*)?\.?$/;
// A personal name: capitalised words, with the particles names carry ("bin", "al", "van der").
const NAME = new RegExp(`^\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|${[...NAME_PARTICLES].join('|')})){0,5}$`, 'u');

/** Splits "A, B and C" into ["A", "B", "C"]; null unless every item looks like a personal name. */
export function splitNameList(list: string): string[] | null {
  const names = list
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (names.length === 0 || names.length > 20) return null;
  return names.every((n) => NAME.test(n)) ? names : null;
}

function isShortLabel(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 60 && t.split(/\s+/).length <= 6 && !/[.!?:;]$/.test(t);
}

/** Separates the outlet header, syndication footer and credit line from the body. */
export function detectFrame(text: string): ArticleFrame {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.replace(/\s+$/, ''));
  const frame: ArticleFrame = { body: '', outlet: null, headline: null, contributors: [], creditOutlet: null };
  const nonEmpty = (): number[] => lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));

  let idx = nonEmpty();
  const first = idx[0];
  const second = idx[1];
  if (first !== undefined && second !== undefined && isShortLabel(lines[first]!) && DASH_LINE.test(lines[second]!)) {
    frame.outlet = lines[first]!.trim();
    lines[first] = '';
    lines[second] = '';
  }

  idx = nonEmpty();
  const last = idx.at(-1);
  const footer = last === undefined ? null : FOOTER.exec(lines[last]!.trim());
  if (footer && last !== undefined) {
    frame.headline = footer[1]!.trim() || null;
    frame.outlet ??= footer[2]!.trim() || null;
    lines[last] = '';
  }

  idx = nonEmpty();
  const creditLine = idx.at(-1);
  if (creditLine !== undefined && idx.length > 1) {
    const line = lines[creditLine]!.trim();
    const match = CREDIT.exec(line) ?? CREDIT_BY.exec(line);
    const names = match?.groups?.names ? splitNameList(match.groups.names) : null;
    if (match && names) {
      frame.contributors = names;
      frame.creditOutlet = match.groups?.outlet?.trim() ?? null;
      lines[creditLine] = '';
    }
  }

  idx = nonEmpty();
  const lead = idx[0];
  if (lead !== undefined) {
    const dateline = DATELINE.exec(lines[lead]!);
    if (dateline) {
      frame.outlet ??= dateline[1]!.trim();
      lines[lead] = lines[lead]!.slice(dateline[0].length);
    }
  }

  frame.body = lines.join('\n');
  return frame;
}
