import type { CleanText } from './clean';
import { KO_DATE } from './cues';
import { joinLines, type Line, type Span, splitLines, subSpan, trimSpan } from './span';

export interface Section {
  /** Ordinal within the document, stable for the same text. */
  ordinal: number;
  /** As written: `Ⅱ`, `3.1`, `2.1.2`, `①`, or undefined for markdown headings without numbers. */
  number: string | undefined;
  title: Span;
  level: number;
  parent: number | undefined;
}

export type BlockKind = 'topic' | 'subtopic' | 'list' | 'item' | 'paragraph' | 'footnote' | 'table';

export interface Block {
  index: number;
  kind: BlockKind;
  /** The marker as written (`□`, `ㅇ`, `-`, `•`, `1)`, `①`, `▲`), empty for paragraphs and tables. */
  marker: string;
  /** The block's text without its marker, lines joined. */
  span: Span;
  /** Innermost section (ordinal) or undefined before the first heading. */
  section: number | undefined;
  /** Enclosing structural block (topic → subtopic → list → item). */
  parent: number | undefined;
  /** 1-based source line of the block's first line. */
  line: number;
  table?: TableRegion;
}

export interface TableRegion {
  header: Span;
  /** The body lines as they stand, blank lines included: the table parser interprets them. */
  lines: Line[];
}

export interface Segmented {
  sections: Section[];
  blocks: Block[];
}

const CHAPTER = /^([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4})\.\s*(\S.*)$/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)\s+(\S.*)$/;
const MARKDOWN = /^(#{1,6})\s+(\S.*)$/;
const CIRCLED = /^([\u2460-\u2473])\s*(\S.*)$/;
const TOPIC = /^[□■◆◇]\s*(\S.*)$/;
const SUBTOPIC = /^[ㅇ○◦❍]\s+(\S.*)$/;
const LIST = /^(?:(\d{1,2})\)|\((\d{1,2})\)|([가-하])\.)\s+(\S.*)$/;
const BULLET = /^([-–•∙·▪►‣*])\s*(\S.*)?$/;
/** A chronology's line: a year, maybe a month and day, then what happened (`1999년 4월 현대자동차, … 흡수 합병`). */
const DATED = new RegExp(String.raw`^${KO_DATE}\s+\S`);
const TABLE_HEAD_WORD = /^(?:구\s?분|산업\s?분야|분야|항목|핵심\s?개념|category|item|sector)(?=\s|$)/i;
const TERM_WORDS = [/단기/, /중기/, /장기/, /short[- ]term/i, /(?:mid|medium)[- ]term/i, /long[- ]term/i];
const SENTENCE_END = /(?:[.!?。]|다)\s*$/;
const FOOTNOTE_MARK = /[^\s(\d[]([1-9]\d?)\)(?=[\s.,;:가-힣]|$)/g;
/** A line ending on a list joiner or a hyphen glued to its word (`semi-`) goes on in the next; a spaced dash (`… 협의 -`) closes it. */
const WRAPS_ON = /(?:[·,(/&]|\S-)$/;

/** A line too short to be wrapped prose and not ending a sentence: an infobox or list field. */
const fieldLine = (text: string) => text.length <= 30 && !/[.!?。다]$/.test(text);

/** A word with a star right after it, not a bullet at the line's start: `요건*을`, `Partnership*)`. */
const STAR_MARK = /[^\s*]\*+(?=[\s),.:;'’”」｣』가-힣]|$)/;
/**
 * `(과제⑤ : MASGA 프로젝트) 작년 8월 …` after a blank line, or `(무보) 보험료 …` under `(수은) 대출한도 …` or under
 * `조선사 : (대형) …`: a parenthesis that titles what follows, or one of parallel labels, opens a paragraph; a
 * gloss of the word above (`연구개발` / `(R&D) 투자 확대`) goes on with it.
 */
function labelsParagraph(line: string, first: string): boolean {
  const label = /^\([^)]{1,30}\)\s/;
  return (
    /^\([^)]*[:：][^)]*\)\s/.test(line) || (label.test(line) && /(?:^|[:：]\s*)\([^)]{1,30}\)\s/.test(first))
  );
}

const CONTINUES_WORD = /^[(),.\]:;%들의을를은는에와과로으도만적화됨함임]/;

