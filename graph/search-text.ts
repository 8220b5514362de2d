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
