import type { CleanText } from './clean';

/**
 * Text assembled from pieces of the cleaned text (lines joined, breaks removed) that still knows where
 * each character came from: `src[i]` is the source offset of `text[i]`.
 */
export interface Span {
  text: string;
  src: Int32Array;
}

/** A line of the cleaned text: `[start, end)` in clean offsets, without its newline. */
export interface Line {
  start: number;
  end: number;
  /** The line with leading white space removed. */
  content: string;
  /** Clean offset where `content` starts. */
  contentStart: number;
  trailingSpace: boolean;
  blank: boolean;
  /** 1-based line number in the source. */
  number: number;
}

export function splitLines(clean: CleanText): Line[] {
  const lines: Line[] = [];
  const { text } = clean;
  let start = 0;
  let number = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const content = raw.slice(lead);
    lines.push({
      start,
      end,
      content,
      contentStart: start + lead,
      trailingSpace: /[ \t\u00a0\u3000]$/.test(raw),
      blank: content.trim() === '',
      number,
    });
    if (end === text.length) break;
    start = end + 1;
    number++;
  }
  return lines;
}

const LATIN_END = /[A-Za-z0-9.,;:!?%)\]&]$/;
const LATIN_START = /^[A-Za-z0-9([]/;

/**
 * Joins lines the way a reader does: a trailing space already separates words; a line without one
 * continues the word (Korean PDF breaks), except between Latin words, where a space is restored.
 * A restored space maps to the source newline it replaces, so quotes stay exact source slices.
 */
export function joinLines(
  clean: CleanText,
  lines: readonly Line[],
  firstContentOffset?: number,
  /**
   * `cells`: the lines are separate table cells, so a space always stands between them; a function says
   * whether a space stands before line `k` that has none at the end of the line above.
   */
  mode: 'prose' | 'cells' | ((k: number) => boolean) = 'prose',
): Span {
  const parts: string[] = [];
  const offsets: number[] = [];
  let prev = '';
  lines.forEach((line, k) => {
    const from = k === 0 && firstContentOffset !== undefined ? firstContentOffset : line.contentStart;
    let piece = clean.text.slice(from, line.end);
    if (k === lines.length - 1) piece = piece.trimEnd();
    if (piece === '') return;
    const latinBreak = LATIN_END.test(prev) && LATIN_START.test(piece);
    const spaced = mode === 'cells' || (typeof mode === 'function' && mode(k));
    if (prev !== '' && !/\s$/.test(prev) && (spaced || latinBreak || /[.!?,;:]$/.test(prev))) {
      const newlineAt = offsets.length > 0 ? clean.map[lines[k - 1]!.end]! : clean.map[from]!;
      parts.push(' ');
      offsets.push(newlineAt);
    }
    parts.push(piece);
    for (let i = 0; i < piece.length; i++) offsets.push(clean.map[from + i]!);
    prev = piece;
  });
  return { text: parts.join(''), src: Int32Array.from(offsets) };
}

/** Source offsets `[start, end)` of span characters `[from, to)`, trimmed of surrounding white space. */
export function sourceRange(
  span: Span,
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(span.text[a]!)) a++;
  while (b > a && /\s/.test(span.text[b - 1]!)) b--;
  if (a >= b) return undefined;
  return { start: span.src[a]!, end: span.src[b - 1]! + 1 };
}

export function subSpan(span: Span, from: number, to: number): Span {
  return { text: span.text.slice(from, to), src: span.src.subarray(from, to) };
}

export function trimSpan(span: Span): Span {
  let a = 0;
  let b = span.text.length;
  while (a < b && /\s/.test(span.text[a]!)) a++;
  while (b > a && /\s/.test(span.text[b - 1]!)) b--;
  return subSpan(span, a, b);
}
