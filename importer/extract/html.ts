import { Parser } from 'htmlparser2';
import type { Extracted } from './types';

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'iframe',
  'object',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'figure',
  'figcaption',
  'address',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'caption',
  'body',
  'html',
]);

/**
 * HTML as plain text with its structure: `#` headings, `-`/`1.` list items, paragraphs one per line, table
 * rows one per line with tab-separated cells; tags, scripts, styles and comments dropped, entities decoded.
 */
export function extractHtml(source: string): Extracted {
  const out: string[] = [];
  let line = '';
  let prefix = '';
  let skipping = 0;
  let pre = 0;
  let cell = 0;
  const lists: { ordered: boolean; n: number }[] = [];
  let title = '';
  let inTitle = false;
  const flush = () => {
    const text = pre > 0 ? line.replace(/^\n+|\s+$/g, '') : line.replace(/\s+/g, ' ').trim();
    if (text) out.push(`${prefix}${text}`);
    line = '';
    prefix = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (SKIPPED.has(name)) skipping++;
        if (skipping > 0) return;
        if (name === 'br') {
          line += pre > 0 ? '\n' : ' ';
          return;
        }
        if (name === 'td' || name === 'th') {
          if (cell++ > 0) line += '\t';
          return;
        }
        if (!BLOCKS.has(name)) return;
        flush();
        if (name === 'pre') pre++;
        if (name === 'tr') cell = 0;
        if (name === 'ul' || name === 'ol') lists.push({ ordered: name === 'ol', n: 1 });
        if (/^h[1-6]$/.test(name)) prefix = `${'#'.repeat(Number(name[1]))} `;
        if (name === 'li') {
          const list = lists[lists.length - 1];
          prefix = `${'  '.repeat(Math.max(0, lists.length - 1))}${list?.ordered ? `${list.n++}. ` : '- '}`;
        }
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skipping > 0) return;
        line += pre > 0 ? text : text.replace(/\t/g, ' ');
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) {
          skipping = Math.max(0, skipping - 1);
          return;
        }
        if (skipping > 0 || !BLOCKS.has(name)) return;
        if (name === 'tr') {
          out.push(
            line
              .replace(/[ \n\r]+/g, ' ')
              .replace(/ ?\t ?/g, '\t')
              .trim(),
          );
          line = '';
          cell = 0;
          return;
        }
        flush();
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (name === 'ul' || name === 'ol') lists.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(source.replace(/^\uFEFF/, ''));
  parser.end();
  flush();
  const text = out.filter((l) => l.trim() !== '').join('\n\n');
  const declared = title.replace(/\s+/g, ' ').trim().slice(0, 300);
  return { format: 'html', text: `${text}\n`, warnings: [], ...(declared ? { title: declared } : {}) };
}
