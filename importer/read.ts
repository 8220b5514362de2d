import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { GraphError } from '../graph/errors';

/** A decoded source file. `text` is exactly what `readFileSync(path, 'utf8')` gives for valid UTF-8 (BOM kept). */
export interface SourceText {
  path: string;
  text: string;
  bytes: number;
}

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

/** Whitespace controls a text report may hold: tab, line feed, vertical tab, form feed, carriage return. */
const isAllowedControl = (b: number) => b >= 0x09 && b <= 0x0d;

/** Offset of the first NUL byte, else of the first C0 control or DEL byte that is not whitespace. */
function firstControlByte(bytes: Uint8Array): number | undefined {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return nul;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && !isAllowedControl(b)) || b === 0x7f) return i;
  }
  return undefined;
}

/** UTF-16 offset of the first C1 control character (U+0080–U+009F), which no text report holds. */
function firstC1Control(text: string): number | undefined {
  const at = text.search(/[\u0080-\u009f]/);
  return at === -1 ? undefined : at;
}

function c1ControlError(path: string, bytes: Uint8Array, text: string): GraphError | undefined {
  const at = firstC1Control(text);
  if (at === undefined) return undefined;
  const offset = Buffer.byteLength(text.slice(0, at), 'utf8');
  const line = lineAt(bytes, offset);
  const code = text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
  return new GraphError(
    'BINARY_INPUT',
    `${path}: control character U+${code} at byte ${offset} (line ${line}); the text looks mis-decoded`,
    { file: path, byteOffset: offset, line },
  );
}

function binaryInput(path: string, bytes: Uint8Array, offset: number): GraphError {
  const line = lineAt(bytes, offset);
  const value = bytes[offset]!;
  const what = value === 0 ? 'a NUL byte' : `control byte 0x${value.toString(16).padStart(2, '0')}`;
  return new GraphError(
    'BINARY_INPUT',
    `${path}: ${what} at byte ${offset} (line ${line}); expected UTF-8 text, which holds no control characters but tab and line breaks`,
    { file: path, byteOffset: offset, line },
  );
}

function invalidEncoding(path: string, bytes: Uint8Array, invalid: { offset: number; truncated: boolean }) {
  const line = lineAt(bytes, invalid.offset);
  const details = { file: path, byteOffset: invalid.offset, line };
  if (invalid.truncated) {
    return new GraphError(
      'TRUNCATED_INPUT',
      `${path}: the file ends in the middle of a UTF-8 character at byte ${invalid.offset} (line ${line}); it looks truncated`,
      details,
    );
  }
  return new GraphError(
    'INVALID_ENCODING',
    `${path}: not valid UTF-8 at byte ${invalid.offset} (line ${line}); convert the file to UTF-8 first`,
    details,
  );
}

/** Some letter or digit in any script: a file of blanks, U+FFFD replacement characters or symbols has none. */
const HAS_TEXT = /[\p{L}\p{N}]/u;

/**
 * Decodes report bytes strictly. Rejects empty and text-less input, control characters anywhere (NUL, C0
 * but tab and line breaks, DEL, C1), non-UTF-8 and truncated input with a `GraphError` naming the file, byte
 * offset and line.
 */
export function decodeSource(bytes: Uint8Array, path: string): SourceText {
  if (bytes.length === 0) throw new GraphError('EMPTY_INPUT', `${path}: the file is empty`, { file: path });
  const controlAt = firstControlByte(bytes);
  if (controlAt !== undefined) throw binaryInput(path, bytes, controlAt);
  const invalid = isUtf8(bytes) ? undefined : findInvalidUtf8(bytes);
  if (invalid) throw invalidEncoding(path, bytes, invalid);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const c1 = c1ControlError(path, bytes, text);
  if (c1) throw c1;
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new GraphError('EMPTY_INPUT', `${path}: the file holds only whitespace`, { file: path });
  }
  if (!HAS_TEXT.test(text)) {
    throw new GraphError(
      'EMPTY_INPUT',
      `${path}: the file holds no text (no letter or digit; only blanks, symbols or U+FFFD replacement characters)`,
      { file: path },
    );
  }
  return { path, text, bytes: bytes.length };
}

/** Reports and lexicon files larger than this are refused unless the caller raises the limit. */
export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;

const READ_CHUNK_BYTES = 1024 * 1024;

function ioError(path: string, error: unknown): GraphError {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    ENAMETOOLONG: 'the path is too long',
    ELOOP: 'too many symbolic links',
    ENOTDIR: 'a parent of the path is not a directory',
  };
  const reason = (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return new GraphError('IO_ERROR', `${path}: ${reason}`, { file: path }, { cause: error });
}

function fileKind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'an unknown kind of file';
}

function tooLarge(path: string, bytes: number | string, maxBytes: number): GraphError {
  return new GraphError(
    'INPUT_TOO_LARGE',
    `${path}: ${bytes} bytes is over the limit of ${maxBytes} bytes (raise it with --max-bytes or KG_MAX_INPUT_BYTES)`,
    { file: path },
  );
}

/** Reads to the end, in chunks, failing as soon as the file has grown past `maxBytes` since `fstat`. */
function readAll(fd: number, path: string, maxBytes: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw tooLarge(path, `more than ${maxBytes}`, maxBytes);
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads a whole input file (a report or a lexicon) after checking, on the open descriptor and before reading
 * any byte, that it is a regular file of at most `maxBytes`. The file is opened non-blocking, so a FIFO
 * without a writer is refused instead of hanging.
 */
export function readInputFile(path: string, maxBytes: number = DEFAULT_MAX_INPUT_BYTES): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw ioError(path, error);
  }
  try {
    const stats = fstatSync(fd);
    const kind = fileKind(stats);
    if (kind) throw new GraphError('NOT_A_FILE', `${path}: is ${kind}, not a regular file`, { file: path });
    if (stats.size > maxBytes) throw tooLarge(path, stats.size, maxBytes);
    return readAll(fd, path, maxBytes);
  } catch (error) {
    throw error instanceof GraphError ? error : ioError(path, error);
  } finally {
    closeSync(fd);
  }
}
