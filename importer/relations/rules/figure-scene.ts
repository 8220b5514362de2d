import type { ClauseRule, Proposal, RuleContext } from '../types';
import { roleKey } from './predicate-frame';

/**
 * A market figure measures the country its clause is set in as well as what it counts: `In Brazil, electric
 * car sales more than doubled to 125 000`, `미국에서는 전기차 판매가 10% 증가했다`. Only MEASURES frames with
 * `scene` roles read it (sales, output, shares, levels), not grants or tariffs, whose amount is not the
 * place's.
 */
export const figureScene: ClauseRule = {
  id: 'clause:figure-scene',
  emits: ['MEASURES'],
  apply(clause, ctx) {
    if (clause.predicate.negative) return [];
    const out: Proposal[] = [];
    for (const { frame } of ctx.predicates.frames(ctx.language, clause.predicate.lemma)) {
      if (frame.type !== 'MEASURES' || !frame.scene) continue;
      const figures = clause.args.filter(
        (a) => a.named.entity.kind === 'Figure' && frame.source.includes(roleKey(a)),
      );
      if (new Set(figures.map((a) => a.named.entity.nodeId)).size !== 1) continue;
      const figure = figures[0]!;
      const scenes = clause.args.filter(
        (a) =>
          a.named.entity.kind === 'Country' &&
          frame.scene!.includes(roleKey(a)) &&
          !objectOfNoun(ctx, a.named.from),
      );
      for (const scene of scenes) {
        if (out.some((p) => p.target === scene.named.entity)) continue;
        out.push({
          type: 'MEASURES',
          source: figure.named.entity,
          target: scene.named.entity,
          from: Math.min(figure.named.from, scene.named.from),
          to: Math.max(figure.named.to, scene.named.to),
          negative: false,
          rule: figureScene.id,
        });
      }
      if (out.length > 0) return out;
    }
    return out;
  },
};

/**
 * `Saudi direct investment in the United States totaled $9.5 billion`: a country after `in` that a noun before it takes
 * as the end of its relation (investment in a country) is that noun's object, not where the clause is set.
 */
function objectOfNoun(ctx: RuleContext, at: number): boolean {
  const noun = /([A-Za-z]+)\s+in\s+(?:the\s+)?$/.exec(ctx.text.slice(Math.max(0, at - 40), at))?.[1];
  if (!noun) return false;
  const frames = [
    ...ctx.predicates.frames('en', noun),
    ...ctx.predicates.frames('en', noun.replace(/s$/, '')),
  ];
  return frames.some(
    ({ frame }) =>
      frame.type !== 'MEASURES' &&
      frame.type !== 'LOCATED_IN' &&
      frame.target.includes('oblique:in') &&
      frame.targetKinds.includes('Country'),
  );
}
