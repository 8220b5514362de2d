import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GraphError } from '../../graph/errors';
import { type Analyser, loadLanguages, type Token } from '../language';
import type { Extracted } from './types';

/** A run of text on one baseline, between gaps wider than a few spaces. */
interface Fragment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** The producer kept a space after the last glyph (a word boundary, not a mid-word break). */
  trailingSpace: boolean;
}

/** One baseline of a page: its fragments left to right. */
interface Row {
  y: number;
  fragments: Fragment[];
}

/** A line in reading order. `region` changes at a column or band switch; table rows are `row`s. */
interface Line {
  text: string;
  x0: number;
  /** The line starts right of where its column's lines start: a paragraph's indented first line. */
  indented: boolean;
  /** The line reaches (within 1.5 em) the right edge of its column: the width, not a word's end, may have broken it. */
  full: boolean;
  /** How far the line stops short of the right edge of its column. */
  room: number;
  y: number;
  size: number;
  x1: number;
  region: string;
  table: boolean;
  trailingSpace: boolean;
}

interface PdfItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

const require = createRequire(import.meta.url);

function pdfjsDir(): string {
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

/** Items on one baseline split where the gap is wider than 1.5 em: columns and table cells. */
function rowsOf(items: PdfItem[], starts: readonly number[] = []): Row[] {
  const glyphs = items
    // Control characters (a NUL for a glyph the font lacks) are no text; a tab is a space.
    .map((i) => ({ ...i, str: i.str.replace(/\t/g, ' ').replace(/\p{Cc}/gu, '') }))
    .filter((i) => i.str.length > 0)
    .map((i) => {
      const size = Math.hypot(i.transform[2] ?? 0, i.transform[3] ?? 0) || i.height || 10;
      return {
        str: i.str,
        x0: i.transform[4] ?? 0,
        x1: (i.transform[4] ?? 0) + i.width,
        y: i.transform[5] ?? 0,
        size,
      };
    })
    .sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const rows: { y: number; items: typeof glyphs }[] = [];
  for (const g of glyphs) {
    // Sorted top to bottom, so only the last row can take the item.
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - g.y) < g.size * 0.4) {
      row.items.push(g);
      continue;
    }
    rows.push({ y: g.y, items: [g] });
  }
  return rows
    .sort((a, b) => b.y - a.y)
    .map((r) => {
      const sorted = r.items.sort((a, b) => a.x0 - b.x0);
      const fragments: Fragment[] = [];
      let current: Fragment | undefined;
      for (const g of sorted) {
        const blank = g.str.trim() === '';
        // Narrow gutters are narrower than 1.5 em: a known column start always separates.
        const acrossColumns = current && starts.some((s) => current!.x1 <= s + 2 && g.x0 >= s - 2);
        if (current && !acrossColumns && g.x0 - current.x1 <= g.size * 1.5) {
          if (blank) {
            current.trailingSpace = true;
            continue;
          }
          const gap = g.x0 - current.x1;
          const space = current.trailingSpace || /\s$/.test(current.text) || gap > g.size * 0.2;
          current.text = `${current.text.replace(/\s+$/, '')}${space ? ' ' : ''}${g.str}`;
          current.x1 = Math.max(current.x1, g.x1);
          current.trailingSpace = /\s$/.test(g.str);
          current.size = Math.max(current.size, g.size);
        } else if (!blank) {
          current = {
            text: g.str,
            x0: g.x0,
            x1: g.x1,
            y: r.y,
            size: g.size,
            trailingSpace: /\s$/.test(g.str),
          };
          fragments.push(current);
        }
      }
      for (const f of fragments) f.text = f.text.trim();
      return { y: r.y, fragments: fragments.filter((f) => f.text !== '') };
    })
    .filter((r) => r.fragments.length > 0);
}

const PAGE_NUMBER =
  /^(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}(?:\s*\/\s*\d{1,4})?|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*(?:쪽|페이지))$/i;
