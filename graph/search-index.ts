import type { NodeKind } from './model';
import { compareStrings } from './query-rules';
import { MATCH_TIER, normalizeName, type SearchKey, searchScore } from './search-text';

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
 * Every name and alias (`searchKeys` of each node), normalized, kept up to date one node at a time.
 *
 * Each key has a slot. Posting lists name the slots whose key starts with the same 1, 2, 4, … 32
 * characters (exact and prefix matches) and the slots holding a character or a pair anywhere
 * (substring matches), split into buckets by key length, so a query walks the keys shortest first
 * and stops once enough of the best-ranked nodes are found (ranking goes by tier and length before
 * degree). A key that cannot beat the last kept hit is skipped on its length and degree alone, and a
 * 64-bit signature of its grams drops most keys without the query before their text is read.
 *
 * `set` and `delete` change one node's keys: a removed key's slot is only marked dead, and the slots
 * are packed again once as many are dead as alive, so an update costs the node's own keys.
 */
export class SearchIndex<T extends Searchable> {
  private keys: string[] = [];
  private keyText: string[] = [];
  /** Undefined for a dead slot. */
  private readonly keyEntry: (T | undefined)[] = [];
  private keyDegree = new Int32Array(1024);
  /** Two words per slot, a bit set for each gram of its key. */
  private keySignature = new Uint32Array(2048);
  private readonly slotsOf = new Map<string, number[]>();
  /** Slots by the first 1, 2, 4, 8, 12, 16, 24 and 32 characters of their key (see `startCode`). */
  private readonly starts = new Map<number, Postings>();
  /** Slots by every character and pair of their key. */
  private readonly grams = new Map<number, Postings>();
  private dead = 0;

  constructor(entries: Iterable<readonly [T, readonly SearchKey[], number]> = []) {
    for (const [entry, keys, degree] of entries) this.set(entry, keys, degree);
  }

  /** Nodes indexed. */
  get size(): number {
    return this.slotsOf.size;
  }

  has(id: string): boolean {
    return this.slotsOf.has(id);
  }

  /** Indexes `entry` under `keys` (in the node's order: name, Korean, English, aliases), replacing what it had. */
  set(entry: T, keys: readonly SearchKey[], degree: number): void {
    if (this.update(entry, keys, degree)) return;
    this.delete(entry.id);
    if (keys.length === 0) return;
    const slots: number[] = [];
    for (const { key, text } of keys) {
      const slot = this.keys.length;
      this.ensureCapacity(slot + 1);
      this.keys.push(key);
      this.keyText.push(text);
      this.keyEntry.push(entry);
      this.keyDegree[slot] = degree;
      slots.push(slot);
      const bucket = bucketOf(key.length);
      for (const size of START_SIZES) {
        if (size > key.length) break;
        post(this.starts, startCode(key, size), bucket, slot);
      }
      const signature = this.keySignature;
      for (let i = 0; i < key.length; i++) {
        const single = gramCode(key, i, 1);
        signature[slot * 2 + (single & 1)]! |= signatureBit(single);
        post(this.grams, single, bucket, slot);
        if (i + 1 === key.length) break;
        const pair = gramCode(key, i, 2);
        signature[slot * 2 + (pair & 1)]! |= signatureBit(pair);
        post(this.grams, pair, bucket, slot);
      }
    }
    this.slotsOf.set(entry.id, slots);
  }

  /** Changes a node's entry and degree in place when its kind, name and keys are as indexed. */
  private update(entry: T, keys: readonly SearchKey[], degree: number): boolean {
    const slots = this.slotsOf.get(entry.id);
    if (!slots || slots.length !== keys.length) return false;
    const old = this.keyEntry[slots[0]!]!;
    if (old.kind !== entry.kind || old.name !== entry.name) return false;
    for (let i = 0; i < slots.length; i++) {
      if (this.keys[slots[i]!] !== keys[i]!.key || this.keyText[slots[i]!] !== keys[i]!.text) return false;
    }
    for (const slot of slots) {
      this.keyEntry[slot] = entry;
      this.keyDegree[slot] = degree;
    }
    return true;
  }

