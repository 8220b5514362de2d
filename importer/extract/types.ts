/** What a source format is read as. */
export type SourceFormat = 'pdf' | 'markdown' | 'html' | 'text';

/** The text a source yields, which is stored as the document's text and which every evidence offset points into. */
export interface Extracted {
  format: SourceFormat;
  text: string;
  /** PDF only: `pageStarts[i]` is the offset in `text` where page i + 1 begins. */
  pageStarts?: number[];
  warnings: string[];
  /** A title the source declares (PDF metadata, HTML `<title>`). */
  title?: string;
}

/** The 1-based page holding `offset`, from a page-start map. */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
