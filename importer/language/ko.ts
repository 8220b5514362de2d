import { readFileSync } from 'node:fs';
import { access, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FINAL_NIEUN, FINAL_RIEUL, finalConsonant, withFinal } from './hangul';
import {
  type DictionarySource,
  filesInMemory,
  inflatedFiles,
  type KoTokenizer,
  koreanTokenizer,
} from './ko-dictionary';
import type { Analyser, Pos, Token } from './types';

/** Sejong tag → coarse part of speech. Particles (J*) are ADP, endings (E*) and affixes PART. */
function posOf(tag: string): Pos {
  if (tag === 'NNP') return 'PROPN';
  if (tag.startsWith('NN') || tag === 'NNB' || tag === 'XR' || tag === 'SL' || tag === 'SH') return 'NOUN';
  if (tag === 'NP') return 'PRON';
  if (tag === 'NR' || tag === 'SN') return 'NUM';
  if (tag === 'VV' || tag === 'XSV') return 'VERB';
  if (tag === 'VA' || tag === 'XSA') return 'ADJ';
  if (tag === 'VX' || tag === 'VCP' || tag === 'VCN') return 'AUX';
  if (tag === 'MM') return 'DET';
  if (tag === 'MAJ') return 'CCONJ';
  if (tag.startsWith('MA') || tag === 'IC') return 'ADV';
  if (tag === 'JC') return 'CCONJ';
  if (tag.startsWith('J')) return 'ADP';
  if (tag.startsWith('E') || tag.startsWith('XS') || tag === 'XPN') return 'PART';
  if (tag === 'SF' || tag === 'SP' || tag === 'SS' || tag === 'SE' || tag === 'SO' || tag === 'SC')
    return 'PUNCT';
  if (tag === 'SW') return 'SYM';
  return 'X';
}

/** A verb or adjective stem takes 다 as its lemma (`밝히` → `밝히다`); a noun is its own lemma. */
function lemmaOf(surface: string, tag: string, expression: string): string {
  const first = expression !== '*' ? expression.split('+')[0]?.split('/')[0] : undefined;
  const stem = first && first.length > 0 ? first : surface;
  if (/^(VV|VA|VX|XSV|XSA)/.test(tag)) return `${stem}다`;
  return surface;
}

/**
 * Korean with mecab-ko-dic through kuromoji-ko. Words (runs between spaces) are analysed one at a
 * time and cached: a report repeats its words, and the lattice of a long line costs more than its words.
 */
export class KoreanAnalyser implements Analyser {
  readonly language = 'ko' as const;
  private readonly cache = new Map<string, Token[]>();

  constructor(private readonly tokenizer: KoTokenizer) {}

  tokens(text: string): Token[] {
    const out: Token[] = [];
    const words = /\S+/g;
    for (let m = words.exec(text); m; m = words.exec(text)) {
      for (const t of this.word(m[0])) out.push({ ...t, start: t.start + m.index, end: t.end + m.index });
    }
    return out;
  }

  private word(word: string): Token[] {
    let tokens = this.cache.get(word);
    if (!tokens) {
      tokens = this.analyse(word);
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(word, tokens);
    }
    return tokens;
  }

