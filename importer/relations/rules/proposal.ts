import type { EdgeType } from '../../../graph/model';
import type { Named } from '../../clauses/types';
import type { Proposal } from '../types';

/** A positive link from `source` to `target`, its evidence the sentence's characters `[from, to)`. */
export function proposal(
  type: EdgeType,
  source: Named,
  target: Named,
  from: number,
  to: number,
  rule: string,
): Proposal {
  return { type, source: source.entity, target: target.entity, from, to, negative: false, rule };
}