const MARGIN_BAND = 0.08;

/** Text of a margin row with its digits blanked, so `- 3 -` and `- 4 -` or dated headers compare equal. */
const shape = (row: Row) =>
  row.fragments
    .map((f) => f.text)
    .join(' ')
    .replace(/\d+/g, '#');

/**
 * Rows in the top and bottom bands of the page that are page numbers, or that repeat (digits aside) on
 * another page: running headers and footers.
 */
function dropMargins(pages: { rows: Row[]; height: number }[]): void {
  const inBand = (row: Row, height: number) =>
    row.y > height * (1 - MARGIN_BAND) || row.y < height * MARGIN_BAND;
  const seen = new Map<string, number>();
  for (const page of pages) {
    const shapes = new Set(page.rows.filter((r) => inBand(r, page.height)).map(shape));
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  for (const page of pages) {
    page.rows = page.rows.filter((row) => {
      if (!inBand(row, page.height)) return true;
      const text = row.fragments.map((f) => f.text).join(' ');
      if (PAGE_NUMBER.test(text)) return false;
      return !(pages.length > 1 && (seen.get(shape(row)) ?? 0) > 1);
    });
  }
}

/**
 * Where the columns after the first start, from the whole document: x positions in the middle of the page
 * where many fragments start that are as long as text lines (at least a fifth of the page wide; table cells
 * are shorter). Empty for single-column documents; two entries for three columns.
 */
function columnStarts(pages: { rows: Row[]; width: number }[]): number[] {
  const widths = new Map<number, number[]>();
  let pageWidth = 0;
  for (const page of pages) {
    pageWidth = Math.max(pageWidth, page.width);
    for (const row of page.rows) {
      if (row.fragments.length > 4) continue;
      for (const f of row.fragments) {
        if (f.x0 < page.width * 0.2 || f.x0 > page.width * 0.8) continue;
        const key = Math.round(f.x0);
        const list = widths.get(key);
        if (list) list.push(f.x1 - f.x0);
        else widths.set(key, [f.x1 - f.x0]);
      }
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const candidates = [...widths.entries()]
    .filter(([, ws]) => ws.length >= 2 && median(ws) >= pageWidth * 0.2)
    .sort((a, b) => b[1].length - a[1].length);
  const [top] = candidates;
  if (!top) return [];
  const starts: number[] = [];
  for (const [x, ws] of candidates) {
    if (ws.length < top[1].length * 0.5) break;
    if (starts.every((s) => Math.abs(s - x) > pageWidth * 0.2)) starts.push(x);
  }
  return starts.sort((a, b) => a - b);
}

/**
 * Reading order of one page: full-width rows (titles, tables, single-column text) split the page into bands;
 * inside a band the columns are read left to right.
 */
function linesOf(rows: Row[], starts: number[], page: number): Line[] {
  const out: Line[] = [];
  let band = 0;
  let columns: Line[][] = starts.map(() => []).concat([[]]);
  const flush = () => {
    if (columns.every((c) => c.length === 0)) return;
    for (const c of columns) out.push(...c);
    columns = columns.map(() => []);
    band++;
  };
  const line = (fs: Fragment[], region: string, table: boolean): Line => ({
    text: fs.map((f) => f.text).join('\t'),
    x0: fs[0]!.x0,
    indented: false,
    full: false,
    room: 0,
    y: fs[0]!.y,
    size: Math.max(...fs.map((f) => f.size)),
    x1: Math.max(...fs.map((f) => f.x1)),
    region,
    table,
    trailingSpace: fs[fs.length - 1]!.trailingSpace,
  });
  /** Column of a fragment: after the last column start at or left of it. */
  const columnOf = (f: Fragment) => starts.filter((s) => f.x0 >= s - 2).length;
  for (const row of rows) {
    const fs = row.fragments;
    if (starts.length > 0) {
      const parts: Fragment[][] = columns.map(() => []);
      for (const f of fs) parts[columnOf(f)]!.push(f);
      // A column row: nothing runs into the next column, and each column after the first starts at its
      // start (indented at most 3 em). Otherwise a full-width row: a table across columns, a title.
      const fits = parts.every((part, j) => {
        const next = starts[j];
        if (next !== undefined && part.some((f) => f.x1 > next)) return false;
        const start = starts[j - 1];
        const first = part[0];
        return start === undefined || first === undefined || first.x0 - start < first.size * 3;
      });
      if (fits) {
        parts.forEach((part, j) => {
          if (part.length > 0) columns[j]!.push(line(part, `${page}:${band}:C${j}`, part.length > 1));
        });
        continue;
      }
    }
    flush();
    out.push(line(fs, `${page}:${band}:W`, fs.length > 1));
  }
  flush();
  const lefts = new Map<string, number>();
  for (const l of out) lefts.set(l.region, Math.min(lefts.get(l.region) ?? l.x0, l.x0));
  for (const l of out) l.indented = !l.table && l.x0 - (lefts.get(l.region) ?? l.x0) > l.size * 0.8;
  return out;
}

/** Marks lines that reach the right edge of their column (left, right or full width) in the whole document. */
function markFull(pages: Line[][]): void {
  const side = (l: Line) => l.region.slice(l.region.lastIndexOf(':'));
  const ends = new Map<string, number>();
  for (const l of pages.flat()) ends.set(side(l), Math.max(ends.get(side(l)) ?? l.x1, l.x1));
  for (const l of pages.flat()) {
    l.room = (ends.get(side(l)) ?? l.x1) - l.x1;
    l.full = l.room < l.size * 1.5;
  }
}

/**
 * Whether the width broke `previous` before `next`: it is full, or the first word of `next` (its width
 * estimated from the line's) would not have fitted in the room left.
 */
function wrapped(previous: Line, next: Line): boolean {
  if (previous.full) return true;
  const word = next.text.split(/\s/, 1)[0]!.length;
  const width = ((next.x1 - next.x0) * word) / Math.max(1, next.text.length);
  return previous.room < width + previous.size * 0.5;
}

/** Korean endings after which a line break is a word boundary (particles, verb endings). */
const WORD_END = /[을를이가은는의에로고며서다해한여와과도만요함음됨야]$/;
const LIST_MARKER = /^(?:[□■◦○●ㅇ•∙·▪\-–*]|\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ][.)]?)\s*/;
const HANGUL = /[\uAC00-\uD7A3]/;

/** Runs of letters and digits that start a word: not those after a closing bracket (`(EU)의`). */
const starts = (word: string) =>
  [...word.matchAll(/(?<=^|[^\p{L}\p{N})\]’'"”])[\p{L}\p{N}]+/gu)].map((m) => m[0]);

/** The last run of letters and digits in a word, and the first. */
const lastRun = (word: string) => word.match(/[\p{L}\p{N}]+$/u)?.[0] ?? '';
const firstRun = (word: string) => word.match(/^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u)?.[1] ?? '';

/** The part of speech of a token, or the last of a fused token's (`했다` = `XSV+EF` → `EF`). */
const lastTag = (t: Token) => t.tag.slice(t.tag.lastIndexOf('+') + 1);

/** Particles, endings, suffixes and the copula: they attach to what precedes them. */
const ATTACHES = /^(?:J|E|XS|VCP)/;

/**
 * How the document writes its words inside lines, where no line break can have cut them: which words occur
 * and which pairs of words stand side by side; whether a letter takes a bracket or a symbol directly. With a
 * Korean analyser, a break that these do not settle is read from the morphemes of the joined word.
 */
class Vocabulary {
  /** Words (as runs of letters that start a word) and how often they occur. */
  private readonly words = new Map<string, number>();
  /** The same with the last words of lines, which the break may have cut but which start a word all the same. */
  private readonly openings = new Map<string, number>();
  /** The last run of a word and the first of the next, with a space between. */
  private readonly pairs = new Map<string, number>();
  /** For a character other than a letter or digit: how often a letter follows it directly, less how often a space does. */
  private readonly close = new Map<string, number>();

  constructor(
    lines: readonly Line[],
    private readonly korean?: Analyser,
  ) {
    const add = (map: Map<string, number>, key: string, n = 1) => map.set(key, (map.get(key) ?? 0) + n);
    for (const line of lines) {
      if (line.table) continue;
      // The first and last words of a line may be pieces of a word the line break cut.
      const words = line.text.split(/\s+/).slice(1);
      words.forEach((w, i) => {
        for (const run of starts(w)) {
          add(this.openings, run);
          if (i < words.length - 1) add(this.words, run);
        }
        const next = words[i + 1];
        if (next && i < words.length - 2 && lastRun(w) !== '' && firstRun(next) !== '')
          add(this.pairs, `${lastRun(w)} ${firstRun(next)}`);
      });
      for (const [, space, mark] of line.text.matchAll(/(?<=\p{L})( ?)([^\p{L}\p{N}\s])/gu))
        add(this.close, `_${mark}`, space === '' ? 1 : -1);
      for (const [, mark, space] of line.text.matchAll(/([^\p{L}\p{N}\s])( ?)(?=\p{L})/gu))
        add(this.close, `${mark}_`, space === '' ? 1 : -1);
    }
  }

  /** Whether `before` and `after`, split by a line break, were one word (true), two (false) or cannot tell. */
  oneWord(before: string, after: string): boolean | undefined {
    // Punctuation or a symbol at the break: how the document sets it elsewhere, next to a letter.
    const mark =
      /\p{L}$/u.test(before) && /^[^\p{L}\p{N}\s]/u.test(after)
        ? `_${after.charAt(0)}`
        : /[^\p{L}\p{N}]$/u.test(before) && /^\p{L}/u.test(after)
          ? `${before.slice(-1)}_`
          : undefined;
    if (mark !== undefined) {
      const habit = this.close.get(mark) ?? 0;
      return habit === 0 ? undefined : habit > 0;
    }
    const left = lastRun(before);
    const right = firstRun(after);
    if (left === '' || right === '' || !after.startsWith(right) || !before.endsWith(left)) return undefined;
    const joined = this.words.get(left + right) ?? 0;
    const apart = this.pairs.get(`${left} ${right}`) ?? 0;
    if (joined !== apart) return joined > apart;
    return this.korean && this.morphemes(before, after, this.korean);
  }

  /** How often the document starts a word with `prefix`, and how often it has `word` then a word starting so. */
  private count(prefix: string, word?: string): number {
    let n = 0;
    if (word === undefined) {
      for (const [w, k] of this.openings) if (w.startsWith(prefix)) n += k;
    } else {
      for (const [pair, k] of this.pairs) if (pair.startsWith(`${word} ${prefix}`)) n += k;
    }
    return n;
  }

  /** Whether the document has `word` as a word of its own, alone or with particles or endings only. */
  private standsAlone(word: string, korean: Analyser): boolean {
    for (const w of this.words.keys()) {
      if (w === word) return true;
      if (!w.startsWith(word)) continue;
      const rest = korean.tokens(w).filter((t) => t.end > word.length);
      if (rest.every((t) => t.start >= word.length && ATTACHES.test(t.tag))) return true;
    }
    return false;
  }

  /**
   * From the morphemes of the joined word. A particle, an ending or a suffix after the break attaches
   * (`상황에|서`). Then the document decides where it starts words with the joined stem, or writes the two
   * stems apart, more often. A morpheme across the break makes one word (`바이|오시밀러`). An ending, a
   * particle, a determiner, an adverb or `-적` before the break ends a word (`대응하기|위해`), as do a bound
   * noun before a verb (`수|있다`) and a conjunction, adverb or bound noun after it (`활성화|및`); a written
   * number takes its counter (`2023|년`). Between other words, a piece the document writes as a word of its
   * own, or starts words with, is a word here too (`핵심|광물`).
   */
  private morphemes(before: string, after: string, korean: Analyser): boolean | undefined {
    const at = before.length;
    const word = before + after;
    const tokens = korean.tokens(word);
    const next = tokens.find((t) => t.end > at);
    if (!next) return undefined;
    if (next.start >= at && ATTACHES.test(next.tag)) return true;
    const left = lastRun(before);
    const stop = tokens.find(
      (t) => t.start >= at && (ATTACHES.test(t.tag) || !/^[\p{L}\p{N}]+$/u.test(t.text)),
    );
    const head = word.slice(at, stop?.start);
    if (head === '') return undefined;
    const together = this.count(left + head);
    const apart = this.count(head, left);
    if (together !== apart) return together > apart;
    if (next.start < at) return true;
    const last = tokens.filter((t) => t.end <= at).at(-1);
    if (!last) return undefined;
    const end = lastTag(last);
    if (/^(?:J|E)/.test(end) || /^(?:MM|MAG|MAJ|NP|IC)$/.test(end)) return false;
    if (end === 'XSN' && last.text === '적') return false;
    if (/^(?:SN|SL)$/.test(end) && /\d$/.test(before) && next.tag.startsWith('NNB')) return true;
    if (end === 'NNB' && /^(?:VV|VA|VX)/.test(next.tag)) return false;
    if (/^(?:MAJ|MAG|MM)$/.test(next.tag) || (next.tag === 'NNB' && /^(?:NN|XSN|XR)/.test(end))) return false;
    return this.standsAlone(left, korean) || this.count(head) > 0 ? false : undefined;
  }
}

/** How the next line continues the previous one: a hyphen dropped, nothing (a mid-word break) or a space. */
function joint(previous: Line, next: string, vocabulary: Vocabulary): { drop: number; glue: string } {
  const prev = previous.text;
  if (/[a-z]-$/.test(prev) && /^[a-z]/.test(next)) return { drop: 1, glue: '' };
  if (previous.trailingSpace) return { drop: 0, glue: ' ' };
  // Korean may break anywhere between syllables: the document's own words tell a cut word from two words.
  if (HANGUL.test(prev.slice(-1)) || HANGUL.test(next.charAt(0)) || next.startsWith('(')) {
    const one = vocabulary.oneWord(prev.slice(prev.search(/\S+$/)), next.split(/\s/, 1)[0]!);
    if (one !== undefined) return { drop: 0, glue: one ? '' : ' ' };
  }
  // A line that stops short of its column's edge ended at a word; one that fills it may have been cut
  // mid-word, as Korean word processors do, unless it ends in a particle or an ending.
  if (previous.full && HANGUL.test(prev.slice(-1)) && HANGUL.test(next.charAt(0)) && !WORD_END.test(prev))
    return { drop: 0, glue: '' };
  return { drop: 0, glue: ' ' };
}

/**
 * A paragraph that runs out of its column (its last line broken by the width, without a closing stop) goes on at the top
 * of the next column or page.
 */
function flowsOn(previous: Line, next: Line, firstOnPage: boolean): boolean {
  if (!wrapped(previous, next) || /[.!?。:)]$/.test(previous.text)) return false;
  const column = (l: Line) => /^(.*):C(\d+)$/.exec(l.region);
  const [, band, from] = column(previous) ?? [];
  const [, nextBand, to] = column(next) ?? [];
  const fromColumn = band !== undefined && band === nextBand && Number(to) === Number(from) + 1;
  return fromColumn || firstOnPage;
}

/** The distance between the baselines of a paragraph's lines, by font size (rounded), in the whole document. */
function linePitches(lines: readonly Line[]): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (!previous || previous.region !== line.region || Math.abs(previous.size - line.size) >= 0.5) return;
    const gap = Math.round((previous.y - line.y) * 2) / 2;
    if (gap < line.size * 0.8 || gap > line.size * 3) return;
    const size = Math.round(line.size);
    const bySize = counts.get(size) ?? new Map<number, number>();
    bySize.set(gap, (bySize.get(gap) ?? 0) + 1);
    counts.set(size, bySize);
  });
  const pitches = new Map<number, number>();
  // The narrowest gap that is common: lists of one-line items make paragraph gaps the most frequent.
  for (const [size, gaps] of counts) {
    const total = [...gaps.values()].reduce((a, b) => a + b, 0);
    const common = [...gaps].filter(([, n]) => n >= Math.max(2, total * 0.1)).map(([gap]) => gap);
    pitches.set(size, common.length > 0 ? Math.min(...common) : Math.min(...gaps.keys()));
  }
  return pitches;
}

