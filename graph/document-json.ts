import { createHash, randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Evidence, GraphDocument } from './model';

/*
 * A graph document as JSON text, in pieces, so that writing one never holds the whole text (a 10 MB
 * report's graph is about 140 MB of JSON). Two forms:
 *   interchange  what `kg import --out` writes: exactly `JSON.stringify(doc, null, 1)`;
 *   stored       the embedded store's document files: compact, and evidence without `quote`, which
 *                `withQuotes` puts back from the text (`quote === text.slice(start, end)`).
 */

/** Text is written in slices of this many characters. */
const TEXT_SLICE = 1 << 20;

/** A long string's JSON in slices; a slice never ends between the two halves of a surrogate pair. */
function* stringJson(text: string): Generator<string> {
  if (text.length <= TEXT_SLICE) {
    yield JSON.stringify(text);
    return;
  }
  yield '"';
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + TEXT_SLICE);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield JSON.stringify(text.slice(at, end)).slice(1, -1);
    at = end;
  }
  yield '"';
}

/** Array elements are written this many at a time. */
const BATCH = 512;

/**
 * The interchange form: the pieces of `JSON.stringify(doc, null, 1)`. A batch of a top-level array's
 * elements is stringified as the array of a one-key object, which indents it as the document does; the
 * batch is that output without the wrapper's first and last lines.
 */
export function* interchangeJson(doc: GraphDocument): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, value] of Object.entries(doc)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    const name = JSON.stringify(key);
    yield `${first ? '' : ','}\n ${name}: `;
    first = false;
    if (typeof value === 'string') yield* stringJson(value);
    else if (Array.isArray(value) && value.length > 0) {
      yield '[';
      const open = `{\n ${name}: [`.length;
      const close = '\n ]\n}'.length;
      for (let at = 0; at < value.length; at += BATCH) {
        const json = JSON.stringify({ [key]: value.slice(at, at + BATCH) }, null, 1);
        yield `${at === 0 ? '' : ','}${json.slice(open, json.length - close)}`;
      }
      yield '\n ]';
    } else yield JSON.stringify(value, null, 1).replaceAll('\n', '\n ');
  }
  yield first ? '}' : '\n}';
}

/** What `kg import --out` writes: the interchange form and a line feed. */
export function* interchangeFile(doc: GraphDocument): Generator<string> {
  yield* interchangeJson(doc);
  yield '\n';
}

function withoutQuote({ quote: _quote, ...rest }: Evidence): Omit<Evidence, 'quote'> {
  return rest;
}

/** The stored form: compact JSON of the document, its evidence without quotes. */
export function* storedJson(doc: GraphDocument): Generator<string> {
  const { nodes, edges, text, ...rest } = doc;
  const head = JSON.stringify(rest);
  yield `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"text":`;
  yield* stringJson(text);
  yield ',"nodes":[';
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    yield `${i === 0 ? '' : ','}${JSON.stringify({ ...node, mentions: node.mentions.map(withoutQuote) })}`;
  }
  yield '],"edges":[';
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    yield `${i === 0 ? '' : ','}${JSON.stringify({ ...edge, evidence: edge.evidence.map(withoutQuote) })}`;
  }
  yield ']}';
}

function restoreQuotes(list: unknown, text: string): void {
  if (!Array.isArray(list)) return;
  for (const e of list as unknown[]) {
    if (typeof e !== 'object' || e === null) continue;
    const evidence = e as Record<string, unknown>;
    if (evidence.quote !== undefined) continue;
    if (typeof evidence.start === 'number' && typeof evidence.end === 'number')
      evidence.quote = text.slice(evidence.start, evidence.end);
  }
}

/** The evidence lists of each element of `list` under `key`. */
function* evidenceLists(list: unknown, key: 'mentions' | 'evidence'): Generator<unknown> {
  if (!Array.isArray(list)) return;
  for (const item of list as unknown[])
    if (typeof item === 'object' && item !== null) yield (item as Record<string, unknown>)[key];
}

/**
 * Puts back the quotes of parsed stored JSON from the document's text; evidence that has one keeps it
 * (files written before quotes were left out). Changes `parsed` in place and returns it.
 */
export function withQuotes(parsed: unknown): unknown {
  if (typeof parsed !== 'object' || parsed === null) return parsed;
  const doc = parsed as Record<string, unknown>;
  if (typeof doc.text !== 'string') return parsed;
  for (const list of evidenceLists(doc.nodes, 'mentions')) restoreQuotes(list, doc.text);
  for (const list of evidenceLists(doc.edges, 'evidence')) restoreQuotes(list, doc.text);
  return parsed;
}

/** Pieces are written in buffers of about this many characters. */
const WRITE_CHARS = 1 << 20;

/**
 * Writes `pieces` to `path` through a temporary file in the same folder (`PATH.RANDOM`, or with
 * `hidden` `.NAME.RANDOM.tmp`) and a rename, so a failed write leaves no file; with `fsync`, the file's
 * data is on disk before the rename. Returns the file's sha256 and size.
 */
export async function writeAtomically(
  path: string,
  pieces: Iterable<string>,
  options: { fsync?: boolean; hidden?: boolean } = {},
): Promise<{ sha256: string; bytes: number }> {
  const suffix = randomBytes(4).toString('hex');
  const temp = join(
    dirname(path),
    options.hidden ? `.${basename(path)}.${suffix}.tmp` : `${basename(path)}.${suffix}`,
  );
  const hash = createHash('sha256');
  let bytes = 0;
  const file = await open(temp, 'w');
  try {
    let pending: string[] = [];
    let size = 0;
    const flush = async () => {
      const data = Buffer.from(pending.join(''));
      pending = [];
      size = 0;
      hash.update(data);
      bytes += data.length;
      for (let at = 0; at < data.length; ) at += (await file.write(data, at)).bytesWritten;
    };
    for (const piece of pieces) {
      pending.push(piece);
      size += piece.length;
      if (size >= WRITE_CHARS) await flush();
    }
    await flush();
    if (options.fsync) await file.sync();
    await file.close();
    await rename(temp, path);
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  return { sha256: hash.digest('hex'), bytes };
}
