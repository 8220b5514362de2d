import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphError } from '../../graph/errors';
import { cleanText } from '../../importer/clean';
import { checkDocumentId, importFile } from '../../importer/index';
import { loadLexicon } from '../../importer/lexicon/load';
import { DEFAULT_MAX_INPUT_BYTES, decodeSource, findInvalidUtf8, readInputFile } from '../../importer/read';

const utf8 = (s: string) => new TextEncoder().encode(s);

const dir = mkdtempSync(join(tmpdir(), 'kg-read-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

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

  it.each([
    ['a NUL', 0x00, 'a NUL byte'],
    ['a bell', 0x07, 'control byte 0x07'],
    ['an escape', 0x1b, 'control byte 0x1b'],
    ['a DEL', 0x7f, 'control byte 0x7f'],
  ])('rejects %s byte deep inside an otherwise good report, naming its offset', (_name, byte, what) => {
    const text = utf8('미국의 인플레이션 감축법은 배터리 산업을 지원한다.\n'.repeat(600));
    const bytes = Uint8Array.from([...text.slice(0, 30_000), byte, byte, byte, ...text.slice(30_000)]);
    const error = errorOf(() => decodeSource(bytes, 'x.txt'));
    expect(error.code).toBe('BINARY_INPUT');
    expect(error.details.byteOffset).toBe(30_000);
    expect(error.message).toContain(what);
  });

  it('accepts tabs, form feeds and CRLF line breaks', () => {
    expect(decodeSource(utf8('표\t1\f\r\n반도체\v\n'), 'x.txt').text).toBe('표\t1\f\r\n반도체\v\n');
  });

  it('rejects C1 control characters, which only mis-decoded text holds', () => {
    const error = errorOf(() => decodeSource(utf8('반도체\u0085 산업\n'), 'x.txt'));
    expect(error.code).toBe('BINARY_INPUT');
    expect(error.message).toContain('U+0085');
    expect(error.details.byteOffset).toBe(9);
  });

  it.each([
    ['only replacement characters', '\uFFFD'.repeat(40)],
    ['only symbols and blanks', '\uFEFF--- * · … ---\n\n'],
  ])('rejects a file of %s as EMPTY_INPUT', (_name, text) => {
    const error = errorOf(() => decodeSource(utf8(text), 'x.txt'));
    expect(error.code).toBe('EMPTY_INPUT');
    expect(error.message).toContain('no text');
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

  it('keeps halfwidth corner brackets as written, so that every clean character is its source character', () => {
    const clean = cleanText('｢한-영 FTA｣ 타결');
    expect(clean.text).toBe('｢한-영 FTA｣ 타결');
    expect([clean.map[0], clean.map[9]]).toEqual([0, 9]);
  });

  it('warns about replacement characters with the line they are on', () => {
    expect(cleanText('ok\nbad \uFFFD\n').warnings[0]).toMatch(/1 U\+FFFD .*line 2/);
  });
});

describe('reading an input file', () => {
  it('returns the bytes of a regular file under the limit', () => {
    const path = write('ok.txt', '반도체 산업\n');
    expect(Buffer.from(readInputFile(path)).toString('utf8')).toBe('반도체 산업\n');
  });

  it('refuses a 200 MB file from its size, in well under a second', () => {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    const started = performance.now();
    const error = errorOf(() => readInputFile(path));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toContain(path);
    expect(error.message).toContain(String(DEFAULT_MAX_INPUT_BYTES));
  });

  it('applies a lower limit given by the caller', () => {
    const path = write('small.txt', 'x'.repeat(101));
    expect(readInputFile(path, 101)).toHaveLength(101);
    expect(errorOf(() => readInputFile(path, 100)).message).toContain('over the limit of 100 bytes');
  });

  it.each([
    ['a directory', () => dir, 'a directory'],
    ['a device', () => '/dev/zero', 'a device'],
    [
      'a FIFO without a writer',
      () => {
        const path = join(dir, `fifo-${process.pid}`);
        execFileSync('mkfifo', [path]);
        return path;
      },
      'a FIFO',
    ],
  ])('refuses %s before reading from it', (_name, pathOf, what) => {
    const path = pathOf();
    const error = errorOf(() => readInputFile(path));
    expect(error.code).toBe('NOT_A_FILE');
    expect(error.message).toContain(`${path}: is ${what}`);
  });

  it('reports a missing file as IO_ERROR', () => {
    expect(errorOf(() => readInputFile(join(dir, 'nope.txt')))).toMatchObject({
      code: 'IO_ERROR',
      message: expect.stringContaining('no such file'),
    });
  });

  it('holds lexicon files to the same limit and checks', () => {
    const big = write('big-lexicon.json', JSON.stringify({ version: '1.0.0', entries: [] }).padEnd(2000));
    expect(errorOf(() => loadLexicon([big], { maxBytes: 1000 })).code).toBe('INPUT_TOO_LARGE');
    const binary = write('binary-lexicon.json', Uint8Array.from([0x7b, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x7d]));
    expect(errorOf(() => loadLexicon([binary]))).toMatchObject({
      code: 'BINARY_INPUT',
      details: { file: binary },
    });
  });
});

describe('document ids', () => {
  it.each(['rpt-001', '000_dd9d7d845ba8a621', 'a.b_c-d', 'x'.repeat(128)])('accepts %s', (id) => {
    expect(checkDocumentId(id)).toBe(id);
  });

  it.each([
    ['an empty id', '', 'must not be empty'],
    ['a 301-character id', 'a'.repeat(301), 'is 301 characters long; at most 128'],
    ['an id with a slash', 'a/b', 'may hold only'],
    ['an id starting with a dot', '.hidden', 'must start with a letter or digit'],
    ['a Korean id', '보고서', 'may hold only'],
  ])('rejects %s, saying why', (_name, id, reason) => {
    const error = errorOf(() => checkDocumentId(id));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'id' } });
    expect(error.message).toContain(reason);
  });

  it('rejects a bad id before reading the report', async () => {
    await expect(importFile(join(dir, 'missing.txt'), { documentId: 'a'.repeat(301) })).rejects.toMatchObject(
      {
        code: 'INVALID_INPUT',
      },
    );
  });
});
