import type { Node, NodeKind } from '../model';
import type { SearchHit } from '../store';

const SEPARATOR = '\u0001';
const EXACT = 3;
const PREFIX = 2;
const SUBSTRING = 1;

/** Case- and width-insensitive form used for matching names in any script. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
}

/**
 * Every name and alias, normalized and joined into one string, so a query is a few `indexOf` scans
 * (exact, prefix and substring in one pass) instead of a loop over every key.
 */
export class SearchIndex {
  private readonly blob: string;
  /** Offset in `blob` of the first character of each key, ascending. */
  private readonly starts: Int32Array;
  private readonly keyLength: Int32Array;
  private readonly keyNode: Node[] = [];
  private readonly keyText: string[] = [];

  constructor(nodes: Iterable<Node>) {
    const keys: string[] = [];
    for (const node of nodes) {
      const seen = new Set<string>();
      for (const text of [node.name, node.nameKo, node.nameEn, ...node.aliases]) {
        if (text === undefined) continue;
        const key = normalizeName(text);
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        keys.push(key);
        this.keyNode.push(node);
        this.keyText.push(text);
      }
    }
    this.starts = new Int32Array(keys.length);
    this.keyLength = new Int32Array(keys.length);
    let offset = 1;
    keys.forEach((key, i) => {
      this.starts[i] = offset;
      this.keyLength[i] = key.length;
      offset += key.length + 1;
    });
    this.blob = `${SEPARATOR}${keys.join(SEPARATOR)}${SEPARATOR}`;
  }

  /** Best match per node: exact > prefix > substring, then shorter name, more connected, name, id. */
  search(
    query: string,
    kinds: ReadonlySet<NodeKind> | undefined,
    limit: number,
    degree: (id: string) => number,
  ): SearchHit[] {
    const q = normalizeName(query);
    if (q === '') return [];
    const best = new Map<string, Candidate>();
    const { blob, starts, keyLength } = this;
    let at = blob.indexOf(q, 1);
    while (at !== -1) {
      const key = this.keyAt(at);
      const start = starts[key]!;
      const length = keyLength[key]!;
      const node = this.keyNode[key]!;
      if (!kinds || kinds.has(node.kind)) {
        const tier = at !== start ? SUBSTRING : length === q.length ? EXACT : PREFIX;
        const current = best.get(node.id);
        if (!current || tier > current.tier || (tier === current.tier && length < current.length)) {
          best.set(node.id, { node, tier, length, key, degree: -1 });
        }
      }
      // The query holds no separator, so a match never spans two keys: continue at the next key.
      at = blob.indexOf(q, start + length + 1);
    }
    const candidates = [...best.values()];
    for (const c of candidates) c.degree = degree(c.node.id);
    return topK(candidates, limit, compareCandidates).map((c) => ({
      node: c.node,
      score: Math.round((c.tier + (0.9 * q.length) / c.length) * 1000) / 1000,
      matched: this.keyText[c.key]!,
    }));
  }

  private keyAt(offset: number): number {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

interface Candidate {
  node: Node;
  tier: number;
  length: number;
  key: number;
  degree: number;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.tier - a.tier ||
    a.length - b.length ||
    b.degree - a.degree ||
    compareStrings(a.node.name, b.node.name) ||
    compareStrings(a.node.id, b.node.id)
  );
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The `k` smallest items in order, without sorting the whole list when it is much longer than `k`. */
export function topK<T>(items: T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (items.length <= k * 4) return items.sort(compare).slice(0, k);
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === k && compare(item, kept[k - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > k) kept.pop();
  }
  return kept;
}
