/**
 * PDF-extraction clean-up that keeps a map back to the source: `map[i]` is the source offset of clean
 * character `i` (and `map[text.length]` is the source length), so evidence found in clean text can always
 * be quoted from the untouched source.
 */
export interface CleanText {
  text: string;
  map: Int32Array;
  warnings: string[];
}

const PAGE_NUMBER =
  /^[ \t]*(?:[-–—][ \t]*\d{1,4}[ \t]*[-–—]|\d{1,4}[ \t]*\/[ \t]*\d{1,4}|(?:page|p\.)[ \t]*\d{1,4}|\d{1,4}[ \t]*(?:쪽|페이지))[ \t]*$/i;

function isDroppedChar(code: number): boolean {
  return (
    code === 0xfeff ||
    code === 0xfffd ||
    code === 0x0d ||
    (code < 0x20 && code !== 0x0a && code !== 0x09) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200b
  );
}

export function cleanText(source: string): CleanText {
  const out: string[] = [];
  const map = new Int32Array(source.length + 1);
  let n = 0;
  let replacements = 0;
  let firstReplacementLine = 0;
  let line = 1;
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    const hasNewline = lineEnd !== -1;
    if (!hasNewline) lineEnd = source.length;
    const raw = source.slice(lineStart, lineEnd);
    if (!PAGE_NUMBER.test(raw.replace(/\r$/, ''))) {
      let runStart = lineStart;
      for (let i = lineStart; i <= lineEnd; i++) {
        const code = i < lineEnd ? source.charCodeAt(i) : -1;
        if (code !== -1 && !isDroppedChar(code)) continue;
        if (i > runStart) {
          out.push(source.slice(runStart, i));
          for (let k = runStart; k < i; k++) map[n++] = k;
        }
        runStart = i + 1;
        if (code === 0xfffd) {
          replacements++;
          if (firstReplacementLine === 0) firstReplacementLine = line;
        }
      }
      if (hasNewline) {
        out.push('\n');
        map[n++] = lineEnd;
      }
    } else if (hasNewline) {
      out.push('\n');
      map[n++] = lineEnd;
    }
    if (!hasNewline) break;
    lineStart = lineEnd + 1;
    line++;
  }
  map[n] = source.length;
  const warnings =
    replacements > 0
      ? [
          `dropped ${replacements} U+FFFD replacement character(s), first on line ${firstReplacementLine}: the source lost characters before import`,
        ]
      : [];
  return { text: out.join(''), map: map.slice(0, n + 1), warnings };
}
