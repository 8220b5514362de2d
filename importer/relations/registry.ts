import type { Clause, Named } from '../clauses/types';
import { amountFor, amountOf } from './rules/amount-phrase';
import { figureMeasure } from './rules/figure-measure';
import { figureScene } from './rules/figure-scene';
import { madeIn } from './rules/made-in';
import { namedRestriction } from './rules/named-restriction';
import { policyOwner } from './rules/policy-owner';
import { predicateFrame } from './rules/predicate-frame';
import { purposeUse } from './rules/purpose-use';
import { topicSubject } from './rules/topic-subject';
import type { ClauseRule, PhraseRule, Proposal, RuleContext } from './types';

/** Every clause rule, in the order they run. */
export const CLAUSE_RULES: readonly ClauseRule[] = [
  predicateFrame,
  topicSubject,
  policyOwner,
  figureMeasure,
  figureScene,
  namedRestriction,
];

export function proposeFromClauses(clauses: readonly Clause[], ctx: RuleContext): Proposal[] {
  const out: Proposal[] = [];
  for (const clause of clauses) for (const rule of CLAUSE_RULES) out.push(...rule.apply(clause, ctx));
  return out;
}

/** Every phrase rule. */
export const PHRASE_RULES: readonly PhraseRule[] = [purposeUse, amountFor, amountOf, madeIn];

export function proposeFromPhrases(names: readonly Named[], ctx: RuleContext): Proposal[] {
  const inOrder = [...names].sort((a, b) => a.from - b.from || b.to - a.to);
  return PHRASE_RULES.flatMap((rule) => rule.apply(inOrder, ctx));
}