type LineClass =
  | { type: 'blank' }
  | { type: 'heading'; level: number; number: string | undefined; offset: number; plain?: true }
  | {
      type: 'marker';
      kind: Exclude<BlockKind, 'paragraph' | 'table'>;
      marker: string;
      rank: number;
      offset: number;
    }
  | { type: 'table' }
  | { type: 'text' };

function headingLike(title: string): boolean {
  return title.length <= 90 && !SENTENCE_END.test(title.replace(/\s+$/, ''));
}

function isTableHeader(content: string, following: readonly Line[]): boolean {
  const text = content.trim();
  const next = following.filter((l) => !l.blank).slice(0, 6);
  if (next.length < 3 || next.reduce((n, l) => n + l.content.trim().length, 0) / next.length > 22)
    return false;
  if (text.length > 70 || SENTENCE_END.test(text)) return false;
  if (text.startsWith('|') && text.endsWith('|')) return true;
  const terms = TERM_WORDS.filter((re) => re.test(text)).length;
  if (terms >= 2 && /(?:구\s?분|단계|분야|영역|\(\d)/.test(text)) return true;
  return TABLE_HEAD_WORD.test(text) && text.split(/\s+/).length >= 4 && !/[,:]/.test(text);
}

/** A table body holds short cell lines; a long prose line or a new heading ends it. */
function endsTable(line: Line, cls: LineClass): boolean {
  if (line.blank) return false;
  if (cls.type === 'heading' || (cls.type === 'marker' && cls.kind !== 'item')) return true;
  const text = line.content.trim();
  if (text.startsWith('|')) return false;
  return text.length >= 28 || /다\.\s*$/.test(text);
}

export function segment(clean: CleanText): Segmented {
  const lines = splitLines(clean);
  const sections: Section[] = [];
  const blocks: Block[] = [];
  const footnoteRefs = new Map<number, number>();
  /** The last line with a starred word (`요건*`, `Partnership*`), whose note a `*` line gives. */
  let starRef = -Infinity;
  const footnotesDefined = new Set<number>();
  let sectionStack: number[] = [];
  let blockStack: { rank: number; index: number }[] = [];

  // Documents without numbered or markdown headings (news, encyclopedia text) mark headings by layout:
  // a short line on its own between blank lines.
  const plainHeadings =
    lines.filter(
      (l) => !l.blank && (CHAPTER.test(l.content) || MARKDOWN.test(l.content) || NUMBERED.test(l.content)),
    ).length < 2;
  const isPlainHeading = (line: Line) => {
    const before = lines[line.number - 2];
    const after = lines[line.number];
    const text = line.content.trim();
    return (
      (before === undefined || before.blank) &&
      (after === undefined || after.blank) &&
      text.length <= 40 &&
      !/[.!?。,:;다]$/.test(text) &&
      !/^[([“"'‘]/.test(text) &&
      !/^[-–•∙·▪►‣*□■◆◇ㅇ○◦❍\d]/.test(text)
    );
  };
  const memo = new Map<Line, LineClass>();
  const classify = (line: Line): LineClass => {
    let cls = memo.get(line);
    if (!cls) {
      cls = classifyOnce(line);
      memo.set(line, cls);
    }
    return cls;
  };
  const classifyOnce = (line: Line): LineClass => {
    if (line.blank) return { type: 'blank' };
    const c = line.content;
    let m = CHAPTER.exec(c);
    if (m && headingLike(m[2]!)) return { type: 'heading', level: 1, number: m[1], offset: c.indexOf(m[2]!) };
    m = MARKDOWN.exec(c);
    if (m) return { type: 'heading', level: m[1]!.length, number: undefined, offset: c.indexOf(m[2]!) };
    m = NUMBERED.exec(c);
    if (
      m &&
      headingLike(m[3]!) &&
      (m[1]!.includes('.') || m[2] === '.') &&
      !/^\d+\.\d+\s*[%만억조원]/.test(c)
    ) {
      const parts = m[1]!.split('.').length;
      return { type: 'heading', level: 1 + parts, number: m[1], offset: c.indexOf(m[3]!, m[1]!.length) };
    }
    m = CIRCLED.exec(c);
    if (m) {
      if (headingLike(m[2]!) && m[2]!.length <= 40 && !/[:：]/.test(m[2]!)) {
        return { type: 'heading', level: 0, number: m[1], offset: c.indexOf(m[2]!) };
      }
      return { type: 'marker', kind: 'list', marker: m[1]!, rank: 3, offset: c.indexOf(m[2]!) };
    }
    m = TOPIC.exec(c);
    if (m) return { type: 'marker', kind: 'topic', marker: c[0]!, rank: 1, offset: c.indexOf(m[1]!) };
    m = SUBTOPIC.exec(c);
    if (m) return { type: 'marker', kind: 'subtopic', marker: c[0]!, rank: 2, offset: c.indexOf(m[1]!) };
    if (isTableHeader(c, lines.slice(line.number, line.number + 12))) return { type: 'table' };
    m = LIST.exec(c);
    if (m) {
      const n = Number(m[1] ?? m[2] ?? 0);
      const offset = c.indexOf(m[4]!);
      const refLine = footnoteRefs.get(n);
      if (m[1] && refLine !== undefined && line.number - refLine <= 60 && !footnotesDefined.has(n)) {
        footnotesDefined.add(n);
        return { type: 'marker', kind: 'footnote', marker: `${n})`, rank: 0, offset };
      }
      return { type: 'marker', kind: 'list', marker: c.slice(0, c.indexOf(' ')), rank: 3, offset };
    }
    m = BULLET.exec(c);
    // `* (배터리 광물) …`, `* Mineral Security Partnership : …` after a starred word: the star's note.
    if (m?.[1] === '*' && m[2] !== undefined && line.number - starRef <= 30)
      return { type: 'marker', kind: 'footnote', marker: '*', rank: 0, offset: c.indexOf(m[2]) };
    if (m && (m[2] !== undefined || c.length === 1 || /^[-–•]\s*$/.test(c))) {
      if (m[1] === '-' && /^-\S/.test(c)) return { type: 'text' };
      return {
        type: 'marker',
        kind: 'item',
        marker: m[1]!,
        rank: 4,
        offset: m[2] ? c.indexOf(m[2]) : c.length,
      };
    }
    // A chronology writes one event a line, each opening with its date: each line is an item of its own.
    const dated = (l: Line | undefined) => l !== undefined && !l.blank && DATED.test(l.content);
    if (dated(line) && (dated(lines[line.number - 2]) || dated(lines[line.number])))
      return { type: 'marker', kind: 'item', marker: '', rank: 4, offset: 0 };
    if (plainHeadings && isPlainHeading(line))
      return { type: 'heading', level: 2, number: undefined, offset: 0, plain: true };
    return { type: 'text' };
  };

  const noteFootnoteRefs = (line: Line) => {
    for (const m of line.content.matchAll(FOOTNOTE_MARK)) footnoteRefs.set(Number(m[1]), line.number);
    if (STAR_MARK.test(line.content)) starRef = line.number;
  };

  const currentSection = () => sectionStack.at(-1);

  const addBlock = (
    kind: BlockKind,
    marker: string,
    span: Span,
    line: number,
    rank: number,
    table?: TableRegion,
  ) => {
    const index = blocks.length;
    let parent: number | undefined;
    if (kind === 'footnote') parent = undefined;
    else if (kind === 'paragraph' || kind === 'table') {
      const open = [...blockStack].reverse().find((b) => b.rank <= 3);
      parent = open?.index;
    } else {
      while (blockStack.length > 0 && blockStack.at(-1)!.rank >= rank) blockStack.pop();
      parent = blockStack.at(-1)?.index;
      blockStack.push({ rank, index });
    }
    const block: Block = { index, kind, marker, span, section: currentSection(), parent, line };
    if (table) block.table = table;
    blocks.push(block);
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const cls = classify(line);
    if (cls.type === 'blank') {
      i++;
      continue;
    }
    if (cls.type === 'table') {
      const header = joinLines(clean, [line]);
      const body: Line[] = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const next = lines[j]!;
        const cls = next.blank ? ({ type: 'blank' } as const) : classify(next);
        if (endsTable(next, cls.type === 'heading' && cls.plain ? { type: 'text' } : cls)) break;
        body.push(next);
      }
      while (body.length > 0 && body.at(-1)!.blank) body.pop();
      const all = [line, ...body.filter((l) => !l.blank)];
      addBlock('table', '', joinLines(clean, all, undefined, 'cells'), line.number, 5, {
        header,
        lines: body,
      });
      i = j;
      continue;
    }
    // Collect the block's lines.
    const group: Line[] = [line];
    noteFootnoteRefs(line);
    const titleLike = cls.type === 'heading' || (cls.type === 'marker' && cls.rank <= 2);
    let j = i + 1;
    while (j < lines.length) {
      const prev = group.at(-1)!;
      let k = j;
      let blanks = 0;
      while (k < lines.length && lines[k]!.blank) {
        k++;
        blanks++;
      }
      if (k >= lines.length) break;
      const next = lines[k]!;
      const nextCls = classify(next);
      if (nextCls.type !== 'text') break;
      const prevText = prev.content.trimEnd();
      const wordContinues = CONTINUES_WORD.test(next.content);
      if (blanks === 0) {
        if (titleLike && !prev.trailingSpace && !wordContinues) break;
        // `산업 분야 운수장비업` / `창립 2000년 10월 23일`: short lines one under another are fields, not wrapped prose.
        if (
          cls.type === 'text' &&
          !prev.trailingSpace &&
          fieldLine(prevText) &&
          fieldLine(next.content.trimEnd()) &&
          !wordContinues &&
          !WRAPS_ON.test(prevText)
        )
          break;
        // `역사` / `현대자동차는 …`: a lone word or two over prose is its heading, not the start of a wrapped line.
        if (
          cls.type === 'text' &&
          (group.length === 1 || /[.!?。다]$/.test(group.at(-2)!.content.trimEnd())) &&
          !prev.trailingSpace &&
          prevText.length <= 12 &&
          prevText.split(/\s+/).length <= 2 &&
          // `정부는 반도체 산업의` / `경쟁력을 …`: a line that ends in a particle goes on in the next.
          !/[가-힣][은는이가을를의에와과도로]$/.test(prevText) &&
          next.content.trimEnd().length > 30 &&
          !wordContinues &&
          !/[.!?。,:;·(\-/&다]$/.test(prevText)
        )
          break;
        if (cls.type === 'marker' && /[.!?。]$/.test(prevText)) break;
        if (
          cls.type === 'marker' &&
          !prev.trailingSpace &&
          !wordContinues &&
          /^\s/.test(clean.text.slice(next.start, next.end))
        )
          break;
      } else if (blanks > 1) {
        break;
      } else if (
        !(
          (prev.trailingSpace && !/[.!?。]$/.test(prevText)) ||
          (wordContinues &&
            (!next.content.startsWith('(') ||
              (/^\([^)=]{1,30}\)/.test(next.content) &&
                !labelsParagraph(
                  next.content,
                  line.content.slice(cls.type === 'marker' ? cls.offset : 0),
                )))) ||
          WRAPS_ON.test(prevText)
        )
      ) {
        break;
      }
      group.push(next);
      noteFootnoteRefs(next);
      j = k + 1;
    }
    const offset = cls.type === 'heading' || cls.type === 'marker' ? cls.offset : 0;
    const span = trimSpan(joinLines(clean, group, line.contentStart + offset));
    if (cls.type === 'heading') {
      let level = cls.level;
      if (level === 0) {
        const parentLevel = sectionStack.length > 0 ? sections[sectionStack.at(-1)!]!.level : 1;
        const circledParent = [...sectionStack]
          .reverse()
          .find((s) => sections[s]!.number?.match(/^[\u2460-\u2473]$/));
        level = circledParent !== undefined ? sections[circledParent]!.level : parentLevel + 1;
      }
      while (sectionStack.length > 0 && sections[sectionStack.at(-1)!]!.level >= level) sectionStack.pop();
      sections.push({
        ordinal: sections.length,
        number: cls.number,
        title: span,
        level,
        parent: sectionStack.at(-1),
      });
      sectionStack.push(sections.length - 1);
      blockStack = [];
    } else if (cls.type === 'marker') {
      addBlock(cls.kind, cls.marker, span, line.number, cls.rank);
    } else {
      addBlock('paragraph', '', span, line.number, 5);
    }
    if (sectionStack.length === 0 && cls.type !== 'heading') sectionStack = [];
    i = j;
  }
  return { sections, blocks };
}

/** The section ordinals from the outermost to `ordinal`. */
export function sectionPath(sections: readonly Section[], ordinal: number | undefined): number[] {
  const path: number[] = [];
  for (let s = ordinal; s !== undefined; s = sections[s]!.parent) path.unshift(s);
  return path;
}

/** The block's structural ancestors from the innermost outwards. */
export function ancestors(blocks: readonly Block[], block: Block): Block[] {
  const out: Block[] = [];
  for (let p = block.parent; p !== undefined; p = blocks[p]!.parent) out.push(blocks[p]!);
  return out;
}

export { subSpan };
