import { performance } from 'node:perf_hooks';
import type { Entity } from '../importer/entities';

/** The best of three timings, to keep a busy machine's pauses out of a ratio. */
export function bestOfThree(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Time per unit at each size over time per unit at the first: 1 is linear, growing with n is worse. */
export function growthRatios(sizes: readonly number[], run: (n: number) => void): number[] {
  const perUnit = sizes.map((n) => bestOfThree(() => run(n)) / n);
  return perUnit.map((p) => p / perUnit[0]!);
}

/** Company names that all share one prefix, the case that made the matcher quadratic. */
export function prefixSharingEntities(count: number): Entity[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `Alpha Beta Corporation ${i}`;
    return {
      nodeId: `company:alpha-${i}`,
      kind: 'Company',
      name,
      nameKo: undefined,
      nameEn: name,
      forms: new Set([name, `Alpha Beta ${i}`]),
      country: undefined,
      industries: [],
      parents: [],
      discovered: false,
    };
  });
}

/** One sentence naming a policy, a bloc, a country and two materials, to repeat into a long paragraph. */
export const LONG_PARAGRAPH_SENTENCE =
  'The EU adopted CBAM to price the carbon of imported steel, and China restricted graphite exports. ';
