import type { Argument } from '../../clauses/types';
import { LIST_JOINER } from '../../cues';
import type { ClauseRule, Proposal, RuleContext } from '../types';

/** From a restriction's name to the first name it is put on: `… tariffs on Canada`, `… ban against Huawei`. */
const ON = /^\s+(?:on|against)\s+(?:the\s+)?(?:imports?\s+(?:of|from)\s+)?$/i;

/**
 * Whether a policy is written with a name that ends in a restriction noun, one with an IMPOSES frame:
 * `Section 232 tariffs`, `Section 301 duties`, `the chip export controls`.
 */
export function namedForRestriction(arg: Argument, ctx: RuleContext): boolean {
  if (ctx.language !== 'en' || arg.named.entity.kind !== 'Policy') return false;
  const last = /([A-Za-z]+)$/.exec(ctx.text.slice(arg.named.from, arg.named.to))?.[1]?.toLowerCase();
  if (!last) return false;
  return [last, last.replace(/s$/, '')].some((w) =>
    ctx.predicates.frames('en', w).some(({ frame }) => frame.type === 'IMPOSES'),
  );
}

/**
 * `Section 232 copper tariffs on Canada and Mexico`: a policy named for a restriction and followed by
 * `on X` is imposed on X, whatever the clause's verb (`maintain`, `eliminate`) does with it.
 */
export const namedRestriction: ClauseRule = {
  id: 'clause:named-restriction',
  emits: ['IMPOSES'],
  apply(clause, ctx) {
    const out: Proposal[] = [];
    const sorted = [...clause.args].sort((a, b) => a.named.from - b.named.from);
    const impose = ctx.predicates.frames('en', 'impose').find(({ frame }) => frame.type === 'IMPOSES');
    const kinds = impose?.frame.targetKinds ?? [];
    for (const policy of sorted) {
      if (!namedForRestriction(policy, ctx)) continue;
      let previous: Argument = policy;
      for (const target of sorted) {
        if (target.named.from < policy.named.to) continue;
        const gap = ctx.text.slice(previous.named.to, target.named.from);
        // `tariffs on Chinese semiconductors`: a country written as an adjective qualifies the name after it.
        const qualified =
          previous !== policy && previous.named.entity.kind === 'Country' && /^[ \t]+$/.test(gap);
        if (!qualified && !(previous === policy ? ON : LIST_JOINER).test(gap)) break;
        previous = target;
        if (!kinds.includes(target.named.entity.kind)) continue;
        out.push({
          type: 'IMPOSES',
          source: policy.named.entity,
          target: target.named.entity,
          from: policy.named.from,
          to: target.named.to,
          negative: clause.predicate.negative,
          rule: namedRestriction.id,
        });
      }
    }
    return out;
  },
};
