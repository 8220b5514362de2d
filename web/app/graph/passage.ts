export interface Passage {
  before: string;
  quote: string;
  after: string;
  /** False when the stored quote is not what the source text holds at those offsets. */
  matches: boolean;
}

const BOUNDARY = /[.!?。]\s|다\.|\n\s*\n/g;

/**
 * The quote with up to `reach` characters of its sentence around it, cut at sentence boundaries
 * when one is near, so the mention reads in context.
 */
export function passageContext(
  text: string,
  evidence: { start: number; end: number; quote: string },
  reach = 160,
): Passage {
  const { start, end } = evidence;
  const inRange = start >= 0 && end <= text.length && end > start;
  const slice = inRange ? text.slice(start, end) : '';
  if (!inRange || slice !== evidence.quote) {
    return { before: '', quote: evidence.quote, after: '', matches: false };
  }
  const windowStart = Math.max(0, start - reach);
  const head = text.slice(windowStart, start);
  let cut = 0;
  for (const match of head.matchAll(BOUNDARY)) cut = (match.index ?? 0) + match[0].length;
  const before = (cut > 0 ? head.slice(cut) : windowStart > 0 ? `…${head}` : head).replace(/^\s+/, '');

  const tail = text.slice(end, end + reach);
  BOUNDARY.lastIndex = 0;
  const next = BOUNDARY.exec(tail);
  BOUNDARY.lastIndex = 0;
  const after = next
    ? tail.slice(0, next.index + next[0].trimEnd().length)
    : end + reach < text.length
      ? `${tail}…`
      : tail;
  return { before, quote: slice, after: after.replace(/\s+$/, ''), matches: true };
}
