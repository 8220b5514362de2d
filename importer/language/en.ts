import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Analyser, Pos, Token } from './types';

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

/** English with wink-nlp and its lite web model (POS tags and lemmas, shipped inside the npm package). */
export class EnglishAnalyser implements Analyser {
  readonly language = 'en' as const;
  private readonly nlp = winkNLP(model);

  tokens(text: string): Token[] {
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
    return out;
  }
}
