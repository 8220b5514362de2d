import type { Named } from '../../clauses/types';

/**
 * The index of the last name in the run of names from `k` that only spaces separate: a compound such as
 * `electric vehicle batteries` or `semiconductor research` ends on its head.
 */
export function compoundEnd(names: readonly Named[], k: number, text: string): number {
  let i = k;
  while (i + 1 < names.length && /^[ \t]+$/.test(text.slice(names[i]!.to, names[i + 1]!.from))) i++;
  return i;
}
