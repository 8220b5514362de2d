import type { Node } from '../../../graph/model';
import { normalizeName } from '../../../graph/search-text';

/** The names a passage may call a node by: display, Korean and English names and aliases (2+ characters). */
export function namesOf(node: Pick<Node, 'name' | 'nameKo' | 'nameEn' | 'aliases'> | undefined): string[] {
  if (!node) return [];
  const names = [node.name, node.nameKo, node.nameEn, ...node.aliases]
    .filter((n): n is string => typeof n === 'string')
    .map(normalizeName)
    .filter((n) => Array.from(n).length >= 2);
  return [...new Set(names)];
}

/** Whether the text names the node by any of its names (case- and width-insensitive, spacing ignored). */
export function names(text: string, nodeNames: readonly string[]): boolean {
  const hay = normalizeName(text).replace(/\s+/g, '');
  return nodeNames.some((n) => hay.includes(n.replace(/\s+/g, '')));
}

export interface Ranked<T> {
  item: T;
  /** The passage names both ends of the link. */
  namesBoth: boolean;
}

/**
 * Passages behind a link, the ones that name both ends first (they support the hop on their own),
 * then those naming one end; the original order is kept within each group.
 */
export function rankPassages<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  sourceNames: readonly string[],
  targetNames: readonly string[],
): Ranked<T>[] {
  return items
    .map((item, i) => {
      const text = textOf(item);
      const a = names(text, sourceNames);
      const b = names(text, targetNames);
      return { item, namesBoth: a && b, score: (a && b ? 2 : 0) + (a || b ? 1 : 0), i };
    })
    .sort((x, y) => y.score - x.score || x.i - y.i)
    .map(({ item, namesBoth }) => ({ item, namesBoth }));
}
