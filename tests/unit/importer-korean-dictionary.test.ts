import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import kuromoji from 'kuromoji-ko';
import { describe, expect, it } from 'vitest';
import { inflatedDictionary, shippedDictionary } from '../../importer/language/ko';
import {
  filesInMemory,
  inflatedFiles,
  koreanTokenizer,
  targetMap,
} from '../../importer/language/ko-dictionary';

const shipped = shippedDictionary();
const inflated = await inflatedDictionary(shipped);
if (!inflated) throw new Error(`cannot inflate the Korean dictionary beside ${shipped}`);
const reference = await kuromoji.builder({ dicPath: `${inflated}/` }).build();

const root = new URL('../../', import.meta.url).pathname;
const koreanTexts = [
  join(root, 'samples/000_dd9d7d845ba8a621.txt'),
  ...readdirSync(join(root, 'eval/corpus/texts'))
    .filter((f) => f.startsWith('ko-'))
    .map((f) => join(root, 'eval/corpus/texts', f)),
].map((path) => readFileSync(path, 'utf8'));
const words = [...new Set(koreanTexts.flatMap((t) => t.match(/\S+/g) ?? []))].filter((w) =>
  /[가-힣]/.test(w),
);
const lines = koreanTexts.flatMap((t) => t.split('\n')).filter((l) => /[가-힣]/.test(l));
/** Punctuation splits a text into sentences; the rest exercise unknown words, surrogates and verb endings. */
const corners = [
  '가',
  '1.5%의',
  'U.S.에서',
  '미국.중국!일본?',
  'ＡＢＣ한글',
  '😀한국',
  '하세요',
  '가셨어요',
  '주세요',
  '',
];

describe('the compact Korean dictionary', () => {
  it('reads every word and line of the Korean texts exactly as kuromoji-ko does', () => {
    const compact = koreanTokenizer(inflatedFiles(inflated));
    expect(words.length).toBeGreaterThan(2000);
    for (const text of [...corners, ...words, ...lines])
      expect(compact.tokenize(text), text).toEqual(reference.tokenize(text));
    // Both tokenisers read the whole Korean corpus, which grows each stop: 23 s alone, over 30 s beside the other files.
  }, 120_000);

  it('reads the same from the shipped files inflated into memory', () => {
    const inMemory = koreanTokenizer(
      filesInMemory((file) => gunzipSync(readFileSync(join(shipped, `${file}.gz`)))),
    );
    for (const text of [...corners, ...words.slice(0, 500)])
      expect(inMemory.tokenize(text), text).toEqual(reference.tokenize(text));
  });

  it('reads a target map whose keys repeat as kuromoji-ko does, the ids of both in file order', () => {
    // count, then key, size and ids per entry: 2 → [7, 8]; 0 → [5]; 2 → [9]
    const map = targetMap(new Uint8Array(new Int32Array([3, 2, 2, 7, 8, 0, 1, 5, 2, 1, 9]).buffer));
    expect([...map[0]!]).toEqual([5]);
    expect(map[1]).toBeUndefined();
    expect([...map[2]!]).toEqual([7, 8, 9]);
    expect(map[3]).toBeUndefined();
  });
});
