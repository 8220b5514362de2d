import type { NodeKind } from './model';
import { compareStrings } from './query-rules';
import { KEY_SEPARATOR, MATCH_TIER, normalizeName, type SearchKey, searchScore } from './search-text';

const { exact: EXACT, prefix: PREFIX, substring: SUBSTRING } = MATCH_TIER;

/** What ranking needs of a node; a store may index whole nodes or only this much of each. */
export interface Searchable {
  id: string;
  kind: NodeKind;
  name: string;
}

export interface IndexHit<T extends Searchable> {
  entry: T;
  score: number;
  /** The name or alias that matched, as written. */
  matched: string;
}

/**
 * Every name and alias (`searchKeys` of each node), normalized. Exact and prefix matches come from a binary search over the keys
 * in sorted order; substring matches from `indexOf` scans over all keys joined into one string,
 * shortest keys first, so a scan can stop once enough of the best-ranked matches are found.
 */
export class SearchIndex<T extends Searchable> {
  private readonly keys: string[] = [];
  private readonly keyNode: T[] = [];
  private readonly keyText: string[] = [];
  /** Key numbers in lexicographic order of the keys. */
  private readonly sorted: Int32Array;
  /** Keys joined shortest first; `slotKey[i]` starts at `slotStart[i]`. */
  private readonly blob: string;
  private readonly slotKey: Int32Array;
  private readonly slotStart: Int32Array;

  constructor(entries: Iterable<readonly [T, readonly SearchKey[]]>) {
    for (const [node, keys] of entries) {
      for (const { key, text } of keys) {
        this.keys.push(key);
        this.keyNode.push(node);
        this.keyText.push(text);
      }
    }
    const keys = this.keys;
    const numbers = Array.from(keys.keys());
    this.sorted = Int32Array.from([...numbers].sort((a, b) => compareStrings(keys[a]!, keys[b]!)));
    this.slotKey = Int32Array.from(numbers.sort((a, b) => keys[a]!.length - keys[b]!.length));
    this.slotStart = new Int32Array(keys.length);
    let offset = 1;
    const parts: string[] = [];
    this.slotKey.forEach((key, slot) => {
      this.slotStart[slot] = offset;
      parts.push(keys[key]!);
      offset += keys[key]!.length + 1;
    });
    this.blob = `${KEY_SEPARATOR}${parts.join(KEY_SEPARATOR)}${KEY_SEPARATOR}`;
  }

  /** Best match per node: exact > prefix > substring, then shorter name, more connected, name, id. */
  search(
    query: string,
    kinds: ReadonlySet<NodeKind> | undefined,
    limit: number,
    degree: (entry: T) => number,
  ): IndexHit<T>[] {
    const q = normalizeName(query);
    if (q === '') return [];
    const { keys, keyNode } = this;
    const best = new Map<string, Candidate<T>>();
    for (let i = this.lowerBound(q); i < keys.length; i++) {
      const key = this.sorted[i]!;
      const text = keys[key]!;
      if (!text.startsWith(q)) break;
      const node = keyNode[key]!;
      if (kinds && !kinds.has(node.kind)) continue;
      const tier = text.length === q.length ? EXACT : PREFIX;
      const current = best.get(node.id);
      if (!current || tier > current.tier || (tier === current.tier && text.length < current.length)) {
        best.set(node.id, { node, tier, length: text.length, key, degree: -1 });
      }
    }
    // Substring matches rank by length first: once `limit` nodes are found, finish that length and stop.
    let needed = limit - best.size;
    let lastLength = Number.POSITIVE_INFINITY;
    const { blob, slotKey, slotStart } = this;
    let at = needed > 0 ? blob.indexOf(q, 1) : -1;
    while (at !== -1) {
      const slot = this.slotAt(at);
      const key = slotKey[slot]!;
      const length = keys[key]!.length;
      if (length > lastLength) break;
      const node = keyNode[key]!;
      if (at !== slotStart[slot] && (!kinds || kinds.has(node.kind)) && !best.has(node.id)) {
        best.set(node.id, { node, tier: SUBSTRING, length, key, degree: -1 });
        if (--needed === 0) lastLength = length;
      }
      // The query holds no separator, so a match never spans two keys: continue at the next key.
      at = blob.indexOf(q, slotStart[slot]! + length + 1);
    }
    const candidates = [...best.values()];
    for (const c of candidates) c.degree = degree(c.node);
    return topK(candidates, limit, compareCandidates).map((c) => ({
      entry: c.node,
      score: searchScore(c.tier, q.length, c.length),
      matched: this.keyText[c.key]!,
    }));
  }

  /** First position in `sorted` whose key is not less than `q`. */
  private lowerBound(q: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[this.sorted[mid]!]! < q) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The slot whose key contains blob offset `offset`. */
  private slotAt(offset: number): number {
    const starts = this.slotStart;
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

interface Candidate<T extends Searchable> {
  node: T;
  tier: number;
  length: number;
  key: number;
  degree: number;
}

function compareCandidates<T extends Searchable>(a: Candidate<T>, b: Candidate<T>): number {
  return (
    b.tier - a.tier ||
    a.length - b.length ||
    b.degree - a.degree ||
    compareStrings(a.node.name, b.node.name) ||
    compareStrings(a.node.id, b.node.id)
  );
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
