import type { EdgeType } from '../../graph/model';
import type { Clause, Named } from '../clauses/types';
import type { Entity } from '../entities';
import type { PredicateLexicon } from './predicates';

/** What a rule proposes; only the graph builder writes. Offsets are into the sentence. */
export interface Proposal {
  type: EdgeType;
  source: Entity;
  target: Entity;
  from: number;
  to: number;
  negative: boolean;
  rule: string;
}

export interface RuleContext {
  language: 'ko' | 'en';
  /** The sentence the clauses were read from; argument offsets point into it. */
  text: string;
  predicates: PredicateLexicon;
  /** The entity the document is about, when its title is only that name. */
  topic?: Entity;
}

/** A relation rule: its id is the evidence's `rule`; `emits` lists the edge types it can propose. */
export interface ClauseRule {
  id: string;
  emits: readonly EdgeType[] | 'any';
  apply(clause: Clause, ctx: RuleContext): Proposal[];
}

/**
 * A relation a noun phrase states by its shape, whatever clause it sits in (`batteries for electric
 * vehicles`, `전기차용 배터리`): it reads the sentence's names and the text between them.
 */
export interface PhraseRule {
  id: string;
  emits: readonly EdgeType[];
  /** `names` are in text order, the longer first where two start together. */
  apply(names: readonly Named[], ctx: RuleContext): Proposal[];
}
