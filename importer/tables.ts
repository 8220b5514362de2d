import type { CleanText } from './clean';
import type { TableRegion } from './segment';
import { joinLines, type Line, type Span } from './span';

/**
 * Tables arrive flattened by PDF extraction: one cell per run of lines, blank lines both between and
 * inside cells. Rows are found from their label lines; cells from where lines end without a trailing space
 * where the table's line ends mark wraps that way, else from the words at the line ends and the blank lines.
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

interface Row {
  line: Line;
  blankBefore: boolean;
}

interface Group {
  lines: Row[];
}

function groupsOf(lines: readonly Line[]): Row[] {
  const out: Row[] = [];
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

/** A line that surely goes on in its cell: it ends in a comma or the word `및` (and). */
const CONNECTOR_END = /(?:,|(?:^|\s)및)$/;
/** Ends a cell's text does not stop at: a connector, a particle of an unfinished phrase, an open bracket. */
const OPEN_END = /(?:[,·(\-/&]|(?:^|\s)및|[과와에]의|[을를]|(?:위|통|대)한)$/;
/** Starts that go on with the line above: punctuation, `및` (and), `등` (and so on). */
const GOING_ON = /^(?:[,.)\]·:;%]|(?:및|등)(?:\s|$))/;

const unclosed = (text: string) => (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);

/** Whether `next` surely goes on with the cell of `prev`, by the words at the break. */
function goesOn(prev: Line, next: Line): boolean {
  const end = prev.content.trimEnd();
  return OPEN_END.test(end) || unclosed(end) || GOING_ON.test(next.content);
}

/**
 * Whether the table's line-end spaces mark the lines a cell's width wrapped, as a PDF's text layer writes
 * them, so that a line without one ends its cell or breaks a word: every line ending in a connector has one.
 * Text extracted line by line (a PDF read by geometry) has them only where words part.
 */
function marksWraps(lines: readonly Line[]): boolean {
  return lines.every((l) => l.blank || l.trailingSpace || !CONNECTOR_END.test(l.content.trimEnd()));
}

/** How likely a cell ends between two lines: no trailing space and a blank line is the strongest sign. */
function boundaryScore(prev: Line, next: Line, blankBetween: boolean, marked: boolean): number {
  if (!marked) return goesOn(prev, next) ? 0 : blankBetween ? 3 : 1;
  if (/^[,.)\]·]/.test(next.content)) return 0;
  if (prev.trailingSpace) return blankBetween ? 1 : 0;
  return blankBetween ? 3 : 2;
}

/**
 * Lines of one cell joined. Without wrap marks a line end carries a space only where the extraction knew the
 * words part; across a blank line it knew nothing, and cells wrap between words far more often than inside one.
 */
function joinCell(
  clean: CleanText,
  rows: readonly Row[],
  marked: boolean,
  firstContentOffset?: number,
): Span {
  const lines = rows.map((r) => r.line);
  if (marked) return joinLines(clean, lines, firstContentOffset);
  return joinLines(
    clean,
    lines,
    firstContentOffset,
    (k) => rows[k]!.blankBefore && !/^[,.)\]:;%]/.test(rows[k]!.line.content),
  );
}

function splitCells(clean: CleanText, rows: Row[], k: number, marked: boolean): Span[] {
  if (rows.length <= k) return rows.map((r) => joinLines(clean, [r.line]));
  return cellGroups(rows, k, marked).map((g) => joinCell(clean, g.lines, marked));
}

/** Splits `rows` into exactly `k` cells, choosing the strongest boundaries, balanced on ties. */
function cellGroups(rows: Row[], k: number, marked = false): Group[] {
  const n = rows.length;
  if (n <= k) return rows.map((r) => ({ lines: [r] }));
  const scores = rows.slice(1).map((r, i) => boundaryScore(rows[i]!.line, r.line, r.blankBefore, marked));
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
  return cuts.slice(1).map((c, i) => ({ lines: rows.slice(cuts[i]! + 1, c + 1) }));
}

/** Runs of letters and digits at the end and at the start of a line. */
const lastRun = (text: string) => /[\p{L}\p{N}]+$/u.exec(text.trimEnd())?.[0] ?? '';
const firstRun = (text: string) => /^[\p{L}\p{N}]+/u.exec(text.trim())?.[0] ?? '';

/**
 * Whether line i goes on into line i + 1 (a cell cannot end between them), in a table without wrap marks: by
 * the words at the break, or, across a blank line too, because the document writes the two pieces as one word
 * more often than apart (`K-배터` / `리·바이오`: a word cut).
 */
function continuation(clean: CleanText, rows: readonly Row[]): (i: number) => boolean {
  const counts = new Map<string, number>();
  /** How often the document has `text` starting a word. */
  const count = (text: string) => {
    let n = counts.get(text);
    if (n === undefined) {
      const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      n = clean.text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'gu'))?.length ?? 0;
      counts.set(text, n);
    }
    return n;
  };
  return (i) => {
    const prev = rows[i]!;
    const next = rows[i + 1];
    if (!next) return false;
    if (goesOn(prev.line, next.line)) return true;
    const last = lastRun(prev.line.content);
    const first = firstRun(next.line.content);
    return last !== '' && first !== '' && count(last + first) > count(`${last} ${first}`);
  };
}

/**
 * Rows of a roadmap-like table: a row label is a short line without trailing space, right after a line
 * that ended a cell and right before its first cell. Without wrap marks, the labels are chosen so that each
 * row splits into `columns` cells at the likeliest cell ends.
 */
