import type { Clause, Named } from '../clauses/types';
import { agreementParties } from './rules/agreement-parties';
import { amountFor, amountInParenthesis, amountOf, amountOfGiver } from './rules/amount-phrase';
import { blocMembers } from './rules/bloc-members';
import { channelPolicy } from './rules/channel-policy';
import { companyPlant } from './rules/company-plant';
import { countryHead } from './rules/country-head';
import { describedCompany } from './rules/described-company';
import { figureMeasure } from './rules/figure-measure';
import { figureScene } from './rules/figure-scene';
import { investmentSource } from './rules/investment-source';
import { jointAction } from './rules/joint-action';
import { madeIn } from './rules/made-in';
import { namedRestriction } from './rules/named-restriction';
import { policyOwner } from './rules/policy-owner';
import { predicateFrame } from './rules/predicate-frame';
import { productsOf } from './rules/products-of';
import { purposeUse } from './rules/purpose-use';
import { rankedCompany } from './rules/ranked-company';
import { topicObject } from './rules/topic-object';
import { topicProduction } from './rules/topic-production';
import { topicSubject } from './rules/topic-subject';
import type { ClauseRule, PhraseRule, Proposal, RuleContext } from './types';

/** Every clause rule, in the order they run. */
export const CLAUSE_RULES: readonly ClauseRule[] = [
  predicateFrame,
  topicSubject,
  topicObject,
  policyOwner,
  channelPolicy,
  figureMeasure,
  figureScene,
  namedRestriction,
  jointAction,
  productsOf,
];

/** Types that say how a policy bears on its target; AFFECTS is what is left when no clause says more. */
const SPECIFIC_EFFECT = new Set(['SECURES', 'IMPOSES', 'TARGETS']);

export function proposeFromClauses(clauses: readonly Clause[], ctx: RuleContext): Proposal[] {
  const items = numberedItems(ctx.text);
  const out = clauses.flatMap((clause) => {
    const makesNothing = makesOnlyEvents(clause, clauses, ctx);
    return byItem(clause, items).flatMap((part) =>
      CLAUSE_RULES.flatMap((rule) =>
        rule
          .apply(part, ctx)
          .filter((p) => !(makesNothing && rule === predicateFrame && p.type === 'PRODUCES')),
      ),
    );
  });
  // `The Initiative will strengthen critical mineral supply chains`: the sentence says it secures them, so it
  // does not also say, less exactly, that it affects them.
  const specific = new Set(
    out.filter((p) => SPECIFIC_EFFECT.has(p.type)).map((p) => `${p.source.nodeId} ${p.target.nodeId}`),
  );
  return out.filter((p) => p.type !== 'AFFECTS' || !specific.has(`${p.source.nodeId} ${p.target.nodeId}`));
}

/** Between an English verb and the noun it takes as object: a few words, none of them a preposition. */
const OBJECT_GAP =
  /^\s+(?:(?!(?:in|on|at|for|with|to|of|by|from|into|across|through)\b)[\w$.,%'’-]+\s+){0,4}$/i;

/**
 * `Qatar has made significant investments in … energy`: a support verb whose objects are nouns of events other than
 * making (an investment, a deal) makes nothing itself; with a noun of making in them (`dominates critical mineral
 * production and supply chains`) the verb keeps its reading.
 */
function makesOnlyEvents(verb: Clause, clauses: readonly Clause[], ctx: RuleContext): boolean {
  if (ctx.language !== 'en' || verb.predicate.nominal) return false;
  if (!ctx.predicates.isSupportVerb(ctx.language, verb.predicate.lemma)) return false;
  const objects = clauses.filter(
    (noun) =>
      noun.predicate.nominal &&
      noun.predicate.governor === verb.predicate.lemma &&
      noun.predicate.from >= verb.predicate.to &&
      OBJECT_GAP.test(ctx.text.slice(verb.predicate.to, noun.predicate.from)),
  );
  // The noun's phrase may join a noun of making to it (`mineral production and supply chains`).
  const making = (noun: Clause) =>
    [noun.predicate.lemma, ...ctx.text.slice(noun.predicate.from, noun.predicate.to).split(/\W+/)].some(
      (word) => ctx.predicates.frames(ctx.language, word).some(({ frame }) => frame.type === 'PRODUCES'),
    );
  return objects.length > 0 && !objects.some(making);
}

/** `①삼성전자 … 평택 파운드리, ②SK하이닉스 … 소부장 특화단지`: a circled number opens an item of the sentence. */
const ITEM_NUMBER = /[①-⑳]/g;

/** Where each numbered item of a sentence begins, and where the last ends (the sentence's end). */
function numberedItems(text: string): number[] {
  const starts = [...text.matchAll(ITEM_NUMBER)].map((m) => m.index);
  return starts.length < 2 ? [] : [...starts, text.length];
}

/**
 * What one numbered item says is not said of the names of another: a clause whose arguments lie in several items is
 * read once per item, with that item's arguments and those outside every item (what the list is about).
 */
function byItem(clause: Clause, bounds: readonly number[]): Clause[] {
  if (bounds.length === 0) return [clause];
  const itemOf = (at: number) => bounds.findIndex((b, k) => at >= b && at < (bounds[k + 1] ?? b));
  const inItems = new Set(clause.args.map((a) => itemOf(a.named.from)).filter((i) => i >= 0));
  if (inItems.size < 2) return [clause];
  return [...inItems].map((item) => ({
    ...clause,
    args: clause.args.filter((a) => {
      const i = itemOf(a.named.from);
      return i < 0 || i === item;
    }),
  }));
}

/** Every phrase rule. */
export const PHRASE_RULES: readonly PhraseRule[] = [
  purposeUse,
  amountFor,
  amountOf,
  amountInParenthesis,
  amountOfGiver,
  madeIn,
  companyPlant,
  countryHead,
  agreementParties,
  blocMembers,
  describedCompany,
  rankedCompany,
  investmentSource,
  topicProduction,
];

export function proposeFromPhrases(names: readonly Named[], ctx: RuleContext): Proposal[] {
  const inOrder = [...names].sort((a, b) => a.from - b.from || b.to - a.to);
  return PHRASE_RULES.flatMap((rule) => rule.apply(inOrder, ctx));
}