  delete(id: string): void {
    const slots = this.slotsOf.get(id);
    if (!slots) return;
    this.slotsOf.delete(id);
    for (const slot of slots) this.keyEntry[slot] = undefined;
    this.dead += slots.length;
    if (this.dead > 4096 && this.dead * 2 > this.keys.length) this.pack();
  }

  /** Best match per node: exact > prefix > substring, then shorter name, more connected, name, id. */
  search(query: string, kinds: ReadonlySet<NodeKind> | undefined, limit: number): IndexHit<T>[] {
    const q = normalizeName(query);
    if (q === '') return [];
    const { keys, keyEntry, keyDegree } = this;
    const ranking = new Ranking<T>(limit, keys);

    let size = 1;
    for (const s of START_SIZES) if (s <= q.length) size = s;
    const starts = this.starts.get(startCode(q, size));
    for (let b = bucketOf(q.length); starts && b < BUCKETS; b++) {
      if (ranking.settledBefore(PREFIX, BUCKET_MIN[b]!)) break;
      const list = starts.buckets[b];
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const slot = list[i]!;
        const entry = keyEntry[slot];
        if (entry === undefined) continue;
        const text = keys[slot]!;
        const tier = text.length === q.length ? EXACT : PREFIX;
        if (!ranking.admits(tier, text.length, keyDegree[slot]!)) continue;
        if (!text.startsWith(q) || (kinds && !kinds.has(entry.kind))) continue;
        ranking.offer(entry, tier, text.length, slot, keyDegree[slot]!);
      }
    }

