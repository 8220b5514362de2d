import { z } from 'zod';
import { EdgeType } from '../../../graph/model';
import type { Named } from '../../clauses/types';
import type { Proposal } from '../types';
import { type PairSentence, pairFeatures } from './features';
import bundled from './pair-model.json';

export const PAIR_RULE = 'model:pair';

/**
 * A multinomial logistic regression over `pairFeatures`, trained on the dev split of the evaluation corpus
 * (`npm run train`): class 0 is "no relation", the others edge types from the first name to the second.
 */
export const PairModel = z.object({
  version: z.literal(1),
  classes: z.tuple([z.literal('NONE')]).rest(EdgeType),
  /** The least probability of its type at which a pair is linked. */
  threshold: z.number().min(0).max(1),
  /** Feature → [class index, weight] pairs; absent weights are zero. */
  weights: z.record(z.string(), z.array(z.tuple([z.number().int().nonnegative(), z.number()]))),
  trainedOn: z.object({ texts: z.number().int(), examples: z.number().int(), split: z.literal('dev') }),
});
export type PairModel = z.infer<typeof PairModel>;

let model: PairModel | undefined;

function bundledModel(): PairModel {
  model ??= PairModel.parse(bundled);
  return model;
}

/** Class probabilities of one feature set (softmax of the summed weights). */
export function classProbabilities(m: PairModel, features: readonly string[]): number[] {
  const scores = m.classes.map(() => 0);
  for (const f of features) for (const [c, w] of m.weights[f] ?? []) scores[c]! += w;
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** The ordered pairs of names the model reads: two different entities, neither a figure, not nested. */
export function candidatePairs(names: readonly Named[]): [Named, Named][] {
  const out: [Named, Named][] = [];
  for (const x of names)
    for (const y of names) {
      if (x === y || x.entity.kind === 'Figure' || y.entity.kind === 'Figure') continue;
      if (x.entity.nodeId === y.entity.nodeId || (x.from < y.to && y.from < x.to)) continue;
      out.push([x, y]);
    }
  return out;
}

const pairKey = (x: Named, y: Named) => `${x.entity.nodeId}\u0000${y.entity.nodeId}`;

/**
 * Links the pairs of names no rule linked, in either direction, when the model gives one edge type at least
 * its threshold: the model was trained on exactly those pairs.
 */
export function learnedPairs(
  s: PairSentence & { proposals: readonly Proposal[] },
  m: PairModel = bundledModel(),
): Proposal[] {
  if (m.classes.length < 2) return [];
  const ruled = new Set<string>();
  for (const p of s.proposals) {
    ruled.add(`${p.source.nodeId}\u0000${p.target.nodeId}`);
    ruled.add(`${p.target.nodeId}\u0000${p.source.nodeId}`);
  }
  const best = new Map<string, { p: number; proposal: Proposal }>();
  for (const [x, y] of candidatePairs(s.names)) {
    if (ruled.has(pairKey(x, y))) continue;
    const probabilities = classProbabilities(m, pairFeatures(s, x, y));
    let c = 1;
    for (let i = 2; i < probabilities.length; i++) if (probabilities[i]! > probabilities[c]!) c = i;
    const p = probabilities[c]!;
    if (p < m.threshold) continue;
    const undirected = x.entity.nodeId < y.entity.nodeId ? pairKey(x, y) : pairKey(y, x);
    if ((best.get(undirected)?.p ?? 0) >= p) continue;
    best.set(undirected, {
      p,
      proposal: {
        type: m.classes[c] as EdgeType,
        source: x.entity,
        target: y.entity,
        from: Math.min(x.from, y.from),
        to: Math.max(x.to, y.to),
        negative: false,
        rule: PAIR_RULE,
      },
    });
  }
  return [...best.values()].map((b) => b.proposal);
}