/**
 * Whether `line` goes on with the paragraph of `previous`: same font size, no list marker, no table; in the
 * same column no wider gap than the document's line pitch (a paragraph gap is wider) and no indent that a
 * first line has; into the next column or page only where the paragraph ran out of room.
 */
function continuesParagraph(
  previous: Line,
  line: Line,
  firstOnPage: boolean,
  pitches: ReadonlyMap<number, number>,
): boolean {
  if (previous.table || line.table || Math.abs(previous.size - line.size) >= 1 || LIST_MARKER.test(line.text))
    return false;
  if (previous.region !== line.region) return !line.indented && flowsOn(previous, line, firstOnPage);
  const pitch = pitches.get(Math.round(line.size));
  const widest = pitch === undefined ? line.size * 1.9 : Math.min(line.size * 1.9, pitch * 1.3);
  if (previous.y - line.y >= widest) return false;
  // Right of the line above: a first line, unless the line above ran on to the edge (a hanging indent).
  const runsOn = previous.full && !/[.!?。:]$/.test(previous.text);
  return !(line.x0 - previous.x0 > line.size * 0.8 && !runsOn);
}

/**
 * Joins lines into paragraphs (one per output line, blank lines between) and table rows (one per line, cells
 * separated by tabs); records where each page's text starts. Three or more lines of a paragraph of which none
 * but the last reaches its column's edge are a stack (a table's column, fields, an address): their line
 * breaks stay, with a space before a break between words.
 */
