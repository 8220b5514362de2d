import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Extracted } from './types';

/** Inline content as plain text: emphasis, links, images and inline code keep their words, lose their markup. */
function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    case 'html':
      return '';
    default:
      return 'children' in node ? (node as Parents).children.map(inline).join('') : '';
  }
}

const squash = (s: string) => s.replace(/[ \t]*\n[ \t]*/g, ' ').trim();

/** Blocks as lines: `#` headings and `-`/`1.` list items stay (the segmenter reads them), paragraphs are one line each. */
function blocks(node: Nodes, out: string[], indent: string): void {
  switch (node.type) {
    case 'root':
    case 'blockquote':
      for (const child of node.children) blocks(child, out, indent);
      return;
    case 'heading':
      out.push(`${'#'.repeat(node.depth)} ${squash(inline(node))}`);
      return;
    case 'paragraph': {
      const text = squash(inline(node));
      if (text) out.push(`${indent}${text}`);
      return;
    }
    case 'code':
      if (node.value.trim()) out.push(node.value);
      return;
    case 'list': {
      let n = node.start ?? 1;
      for (const item of node.children) {
        const marker = node.ordered ? `${n++}. ` : '- ';
        const [first, ...rest] = item.children;
        const lines: string[] = [];
        if (first) blocks(first, lines, '');
        out.push(`${indent}${marker}${(lines[0] ?? '').trim()}`, ...lines.slice(1));
        for (const child of rest) blocks(child, out, `${indent}  `);
      }
      return;
    }
    case 'table':
      for (const row of node.children) out.push(row.children.map((cell) => squash(inline(cell))).join('\t'));
      return;
    default:
      return;
  }
}

/** Markdown as plain text with its structure: headings, list items and paragraphs, one per line. */
export function extractMarkdown(source: string): Extracted {
  const out: string[] = [];
  blocks(fromMarkdown(source.replace(/^\uFEFF/, '')), out, '');
  return { format: 'markdown', text: `${out.join('\n\n')}\n`, warnings: [] };
}
