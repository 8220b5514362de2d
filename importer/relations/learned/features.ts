import type { Clause, Named } from '../../clauses/types';
import type { Token } from '../../language/types';
import type { PredicateLexicon } from '../predicates';

/** One sentence as the pair model reads it. */
export interface PairSentence {
  language: 'ko' | 'en';
  text: string;
  names: readonly Named[];
  tokens: readonly Token[];
  clauses: readonly Clause[];
  predicates: PredicateLexicon;
}

const MAX_BETWEEN = 12;

function bucket(n: number): string {
  return n <= 2 ? String(n) : n <= 5 ? '3-5' : n <= 10 ? '6-10' : '11+';
}

function word(t: Token): string {
  return t.pos === 'NUM' ? '#NUM' : t.lemma.toLowerCase();
}

function inside(t: Token, n: Named): boolean {
  return t.start < n.to && t.end > n.from;
}

function argumentOf(clause: Clause, n: Named): string | undefined {
  const a = clause.args.find((arg) => arg.named.from === n.from && arg.named.to === n.to);
  return a && `${a.role}/${a.marker}`;
}

/**
 * What the sentence says around a pair of names, as feature strings: their kinds and order, the words
 * between and around them (names in between by their kind only), their particles or prepositions, and the
 * roles the clause engine gave them under a shared predicate. No feature holds a name's own words.
 */
export function pairFeatures(s: PairSentence, x: Named, y: Named): string[] {
  const kinds = `${x.entity.kind}>${y.entity.kind}`;
  const xFirst = x.from < y.from;
  const [first, second] = xFirst ? [x, y] : [y, x];
  const out = ['bias', `k=${kinds}`, `lk=${s.language}:${kinds}`, `o=${xFirst ? 'xy' : 'yx'}:${kinds}`];
  const names = s.names;
  const inName = (t: Token) => names.find((n) => inside(t, n));
  const between = s.tokens.filter((t) => t.start >= first.to && t.end <= second.from);
  let seenNames = 0;
  let lastName: Named | undefined;
  const words: string[] = [];
  for (const t of between) {
    const n = inName(t);
    if (n) {
      if (n !== lastName) {
        seenNames++;
        words.push(`[${n.entity.kind}]`);
      }
      lastName = n;
      continue;
    }
    words.push(word(t));
  }
  out.push(`gap=${bucket(between.length)}`, `names=${bucket(seenNames)}`);
  const kept = words.length > MAX_BETWEEN ? [...words.slice(0, 6), ...words.slice(-6)] : words;
  for (const w of new Set(kept)) out.push(`b=${w}`, `kb=${kinds}:${w}`);
  const typesOf = (lemma: string) => new Set(s.predicates.frames(s.language, lemma).map((f) => f.frame.type));
  for (const t of between) for (const type of typesOf(t.lemma)) out.push(`bf=${kinds}:${type}`);
  if (words.length <= 4) out.push(`seq=${kinds}:${words.join(' ')}`);
  const before = s.tokens.filter((t) => t.end <= first.from && !inName(t)).slice(-2);
  const after = s.tokens.filter((t) => t.start >= second.to && !inName(t)).slice(0, 2);
  for (const t of before) out.push(`l=${word(t)}`);
  for (const t of after) out.push(`r=${word(t)}`);
  for (const [label, n] of [
    ['x', x],
    ['y', y],
  ] as const) {
    const next = s.tokens.find((t) => t.start >= n.to && !inside(t, n));
    const prev = [...s.tokens].reverse().find((t) => t.end <= n.from && !inside(t, n));
    if (next && next.start - n.to <= 1) out.push(`${label}next=${word(next)}`);
    if (prev && n.from - prev.end <= 1 && (prev.pos === 'ADP' || prev.pos === 'PART'))
      out.push(`${label}prev=${word(prev)}`);
  }
  let shared = false;
  for (const c of s.clauses) {
    const rx = argumentOf(c, x);
    const ry = argumentOf(c, y);
    if (rx) out.push(`rx=${rx}`);
    if (ry) out.push(`ry=${ry}`);
    if (!rx || !ry || shared) continue;
    shared = true;
    const lemma = c.predicate.lemma.toLowerCase();
    out.push(`c=${rx}>${ry}`, `cp=${lemma}`, `cpr=${lemma}:${rx}>${ry}`, `ck=${kinds}:${rx}>${ry}`);
    for (const type of typesOf(c.predicate.lemma)) out.push(`pf=${type}:${rx}>${ry}`, `pfk=${type}:${kinds}`);
    if (c.predicate.negative) out.push('neg');
    if (c.predicate.modal) out.push('modal');
  }
  if (!shared) out.push('c=none');
  return out;
}