function assemble(pages: Line[][], korean?: Analyser): { text: string; pageStarts: number[] } {
  const lines = pages.flatMap((ls) =>
    ls.map((l, i) => ({ ...l, text: l.text.normalize('NFC'), first: i === 0 })),
  );
  const pitches = linePitches(lines);
  const vocabulary = new Vocabulary(lines, korean);
  const continues = lines.map((l, i) => i > 0 && continuesParagraph(lines[i - 1]!, l, l.first, pitches));
  // Three short lines in a row that end before the width broke them, across paragraph gaps: a stack.
  const unforced = lines.map((l, i) => {
    const next = lines[i + 1];
    return (
      next !== undefined &&
      !l.table &&
      !next.table &&
      next.region === l.region &&
      Math.abs(next.size - l.size) < 1 &&
      !wrapped(l, next) &&
      // Short of 60% of the width it had: a paragraph's own lines run on further.
      l.room > 0.4 * (l.room + l.x1 - l.x0)
    );
  });
  const kept = lines.map(
    (_, i) => continues[i] && (unforced[i - 2] || unforced[i]) === true && unforced[i - 1],
  );
  const spacedEnds = lines.some((l, i) => l.trailingSpace && continues[i + 1]);
  let text = '';
  const pageStarts: number[] = [];
  let k = 0;
  for (const page of pages) {
    let pageStart: number | undefined;
    for (let n = 0; n < page.length; n++, k++) {
      const line = lines[k]!;
      const previous = lines[k - 1];
      if (previous === undefined) {
        // first line of the document
      } else if (continues[k]) {
        const { drop, glue } = joint(previous, line.text, vocabulary);
        // A producer that writes spaces at line ends writes them all: a stack's line without one was cut.
        if (kept[k]) text += previous.trailingSpace || (glue === ' ' && !spacedEnds) ? ' \n' : '\n';
        else text = `${text.slice(0, text.length - drop)}${glue}`;
      } else text += previous.table && line.table ? '\n' : '\n\n';
      pageStart ??= text.length;
      text += line.text;
    }
    pageStarts.push(pageStart ?? text.length);
  }
  return { text: `${text}\n`, pageStarts };
}

