import type { EdgeType } from '../../../graph/model';
import type { Argument } from '../../clauses/types';
import type { ClauseRule } from '../types';
import { predicateFrame } from './predicate-frame';

/** The frames whose target an article's title may leave unsaid, and the kinds of title entity each takes. */
const UNSAID_TARGET: Partial<Record<EdgeType, readonly string[]>> = {
  PRODUCES: ['Material'],
  MEMBER_OF: ['Organization', 'Policy', 'Country'],
};

/**
 * Korean drops any argument the context gives, and encyclopedia articles leave what they are about to the title as the
 * object too: in `인듐`, `중국(390톤)이 가장 많은 양을 생산하였고`; in `세계무역기구`, `2005년 사우디 아라비아가
 * 가입하였다`. A Korean verb clause with a subject of its own and no argument of the kind its frame's target takes reads
 * the title's entity as that target, for producing (a material article) and joining (an organization, agreement or
 * bloc). English states such objects (`Montenegro became a member` of what the paragraph says).
 */
export const topicObject: ClauseRule = {
  id: 'clause:topic-object',
  emits: ['PRODUCES', 'MEMBER_OF'],
  apply(clause, ctx) {
    const topic = ctx.topic;
    if (!topic || ctx.language !== 'ko' || clause.predicate.nominal || clause.relative || clause.participle)
      return [];
    if (!clause.args.some((a) => a.role === 'subject') || clause.args.some((a) => a.named.entity === topic))
      return [];
    const out = [];
    // `중국은 APEC에 가입하였다`: a clause that names its own target is about that.
    const own = new Set(predicateFrame.apply(clause, ctx).map((p) => p.type));
    for (const { frame } of ctx.predicates.frames(ctx.language, clause.predicate.lemma)) {
      if (!UNSAID_TARGET[frame.type]?.includes(topic.kind) || !frame.targetKinds.includes(topic.kind))
        continue;
      if (own.has(frame.type)) continue;
      const [role, marker = ''] = (frame.target.find((t) => t !== 'subject') ?? 'object').split(':') as [
        Argument['role'],
        string?,
      ];
      const implicit: Argument = {
        named: { entity: topic, from: clause.predicate.from, to: clause.predicate.to },
        role,
        marker,
      };
      out.push(
        ...predicateFrame
          .apply({ ...clause, args: [...clause.args, implicit] }, ctx)
          .filter((p) => p.target === topic && p.type === frame.type)
          .map((p) => ({ ...p, rule: topicObject.id })),
      );
    }
    return out;
  },
};