export function parseRoadmap(clean: CleanText, table: TableRegion, columns: number): TableRow[] {
  const rows = groupsOf(table.lines);
  const marked = marksWraps(table.lines);
  const continues = marked ? () => false : continuation(clean, rows);
  const isLabel = (i: number) => {
    const r = rows[i]!;
    const next = rows[i + 1];
    const prev = rows[i - 1];
    return (
      r.line.content.trim().length <= 12 &&
      !/^[-•(,]/.test(r.line.content) &&
      next !== undefined &&
      !next.blankBefore &&
      (marked
        ? !r.line.trailingSpace && (prev === undefined || !prev.line.trailingSpace)
        : !continues(i) && (prev === undefined || !continues(i - 1)))
    );
  };
  const candidates = rows.map((_, i) => i).filter(isLabel);
  const labels = marked ? candidates : likeliestLabels(rows, candidates, columns, continues);
  return labels.map((at, k) => {
    const end = labels[k + 1] ?? rows.length;
    return {
      label: joinLines(clean, [rows[at]!.line]),
      cells: splitCells(clean, rows.slice(at + 1, end), columns, marked),
    };
  });
}

/**
 * The candidate labels that make the likeliest table: every row a label and `columns` cells, every break
 * between lines a cell's end or not, by the words at the break and the blank lines.
 */
function likeliestLabels(
  rows: readonly Row[],
  candidates: readonly number[],
  columns: number,
  continues: (i: number) => boolean,
): number[] {
  // What ending a cell at the break after line i gains over going on.
  const gain = rows.slice(1).map((r, i) => (continues(i) ? -3 : r.blankBefore ? 1 : -1));
  const cellsGain = (from: number, to: number) => {
    const inside = gain.slice(from, to - 1).sort((a, b) => b - a);
    return inside.slice(0, columns - 1).reduce((s, g) => s + g, 0);
  };
  const best = new Map<number, { score: number; next: number | undefined }>();
  const isCandidate = new Set(candidates);
  for (let i = rows.length - 1; i >= 0; i--) {
    if (!isCandidate.has(i)) continue;
    let top: { score: number; next: number | undefined } = {
      score: Number.NEGATIVE_INFINITY,
      next: undefined,
    };
    for (let j = i + 1 + columns; j <= rows.length; j++) {
      const rest = j === rows.length ? { score: 0 } : best.get(j);
      if (!rest || rest.score === Number.NEGATIVE_INFINITY) continue;
      const score = gain[i]! + cellsGain(i + 1, j) + (j < rows.length ? gain[j - 1]! : 0) + rest.score;
      if (score > top.score) top = { score, next: j < rows.length ? j : undefined };
    }
    best.set(i, top);
  }
  const first = candidates.find((c) => best.get(c)!.score > Number.NEGATIVE_INFINITY);
  const labels: number[] = [];
  for (let at = first; at !== undefined; at = best.get(at)!.next) labels.push(at);
  return labels;
}

/**
 * Rows of a table whose first column names entities (industries, countries): `isLabel` says whether a line
 * is such a name. Cells are split into items at `-` bullets, or at lines ending without a trailing space;
 * without wrap marks, into as many cells as the row with the fewest sure cell ends has.
 */
export function parseEntityRows(
  clean: CleanText,
  table: TableRegion,
  isLabel: (text: string) => boolean,
): TableRow[] {
  const rows = groupsOf(table.lines);
  const marked = marksWraps(table.lines);
  const out: { label: Row[]; items: Group[] }[] = [];
  let current: { label: Row[]; items: Group[] } | undefined;
  let item: Group | undefined;
  rows.forEach((r, i) => {
    const text = r.line.content.trim();
    const prev = rows[i - 1];
    const endsBefore = prev === undefined || (marked ? !prev.line.trailingSpace : !goesOn(prev.line, r.line));
    if (!/^[-•]/.test(text) && endsBefore && isLabel(text)) {
      current = { label: [r], items: [] };
      out.push(current);
      item = undefined;
      return;
    }
    if (!current) return;
    if (current.items.length === 0 && item === undefined && /^\(/.test(text)) {
      current.label.push(r);
      return;
    }
    const dashed = /^[-•]/.test(text);
    const startsItem =
      dashed ||
      item === undefined ||
      (marked && !hasDashItems(current.items) && !prev!.line.trailingSpace && !/^[,.)\]]/.test(text));
    if (startsItem) {
      item = { lines: [r] };
      current.items.push(item);
    } else item!.lines.push(r);
  });
  if (!marked) {
    const plain = out
      .filter((row) => !hasDashItems(row.items))
      .map((row) => row.items.flatMap((g) => g.lines));
    const sure = plain.map(
      (lines) =>
        lines.filter((r, k) => k > 0 && boundaryScore(lines[k - 1]!.line, r.line, r.blankBefore, false) === 3)
          .length,
    );
    const columns = Math.min(...sure) + 1;
    for (const row of out) {
      if (hasDashItems(row.items)) continue;
      const lines = row.items.flatMap((g) => g.lines);
      row.items = cellGroups(lines, columns);
    }
  }
  return out.map((r) => ({
    label: joinCell(clean, r.label, marked),
    cells: r.items
      .map((g) => {
        const first = g.lines[0]!.line;
        const dash = /^[-•]\s*/.exec(first.content);
        return joinCell(clean, g.lines, marked, dash ? first.contentStart + dash[0].length : undefined);
      })
      .filter((s) => s.text.trim().length > 0),
  }));
}

function hasDashItems(items: Group[]): boolean {
  return items.some((g) => /^[-•]/.test(g.lines[0]!.line.content));
}
