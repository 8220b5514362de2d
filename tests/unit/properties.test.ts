import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ErrorCode, GraphError } from '../../graph/errors';
import type { GraphDocument } from '../../graph/model';
import { validateGraphDocument } from '../../graph/validate';
import { cleanText } from '../../importer/clean';
import { importBytes } from '../../importer/index';
import { loadLanguages } from '../../importer/language';
import { loadLexicon } from '../../importer/lexicon/load';
import { decodeSource } from '../../importer/read';
import { segment } from '../../importer/segment';
import type { Span } from '../../importer/span';
import { fixtureDocument } from '../api/fixture';

await loadLanguages();

const SAMPLE = readFileSync(join(import.meta.dirname, '../../samples/000_dd9d7d845ba8a621.txt'));
const lexicon = loadLexicon();
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Runs `fn`; a thrown GraphError with one of `codes` is an answer, anything else thrown fails the property. */
function resultOrTypedError<T>(fn: () => T, codes: readonly ErrorCode[]): T | GraphError {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    expect(codes).toContain(error.code);
    return error;
  }
}

const READ_CODES: ErrorCode[] = ['EMPTY_INPUT', 'BINARY_INPUT', 'INVALID_ENCODING', 'TRUNCATED_INPUT'];

/** Pieces of policy-report text: structure markers, lexicon names, particles, figures, odd characters. */
const piece = fc.oneof(
  fc.constantFrom(
    '\n',
    '\n\n',
    '\r\n',
    ' ',
    '\t',
    'Ⅰ. ',
    'Ⅱ. ',
    '1. ',
    '2.1 ',
    '① ',
    '# ',
    '□ ',
    'ㅇ ',
    '- ',
    '• ',
    '1) ',
    '(2) ',
    '구분 단기 중기 장기\n',
    '- 18 -\n',
    '미국',
    '미국의 ',
    '인플레이션 감축법',
    'IRA',
    '(IRA)',
    'CHIPS Act',
    '반도체',
    '배터리',
    '리튬',
    '니켈',
    'TSMC',
    '대만 ',
    '삼성전자',
    'EU',
    'CBAM',
    '탄소국경조정제도(CBAM)',
    '은 ',
    '는 ',
    '를 ',
    '에 대응하여 ',
    '을 지원한다.',
    '520억 달러',
    '30%',
    '2030년',
    'The EU adopted ',
    ' Act',
    '시사점',
    '초격차 전략',
    '\uFEFF',
    '\uFFFD',
    '\u200B',
    '「',
    '」',
    '…',
    '1)',
  ),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const reportText = fc.array(piece, { minLength: 1, maxLength: 120 }).map((parts) => parts.join(''));

/** A byte-level mutation of a valid report: flip, insert, delete or cut. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), byte: fc.constant(0) }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat(), byte: fc.constant(0) }),
);

function mutate(bytes: Uint8Array, m: { op: string; at: number; byte: number }): Uint8Array {
  const at = bytes.length === 0 ? 0 : m.at % bytes.length;
  if (m.op === 'flip') return Uint8Array.from(bytes, (b, i) => (i === at ? m.byte : b));
  if (m.op === 'insert') return Uint8Array.from([...bytes.subarray(0, at), m.byte, ...bytes.subarray(at)]);
  if (m.op === 'delete') return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + 1)]);
  return bytes.slice(0, at);
}

/** Control characters but tab and line breaks (U+0009–U+000D). */
function isControl(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || (code >= 0x7f && code <= 0x9f);
}

function expectDecoded(bytes: Uint8Array) {
  const result = resultOrTypedError(() => decodeSource(bytes, 'x.txt'), READ_CODES);
  if (result instanceof GraphError) return;
  expect(result.text).toBe(Buffer.from(bytes).toString('utf8'));
  expect([...result.text].filter(isControl)).toEqual([]);
  expect(result.text).toMatch(/[\p{L}\p{N}]/u);
}

/** Every span character is its source character, or a space standing for a line break. */
function expectSpanFromSource(span: Span, source: string) {
  for (let i = 0; i < span.text.length; i++) {
    const from = source[span.src[i]!];
    if (span.text[i] !== from) expect([span.text[i], from]).toEqual([' ', expect.stringMatching(/\s/)]);
    if (i > 0) expect(span.src[i]!).toBeGreaterThan(span.src[i - 1]!);
  }
}

function expectEvidenceExact(doc: GraphDocument) {
  for (const item of [...doc.nodes.flatMap((n) => n.mentions), ...doc.edges.flatMap((e) => e.evidence)]) {
    expect(item.quote).toBe(doc.text.slice(item.start, item.end));
  }
}

describe('the reader, on random and mutated bytes', () => {
  it('decodes any bytes to the exact UTF-8 text or throws a typed error', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), expectDecoded), { numRuns: 500 });
  });

  it('decodes any generated report text exactly', () => {
    fc.assert(
      fc.property(reportText, (text) => expectDecoded(utf8(text))),
      { numRuns: 300 },
    );
  });

  it('decodes the sample report after random byte mutations or throws a typed error', () => {
    const head = SAMPLE.subarray(0, 4000);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) =>
        expectDecoded(mutations.reduce(mutate, Uint8Array.from(head))),
      ),
      { numRuns: 300 },
    );
  });
});