function isPasswordError(error: unknown): boolean {
  return error instanceof Error && error.name === 'PasswordException';
}

/**
 * Text of a PDF with pdf.js (pdfjs-dist, legacy build for Node): reading order across columns, running
 * headers, footers and page numbers dropped, hyphenated and mid-word line breaks joined, table rows kept.
 */
export async function extractPdf(bytes: Uint8Array, path: string): Promise<Extracted> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = pdfjsDir();
  const task = getDocument({
    // pdf.js takes ownership of the buffer it gets; a copy keeps the caller's bytes intact.
    data: new Uint8Array(bytes),
    cMapUrl: `${join(root, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    if (isPasswordError(error))
      throw new GraphError('ENCRYPTED_PDF', `${path}: the PDF is encrypted and needs a password to open`, {
        file: path,
      });
    const reason = error instanceof Error ? error.message : String(error);
    throw new GraphError(
      'INVALID_PDF',
      `${path}: not a readable PDF (${reason})`,
      { file: path },
      { cause: error },
    );
  }
  try {
    const pages: { rows: Row[]; items: PdfItem[]; width: number; height: number }[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const content = await page.getTextContent();
      // Shifted to the page's own origin, so the margin bands and the middle are measured from its box.
      const items: PdfItem[] = content.items.flatMap((i) =>
        'str' in i
          ? [
              {
                str: i.str,
                width: i.width,
                height: i.height,
                transform: [
                  ...i.transform.slice(0, 4),
                  (i.transform[4] ?? 0) - x0,
                  (i.transform[5] ?? 0) - y0,
                ],
              },
            ]
          : [],
      );
      pages.push({ rows: rowsOf(items), items, width: x1 - x0, height: y1 - y0 });
      page.cleanup();
    }
    if (!pages.some((p) => p.rows.some((r) => r.fragments.some((f) => /[\p{L}\p{N}]/u.test(f.text))))) {
      throw new GraphError(
        'NO_TEXT_LAYER',
        `${path}: the PDF has no text layer (${doc.numPages} page(s) of images or shapes, e.g. a scan); run OCR on it first`,
        { file: path },
      );
    }
    dropMargins(pages);
    const starts = columnStarts(pages);
    if (starts.length > 0) {
      // Again, now that the columns are known, so that no fragment runs from one column into the next.
      for (const page of pages) page.rows = rowsOf(page.items, starts);
      dropMargins(pages);
    }
    const lines = pages.map((p, i) => linesOf(p.rows, starts, i + 1));
    markFull(lines);
    const korean = lines.some((ls) => ls.some((l) => HANGUL.test(l.text)))
      ? (await loadLanguages()).ko
      : undefined;
    const { text, pageStarts } = assemble(lines, korean);
    const empty = pages.flatMap((p, i) => (p.rows.length === 0 ? [i + 1] : []));
    const warnings =
      empty.length > 0 ? [`pages without text (images only?): ${empty.slice(0, 20).join(', ')}`] : [];
    const info = (await doc.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    const declared = typeof info?.Title === 'string' ? info.Title.replace(/\p{Cc}/gu, '').trim() : '';
    // Producers often leave a file name or a placeholder there; those are no title.
    const title = /\.[a-z0-9]{2,5}$|^(?:microsoft \w+ - |untitled$|제목 없음$)/i.test(declared)
      ? ''
      : declared;
    return { format: 'pdf', text, pageStarts, warnings, ...(title ? { title } : {}) };
  } finally {
    await doc.destroy();
  }
}
