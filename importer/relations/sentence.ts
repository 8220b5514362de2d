import { englishClauses } from '../clauses/en';
import { koreanClauses } from '../clauses/ko';
import type { Clause, Named } from '../clauses/types';
import type { Entity } from '../entities';
import { analyserFor, type Languages } from '../language';
import type { PredicateLexicon } from './predicates';
import { proposeFromClauses } from './registry';
import type { Proposal } from './types';

export interface SentenceInput {
  text: string;
  names: readonly Named[];
  languages: Languages;
  predicates: PredicateLexicon;
  topic?: Entity;
}

/** The clauses of one sentence, read by its language's analyser. */
export function sentenceClauses(input: SentenceInput): { language: 'ko' | 'en'; clauses: Clause[] } {
  const analyser = analyserFor(input.languages, input.text);
  const tokens = analyser.tokens(input.text);
  const language = analyser.language;
  const isPredicate = (lemma: string) => input.predicates.isPredicate(language, lemma);
  const isSupport = (lemma: string) => input.predicates.isSupportVerb(language, lemma);
  const clauses =
    language === 'ko'
      ? koreanClauses(input.text, tokens, input.names, isPredicate, isSupport)
      : englishClauses(tokens, input.names, isPredicate, isSupport, (lemma) =>
          input.predicates.isControlVerb(language, lemma),
        );
  return { language, clauses };
}

/** Relations a sentence states, proposed by the clause rules; a sentence with fewer than two names has none. */
export function sentenceProposals(input: SentenceInput): Proposal[] {
  const distinct = new Set(input.names.map((n) => n.entity.nodeId));
  if (input.topic) distinct.add(input.topic.nodeId);
  if (distinct.size < 2) return [];
  const { language, clauses } = sentenceClauses(input);
  const ctx = {
    language,
    text: input.text,
    predicates: input.predicates,
    ...(input.topic ? { topic: input.topic } : {}),
  };
  return proposeFromClauses(clauses, ctx);
}
