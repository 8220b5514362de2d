import type { Mention } from './mentions';

/** The clause with entity names blanked out, so cue words inside names ("수출 규제") do not count. */
export function blankMentions(text: string, ms: Mention[], a: number, b: number): string {
  let out = '';
  let at = a;
  for (const m of ms) {
    out += text.slice(at, m.from) + ' '.repeat(m.to - m.from);
    at = m.to;
  }
  return out + text.slice(at, b);
}

/** Sentence boundaries around `[from, to)`. */
export function sentenceAround(text: string, from: number, to: number): [number, number] {
  let a = from;
  while (a > 0 && !isSentenceEnd(text, a - 1)) a--;
  if (a > 0) a = Math.max(a, Math.min(from, endAfter(text, a - 1)));
  let b = to;
  while (b < text.length && !isSentenceEnd(text, b)) b++;
  return [a, b < text.length ? endAfter(text, b) : text.length];
}

/** Where the sentence whose full stop is at `i` ends: after the stop and the citation marks that follow it. */
function endAfter(text: string, i: number): number {
  return i + 1 + (CITATION.exec(text.slice(i + 1, i + 24))?.[0].length ?? 0);
}

const ABBREVIATION =
  /(?:^|[\s(/–-])(?:[A-Z](?:\.[A-Z])+|Co|Inc|Corp|Ltd|No|Nos|Mr|Mrs|Ms|Dr|Prof|St|vs|etc|e\.g|i\.e|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])$/;

/** A full stop that ends an abbreviation ("U.S.", "Co.", "Jan.") does not end the sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  return text[dot] === '.' && ABBREVIATION.test(text.slice(Math.max(0, dot - 7), dot));
}

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i]!;
  if (c !== '.' && c !== '!' && c !== '?' && c !== '。') return false;
  const next = text[i + 1];
  // `in June 2023.[8] Estonia joined`, `countering China.:1 It`: citation marks after the full stop belong to
  // the sentence.
  const cited = (next === '[' || next === ':') && CITATION.test(text.slice(i + 1, i + 24));
  return (next === undefined || /\s/.test(next) || cited) && !isAbbreviation(text, i);
}

/** `[8]`, and a page cited after a colon as Wikipedia prints it: `:1`, `:12–14`. */
export const CITATION_MARK = String.raw`(?:\[\d{1,3}\]|:\d{1,4}(?:[–-]\d{1,4})?)`;
/** Citation marks at the start of a text, up to the space or end after them. */
const CITATION = new RegExp(String.raw`^${CITATION_MARK}+(?=\s|$)`);

/** Where a sentence or a joined clause ends. */
const CLAUSE_END = new RegExp(
  String.raw`(?:[.!?。]${CITATION_MARK}*(?=\s|$)|(?:며|고|지만|으며|는데|으나),(?=\s)|;(?=\s)|…|,(?=\s+(?:while|whereas|but|although|though|and)\s+[A-Z])|(?:을|를),(?=\s+(?:[^\s,]+\s+){0,2}[^\s,]+(?:은|는)\s)|[①-⑳])`,
  'g',
);

/** Two or more title-case names joined by commas that end a text: `the EU, India`. */
const LISTED_NAMES =
  /(?:^|[\s(])(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}(?:,\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})+$/;

/** Sentences, then clauses joined by connective endings (`…하며,` `…하고,`), as `[from, to)` pairs. */
export function clauses(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    if (isAbbreviation(text, m.index!)) continue;
    // `the EU, India, and China tariff cars`: a comma before `and` that ends a list of names joins its last name.
    if (
      m[0] === ',' &&
      /^\s+and\s/.test(text.slice(m.index! + 1)) &&
      LISTED_NAMES.test(text.slice(start, m.index!))
    )
      continue;
    const end = m[0].length === 1 && /[①-⑳]/.test(m[0]) ? m.index! : m.index! + m[0].length;
    if (end > start) out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out.filter(([a, b]) => text.slice(a, b).trim().length > 0);
}

/** Sentences of a text as `[from, to)` pairs, split after `.`, `!`, `?` and `。` that end a sentence. */
export function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSentenceEnd(text, i)) continue;
    const end = endAfter(text, i);
    if (text.slice(start, end).trim()) out.push([start, end]);
    start = end;
    i = end - 1;
  }
  if (text.slice(start).trim()) out.push([start, text.length]);
  return out;
}
