import { fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import kuromoji from 'kuromoji-ko';

/*
 * mecab-ko-dic as kuromoji-ko ships it, read into compact structures. kuromoji-ko's own loader holds
 * every file in memory and turns the 775k-entry target map into JavaScript arrays: about 250 MB and
 * a second per process. Here the trie, the token table and the target map are typed arrays over the
 * files' bytes (the target map's ids read in place), and the largest files, the feature strings and the
 * connection-cost matrix, are read from disk a page at a time as the tokenizer asks for them.
 * kuromoji-ko's Tokenizer (lattice, Viterbi search, token format) runs unchanged on top of them.
 */

export interface KoToken {
  surface_form: string;
  pos: string;
  word_position: number;
  expression: string;
}

export interface KoTokenizer {
  tokenize(text: string): KoToken[];
}

/** Bytes of a dictionary file, read whole or a range at a time. */
interface Bytes {
  readonly length: number;
  /** `length` bytes at `offset`, fewer at the end of the file. */
  read(offset: number, length: number): Uint8Array;
}

function wholeFile(data: Uint8Array): Bytes {
  return { length: data.length, read: (offset, length) => data.subarray(offset, offset + length) };
}

/** A file read on demand (it stays open for the life of the process). */
function fileOnDisk(path: string): Bytes {
  const fd = openSync(path, 'r');
  const length = fstatSync(fd).size;
  return {
    length,
    read(offset, count) {
      const out = new Uint8Array(Math.max(0, Math.min(count, length - offset)));
      let done = 0;
      while (done < out.length) {
        const n = readSync(fd, out, done, out.length - done, offset + done);
        if (n === 0) break;
        done += n;
      }
      return out.subarray(0, done);
    },
  };
}

const PAGE = 4096;

/** 16-bit little-endian integers of a file, a page of 4096 at a time. */
class PagedInt16 {
  private readonly pages: (Int16Array | undefined)[];
  readonly length: number;

  constructor(private readonly bytes: Bytes) {
    this.length = Math.floor(bytes.length / 2);
    this.pages = new Array(Math.ceil(this.length / PAGE));
  }

  get(index: number): number {
    const page = this.pages[index >> 12] ?? this.load(index >> 12);
    return page[index & (PAGE - 1)]!;
  }

  private load(page: number): Int16Array {
    const raw = this.bytes.read(page * PAGE * 2, PAGE * 2);
    const values = new Int16Array(raw.length >> 1);
    for (let i = 0; i < values.length; i++) values[i] = ((raw[2 * i]! | (raw[2 * i + 1]! << 8)) << 16) >> 16;
    this.pages[page] = values;
    return values;
  }
}

function int32s(data: Uint8Array): Int32Array {
  if (data.byteOffset % 4 === 0) return new Int32Array(data.buffer, data.byteOffset, data.length >> 2);
  return new Int32Array(data.slice(0, data.length - (data.length % 4)).buffer);
}

/** kuromoji-ko's ByteBuffer reads, for the token tables: little endian, 0 past the end. */
class Table {
  constructor(private readonly data: Uint8Array) {}

  getShort(index: number): number {
    if (this.data.length < index + 2) return 0;
    return (((this.data[index + 1]! << 8) | this.data[index]!) << 16) >> 16;
  }

  getInt(index: number): number {
    const d = this.data;
    if (d.length < index + 4) return 0;
    return ((d[index + 3]! << 24) >>> 0) + (d[index + 2]! << 16) + (d[index + 1]! << 8) + d[index]!;
  }
}

/** Zero-terminated UTF-8 strings by byte offset (the feature strings), each decoded once. */
class Strings {
  private readonly decoded = new Map<number, string>();
  private readonly decoder = new TextDecoder();

  constructor(private readonly bytes: Bytes) {}

  at(offset: number): string {
    let text = this.decoded.get(offset);
    if (text === undefined) {
      const parts: Uint8Array[] = [];
      for (let at = offset; at < this.bytes.length; at += 256) {
        const chunk = this.bytes.read(at, 256);
        const end = chunk.indexOf(0);
        parts.push(end < 0 ? chunk : chunk.subarray(0, end));
        if (end >= 0) break;
      }
      text = this.decoder.decode(Buffer.concat(parts));
      this.decoded.set(offset, text);
    }
    return text;
  }
}

/**
 * A target map (`key → token ids`) in kuromoji-ko's `*_map.dat` format (a count, then key, size and ids
 * per entry). Where every key is listed once (mecab-ko-dic's are), a key's ids are read in place from the
 * file; otherwise they are gathered into one array, a key listed twice getting the ids of both in order.
 */
export function targetMap(data: Uint8Array): Record<number, Int32Array | undefined> {
  const ints = int32s(data);
  let maxKey = -1;
  for (let at = 1; at + 1 < ints.length; at += 2 + ints[at + 1]!) maxKey = Math.max(maxKey, ints[at]!);
  let values = ints;
  let starts = new Int32Array(maxKey + 1).fill(-1);
  let ends = new Int32Array(maxKey + 1);
  let repeated = false;
  for (let at = 1; at + 1 < ints.length && !repeated; at += 2 + ints[at + 1]!) {
    const key = ints[at]!;
    repeated = key >= 0 && starts[key] !== -1;
    if (key < 0) continue;
    starts[key] = at + 2;
    ends[key] = at + 2 + ints[at + 1]!;
  }
  if (repeated) {
    let count = 0;
    const sizes = new Int32Array(maxKey + 2);
    for (let at = 1; at + 1 < ints.length; at += 2 + ints[at + 1]!) {
      if (ints[at]! >= 0) sizes[ints[at]! + 1]! += ints[at + 1]!;
      count += ints[at + 1]!;
    }
    for (let key = 0; key <= maxKey; key++) sizes[key + 1]! += sizes[key]!;
    starts = sizes.slice(0, maxKey + 1);
    ends = starts.slice();
    values = new Int32Array(count);
    for (let at = 1; at + 1 < ints.length; at += 2 + ints[at + 1]!) {
      const key = ints[at]!;
      if (key < 0) continue;
      values.set(ints.subarray(at + 2, at + 2 + ints[at + 1]!), ends[key]!);
      ends[key]! += ints[at + 1]!;
    }
  }
  const lookup = (key: number): Int32Array | undefined =>
    Number.isInteger(key) && key >= 0 && key <= maxKey && ends[key]! > starts[key]!
      ? values.subarray(starts[key]!, ends[key]!)
      : undefined;
  return new Proxy({} as Record<number, Int32Array | undefined>, {
    get: (_target, property) => (typeof property === 'string' ? lookup(Number(property)) : undefined),
  });
}

/** Scratch space for `utf8`, grown as needed: the trie encodes one key at a time. */
let scratchBytes = new Uint8Array(256);
let scratchUnits = new Int32Array(257);

/** UTF-8 bytes of a string as doublearray encodes them, with the UTF-16 length before each byte's character. */
function utf8(text: string): { bytes: Uint8Array; units: Int32Array } | undefined {
  if (scratchBytes.length < text.length * 4) {
    scratchBytes = new Uint8Array(text.length * 4);
    scratchUnits = new Int32Array(text.length * 4 + 1);
  }
  const bytes = scratchBytes;
  const units = scratchUnits;
  let i = 0;
  let j = 0;
  while (i < text.length) {
    let code = text.charCodeAt(i++);
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i++);
      if (!(low >= 0xdc00 && low <= 0xdfff)) return undefined;
      code = (code - 0xd800) * 1024 + 65536 + (low - 0xdc00);
    }
    const from = j;
    if (code < 0x80) bytes[j++] = code;
    else if (code < 0x800) {
      bytes[j++] = (code >>> 6) | 0xc0;
      bytes[j++] = (code & 0x3f) | 0x80;
    } else if (code < 0x10000) {
      bytes[j++] = (code >>> 12) | 0xe0;
      bytes[j++] = ((code >> 6) & 0x3f) | 0x80;
      bytes[j++] = (code & 0x3f) | 0x80;
    } else {
      bytes[j++] = (code >>> 18) | 0xf0;
      bytes[j++] = ((code >> 12) & 0x3f) | 0x80;
      bytes[j++] = ((code >> 6) & 0x3f) | 0x80;
      bytes[j++] = (code & 0x3f) | 0x80;
    }
    for (let b = from; b < j; b++) units[b + 1] = i;
  }
  return { bytes: bytes.subarray(0, j), units };
}