  /**
   * A word that starts with Latin letters or digits (`EU의`, `TSMC가`) is a foreign noun with Korean
   * particles: analysed alone, the particle is often read as a noun (`의` as 'clothes'), so the rest is
   * analysed after a Korean stand-in noun and the Latin part kept as one noun.
   */
  private analyse(word: string): Token[] {
    const foreign = /^([A-Za-z0-9][A-Za-z0-9&.+-]*)([\uac00-\ud7a3].*)$/.exec(word);
    if (!foreign) return this.morphemes(word);
    const latin = foreign[1]!;
    // The particle's form follows the sound before it (`TSMC가`, `EU의`): try a stand-in ending in a
    // consonant, then one ending in a vowel, and keep the reading whose rest starts with a particle or ending.
    let standIn = '미국';
    let rest = this.morphemes(standIn + foreign[2]!).filter((t) => t.start >= standIn.length);
    if (!/^[JEXV]/.test(rest[0]?.tag ?? '') || rest[0]?.start !== standIn.length) {
      standIn = '나라';
      rest = this.morphemes(standIn + foreign[2]!).filter((t) => t.start >= standIn.length);
    }
    const shift = latin.length - standIn.length;
    return [
      { start: 0, end: latin.length, text: latin, lemma: latin, pos: 'NOUN', tag: 'SL' },
      ...rest.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift })),
    ];
  }

  private morphemes(word: string): Token[] {
    const tokens: Token[] = [];
    for (const t of this.tokenizer.tokenize(word)) {
      const start = t.word_position - 1;
      const tag = t.pos.split('+')[0] ?? t.pos;
      // `포드사와의`: the dictionary reads a trailing 와의/과의 as a noun; it is always the particles 와 + 의.
      if (start > 0 && /^[와과]의$/.test(t.surface_form) && t.pos.startsWith('NN')) {
        tokens.push(particle(start, t.surface_form[0]!, 'JKB'), particle(start + 1, '의', 'JKG'));
        continue;
      }
      // `…)과의`: 의 after the particle 와/과 is the genitive particle, never the noun 'clothes'.
      const previous = tokens.at(-1);
      if (t.surface_form === '의' && t.pos.startsWith('NN') && previous && /^[와과]$/.test(previous.text)) {
        tokens.push(particle(start, '의', 'JKG'));
        continue;
      }
      // A fused form (했 = 하+었) keeps its first tag as POS and the whole tag string for endings.
      tokens.push({
        start,
        end: start + t.surface_form.length,
        text: t.surface_form,
        lemma: lemmaOf(t.surface_form, t.pos, t.expression),
        pos: posOf(tag),
        tag: t.pos,
      });
    }
    // `만든다` read as 만든 + 다: a verb of the ㄹ-dropping class (만들다, 늘다, 팔다) before the ending 다 keeps
    // its ㄹ in the lemma.
    for (let k = 0; k + 1 < tokens.length; k++) {
      const v = tokens[k]!;
      const last = v.text.slice(-1);
      if (v.tag !== 'VV' || tokens[k + 1]!.text !== '다' || finalConsonant(last) !== FINAL_NIEUN) continue;
      tokens[k] = { ...v, lemma: `${v.text.slice(0, -1)}${withFinal(last, FINAL_RIEUL)}다` };
    }
    // `무관세` (duty-free), `탈원전`, `재활용` (recycling): a prefix that negates the noun after it, or 재 before a word
    // for using, makes one new noun with it, which is not the act the noun names.
    for (let k = tokens.length - 2; k >= 0; k--) {
      const prefix = tokens[k]!;
      const noun = tokens[k + 1]!;
      if (prefix.tag !== 'XPN' || !noun.tag.startsWith('NNG') || prefix.end !== noun.start) continue;
      if (!NEGATING_PREFIX.test(prefix.text) && !(prefix.text === '재' && USING.test(noun.lemma))) continue;
      tokens.splice(k, 2, {
        ...noun,
        start: prefix.start,
        text: prefix.text + noun.text,
        lemma: prefix.text + noun.lemma,
      });
    }
    // `현대자동차그룹의`: a word-final 의 read as the noun 'clothes' after another noun is the genitive particle.
    const last = tokens.at(-1);
    const before = tokens.at(-2);
    if (last?.text === '의' && last.end === word.length && last.pos === 'NOUN' && before?.pos === 'NOUN')
      tokens[tokens.length - 1] = particle(last.start, '의', 'JKG');
    return tokens;
  }
}

const NEGATING_PREFIX = /^(?:비|무|반|탈|미|불)$/;
const USING = /^(?:활용|이용|사용)$/;

/** A one-syllable particle the dictionary misread, as the token it is. */
function particle(at: number, text: string, tag: string): Token {
  return { start: at, end: at + 1, text, lemma: text, pos: posOf(tag), tag };
}

let loading: Promise<KoreanAnalyser> | undefined;

/** The folder of the dictionary as kuromoji-ko ships it, gzipped. */
export function shippedDictionary(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(dirname(require.resolve('kuromoji-ko'))), 'dict');
}

/**
 * The package ships its dictionary gzipped. The first start writes an inflated copy (with Node's zlib)
 * into a cache folder beside the package and returns it; later starts find it there. Undefined where
 * that folder cannot be written.
 */
export async function inflatedDictionary(shipped: string): Promise<string | undefined> {
  const cache = join(dirname(dirname(shipped)), '.cache', 'policy-graph-ko-dict');
  const files = (await readdir(shipped)).filter((f) => f.endsWith('.dat.gz'));
  const done = join(cache, '.complete');
  try {
    await access(done);
    return cache;
  } catch {
    // Not inflated yet.
  }
  try {
    await mkdir(cache, { recursive: true });
    for (const f of files) {
      const target = join(cache, f.replace(/\.gz$/, ''));
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, gunzipSync(await readFile(join(shipped, f))));
      await rename(temp, target);
    }
    await writeFile(done, '');
    return cache;
  } catch {
    return undefined;
  }
}

/** The inflated copy, its largest files read a page at a time; without one, the shipped files inflated into memory. */
async function dictionarySource(shipped: string): Promise<DictionarySource> {
  const inflated = await inflatedDictionary(shipped);
  return inflated
    ? inflatedFiles(inflated)
    : filesInMemory((file) => gunzipSync(readFileSync(join(shipped, `${file}.gz`))));
}

/** The dictionary ships inside the npm package; it is read once per process. */
export function loadKorean(): Promise<KoreanAnalyser> {
  loading ??= (async () =>
    new KoreanAnalyser(koreanTokenizer(await dictionarySource(shippedDictionary()))))();
  return loading;
}
