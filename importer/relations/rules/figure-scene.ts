import type { ClauseRule, Proposal } from '../types';
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
        (a) => a.named.entity.kind === 'Country' && frame.scene!.includes(roleKey(a)),
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