    const first = bucketOf(q.length + 1);
    const postings = this.rarestGram(q, first);
    if (postings) {
      const { keySignature } = this;
      const signature = new Uint32Array(2);
      forEachGram(q, (gram) => {
        signature[gram & 1]! |= signatureBit(gram);
      });
      const even = signature[0]! | 0;
      const odd = signature[1]! | 0;
      for (let b = first; b < BUCKETS; b++) {
        if (ranking.settledBefore(SUBSTRING, BUCKET_MIN[b]!)) break;
        const list = postings.buckets[b];
        if (!list) continue;
        for (let i = 0; i < list.length; i++) {
          const slot = list[i]!;
          const entry = keyEntry[slot];
          if (entry === undefined) continue;
          const text = keys[slot]!;
          if (text.length <= q.length || !ranking.admits(SUBSTRING, text.length, keyDegree[slot]!)) continue;
          if ((keySignature[slot * 2]! & even) !== even || (keySignature[slot * 2 + 1]! & odd) !== odd)
            continue;
          if (text.startsWith(q) || !text.includes(q) || (kinds && !kinds.has(entry.kind))) continue;
          ranking.offer(entry, SUBSTRING, text.length, slot, keyDegree[slot]!);
        }
      }
    }
    return ranking.best().map((c) => ({
      entry: c.entry,
      score: searchScore(c.tier, q.length, c.length),
      matched: this.keyText[c.slot]!,
    }));
  }

  /**
   * The posting list of the gram of `q` held by the fewest keys in buckets `from` on: every key there
   * holding `q` is in it.
   */
  private rarestGram(q: string, from: number): Postings | undefined {
    let best: Postings | undefined;
    let fewest = Number.POSITIVE_INFINITY;
    const check = (gram: number): boolean => {
      const postings = this.grams.get(gram);
      if (!postings) return false;
      let count = 0;
      for (let b = from; b < postings.buckets.length; b++) count += postings.buckets[b]?.length ?? 0;
      if (count < fewest) {
        best = postings;
        fewest = count;
      }
      return true;
    };
    if (q.length === 1) return check(gramCode(q, 0, 1)) ? best : undefined;
    for (let i = 0; i + 1 < q.length; i++) if (!check(gramCode(q, i, 2))) return undefined;
    return best;
  }

  private ensureCapacity(slots: number): void {
    if (slots <= this.keyDegree.length) return;
    const size = Math.max(slots, this.keyDegree.length * 2);
    const degree = new Int32Array(size);
    degree.set(this.keyDegree);
    this.keyDegree = degree;
    const signature = new Uint32Array(size * 2);
    signature.set(this.keySignature);
    this.keySignature = signature;
  }

  /**
   * The index in a compact form to persist: the live keys only, numbered node by node (each node's keys
   * in its order), and every posting list as one stream of integers. `fromSnapshot` gives back an index
   * answering every search as this one does.
   */
  snapshot(): IndexSnapshot<T> {
    const nodes = this.slotsOf.size;
    const moved = new Int32Array(this.keys.length).fill(-1);
    const entries: T[] = [];
    const keys: string[] = [];
    const texts: string[] = [];
    const nodeSlots = new Int32Array(nodes + 1);
    const degree = new Int32Array(nodes);
    let live = 0;
    let n = 0;
    for (const slots of this.slotsOf.values()) {
      entries.push(this.keyEntry[slots[0]!]!);
      degree[n] = this.keyDegree[slots[0]!]!;
      for (const slot of slots) {
        moved[slot] = live++;
        keys.push(this.keys[slot]!);
        texts.push(this.keyText[slot]!);
      }
      nodeSlots[++n] = live;
    }
    const signature = new Uint32Array(live * 2);
    for (let slot = 0; slot < moved.length; slot++) {
      const to = moved[slot]!;
      if (to === -1) continue;
      signature[to * 2] = this.keySignature[slot * 2]!;
      signature[to * 2 + 1] = this.keySignature[slot * 2 + 1]!;
    }
    return {
      entries,
      keys,
      texts,
      nodeSlots,
      degree,
      signature,
      starts: encodePostings(this.starts, moved),
      grams: encodePostings(this.grams, moved),
    };
  }

  /** The index `snapshot` described; throws when the snapshot does not hold together. */
  static fromSnapshot<T extends Searchable>(snapshot: IndexSnapshot<T>): SearchIndex<T> {
    const { entries, keys, texts, nodeSlots, degree, signature } = snapshot;
    const slots = keys.length;
    if (
      texts.length !== slots ||
      nodeSlots.length !== entries.length + 1 ||
      degree.length !== entries.length ||
      signature.length !== slots * 2 ||
      nodeSlots[0] !== 0 ||
      nodeSlots[entries.length] !== slots
    )
      throw new Error('the search index snapshot is inconsistent');
    const index = new SearchIndex<T>();
    index.ensureCapacity(slots);
    index.keys = keys;
    index.keyText = texts;
    index.keySignature.set(signature);
    for (let n = 0; n < entries.length; n++) {
      const entry = entries[n]!;
      const from = nodeSlots[n]!;
      const to = nodeSlots[n + 1]!;
      if (to <= from || index.slotsOf.has(entry.id))
        throw new Error('the search index snapshot is inconsistent');
      const own: number[] = [];
      for (let slot = from; slot < to; slot++) {
        index.keyEntry.push(entry);
        index.keyDegree[slot] = degree[n]!;
        own.push(slot);
      }
      index.slotsOf.set(entry.id, own);
    }
    decodePostings(snapshot.starts, slots, index.starts);
    decodePostings(snapshot.grams, slots, index.grams);
    return index;
  }

  /** Renumbers the live slots in their order and drops the dead ones from every posting list. */
  private pack(): void {
    const moved = new Int32Array(this.keys.length).fill(-1);
    let live = 0;
    for (let slot = 0; slot < this.keys.length; slot++) {
      if (this.keyEntry[slot] === undefined) continue;
      moved[slot] = live;
      this.keys[live] = this.keys[slot]!;
      this.keyText[live] = this.keyText[slot]!;
      this.keyEntry[live] = this.keyEntry[slot];
      this.keyDegree[live] = this.keyDegree[slot]!;
      this.keySignature[live * 2] = this.keySignature[slot * 2]!;
      this.keySignature[live * 2 + 1] = this.keySignature[slot * 2 + 1]!;
      live++;
    }
    this.keys.length = live;
    this.keyText.length = live;
    this.keyEntry.length = live;
    this.keySignature.fill(0, live * 2);
    this.dead = 0;
    for (const slots of this.slotsOf.values()) {
      for (let i = 0; i < slots.length; i++) slots[i] = moved[slots[i]!]!;
    }
    for (const index of [this.starts, this.grams]) {
      for (const [gram, postings] of index) {
        postings.count = 0;
        postings.last = -1;
        for (const [b, stored] of postings.buckets.entries()) {
          if (!stored) continue;
          const list = Array.isArray(stored) ? stored : Array.from(stored);
          postings.buckets[b] = list;
          let kept = 0;
          for (const slot of list) {
            const to = moved[slot]!;
            if (to !== -1) list[kept++] = to;
          }
          list.length = kept;
          postings.count += kept;
          if (kept === 0) postings.buckets[b] = undefined;
        }
        if (postings.count === 0) index.delete(gram);
      }
    }
  }
}