/** The double-array trie of surface forms (doublearray's `commonPrefixSearch`, on typed arrays). */
class Trie {
  constructor(
    private readonly base: Int32Array,
    private readonly check: Int32Array,
  ) {}

  private getBase(i: number): number {
    return i > this.base.length - 1 ? -i + 1 : this.base[i]!;
  }

  private traverse(parent: number, code: number): number {
    const child = this.getBase(parent) + code;
    const check = child > this.check.length - 1 ? -child - 1 : this.check[child];
    return check === parent ? child : -1;
  }

  commonPrefixSearch(key: string): { k: string; v?: number }[] {
    const encoded = utf8(key);
    if (!encoded) throw new TypeError(`malformed surrogate pair in ${JSON.stringify(key)}`);
    const { bytes, units } = encoded;
    const result: { k: string; v?: number }[] = [];
    let parent = 0;
    for (let i = 0; i < bytes.length; i++) {
      const child = this.traverse(parent, bytes[i]!);
      if (child === -1) break;
      parent = child;
      const leaf = this.traverse(child, 0);
      if (leaf === -1) continue;
      const base = this.getBase(leaf);
      const r: { k: string; v?: number } = { k: key.slice(0, units[i + 1]) };
      if (base <= 0) r.v = -base - 1;
      result.push(r);
    }
    return result;
  }
}

interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
  max_length: number;
}

/** Character classes for unknown words (kuromoji-ko's CharacterDefinition and InvokeDefinitionMap). */
function characterDefinition(categories: Uint8Array, invoke: Uint8Array) {
  const classes: CharacterClass[] = [];
  const byName = new Map<string, number>();
  const table = new Table(invoke);
  const decoder = new TextDecoder();
  let at = 0;
  while (at + 1 < invoke.length) {
    const isAlwaysInvoke = invoke[at] ?? 0;
    const isGrouping = invoke[at + 1] ?? 0;
    const maxLength = table.getInt(at + 2);
    let end = at + 6;
    while (end < invoke.length && invoke[end] !== 0) end++;
    const name = decoder.decode(invoke.subarray(at + 6, end));
    at = end + 1;
    byName.set(name, classes.length);
    classes.push({
      class_id: classes.length,
      class_name: name,
      is_always_invoke: isAlwaysInvoke,
      is_grouping: isGrouping,
      max_length: maxLength,
    });
  }
  const defaultClass = byName.get('DEFAULT');
  return (ch: string): CharacterClass | undefined => {
    const code = ch.charCodeAt(0);
    let id: number | undefined;
    if (code >= 0xd800 && code <= 0xdbff) id = defaultClass;
    else if (code < categories.length) id = categories[code];
    id ??= defaultClass;
    return id === undefined ? undefined : classes[id];
  };
}

const FILES = [
  'base.dat',
  'check.dat',
  'tid.dat',
  'tid_pos.dat',
  'tid_map.dat',
  'cc.dat',
  'unk.dat',
  'unk_pos.dat',
  'unk_map.dat',
  'unk_char.dat',
  'unk_invoke.dat',
] as const;
type DictionaryFile = (typeof FILES)[number];

/** Reads one file of the dictionary: the whole of it, or (`lazily`) a handle that reads ranges. */
export type DictionarySource = (file: DictionaryFile, lazily: boolean) => Bytes;

/** Dictionary files in `dir`, inflated (`base.dat`, …); the largest are read on demand. */
export function inflatedFiles(dir: string): DictionarySource {
  return (file, lazily) => (lazily ? fileOnDisk(join(dir, file)) : wholeFile(readFileSync(join(dir, file))));
}

/** Dictionary files held in memory, such as the package's gzipped files after inflating them. */
export function filesInMemory(files: (file: DictionaryFile) => Uint8Array): DictionarySource {
  return (file) => wholeFile(files(file));
}

/** kuromoji-ko's Tokenizer over the compact dictionary. */
export function koreanTokenizer(source: DictionarySource): KoTokenizer {
  const whole = (file: DictionaryFile) => {
    const bytes = source(file, false);
    return bytes.read(0, bytes.length);
  };
  const cc = new PagedInt16(source('cc.dat', true));
  const backward = cc.get(1);
  const features = new Strings(source('tid_pos.dat', true));
  const tokens = new Table(whole('tid.dat'));
  const unknownFeatures = new Strings(source('unk_pos.dat', false));
  const unknown = new Table(whole('unk.dat'));
  const lookup = characterDefinition(whole('unk_char.dat'), whole('unk_invoke.dat'));
  const featuresOf = (table: Table, strings: Strings) => (id: number | string) => {
    const tokenInfoId = typeof id === 'string' ? Number.parseInt(id, 10) : id;
    return Number.isNaN(tokenInfoId) ? '' : strings.at(table.getInt(tokenInfoId + 6));
  };
  const dictionaries = {
    trie: new Trie(int32s(whole('base.dat')), int32s(whole('check.dat'))),
    tokenInfoDictionary: {
      dictionary: tokens,
      targetMap: targetMap(whole('tid_map.dat')),
      getFeatures: featuresOf(tokens, features),
    },
    connectionCosts: {
      get: (forward: number, backwardId: number) => cc.get(forward * backward + backwardId + 2),
    },
    unknownDictionary: {
      dictionary: unknown,
      targetMap: targetMap(whole('unk_map.dat')),
      getFeatures: featuresOf(unknown, unknownFeatures),
      lookup,
    },
  };
  return new kuromoji.Tokenizer(
    dictionaries as unknown as ConstructorParameters<typeof kuromoji.Tokenizer>[0],
  );
}
