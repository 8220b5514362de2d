import type { EdgeType } from '../../graph/model';
import type { Clause } from '../clauses/types';
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
