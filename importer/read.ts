import { isUtf8 } from 'node:buffer';
import { GraphError } from '../graph/errors';

/** A decoded source file. `text` is exactly what `readFileSync(path, 'utf8')` gives for valid UTF-8 (BOM kept). */
export interface SourceText {
  path: string;
  text: string;
  bytes: number;
}

const SNIFF_BYTES = 8192;

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Length of the UTF-8 sequence starting at `i`, 0 if invalid, -1 if cut off by the end of input. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  let need: number;
  let min: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) [need, min] = [1, 0x80];
  else if (b0 >= 0xe0 && b0 <= 0xef) [need, min] = [2, 0x800];
  else if (b0 >= 0xf0 && b0 <= 0xf4) [need, min] = [3, 0x10000];
  else return 0;
  let cp = b0 & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    if (i + k >= bytes.length) return -1;
    const b = bytes[i + k]!;
    if ((b & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return need + 1;
}

/** First invalid UTF-8 position: `{ offset, truncated }`, or undefined when the input is valid. */
export function findInvalidUtf8(bytes: Uint8Array): { offset: number; truncated: boolean } | undefined {
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n === -1) return { offset: i, truncated: true };
    if (n === 0) return { offset: i, truncated: false };
    i += n;
  }
  return undefined;
}

function looksBinary(bytes: Uint8Array): number | undefined {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return i;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > end * 0.1 ? 0 : undefined;
}

/**
 * Decodes report bytes strictly. Rejects empty, whitespace-only, binary, non-UTF-8 and truncated input with
 * a `GraphError` naming the file, byte offset and line.
 */
export function decodeSource(bytes: Uint8Array, path: string): SourceText {
  if (bytes.length === 0) throw new GraphError('EMPTY_INPUT', `${path}: the file is empty`, { file: path });
  const binaryAt = looksBinary(bytes);
  if (binaryAt !== undefined) {
    throw new GraphError(
      'BINARY_INPUT',
      `${path}: looks like a binary file (control bytes near byte ${binaryAt}), expected UTF-8 text`,
      { file: path, byteOffset: binaryAt, line: lineAt(bytes, binaryAt) },
    );
  }
  const invalid = isUtf8(bytes) ? undefined : findInvalidUtf8(bytes);
  if (invalid) {
    const line = lineAt(bytes, invalid.offset);
    if (invalid.truncated) {
      throw new GraphError(
        'TRUNCATED_INPUT',
        `${path}: the file ends in the middle of a UTF-8 character at byte ${invalid.offset} (line ${line}); it looks truncated`,
        { file: path, byteOffset: invalid.offset, line },
      );
    }
    throw new GraphError(
      'INVALID_ENCODING',
      `${path}: not valid UTF-8 at byte ${invalid.offset} (line ${line}); convert the file to UTF-8 first`,
      { file: path, byteOffset: invalid.offset, line },
    );
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new GraphError('EMPTY_INPUT', `${path}: the file holds only whitespace`, { file: path });
  }
  return { path, text, bytes: bytes.length };
}