describe('the segmenter, on random report text', () => {
  it('never throws, and every title and block span is made of source characters in order', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const { sections, blocks } = segment(cleanText(text));
        for (const section of sections) expectSpanFromSource(section.title, text);
        for (const block of blocks) expectSpanFromSource(block.span, text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the whole importer, on random report text', () => {
  it('produces a graph document that validates and quotes its evidence exactly, or a typed error', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const doc = resultOrTypedError(() => importBytes(utf8(text), { path: 'x.txt', lexicon }), READ_CODES);
        if (doc instanceof GraphError) return;
        expectEvidenceExact(doc);
        expect(validateGraphDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
      }),
      { numRuns: 150 },
    );
  });

  it('quotes its evidence exactly for the sample report after random text edits', () => {
    const text = SAMPLE.toString('utf8').slice(0, 12_000);
    const edit = fc.record({
      at: fc.nat({ max: text.length }),
      cut: fc.nat({ max: 40 }),
      insert: reportText,
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const edited = edits.reduce((t, e) => t.slice(0, e.at) + e.insert + t.slice(e.at + e.cut), text);
        const doc = resultOrTypedError(
          () => importBytes(utf8(edited), { path: 'x.txt', lexicon }),
          READ_CODES,
        );
        if (doc instanceof GraphError) return;
        expect(doc.edges.length).toBeGreaterThan(0);
        expectEvidenceExact(doc);
      }),
      { numRuns: 25 },
    );
  });
});

/** A change to one field of a graph document, at a random place. */
const docMutation = fc.record({
  path: fc.constantFrom(
    ['format'],
    ['version'],
    ['document', 'id'],
    ['text'],
    ['nodes', 0, 'id'],
    ['nodes', 1, 'kind'],
    ['nodes', 1, 'mentions', 0, 'start'],
    ['nodes', 1, 'mentions', 0, 'end'],
    ['nodes', 1, 'mentions', 0, 'quote'],
    ['nodes', 1, 'mentions', 0, 'documentId'],
    ['edges', 0, 'source'],
    ['edges', 0, 'type'],
    ['edges', 0, 'evidence'],
    ['edges', 0, 'evidence', 0, 'start'],
    ['edges', 0, 'evidence', 0, 'quote'],
    ['edges', 1, 'id'],
    ['nodes'],
    ['edges'],
  ),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.integer({ min: -5, max: 5000 }),
    fc.string({ maxLength: 12 }),
    fc.constantFrom('policy:us-ira', 'fixture-001', 'Policy', 'ENACTED_BY', '__proto__'),
  ),
});

function setAt(target: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) return;
    node = next as Record<string | number, unknown>;
  }
  Object.defineProperty(node, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
}

describe('the graph-document validator, on random and mutated documents', () => {
  it('rejects any JSON value that is not a graph document with INVALID_INPUT', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(() => validateGraphDocument(value)).toThrow(GraphError);
      }),
      { numRuns: 300 },
    );
  });

  it('returns a mutated document only when its evidence still quotes its text exactly', () => {
    fc.assert(
      fc.property(fc.array(docMutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const input: unknown = JSON.parse(JSON.stringify(fixtureDocument()));
        for (const m of mutations) setAt(input, m.path, m.value);
        const doc = resultOrTypedError(() => validateGraphDocument(input), ['INVALID_INPUT']);
        if (doc instanceof GraphError) return;
        expectEvidenceExact(doc);
        const nodeIds = new Set(doc.nodes.map((n) => n.id));
        expect(nodeIds.size).toBe(doc.nodes.length);
        for (const edge of doc.edges)
          expect([nodeIds.has(edge.source), nodeIds.has(edge.target)]).toEqual([true, true]);
      }),
      { numRuns: 500 },
    );
  });
});
