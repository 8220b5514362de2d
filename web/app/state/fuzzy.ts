import { allowedEdits, nameDistance, normalizeName, searchKeys } from '../../../graph/search-text';
import type { SearchHit } from '../../../graph/store';

const HANGUL = /[\uac00-\ud7a3]/;
export const MAX_FRAGMENTS = 4;

/**
 * Pieces of a mistyped query the server can find by substring: windows of two syllables for Korean,
 * three letters otherwise, at most `MAX_FRAGMENTS`, spread over the query.
 */
export function queryFragments(query: string): string[] {
  const chars = Array.from(normalizeName(query).replace(/\s+/g, ''));
  const size = chars.some((c) => HANGUL.test(c)) ? 2 : 3;
  if (chars.length <= size) return [];
  const windows: string[] = [];
  for (let i = 0; i + size <= chars.length; i++) windows.push(chars.slice(i, i + size).join(''));
  if (windows.length <= MAX_FRAGMENTS) return [...new Set(windows)];
  const picked = Array.from({ length: MAX_FRAGMENTS }, (_, k) =>
    Math.round((k * (windows.length - 1)) / (MAX_FRAGMENTS - 1)),
  );
  return [...new Set(picked.map((i) => windows[i]!))];
}

/**
 * The hits (from searching the fragments) whose name or alias is within the allowed edits of the query,
 * closest first, each node once, `matched` naming the close name.
 */
export function closeHits(query: string, hits: readonly SearchHit[], limit: number): SearchHit[] {
  const max = allowedEdits(query);
  if (max === 0) return [];
  const best = new Map<string, { hit: SearchHit; distance: number }>();
  for (const hit of hits) {
    for (const { text } of searchKeys(hit.node)) {
      const distance = nameDistance(query, text, max);
      if (distance > max) continue;
      const current = best.get(hit.node.id);
      if (!current || distance < current.distance)
        best.set(hit.node.id, { hit: { ...hit, matched: text }, distance });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || b.hit.score - a.hit.score)
    .slice(0, limit)
    .map((b) => b.hit);
}
