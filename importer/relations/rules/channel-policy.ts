import { mayOwn } from '../../entities';
import type { ClauseRule, Proposal } from '../types';
import { CHANNEL, roleKey } from './predicate-frame';

/**
 * `Through the CHIPS and Science Act, the United States is investing …`, `Under Section 232, Commerce imposed
 * tariffs`: a country or public body that acts through a policy of its own country runs that policy. A
 * policy of another country (`under the IRA, Korea …`), one every country has and a firm acting under one
 * say nothing of who enacted it.
 */
export const channelPolicy: ClauseRule = {
  id: 'clause:channel-policy',
  emits: ['ENACTED_BY'],
  apply(clause) {
    if (clause.predicate.negative || clause.participle || clause.relative) return [];
    const actors = clause.args.filter(
      (a) =>
        a.role === 'subject' && (a.named.entity.kind === 'Country' || a.named.entity.kind === 'Organization'),
    );
    if (actors.length !== 1) return [];
    const actor = actors[0]!;
    const out: Proposal[] = [];
    for (const a of clause.args) {
      const policy = a.named.entity;
      if (!CHANNEL.has(roleKey(a)) || policy.kind !== 'Policy' || policy.generic) continue;
      if (policy.country === undefined || !mayOwn(actor.named.entity, policy)) continue;
      out.push({
        type: 'ENACTED_BY',
        source: policy,
        target: actor.named.entity,
        from: Math.min(a.named.from, actor.named.from),
        to: Math.max(a.named.to, actor.named.to),
        negative: false,
        rule: channelPolicy.id,
      });
    }
    return out;
  },
};
