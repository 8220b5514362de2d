import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Analyser, Pos, Token } from './types';

/** Words that say how far a hyphenated participle holds: `majority-owned`, `wholly-owned`. */
const DEGREE_PREFIX = /^(?:majority|minority|wholly|partly|partially|jointly|fully|privately)$/i;
const UD = new Set<Pos>([
  'NOUN',
  'PROPN',
  'VERB',
  'ADJ',
  'AUX',
  'ADP',
  'PART',
  'DET',
  'PRON',
  'NUM',
  'CCONJ',
  'SCONJ',
  'ADV',
  'PUNCT',
  'SYM',
]);

/** How many analysed texts the English analyser keeps: a sentence and its one clause are read in turn. */
const CACHED_TEXTS = 256;

/** The base form of a verb the tagger read as a plural noun: `signs` → `sign` (`process` stays). */
export function verbLemma(lemma: string): string {
  return lemma.replace(/(?<=[^s])s$/, '');
}

/** The singular of an English noun as written, in lower case: `duties` → `duty`, `tariffs` → `tariff` (`process` stays). */
export function nounSingular(word: string): string {
  return word
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/(?<=[^s])s$/, '');
}

/**
 * English with wink-nlp and its lite web model (POS tags and lemmas, shipped inside the npm package). Only
 * the tagger runs: the rest of wink's pipeline (sentences, entities, negation, sentiment) changes no tag or
 * lemma. The last few results are kept by text, as frozen arrays shared by every caller.
 */
export class EnglishAnalyser implements Analyser {
  readonly language = 'en' as const;
  private readonly nlp = winkNLP(model, ['pos']);
  private readonly cache = new Map<string, readonly Token[]>();

  tokens(text: string): readonly Token[] {
    let tokens = this.cache.get(text);
    if (!tokens) {
      tokens = Object.freeze(this.analyse(text));
      if (this.cache.size >= CACHED_TEXTS) this.cache.clear();
      this.cache.set(text, tokens);
    }
    return tokens;
  }

