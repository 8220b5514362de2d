/**
 * What rules see of a language: tokens with a coarse part of speech (Universal Dependencies tags), a
 * lemma and, for Korean, the particle or ending that marks the word's role. Offsets are into the text
 * that was analysed.
 */
export type Pos =
  | 'NOUN'
  | 'PROPN'
  | 'VERB'
  | 'ADJ'
  | 'AUX'
  | 'ADP'
  | 'PART'
  | 'DET'
  | 'PRON'
  | 'NUM'
  | 'CCONJ'
  | 'SCONJ'
  | 'ADV'
  | 'PUNCT'
  | 'SYM'
  | 'X';

export interface Token {
  start: number;
  end: number;
  text: string;
  lemma: string;
  pos: Pos;
  /** The analyser's own tag: Sejong tags for Korean (`JKS`, `XSV`, `EC`), UD tags for English. */
  tag: string;
}

export interface Analyser {
  readonly language: 'ko' | 'en';
  /** Tokens of `text`, in order, offsets into `text`; white space is not a token. */
  tokens(text: string): readonly Token[];
}
