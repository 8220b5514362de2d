import { englishClauses } from '../clauses/en';
import { koreanClauses } from '../clauses/ko';
import type { Clause, Named } from '../clauses/types';
import { analyserFor, type Languages } from '../language';
import type { PredicateLexicon } from './predicates';
import { proposeFromClauses } from './registry';
import type { Proposal } from './types';

export interface SentenceInput {
  text: string;
  names: readonly Named[];
  languages: Languages;
  predicates: PredicateLexicon;
}

/** The clauses of one sentence, read by its language's analyser. */
export function sentenceClauses(input: SentenceInput): { language: 'ko' | 'en'; clauses: Clause[] } {
  const analyser = analyserFor(input.languages, input.text);
  const tokens = analyser.tokens(input.text);
  const language = analyser.language;
  const isPredicate = (lemma: string) => input.predicates.isPredicate(language, lemma);
  const clauses =
    language === 'ko'
      ? koreanClauses(input.text, tokens, input.names, isPredicate)
      : englishClauses(tokens, input.names, isPredicate);
  return { language, clauses };
}

/** Relations a sentence states, proposed by the clause rules; a sentence with fewer than two names has none. */
export function sentenceProposals(input: SentenceInput): Proposal[] {
  if (new Set(input.names.map((n) => n.entity.nodeId)).size < 2) return [];
  const { language, clauses } = sentenceClauses(input);
  return proposeFromClauses(clauses, { language, predicates: input.predicates });
}