  private analyse(text: string): Token[] {
    const its = this.nlp.its;
    const doc = this.nlp.readDoc(text);
    const column = (f: unknown) => doc.tokens().out(f as never) as unknown as string[];
    const values = column(its.value);
    const tags = column(its.pos);
    const lemmas = column(its.lemma);
    const out: Token[] = [];
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const start = text.indexOf(value, at);
      // wink normalises a few characters; a token it rewrote keeps the offsets of the text it skipped.
      if (start < 0) continue;
      at = start + value.length;
      const tag = tags[i] ?? 'X';
      out.push({
        start,
        end: at,
        text: value,
        lemma: lemmas[i] ?? value.toLowerCase(),
        pos: UD.has(tag as Pos) ? (tag as Pos) : 'X',
        tag,
      });
    }
    // `Exports of lithium from Chile rose`, `Cooperation between Samsung and TSMC expanded`: a sentence's capitalised
    // first word before `of` or `between` is a common noun, which the tagger reads as a name for its capital.
    for (let i = 0; i + 1 < out.length; i++) {
      const t = out[i]!;
      if (
        t.pos === 'PROPN' &&
        (i === 0 || /^[.!?]$/.test(out[i - 1]!.text)) &&
        /^[A-Z][a-z]{3,}$/.test(t.text) &&
        /^(?:of|between)$/.test(out[i + 1]!.text)
      ) {
        out[i] = { ...t, pos: 'NOUN', lemma: nounSingular(t.text) };
      }
    }
    // `imposed safeguard tariffs`: a base-form verb between a past-tense verb and a noun modifies the noun.
    for (let i = 1; i + 1 < out.length; i++) {
      const t = out[i]!;
      const before = out[i - 1]!;
      if (
        t.pos === 'VERB' &&
        t.text.toLowerCase() === t.lemma &&
        before.pos === 'VERB' &&
        /ed$/i.test(before.text) &&
        // `helped build factories`: these take a bare infinitive.
        !/^(help|make|let|have|see|watch|hear)$/.test(before.lemma) &&
        out[i + 1]!.pos === 'NOUN'
      )
        out[i] = { ...t, pos: 'NOUN' };
    }
    // `a U.S.-based company`, `China-made chips`: a participle hyphenated to the word before is an adjective.
    for (let i = 1; i < out.length; i++) {
      const t = out[i]!;
      const dash = out[i - 1]!;
      if (t.pos !== 'VERB' || !/ed$/i.test(t.text) || dash.text !== '-' || dash.end !== t.start) continue;
      // `majority-owned by TSMC` stays a passive verb, its first word an adverb of it.
      if (out[i + 1]?.lemma === 'by' && i >= 2 && DEGREE_PREFIX.test(out[i - 2]!.text))
        out[i - 2] = { ...out[i - 2]!, pos: 'ADV' };
      else out[i] = { ...t, pos: 'ADJ' };
    }
    // `TSMC, which supplies Apple`: after a comma, which/who open a relative clause, and an -s word after
    // them that takes an object is its verb.
    for (let i = 1; i + 1 < out.length; i++) {
      const t = out[i]!;
      if (!/^(which|who)$/i.test(t.text) || out[i - 1]!.text !== ',') continue;
      out[i] = { ...t, pos: 'PRON' };
      const v = out[i + 1]!;
      if (v.pos === 'NOUN' && /s$/i.test(v.text) && /^(DET|PROPN|NOUN|ADJ|NUM)$/.test(out[i + 2]?.pos ?? ''))
        out[i + 1] = { ...v, pos: 'VERB' };
    }
    // `steel as well as aluminum`: `as well as` joins like `and`.
    for (let i = 0; i + 2 < out.length; i++) {
      if (!/^as$/i.test(out[i]!.text) || !/^well$/i.test(out[i + 1]!.text) || !/^as$/i.test(out[i + 2]!.text))
        continue;
      for (let k = i; k <= i + 2; k++) out[k] = { ...out[k]!, pos: 'CCONJ' };
    }
    // `Korea and Japan sign an agreement`: a bare noun between a proper noun and a determiner is the verb.
    for (let i = 1; i + 1 < out.length; i++) {
      const t = out[i]!;
      if (
        t.pos === 'NOUN' &&
        out[i - 1]!.pos === 'PROPN' &&
        /^(?:a|an|the)$/i.test(out[i + 1]!.text) &&
        /^[a-z]+$/.test(t.text)
      )
        out[i] = { ...t, pos: 'VERB', lemma: verbLemma(t.lemma) };
    }
    // `… are the cornerstones of Qatar's economy and account for 70% of revenue`: `account for` is the verb of a
    // share; a determiner, an adjective or `on` before it makes it the noun (`an account for`, `on account of`).
    for (let i = 1; i + 1 < out.length; i++) {
      const t = out[i]!;
      if (
        t.pos === 'NOUN' &&
        /^accounts?$/.test(t.text) &&
        /^for$/i.test(out[i + 1]!.text) &&
        !/^(?:DET|ADJ|ADP|NUM)$/.test(out[i - 1]!.pos)
      )
        out[i] = { ...t, pos: 'VERB', lemma: 'account' };
    }
    // `cutting-edge technologies`: a verb form glued by a hyphen to the word after it is part of a compound modifier.
    for (let i = 0; i + 2 < out.length; i++) {
      const t = out[i]!;
      const dash = out[i + 1]!;
      if (t.pos === 'VERB' && dash.text === '-' && dash.start === t.end && out[i + 2]!.start === dash.end)
        out[i] = { ...t, pos: 'ADJ' };
    }
    // `based in Shanghai, China`: a capitalised word in its base form right after a preposition is a name, not a verb.
    for (let i = 1; i < out.length; i++) {
      const t = out[i]!;
      if (
        t.pos === 'VERB' &&
        out[i - 1]!.pos === 'ADP' &&
        /^[A-Z][a-z]+$/.test(t.text) &&
        !/(?:ed|ing)$/.test(t.text) &&
        t.lemma.toLowerCase() === t.text.toLowerCase()
      )
        out[i] = { ...t, pos: 'PROPN' };
    }
    // Indefinite pronouns are a closed class the tagger sometimes reads as verbs (`power everything from …`).
    for (let i = 0; i < out.length; i++) {
      const t = out[i]!;
      if (t.pos !== 'PRON' && /^(?:every|some|any|no)(?:thing|one|body)$/i.test(t.text))
        out[i] = { ...t, pos: 'PRON', lemma: t.text.toLowerCase() };
    }
    // `a key building block`, `the refining process`: an -ing form between a determiner or adjective and a
    // noun modifies the noun; the tagger's VERB would start a clause in the middle of a noun phrase.
    // `on imported processed minerals`: so does an -ed form after a preposition, determiner or adjective.
    for (let i = 1; i + 1 < out.length; i++) {
      const t = out[i]!;
      if (
        t.pos === 'VERB' &&
        /ing$/i.test(t.text) &&
        (/^(DET|ADJ|NUM)$/.test(out[i - 1]!.pos) ||
          // `the world's leading graphite producer`: or after a possessive.
          (out[i - 1]!.pos === 'PART' && /^['’]s?$/.test(out[i - 1]!.text)) ||
          // `anti-dumping and countervailing duties`: so does one coordinated with an adjective.
          (out[i - 1]!.pos === 'CCONJ' && out[i - 2]?.pos === 'ADJ')) &&
        out[i + 1]!.pos === 'NOUN'
      )
        out[i] = { ...t, pos: 'NOUN', lemma: t.text.toLowerCase() };
    }
    const participle = (t: Token) => t.pos === 'VERB' && /ed$/i.test(t.text);
    // `Processed critical minerals are integral to …`: an -ed form opening a sentence before its noun, with
    // the sentence's verb still to come, describes the noun.
    if (
      out.length > 2 &&
      participle(out[0]!) &&
      /^(NOUN|PROPN|ADJ)$/.test(out[1]!.pos) &&
      out.slice(2).some((k) => k.pos === 'AUX' || k.pos === 'VERB')
    )
      out[0] = { ...out[0]!, pos: 'ADJ' };
    for (let i = out.length - 2; i >= 1; i--) {
      // `an engaged and active member`: or before an adjective it is coordinated with.
      const coordinated = out[i + 1]!.pos === 'CCONJ' && out[i + 2]?.pos === 'ADJ';
      if (!participle(out[i]!) || !(/^(NOUN|PROPN|ADJ)$/.test(out[i + 1]!.pos) || coordinated)) continue;
      // A run of them (`on imported processed minerals`) starts after a determiner, preposition or adjective.
      let j = i - 1;
      while (j > 0 && participle(out[j]!)) j--;
      if (/^(DET|ADP|ADJ)$/.test(out[j]!.pos)) out[i] = { ...out[i]!, pos: 'ADJ' };
    }
    // `a key building block for`: a base-form VERB that closes a phrase begun by a determiner, right before a
    // preposition or punctuation, is the phrase's head noun.
    for (let i = 2; i < out.length; i++) {
      const t = out[i]!;
      const next = out[i + 1];
      if (t.pos !== 'VERB' || t.text.toLowerCase() !== t.lemma) continue;
      if (next && next.pos !== 'ADP' && next.pos !== 'SCONJ' && next.pos !== 'PUNCT') continue;
      let j = i - 1;
      while (j >= 0 && j >= i - 3 && (out[j]!.pos === 'NOUN' || out[j]!.pos === 'ADJ')) j--;
      if (j < i - 1 && j >= 0 && out[j]!.pos === 'DET') out[i] = { ...t, pos: 'NOUN' };
    }
    // `Japan plans to secure nickel`, `Korea aims to build`: an -s word after a name and before `to` and a verb
    // is the name's verb (`plans`, `aims`, `seeks`), not a plural noun.
    for (let i = 1; i + 2 < out.length; i++) {
      const t = out[i]!;
      if (
        t.pos === 'NOUN' &&
        /^[a-z]+s$/.test(t.text) &&
        out[i - 1]!.pos === 'PROPN' &&
        /^to$/i.test(out[i + 1]!.text) &&
        (out[i + 2]!.pos === 'VERB' || out[i + 2]!.pos === 'ADJ')
      )
        out[i] = {
          ...t,
          pos: 'VERB',
          lemma: t.lemma.toLowerCase() === t.text ? t.text.replace(/s$/, '') : t.lemma,
        };
    }
    // `will secure graphite`, `to secure supply`: after a modal or infinitive `to`, a word read as an adjective
    // or noun before a determiner, noun or name is the base-form verb (`secure`, `control`, `export`).
    for (let i = 1; i + 1 < out.length; i++) {
      const t = out[i]!;
      const before = out[i - 1]!;
      const modal =
        before.pos === 'AUX' && /^(?:will|would|can|could|may|might|must|shall|should)$/i.test(before.text);
      const infinitive = before.pos === 'PART' && /^to$/i.test(before.text);
      if (
        (modal || infinitive) &&
        (t.pos === 'ADJ' || t.pos === 'NOUN') &&
        /^[a-z]+$/.test(t.text) &&
        !/(?:ed|ing|s)$/.test(t.text) &&
        (/^(DET|NOUN|PROPN|NUM)$/.test(out[i + 1]!.pos) ||
          // `will secure critical minerals`: or an adjective and its noun.
          (out[i + 1]!.pos === 'ADJ' && /^(NOUN|PROPN)$/.test(out[i + 2]?.pos ?? '')))
      )
        out[i] = { ...t, pos: 'VERB', lemma: t.text };
    }
    // `Emerging markets in Asia`, `the leading producers`: an -ing word opening a sentence or after a
    // determiner, right before a plural noun, describes that noun.
    for (let i = 0; i + 1 < out.length; i++) {
      const t = out[i]!;
      const before = out[i - 1];
      const noun = out[i + 1]!;
      if (t.pos !== 'VERB' || !/^[A-Za-z]{3,}ing$/.test(t.text)) continue;
      // After a preposition it is more often a gerund with its object: `by imposing tariffs`.
      if (before && !/^(?:PUNCT|DET|CCONJ)$/.test(before.pos)) continue;
      if (noun.pos !== 'NOUN' || !/^[a-z]+s$/.test(noun.text)) continue;
      if (/^(?:DET|NUM|PRON)$/.test(out[i + 2]?.pos ?? '')) continue;
      out[i] = { ...t, pos: 'ADJ' };
    }
    // `with electric cars accounting for half of sales`: in a phrase that `with` opens, an -ing word read as a
    // noun after the phrase's noun, and before a preposition, number or adverb, is its verb.
    for (let i = 2; i + 1 < out.length; i++) {
      const t = out[i]!;
      if (t.pos !== 'NOUN' || !/^[a-z]{3,}ing$/.test(t.text) || !/^(?:NOUN|PROPN)$/.test(out[i - 1]!.pos))
        continue;
      if (!/^(?:ADP|NUM|ADV|DET)$/.test(out[i + 1]!.pos)) continue;
      let j = i - 1;
      while (j > 0 && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(out[j]!.pos) && i - j <= 5) j--;
      if (out[j]!.pos === 'ADP' && /^with$/i.test(out[j]!.text))
        out[i] = { ...t, pos: 'VERB', lemma: ingStem(t.text) };
    }
    return out;
  }
}

/** The base form of an -ing word: `accounting` → `account`, `rising` → `rise`, `making` → `make`. */
function ingStem(word: string): string {
  const stem = word.slice(0, -3);
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  if (/(?:[aeiou]s|ak|ac|uc|ar)$/.test(stem) && !/(?:ss|ous)$/.test(stem)) return `${stem}e`;
  return stem;
}
