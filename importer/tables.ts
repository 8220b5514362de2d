import type { CleanText } from './clean';
import type { TableRegion } from './segment';
import { joinLines, type Line, type Span } from './span';

/**
 * Tables arrive flattened by PDF extraction: one cell per run of lines, blank lines both between and
 * inside cells. Rows are found from their label lines; cells from where lines end without a trailing space.
 */
export interface TableRow {
  label: Span;
  cells: Span[];
}

export interface Term {
  term: 'short' | 'mid' | 'long';
  horizon: string | undefined;
}

const TERM_RE: [Term['term'], RegExp][] = [
  ['short', /단기|short[- ]term/i],
  ['mid', /중기|(?:mid|medium)[- ]term/i],
  ['long', /장기|long[- ]term/i],
];

/** The term columns of a roadmap header such as `구분 단기 (1~3년) 중기 (3~5년) 장기 (5년 이상)`. */
export function roadmapTerms(header: string): Term[] {
  const found: { at: number; term: Term }[] = [];
  for (const [term, re] of TERM_RE) {
    const m = re.exec(header);
    if (!m) continue;
    const rest = header.slice(m.index + m[0].length);
    const horizon = /^\s*\(([^)]*)\)/.exec(rest)?.[1];
    found.push({ at: m.index, term: { term, horizon } });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.term);
}

interface Group {
  lines: Line[];
}

function groupsOf(lines: readonly Line[]): { line: Line; blankBefore: boolean }[] {
  const out: { line: Line; blankBefore: boolean }[] = [];
  let blank = false;
  for (const line of lines) {
    if (line.blank) {
      blank = true;
      continue;
    }
    out.push({ line, blankBefore: blank });
    blank = false;
  }
  return out;
}

/** How likely a cell ends between two lines: no trailing space and a blank line is the strongest sign. */
function boundaryScore(prev: Line, next: Line, blankBetween: boolean): number {
  if (/^[,.)\]·]/.test(next.content)) return 0;
  if (prev.trailingSpace) return blankBetween ? 1 : 0;
  return blankBetween ? 3 : 2;
}

/** Splits `lines` into exactly `k` cells, choosing the strongest boundaries, balanced on ties. */
function splitCells(clean: CleanText, rows: { line: Line; blankBefore: boolean }[], k: number): Span[] {
  const n = rows.length;
  if (n === 0) return [];
  if (n <= k) return rows.map((r) => joinLines(clean, [r.line]));
  const scores = rows.slice(1).map((r, i) => boundaryScore(rows[i]!.line, r.line, r.blankBefore));
  let best: number[] = [];
  let bestScore = -1;
  let bestSpread = Number.POSITIVE_INFINITY;
  const choose = (start: number, picked: number[]) => {
    if (picked.length === k - 1) {
      const score = picked.reduce((s, p) => s + scores[p]!, 0);
      const cuts = [-1, ...picked, n - 1];
      const lengths = cuts.slice(1).map((c, i) => {
        let len = 0;
        for (let x = cuts[i]! + 1; x <= c; x++) len += rows[x]!.line.content.length;
        return len;
      });
      const spread = Math.max(...lengths);
      if (score > bestScore || (score === bestScore && spread < bestSpread)) {
        best = [...picked];
        bestScore = score;
        bestSpread = spread;
      }
      return;
    }
    for (let p = start; p < scores.length; p++) choose(p + 1, [...picked, p]);
  };
  if (n <= 24) choose(0, []);
  else
    best = scores
      .map((s, i) => ({ s, i }))
      .sort((a, b) => b.s - a.s)
      .slice(0, k - 1)
      .map((x) => x.i)
      .sort((a, b) => a - b);
  const cuts = [-1, ...best, n - 1];
  return cuts.slice(1).map((c, i) =>
    joinLines(
      clean,
      rows.slice(cuts[i]! + 1, c + 1).map((r) => r.line),
    ),
  );
}

/**
 * Rows of a roadmap-like table: a row label is a short line without trailing space, right after a line
 * that ended a cell and right before its first cell.
 */
export function parseRoadmap(clean: CleanText, table: TableRegion, columns: number): TableRow[] {
  const rows = groupsOf(table.lines);
  const isLabel = (i: number) => {
    const r = rows[i]!;
    const next = rows[i + 1];
    const prev = rows[i - 1];
    return (
      r.line.content.trim().length <= 12 &&
      !r.line.trailingSpace &&
      !/^[-•(,]/.test(r.line.content) &&
      next !== undefined &&
      !next.blankBefore &&
      (prev === undefined || !prev.line.trailingSpace)
    );
  };
  const labels = rows.map((_, i) => i).filter(isLabel);
  return labels.map((at, k) => {
    const end = labels[k + 1] ?? rows.length;
    return {
      label: joinLines(clean, [rows[at]!.line]),
      cells: splitCells(clean, rows.slice(at + 1, end), columns),
    };
  });
}

/**
 * Rows of a table whose first column names entities (industries, countries): `isLabel` says whether a line
 * is such a name. Cells are split into items at `-` bullets, or at lines ending without a trailing space.
 */
export function parseEntityRows(
  clean: CleanText,
  table: TableRegion,
  isLabel: (text: string) => boolean,
): TableRow[] {
  const rows = groupsOf(table.lines);
  const out: TableRow[] = [];
  let current: { label: Line[]; items: Group[] } | undefined;
  let item: Group | undefined;
  rows.forEach((r, i) => {
    const text = r.line.content.trim();
    const prev = rows[i - 1];
    const labelStart =
      !/^[-•]/.test(text) && (prev === undefined || !prev.line.trailingSpace) && isLabel(text);
    if (labelStart) {
      current = { label: [r.line], items: [] };
      out.push(current as unknown as TableRow);
      item = undefined;
      return;
    }
    if (!current) return;
    if (current.items.length === 0 && item === undefined && /^\(/.test(text)) {
      current.label.push(r.line);
      return;
    }
    const dashed = /^[-•]/.test(text);
    const startsItem =
      dashed ||
      item === undefined ||
      (!hasDashItems(current.items) && !prev!.line.trailingSpace && !/^[,.)\]]/.test(text));
    if (startsItem) {
      item = { lines: [r.line] };
      current.items.push(item);
    } else item!.lines.push(r.line);
  });
  return out.map((row) => {
    const r = row as unknown as { label: Line[]; items: Group[] };
    return {
      label: joinLines(clean, r.label),
      cells: r.items
        .map((g) => {
          const first = g.lines[0]!;
          const dash = /^[-•]\s*/.exec(first.content);
          return joinLines(clean, g.lines, dash ? first.contentStart + dash[0].length : undefined);
        })
        .filter((s) => s.text.trim().length > 0),
    };
  });
}

function hasDashItems(items: Group[]): boolean {
  return items.some((g) => /^[-•]/.test(g.lines[0]!.content));
}