/** The slots of one gram, by key length bucket; `last` is the slot posted last, so a key posts a gram once. */
interface Postings {
  /** A list read from a snapshot stays a view of it until a change copies it into an array. */
  buckets: (number[] | Int32Array | undefined)[];
  count: number;
  last: number;
}

/** What `SearchIndex.snapshot` gives and `SearchIndex.fromSnapshot` takes. */
export interface IndexSnapshot<T> {
  /** One entry per node. */
  entries: T[];
  /** Normalized keys and the names as written, slot by slot; node n has slots nodeSlots[n] to nodeSlots[n + 1]. */
  keys: string[];
  texts: string[];
  nodeSlots: Int32Array;
  /** Per node. */
  degree: Int32Array;
  /** Two words per slot. */
  signature: Uint32Array;
  /** Posting lists: for each gram its code, its bucket count, then each bucket's length and slots. */
  starts: Int32Array;
  grams: Int32Array;
}

function encodePostings(index: Map<number, Postings>, moved: Int32Array): Int32Array {
  const out: number[] = [];
  for (const [gram, postings] of index) {
    // Array.from, not map: the bucket array has holes.
    const lists = Array.from(postings.buckets, (list) => {
      const live: number[] = [];
      for (const slot of list ?? []) if (moved[slot] !== -1) live.push(moved[slot]!);
      return live.sort((a, b) => a - b);
    });
    if (lists.every((list) => list.length === 0)) continue;
    out.push(gram, lists.length);
    for (const list of lists) {
      out.push(list.length);
      for (const slot of list) out.push(slot);
    }
  }
  return Int32Array.from(out);
}

function decodePostings(stream: Int32Array, slots: number, into: Map<number, Postings>): void {
  const fail = () => {
    throw new Error('the search index snapshot has damaged posting lists');
  };
  let at = 0;
  while (at < stream.length) {
    if (at + 2 > stream.length) fail();
    const gram = stream[at++]!;
    const count = stream[at++]!;
    if (count < 0 || count > BUCKETS || into.has(gram)) fail();
    const postings: Postings = { buckets: [], count: 0, last: -1 };
    for (let b = 0; b < count; b++) {
      if (at >= stream.length) fail();
      const length = stream[at++]!;
      if (length < 0 || at + length > stream.length) fail();
      if (length === 0) {
        postings.buckets.push(undefined);
        continue;
      }
      const list = stream.subarray(at, at + length);
      at += length;
      for (const slot of list) if (slot < 0 || slot >= slots) fail();
      postings.buckets.push(list);
      postings.count += length;
    }
    into.set(gram, postings);
  }
}

function post(index: Map<number, Postings>, gram: number, bucket: number, slot: number): void {
  let postings = index.get(gram);
  if (!postings) {
    postings = { buckets: [], count: 0, last: -1 };
    index.set(gram, postings);
  }
  if (postings.last === slot) return;
  postings.last = slot;
  postings.count++;
  const list = postings.buckets[bucket];
  if (!list) postings.buckets[bucket] = [slot];
  else if (Array.isArray(list)) list.push(slot);
  else postings.buckets[bucket] = [...list, slot];
}

/** The shortest key length in each bucket: one bucket per length up to 8, then ever wider ones. */
const BUCKET_MIN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 17, 21, 25, 33, 49, 65, 129] as const;
const BUCKETS = BUCKET_MIN.length;
const BUCKET_OF = new Uint8Array(BUCKET_MIN.at(-1)! + 1);
for (let b = 0, length = 0; length < BUCKET_OF.length; length++) {
  if (b + 1 < BUCKETS && length >= BUCKET_MIN[b + 1]!) b++;
  BUCKET_OF[length] = b;
}

