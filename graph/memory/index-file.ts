import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { z } from 'zod';
import { NodeKind } from '../model';
import type { IndexSnapshot, Searchable } from '../search-index';

/*
 * search-index.bin: the embedded store's search index (graph/search-index.ts), persisted so that opening
 * a store reads it instead of building it again. It is derived data, kept beside the manifest and not
 * listed in it:
 *
 *   "policy-graph-search-index\n", a 4-byte little-endian header length, the header (JSON), then the body:
 *   the strings (JSON), then the node slot offsets, degrees, signatures and posting lists (int32 arrays,
 *   each starting at a multiple of 4 bytes).
 *
 * The header names the documents the index was built from, as { id, sha256 } in load order, its own
 * format version and the body's sha256 and length. A store uses the file only when that list is exactly
 * the documents it read, in their order, and the body matches its checksum; otherwise (a store changed
 * by `kg import` or another version of kg, a killed writer, a damaged or foreign file) it builds the
 * index from the documents and writes the file again. So the file never has to be written together with
 * the documents it describes: a file that disagrees with them is never used.
 */

export const INDEX_FILE = 'search-index.bin';
/** Bump whenever the index, its keys or their normalization change: older files are then rebuilt. */
export const INDEX_FORMAT_VERSION = 1;

const MAGIC = Buffer.from('policy-graph-search-index\n', 'utf8');

/** The documents an index describes, in load order. */
export interface IndexedDocument {
  id: string;
  sha256: string;
}

const Header = z.object({
  formatVersion: z.number().int(),
  littleEndian: z.boolean(),
  documents: z.array(z.object({ id: z.string(), sha256: z.string() })),
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
  sections: z.array(z.number().int().nonnegative()).length(6),
});

interface Strings {
  ids: string[];
  kinds: NodeKind[];
  names: string[];
  keys: string[];
  texts: string[];
}

const KINDS: ReadonlySet<string> = new Set(NodeKind.options);

/** Checked by hand: a schema library takes a good part of a second over a million strings. */
function parseStrings(json: unknown): Strings {
  const strings = json as Partial<Record<keyof Strings, unknown>>;
  const list = (value: unknown, valid: (item: unknown) => boolean): unknown[] => {
    if (!Array.isArray(value) || !value.every(valid)) throw new Error('damaged strings');
    return value;
  };
  const isString = (item: unknown) => typeof item === 'string';
  return {
    ids: list(strings.ids, isString) as string[],
    kinds: list(strings.kinds, (item) => typeof item === 'string' && KINDS.has(item)) as NodeKind[],
    names: list(strings.names, isString) as string[],
    keys: list(strings.keys, isString) as string[],
    texts: list(strings.texts, isString) as string[],
  };
}

export function encodeIndexFile(snapshot: IndexSnapshot<Searchable>, documents: IndexedDocument[]): Buffer {
  const strings = Buffer.from(
    JSON.stringify({
      ids: snapshot.entries.map((e) => e.id),
      kinds: snapshot.entries.map((e) => e.kind),
      names: snapshot.entries.map((e) => e.name),
      keys: snapshot.keys,
      texts: snapshot.texts,
    }),
    'utf8',
  );
  const arrays = [snapshot.nodeSlots, snapshot.degree, snapshot.signature, snapshot.starts, snapshot.grams];
  const pieces: Buffer[] = [strings, Buffer.alloc(pad(strings.length))];
  const sections = [strings.length];
  for (const array of arrays) {
    pieces.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
    sections.push(array.byteLength);
  }
  const body = Buffer.concat(pieces);
  const header = Buffer.from(
    JSON.stringify({
      formatVersion: INDEX_FORMAT_VERSION,
      littleEndian: endianness() === 'LE',
      documents: documents.map(({ id, sha256 }) => ({ id, sha256 })),
      sha256: sha256Of(body),
      bytes: body.length,
      sections,
    }),
    'utf8',
  );
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([MAGIC, length, header, body]);
}

/**
 * The index in `data` when it describes exactly `documents`; otherwise a reason it cannot be used
 * (stale, another format, damaged).
 */
export function decodeIndexFile(
  data: Buffer,
  documents: readonly IndexedDocument[],
): { snapshot: IndexSnapshot<Searchable> } | { problem: string } {
  if (data.length < MAGIC.length + 4 || !data.subarray(0, MAGIC.length).equals(MAGIC))
    return { problem: 'not a search index file' };
  const headerLength = data.readUInt32LE(MAGIC.length);
  const bodyStart = MAGIC.length + 4 + headerLength;
  if (bodyStart > data.length) return { problem: 'truncated header' };
  let header: z.infer<typeof Header>;
  try {
    header = Header.parse(JSON.parse(data.toString('utf8', MAGIC.length + 4, bodyStart)));
  } catch {
    return { problem: 'damaged header' };
  }
  if (header.formatVersion !== INDEX_FORMAT_VERSION)
    return { problem: `index format version ${header.formatVersion}, not ${INDEX_FORMAT_VERSION}` };
  if (header.littleEndian !== (endianness() === 'LE')) return { problem: 'written on another byte order' };
  if (!sameDocuments(header.documents, documents)) return { problem: 'built from other documents (stale)' };
  const body = data.subarray(bodyStart);
  if (body.length !== header.bytes || sha256Of(body) !== header.sha256)
    return { problem: `its body does not match its sha256 (${body.length} of ${header.bytes} bytes)` };
  try {
    const [stringBytes, ...arrayBytes] = header.sections as [number, ...number[]];
    const strings = parseStrings(JSON.parse(body.toString('utf8', 0, stringBytes)));
    const n = strings.ids.length;
    if (strings.kinds.length !== n || strings.names.length !== n) return { problem: 'damaged strings' };
    let at = stringBytes + pad(stringBytes);
    const arrays = arrayBytes.map((bytes) => {
      if (bytes % 4 !== 0 || at + bytes > body.length) throw new Error('damaged section');
      // A copy: the file's buffer need not be aligned for 32-bit views.
      const copy = new Uint8Array(bytes);
      copy.set(body.subarray(at, at + bytes));
      at += bytes;
      return copy.buffer;
    });
    const [nodeSlots, degree, signature, starts, grams] = arrays as [
      ArrayBuffer,
      ArrayBuffer,
      ArrayBuffer,
      ArrayBuffer,
      ArrayBuffer,
    ];
    return {
      snapshot: {
        entries: strings.ids.map((id, i) => ({ id, kind: strings.kinds[i]!, name: strings.names[i]! })),
        keys: strings.keys,
        texts: strings.texts,
        nodeSlots: new Int32Array(nodeSlots),
        degree: new Int32Array(degree),
        signature: new Uint32Array(signature),
        starts: new Int32Array(starts),
        grams: new Int32Array(grams),
      },
    };
  } catch {
    return { problem: 'damaged body' };
  }
}

function sameDocuments(a: readonly IndexedDocument[], b: readonly IndexedDocument[]): boolean {
  return a.length === b.length && a.every((doc, i) => doc.id === b[i]!.id && doc.sha256 === b[i]!.sha256);
}

function pad(length: number): number {
  return (4 - (length % 4)) % 4;
}

function sha256Of(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
