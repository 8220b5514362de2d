import type { Node } from './model';

/*
 * How every store matches a search query against node names, so all stores find and rank the same hits.
 * The Neo4j search statement (graph/neo4j/cypher.ts) spells the tiers out as the literals 3, 2 and 1.
 */

/** Exact beats prefix beats substring. */
export const MATCH_TIER = { exact: 3, prefix: 2, substring: 1 } as const;

/** Joins keys into one searchable string; `normalizeName` turns it into a space, so no query holds it. */
export const KEY_SEPARATOR = '\u0001';

/** Case- and width-insensitive form used for matching names in any script. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
}

export interface SearchKey {
  /** The normalized form a query is matched against. */
  key: string;
  /** The name or alias as written, reported as what matched. */
  text: string;
}

/** A node's name, Korean and English names and aliases, normalized; empty and repeated keys dropped. */
export function searchKeys(node: Node): SearchKey[] {
  const keys: SearchKey[] = [];
  const seen = new Set<string>();
  for (const text of [node.name, node.nameKo, node.nameEn, ...node.aliases]) {
    if (text === undefined) continue;
    const key = normalizeName(text);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    keys.push({ key, text });
  }
  return keys;
}

/** The score of a hit: its tier, plus up to 0.9 for how much of the matched key the query covers. */
export function searchScore(tier: number, queryLength: number, keyLength: number): number {
  return Math.round((tier + (0.9 * queryLength) / keyLength) * 1000) / 1000;
}

/** Edits a query may be off by and still find a name: none below 3 characters, one up to 5, then two. */
export function allowedEdits(query: string): number {
  const length = Array.from(normalizeName(query)).length;
  return length < 3 ? 0 : length <= 5 ? 1 : 2;
}

/**
 * Levenshtein distance between `a` and `b` by code point, or `max + 1` as soon as it must exceed `max`
 * (bounded: a band of width 2·max+1, so the cost is linear in the length).
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = new Array<number>(t.length + 1).fill(max + 1);
    current[0] = i;
    let best = current[0];
    const from = Math.max(1, i - max);
    const to = Math.min(t.length, i + max);
    for (let j = from; j <= to; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j - 1]! + cost, (previous[j] ?? max + 1) + 1, current[j - 1]! + 1);
      if (current[j]! < best) best = current[j]!;
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[t.length]!, max + 1);
}

/**
 * How far a query is from a name: the smallest edit distance to the whole name or to one of its words
 * (split at spaces, hyphens and middle dots), case- and width-insensitive; `max + 1` when further than `max`.
 */
export function nameDistance(query: string, name: string, max = allowedEdits(query)): number {
  const q = normalizeName(query);
  const key = normalizeName(name);
  let best = editDistance(q, key, max);
  for (const word of key.split(/[\s\-·・/]+/)) {
    if (best === 0) break;
    if (word && word !== key) best = Math.min(best, editDistance(q, word, max));
  }
  return best;
}
