import { extname } from 'node:path';
import { GraphError } from '../../graph/errors';
import { decodeSource } from '../read';
import { extractHtml } from './html';
import { extractMarkdown } from './markdown';
import { extractPdf } from './pdf';
import type { Extracted, SourceFormat } from './types';

export { type Extracted, pageAt, type SourceFormat } from './types';

/** Signatures of files that are surely no report text: images, archives (DOCX, HWPX), OLE (DOC, HWP), gzip. */
const BINARY_SIGNATURES: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (DOCX, HWPX, …)', [0x50, 0x4b, 0x03, 0x04]],
  ['an OLE file (DOC, HWP, XLS)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a gzip file', [0x1f, 0x8b]],
];

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** `%PDF-` within the first KiB, where readers look for it. */
function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString(
    'latin1',
  );
  return head.includes('%PDF-');
}

const HTML_START =
  /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|h[1-6]|p|div|table)[\s>/]/i;
const MARKDOWN_NAMES = new Set(['.md', '.markdown', '.mdown', '.mkd']);

export interface SniffHints {
  /** A file name, for Markdown (which bytes cannot tell from plain text). */
  name?: string;
  /** A declared media type (an upload's), used only for Markdown as well. */
  mediaType?: string;
}

/**
 * The format of a source, from its bytes: PDF by its signature, HTML by its first tag, known binary formats
 * refused with UNSUPPORTED_TYPE; other text is Markdown when the name or media type says so, else plain text.
 */
export function sniffFormat(bytes: Uint8Array, path: string, hints: SniffHints = {}): SourceFormat {
  if (isPdf(bytes)) return 'pdf';
  for (const [what, signature] of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature))
      throw new GraphError(
        'UNSUPPORTED_TYPE',
        `${path}: is ${what}; import PDF, plain text, Markdown or HTML`,
        { file: path },
      );
  }
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (HTML_START.test(head)) return 'html';
  const name = hints.name ?? path;
  if (
    MARKDOWN_NAMES.has(extname(name).toLowerCase()) ||
    /^text\/(?:x-)?markdown\b/i.test(hints.mediaType ?? '')
  )
    return 'markdown';
  return 'text';
}

/** The text of a source in any supported format; text formats are decoded strictly first (see `decodeSource`). */
export async function extractSource(
  bytes: Uint8Array,
  path: string,
  hints: SniffHints = {},
): Promise<Extracted> {
  const format = sniffFormat(bytes, path, hints);
  if (format === 'pdf') return extractPdf(bytes, path);
  const source = decodeSource(bytes, path);
  if (format === 'text') return { format, text: source.text, warnings: [] };
  const extracted = format === 'html' ? extractHtml(source.text) : extractMarkdown(source.text);
  if (!/[\p{L}\p{N}]/u.test(extracted.text))
    throw new GraphError(
      'EMPTY_INPUT',
      `${path}: the ${format === 'html' ? 'HTML' : 'Markdown'} holds no text`,
      {
        file: path,
      },
    );
  return extracted;
}
