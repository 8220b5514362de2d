import type { Argument } from '../../clauses/types';
import { mayOwn } from '../../entities';
import type { ClauseRule, Proposal } from '../types';

/** Between a possessor and its policy: the possessive and at most two describing words (`’s new`, `의`). */
const OWNER_GAP =
  /^(?:['’]s?|의|[은는])?\s*(?:(?!(?:to|of|for|on|in|with|against|and|or|the|a|an|by|from)\b)[A-Za-z-]+\s+){0,2}$/;
/** Between two policies of one list. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|[·・]\s*|및\s*|[와과]\s*)$/;

/**
 * `President Biden’s Bipartisan Infrastructure Law, CHIPS and Science Act, and Inflation Reduction Act`,
 * `미국의 IRA`: a country or body written as the possessor of a policy, or of a list of policies, is the
 * one that enacted it.
 */
export const policyOwner: ClauseRule = {
  id: 'clause:policy-owner',
  emits: ['ENACTED_BY'],
  apply(clause, ctx) {
    const out: Proposal[] = [];
    const owners = clause.args.filter(
      (a) =>
        a.role === 'genitive' &&
        (a.named.entity.kind === 'Country' || a.named.entity.kind === 'Organization'),
    );
    const policies = clause.args
      .filter((a) => a.named.entity.kind === 'Policy' && a.role !== 'genitive')
      .sort((a, b) => a.named.from - b.named.from);
    for (const owner of owners) {
      let previous: Argument | undefined;
      for (const policy of policies) {
        if (policy.named.from < owner.named.to) continue;
        const gap = ctx.text.slice((previous ?? owner).named.to, policy.named.from);
        if (!(previous ? LIST_GAP : OWNER_GAP).test(gap)) break;
        previous = policy;
        if (!mayOwn(owner.named.entity, policy.named.entity)) continue;
        out.push({
          type: 'ENACTED_BY',
          source: policy.named.entity,
          target: owner.named.entity,
          from: owner.named.from,
          to: policy.named.to,
          negative: false,
          rule: policyOwner.id,
        });
      }
    }
    return out;
  },
};
