// PDF text extraction: pdf.js (what the importer uses) against poppler's pdftotext, on the same two-column
// Korean report made from the sample with pdfkit and the Nanum fonts; then pdf.js throughput (MB/s, pages/s)
// on that report and on the test fixtures. `npm run bench -- pdf`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { extractPdf } from '../importer/extract/pdf';
import {
  type FixturePage,
  FLOWING,
  makePdf,
  NANUM,
  ONE_COLUMN,
  REPORT,
  RUNNING_HEADER,
  sampleText,
  THREE_COLUMNS,
} from '../tests/fixtures/pdf';
import { type Spread, spread } from './stats';

const THROUGHPUT_RUNS = 10;

/** The sample's paragraphs (blank-line separated, lines joined) set in two columns, header and footer on every page. */
async function samplePdf(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 70, bottom: 70, left: 50, right: 50 },
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('nanum', readFileSync(NANUM)).font('nanum').fontSize(10);
  doc.text(paragraphs.join('\n\n'), 50, 70, { columns: 2, columnGap: 24, width: 495 });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.fontSize(8).text(RUNNING_HEADER, 50, 25, { lineBreak: false });
    doc.fontSize(8).text(`- ${i + 1} -`, 287, 807, { lineBreak: false });
  }
  doc.end();
  return done;
}

/** How many of the paragraphs' 12-character openings (spaces ignored) appear, and how many follow the one before. */
function order(text: string, paragraphs: string[]): { found: number; inOrder: number } {
  const flat = text.replace(/\s+/g, '');
  let found = 0;
  let inOrder = 0;
  let last = -1;
  for (const p of paragraphs) {
    const key = p.replace(/\s+/g, '').slice(0, 12);
    if (!flat.includes(key)) continue;
    found++;
    // The next occurrence after the previous paragraph: the sample repeats some openings.
    const at = flat.indexOf(key, last + 1);
    if (at !== -1) {
      inOrder++;
      last = at;
    } else if (process.env.KG_BENCH_VERBOSE) console.log(`  out of order: ${key}`);
  }
  return { found, inOrder };
}

const hangul = (s: string) => (s.match(/[\uAC00-\uD7A3]/g) ?? []).length;

export async function run(): Promise<void> {
  const paragraphs = sampleText()
    .replace(/\uFFFD/g, '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 20);
  const pdf = await samplePdf(paragraphs);
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-pdf-'));
  const file = join(dir, 'sample.pdf');
  writeFileSync(file, pdf);
  const expected = hangul(paragraphs.join(''));
  console.log(
    `sample as PDF: ${(pdf.length / 1024).toFixed(0)} KiB, ${paragraphs.length} paragraphs, ${expected} Hangul syllables`,
  );

  await extractPdf(pdf, file); // loads pdf.js once
  const rows: [string, number, string][] = [];
  let t = performance.now();
  const pdfjs = await extractPdf(pdf, file);
  rows.push(['pdf.js (importer/extract/pdf.ts)', performance.now() - t, pdfjs.text]);
  t = performance.now();
  const poppler = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (poppler.error) console.log('pdftotext: not installed (Debian: apt-get install poppler-utils); skipped');
  else rows.push(['pdftotext (poppler)', performance.now() - t, poppler.stdout]);
  for (const [name, ms, text] of rows) {
    const { found, inOrder } = order(text, paragraphs);
    const headers = text.split(RUNNING_HEADER).length - 1;
    const pageNumbers = (text.match(/^\s*-\s*\d+\s*-\s*$/gm) ?? []).length;
    console.log(
      `${name.padEnd(34)} ${ms.toFixed(0).padStart(5)} ms  paragraphs found ${found}/${paragraphs.length}, in order ${inOrder}  Hangul ${hangul(text)}/${expected}  running headers left ${headers}, page numbers left ${pageNumbers}`,
    );
  }
  await throughput(pdf);
}

/** pdf.js extraction speed, one extraction per run: MB/s of PDF bytes and pages/s, median (min–max). */
async function throughput(sample: Uint8Array): Promise<void> {
  const fixtures: [string, FixturePage[]][] = [
    ['fixture REPORT (2 columns, table)', REPORT],
    ['fixture ONE_COLUMN', ONE_COLUMN],
    ['fixture THREE_COLUMNS', THREE_COLUMNS],
    ['fixture FLOWING', FLOWING],
  ];
  const files: [string, Uint8Array][] = [['sample report, 2 columns', sample]];
  for (const [name, pages] of fixtures) files.push([name, await makePdf(pages)]);
  console.log(
    `\npdf.js extraction throughput, ${THROUGHPUT_RUNS} runs each, median (min–max):\n` +
      `${'PDF'.padEnd(34)} ${'KiB'.padStart(5)} ${'pages'.padStart(5)}  ${'MB/s'.padEnd(20)} pages/s`,
  );
  for (const [name, bytes] of files) {
    let pages = 0;
    const mbPerS: number[] = [];
    const pagesPerS: number[] = [];
    for (let i = 0; i < THROUGHPUT_RUNS; i++) {
      const t = performance.now();
      const extracted = await extractPdf(bytes, `${name}.pdf`);
      const seconds = (performance.now() - t) / 1000;
      pages = extracted.pageStarts?.length ?? 0;
      mbPerS.push(bytes.length / 2 ** 20 / seconds);
      pagesPerS.push(pages / seconds);
    }
    console.log(
      `${name.padEnd(34)} ${(bytes.length / 1024).toFixed(0).padStart(5)} ${String(pages).padStart(5)}  ` +
        `${range(spread(mbPerS), 2).padEnd(20)} ${range(spread(pagesPerS), 0)}`,
    );
  }
}

const range = (s: Spread, digits: number) =>
  `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
