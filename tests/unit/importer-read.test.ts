import { describe, expect, it } from 'vitest';
import { GraphError } from '../../graph/errors';
import { cleanText } from '../../importer/clean';
import { decodeSource, findInvalidUtf8 } from '../../importer/read';

const utf8 = (s: string) => new TextEncoder().encode(s);

function errorOf(fn: () => unknown): GraphError {
  try {
    fn();
  } catch (error) {
    if (error instanceof GraphError) return error;
    throw error;
  }
  throw new Error('expected a GraphError');
}

describe('reading a report', () => {
  it('keeps the text exactly as Node decodes it, BOM and CRLF included', () => {
    const bytes = utf8('\uFEFF한국\r\nIRA\r\n');
    const source = decodeSource(bytes, 'a.txt');
    expect(source.text).toBe(Buffer.from(bytes).toString('utf8'));
    expect(source.text.startsWith('\uFEFF')).toBe(true);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'EMPTY_INPUT', undefined],
    ['a whitespace-only file', utf8(' \n\t \r\n'), 'EMPTY_INPUT', undefined],
    ['a BOM-only file', utf8('\uFEFF\n'), 'EMPTY_INPUT', undefined],
    ['a binary file', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'BINARY_INPUT', 4],
    ['a Latin-1 file', Uint8Array.from([...utf8('caf'), 0xe9, ...utf8(' au lait\n')]), 'INVALID_ENCODING', 3],
    ['an EUC-KR file', Uint8Array.from([0xc7, 0xd1, 0xb1, 0xb9, 0x0a]), 'INVALID_ENCODING', 0],
    ['a file cut inside a character', utf8('반도체').slice(0, 7), 'TRUNCATED_INPUT', 6],
  ])('rejects %s with a clear error', (_name, bytes, code, byteOffset) => {
    const error = errorOf(() => decodeSource(bytes, 'reports/x.txt'));
    expect(error.code).toBe(code);
    expect(error.message).toContain('reports/x.txt');
    expect(error.details.file).toBe('reports/x.txt');
    if (byteOffset !== undefined) expect(error.details.byteOffset).toBe(byteOffset);
  });

  it('names the line of an invalid byte', () => {
    const bytes = Uint8Array.from([...utf8('one\ntwo\nthr'), 0xff, ...utf8('ee\n')]);
    const error = errorOf(() => decodeSource(bytes, 'x.txt'));
    expect(error.details.line).toBe(3);
    expect(error.message).toMatch(/byte 11 \(line 3\)/);
  });

  it.each([
    ['overlong encoding', [0xc0, 0xaf], 0],
    ['surrogate code point', [0xed, 0xa0, 0x80], 0],
    ['stray continuation byte', [0x41, 0x80], 1],
  ])('finds invalid UTF-8: %s', (_name, bytes, offset) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))).toEqual({ offset, truncated: false });
  });
});

describe('cleaning PDF artifacts', () => {
  it.each([
    ['page numbers like "- 18 -"', 'a\n\n- 18 -\n\nb', 'a\n\n\n\nb'],
    ['carriage returns', 'a\r\nb\r\n', 'a\nb\n'],
    ['a byte-order mark', '\uFEFFa', 'a'],
    ['replacement characters', 'ㅇ \uFFFDEU Green Deal', 'ㅇ EU Green Deal'],
  ])('removes %s', (_name, input, expected) => {
    expect(cleanText(input).text).toBe(expected);
  });

  it('maps every clean character back to the same character in the source', () => {
    const source = '\uFEFF제목\r\n- 3 -\r\n본문 \uFFFD텍스트\r\n';
    const clean = cleanText(source);
    for (let i = 0; i < clean.text.length; i++) {
      const c = clean.text[i]!;
      const s = source[clean.map[i]!]!;
      expect(c === '\n' ? s === '\n' || s === '\r' : s === c).toBe(true);
    }
    expect(clean.map[clean.text.length]).toBe(source.length);
  });

  it('warns about replacement characters with the line they are on', () => {
    expect(cleanText('ok\nbad \uFFFD\n').warnings[0]).toMatch(/1 U\+FFFD .*line 2/);
  });
});