function bucketOf(length: number): number {
  return length < BUCKET_OF.length ? BUCKET_OF[length]! : BUCKETS - 1;
}

const PAIR_CODES = 0x40000000 - 0x10000;

/**
 * One character (UTF-16 code unit) as itself, or two adjacent ones hashed above it into a small integer
 * (a fast map key). Pairs sharing a code share a posting list, which only adds keys the match check drops.
 */
function gramCode(text: string, at: number, size: 1 | 2): number {
  const first = text.charCodeAt(at);
  if (size === 1) return first;
  return 0x10000 + (((Math.imul(first, 0x9e3779b1) ^ text.charCodeAt(at + 1)) >>> 0) % PAIR_CODES);
}

/** The lengths of key beginnings that have posting lists: a query looks up the longest it has. */
const START_SIZES = [1, 2, 4, 8, 12, 16, 24, 32] as const;

/** The first `size` characters of `text` hashed to a small integer (a character as itself). */
function startCode(text: string, size: number): number {
  if (size === 1) return text.charCodeAt(0);
  let hash = size;
  for (let i = 0; i < size; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x9e3779b1);
  return 0x10000 + ((hash >>> 0) % PAIR_CODES);
}

/** One of 32 bits for a gram (the word is chosen by its lowest bit). */
function signatureBit(gram: number): number {
  return 1 << ((gram >>> 1) % 32);
}

function forEachGram(text: string, visit: (gram: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    visit(gramCode(text, i, 1));
    if (i + 1 < text.length) visit(gramCode(text, i, 2));
  }
}

interface Candidate<T extends Searchable> {
  entry: T;
  tier: number;
  length: number;
  slot: number;
  degree: number;
}

/** The `limit` best candidates with distinct nodes, each node at its best key. */
class Ranking<T extends Searchable> {
  private readonly kept: Candidate<T>[] = [];

  constructor(
    private readonly limit: number,
    private readonly keys: readonly string[],
  ) {}

  /** True when the list is full and no key of `tier` and at least `length` can enter it. */
  settledBefore(tier: number, length: number): boolean {
    const worst = this.kept.length === this.limit ? this.kept[this.limit - 1]! : undefined;
    return worst !== undefined && (worst.tier > tier || (worst.tier === tier && worst.length < length));
  }

  /** False when a key of this tier, length and degree ranks below every kept hit, whatever its name. */
  admits(tier: number, length: number, degree: number): boolean {
    const worst = this.kept.length === this.limit ? this.kept[this.limit - 1]! : undefined;
    if (!worst) return true;
    return (
      tier > worst.tier ||
      (tier === worst.tier && (length < worst.length || (length === worst.length && degree >= worst.degree)))
    );
  }

  offer(entry: T, tier: number, length: number, slot: number, degree: number): void {
    const kept = this.kept;
    const candidate = { entry, tier, length, slot, degree };
    const worst = kept.length === this.limit ? kept[kept.length - 1] : undefined;
    if (worst && this.compare(candidate, worst) >= 0) return;
    const same = kept.findIndex((c) => c.entry.id === entry.id);
    if (same !== -1) {
      if (this.compare(candidate, kept[same]!) >= 0) return;
      kept.splice(same, 1);
    } else if (worst) {
      kept.pop();
    }
    let at = kept.length;
    while (at > 0 && this.compare(candidate, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, candidate);
  }

  best(): Candidate<T>[] {
    return this.kept;
  }

  /**
   * Tier, then key length, degree, name, id; between two keys of one node of the same tier and length,
   * the prefix first in code-unit order, or the name or alias the node lists first.
   */
  private compare(a: Candidate<T>, b: Candidate<T>): number {
    return (
      b.tier - a.tier ||
      a.length - b.length ||
      b.degree - a.degree ||
      compareStrings(a.entry.name, b.entry.name) ||
      compareStrings(a.entry.id, b.entry.id) ||
      (a.tier === PREFIX ? compareStrings(this.keys[a.slot]!, this.keys[b.slot]!) : a.slot - b.slot)
    );
  }
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
