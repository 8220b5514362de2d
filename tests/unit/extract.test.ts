import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GraphError } from '../../graph/errors';
import type { Evidence, GraphDocument } from '../../graph/model';
import { extractSource, sniffFormat } from '../../importer/extract/index';
import { extractPdf } from '../../importer/extract/pdf';
import { importSource } from '../../importer/index';
import {
  type Block,
  type FixturePage,
  FLOWING,
  footerFor,
  makePdf,
  ONE_COLUMN,
  ONE_COLUMN_TEXT,
  REPORT,
  REPORT_PARAGRAPHS,
  REPORT_TITLE,
  RUNNING_HEADER,
  THREE_COLUMNS,
} from '../fixtures/pdf';

// Imports load the language analysers (the Korean dictionary) and pdf.js, in a worker too: slow on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const utf8 = (s: string) => new TextEncoder().encode(s);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphError) return error.code;
    throw error;
  }
  throw new Error('expected a GraphError');
}

function evidenceOf(graph: GraphDocument): Evidence[] {
  return [...graph.nodes.flatMap((n) => n.mentions), ...graph.edges.flatMap((e) => e.evidence)];
}

let report: Uint8Array;

beforeAll(async () => {
  report = await makePdf(REPORT);
});

describe('reading a PDF', () => {
  it('reads two columns in order, joins broken lines and keeps table rows', async () => {
    const { text } = await extractPdf(report, 'report.pdf');
    expect(text).toBe(`${REPORT_PARAGRAPHS.join('\n\n')}\n`.replace(/(\t[^\n]*)\n\n(?=[^\n]*\t)/g, '$1\n'));
    expect(text).toContain('자리잡고');
    expect(text).toContain('tax credits to');
    expect(text).toContain('반도체\tR&D 투자 확대\t인력 양성\n배터리');
  });

  it('joins the lines of a one-column page into paragraphs', async () => {
    const { text, pageStarts } = await extractPdf(await makePdf(ONE_COLUMN), 'one.pdf');
    expect(text).toBe(`${ONE_COLUMN_TEXT}\n`);
    expect(pageStarts).toEqual([0, text.indexOf('EU는')]);
  });

  it('joins a Korean word cut at a line end as the document writes it elsewhere, and keeps two words apart', async () => {
    const page = (lines: string[]) => ({ top: [{ kind: 'paragraph' as const, lines }], left: [], right: [] });
    const pdf = await makePdf([
      page([
        '수출은 여전히 크고 글로벌 환경 변화도 크며 반도체 산업의 비중이 가장 높은 편이다. 반도체 수출은 글로벌',
        '환경 변화와 함께 여',
        '전히 증가하고 있다.',
      ]),
    ]);
    const { text } = await extractPdf(pdf, 'words.pdf');
    expect(text).toContain('수출은 글로벌 환경 변화와 함께 여전히 증가하고 있다.');
  });

  describe('Korean line breaks read from the morphemes of the joined word', () => {
    const read = async (...paragraphs: string[][]) =>
      (
        await extractPdf(
          await makePdf([
            { top: paragraphs.map((lines) => ({ kind: 'paragraph' as const, lines })), left: [], right: [] },
          ]),
          'morphemes.pdf',
        )
      ).text;

    it('attaches a particle or an ending, and joins a morpheme cut in two', async () => {
      const text = await read(
        ['한국 기업은 미국과 유럽의 보호무역 정책이 강화되는 어려운 상황에', '서 새로운 수출 시장을 찾는다.'],
        ['정부는 첨단 산업의 경쟁력을 높이고 수출 시장을 넓히기 위해 투자를 확대해', '야 한다.'],
        ['바이오 산업은 신약과 복제약 개발에서 성장하고 있으며 특히 바이', '오시밀러 수출이 늘었다.'],
      );
      expect(text).toContain('상황에서 새로운');
      expect(text).toContain('확대해야 한다.');
      expect(text).toContain('바이오시밀러 수출이');
    });

    it('parts after an ending, before a verb after a bound noun, and before a conjunction', async () => {
      const text = await read(
        ['정부는 글로벌 공급망 변화와 보호무역 강화에 효과적으로 대응하기', '위해 협력을 늘린다.'],
        ['기업은 정부의 지원을 받아 새로운 기술을 빠르게 상용화할 수', '있다.'],
        ['정부는 공급망 안정과 규제 샌드박스의 활성화', '및 세제 지원을 추진한다.'],
      );
      expect(text).toContain('대응하기 위해');
      expect(text).toContain('상용화할 수 있다.');
      expect(text).toContain('활성화 및 세제');
    });

    it('parts two nouns the document writes as words of their own, and joins a compound it does not', async () => {
      const text = await read(
        ['기업은 핵심을 지키고 공급망을 넓히며 광물을 확보한다. 정부는 리튬 등 핵심', '광물 확보를 돕는다.'],
        [
          '울산과 여수의 정유 공장과 관련 기업들은 새로운 설비 투자를 크게 늘리고 있으며 석유',
          '화학 제품 수출을 늘린다.',
        ],
      );
      expect(text).toContain('핵심 광물 확보를');
      expect(text).toContain('석유화학 제품');
    });

    it('sets a symbol at a line end as the document sets it inside lines', async () => {
      const task = '주요 과제는 정책 지원과 기술 개발과 인력 양성이며, 중점 과제로는';
      const close = await read([`${task} ▲정책 지원 ▲기술 개발 ▲`, '한국 기업의 진출 지원이 있다.']);
      expect(close).toContain('▲한국 기업의');
      const apart = await read([`${task} ▲ 정책 지원 ▲ 기술 개발 ▲`, '한국 기업의 진출 지원이 있다.']);
      expect(apart).toContain('▲ 한국 기업의');
    });
  });

  it('keeps the line breaks of a stack of short lines, and joins the two short lines of a paragraph', async () => {
    const pdf = await makePdf([
      {
        top: [
          { kind: 'paragraph', lines: ['Battery makers', 'Chip makers', 'Steel makers', 'Shipyards'] },
          { kind: 'paragraph', lines: ['The EU secures lithium', 'for its battery makers.'] },
        ],
        left: [],
        right: [],
      },
    ]);
    const { text } = await extractPdf(pdf, 'stack.pdf');
    expect(text).toContain('Battery makers \nChip makers \nSteel makers \nShipyards\n\n');
    expect(text).toContain('The EU secures lithium for its battery makers.\n');
  });

  it('reads three columns left to right, page by page', async () => {
    const { text } = await extractPdf(await makePdf(THREE_COLUMNS), 'three.pdf');
    const page = (n: number) => [
      `${n}. Supply chains`,
      `Page ${n} column one says the EU secures lithium and nickel for its battery makers.`,
      `Page ${n} column two says that Korea invests in battery recycling and in new plants.`,
      `Page ${n} column three says the United States funds chips made in Arizona and Ohio.`,
    ];
    expect(text).toBe(`${[...page(1), ...page(2)].join('\n\n')}\n`);
  });

  it('continues a paragraph that fills its column at the top of the next column', async () => {
    const { text } = await extractPdf(await makePdf(FLOWING), 'flow.pdf');
    const paragraph =
      'The Critical Raw Materials Act of the EU sets targets for lithium and nickel, cobalt and rare earths by 2030, and it asks members to recycle more of them.';
    expect(text).toBe(`${paragraph}\n\n${paragraph}\n`);
  });

  describe('paragraph breaks', () => {
    const FULL = 'The Inflation Reduction Act of 2022 gives tax credits to clean energy and to electric';
    const page = (...top: Block[]): FixturePage => ({ top, left: [], right: [] });
    const paragraph = (lines: string[], more: { indent?: number; after?: number } = {}): Block => ({
      kind: 'paragraph',
      lines,
      ...more,
    });
    // On a single page nothing shows the running header repeats: it stays as the first paragraph.
    const read = async (pages: FixturePage[]) =>
      (await extractPdf(await makePdf(pages), 'breaks.pdf')).text.replace(`${RUNNING_HEADER}\n\n`, '');

    it('breaks at a gap wider than the line pitch, even after a line that runs to the edge', async () => {
      const text = await read([
        page(paragraph([FULL], { after: 0.8 }), paragraph(['vehicles made in America.'])),
      ]);
      expect(text).toBe(`${FULL}\n\nvehicles made in America.\n`);
    });

    it('keeps lines one pitch apart in one paragraph, across the blocks that set them', async () => {
      const text = await read([
        page(
          paragraph(['The EU secures lithium.'], { after: 0 }),
          paragraph(['Korea invests in recycling.']),
        ),
      ]);
      expect(text).toBe('The EU secures lithium. Korea invests in recycling.\n');
    });

    it('breaks before an indented first line one pitch below', async () => {
      const text = await read([
        page(
          paragraph(['The EU secures lithium.'], { after: 0 }),
          paragraph(['Korea invests.'], { indent: 12 }),
        ),
      ]);
      expect(text).toBe('The EU secures lithium.\n\nKorea invests.\n');
    });

    it('continues with an indented line after a line that ran to the edge without a stop', async () => {
      const text = await read([
        page(paragraph([FULL], { after: 0 }), paragraph(['vehicles made in America.'], { indent: 12 })),
      ]);
      expect(text).toBe(`${FULL} vehicles made in America.\n`);
    });

    it('continues on the next page a paragraph that the width broke at the end of the page', async () => {
      const text = await read([page(paragraph([FULL])), page(paragraph(['vehicles made in America.']))]);
      expect(text).toBe(`${FULL} vehicles made in America.\n`);
    });

    it('starts a new paragraph on the next page after a stop or a line short of the edge', async () => {
      const stopped = `${FULL.slice(0, -9)}vehicles.`;
      expect(await read([page(paragraph([stopped])), page(paragraph(['Korea invests in recycling.']))])).toBe(
        `${stopped}\n\nKorea invests in recycling.\n`,
      );
      const short = await read([
        page(paragraph([FULL]), paragraph(['The EU secures lithium and'])),
        page(paragraph(['Korea invests in recycling.'])),
      ]);
      expect(short).toBe(`${FULL}\n\nThe EU secures lithium and\n\nKorea invests in recycling.\n`);
    });
  });

  it('drops the running header, the footer and the page numbers', async () => {
    const { text } = await extractPdf(report, 'report.pdf');
    expect(text).not.toContain(RUNNING_HEADER);
    expect(text).not.toContain('Trade Balance Report');
    expect(text).not.toContain(footerFor(1));
    expect(text).not.toMatch(/-\s*2\s*-/);
  });

  it('records where each page starts in the extracted text', async () => {
    const { text, pageStarts } = await extractPdf(report, 'report.pdf');
    expect(pageStarts).toHaveLength(2);
    expect(pageStarts?.[0]).toBe(0);
    expect(text.slice(pageStarts?.[1])).toMatch(/^Ⅱ\. 주요국 정책/);
  });

  it('stores the extracted text, quotes every passage from it exactly and gives each its page', async () => {
    const graph = await importSource(report, { path: 'report.pdf', importedAt: '2026-01-01T00:00:00Z' });
    const { text } = await extractPdf(report, 'report.pdf');
    expect(graph.text).toBe(text);
    expect(graph.document.chars).toBe(text.length);
    expect(graph.document.bytes).toBe(report.length);
    expect(graph.document.title).toBe(REPORT_TITLE);
    const evidence = evidenceOf(graph);
    expect(evidence.length).toBeGreaterThan(5);
    const page2 = text.indexOf('Ⅱ. 주요국 정책');
    for (const e of evidence) {
      expect(e.quote).toBe(graph.text.slice(e.start, e.end));
      expect(e.page).toBe(e.start >= page2 ? 2 : 1);
    }
    const crma = graph.nodes.find((n) => n.mentions.some((m) => m.quote.includes('핵심원자재법')));
    expect(crma?.mentions.find((m) => m.quote.includes('핵심원자재법'))?.page).toBe(2);
    const ira = graph.nodes.find((n) => n.id === 'policy:us-ira');
    expect(ira?.mentions.every((m) => m.page === 1)).toBe(true);
  });

  it('refuses an encrypted PDF with ENCRYPTED_PDF', async () => {
    const locked = await makePdf(REPORT, { userPassword: 'secret' });
    expect(await codeOf(extractSource(locked, 'locked.pdf'))).toBe('ENCRYPTED_PDF');
  });

  it('refuses a PDF without a text layer with NO_TEXT_LAYER', async () => {
    const scan = await makePdf(REPORT, { noTextLayer: true });
    expect(await codeOf(extractSource(scan, 'scan.pdf'))).toBe('NO_TEXT_LAYER');
  });

  it('refuses a file that starts like a PDF but is none with INVALID_PDF', async () => {
    expect(await codeOf(extractSource(utf8('%PDF-1.7\nnot really a pdf\n'), 'broken.pdf'))).toBe(
      'INVALID_PDF',
    );
  });
});

describe('reading Markdown and HTML', () => {
  it('keeps Markdown headings and list items and drops the markup', async () => {
    const source =
      '# 주요국 정책\n\n미국의 **인플레이션 감축법**은 [배터리](https://example.org) 산업을 지원한다.\n\n- 첫째, `CHIPS Act`\n- 둘째, EU의 *CRMA*\n\n1. one\n2. two\n';
    const { text, format } = await extractSource(utf8(source), 'report.md');
    expect(format).toBe('markdown');
    expect(text).toBe(
      '# 주요국 정책\n\n미국의 인플레이션 감축법은 배터리 산업을 지원한다.\n\n- 첫째, CHIPS Act\n\n- 둘째, EU의 CRMA\n\n1. one\n\n2. two\n',
    );
  });

  it('keeps HTML headings, lists and table rows, and drops tags, scripts and styles', async () => {
    const source =
      '<!doctype html><html><head><title>t</title><style>p{}</style></head><body><h2>주요국 &amp; 정책</h2>' +
      '<p>미국의 <b>인플레이션 감축법</b>은<br>배터리를 지원한다.</p><script>alert(1)</script>' +
      '<ul><li>첫째</li><li>둘째</li></ul><table><tr><th>구분</th><th>단기</th></tr><tr><td>반도체</td><td>R&amp;D</td></tr></table></body></html>';
    const { text, format, title } = await extractSource(utf8(source), 'upload.bin');
    expect(format).toBe('html');
    expect(title).toBe('t');
    expect(text).toBe(
      '## 주요국 & 정책\n\n미국의 인플레이션 감축법은 배터리를 지원한다.\n\n- 첫째\n\n- 둘째\n\n구분\t단기\n\n반도체\tR&D\n',
    );
  });

  it('imports Markdown with every evidence quote taken from the stored text', async () => {
    const source = '# 미국의 정책\n\n미국의 **인플레이션 감축법**(IRA)은 전기차 배터리 산업을 지원한다.\n';
    const graph = await importSource(utf8(source), { path: 'ira.md' });
    expect(graph.text).not.toContain('**');
    const evidence = evidenceOf(graph);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      expect(e.quote).toBe(graph.text.slice(e.start, e.end));
      expect(e.page).toBeUndefined();
    }
  });
});

describe('telling formats apart by their bytes', () => {
  it('reads PDF bytes as a PDF whatever the file is called', () => {
    expect(sniffFormat(report, 'notes.txt')).toBe('pdf');
  });

  it('refuses images and office files with UNSUPPORTED_TYPE', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(() => sniffFormat(png, 'report.pdf')).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_TYPE' }),
    );
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(() => sniffFormat(zip, 'report.docx')).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_TYPE' }),
    );
  });

  it('reads HTML by its first tag and Markdown only when the name says so', () => {
    expect(sniffFormat(utf8('  <!DOCTYPE html><p>x</p>'), 'a.txt')).toBe('html');
    expect(sniffFormat(utf8('# Title\n\ntext'), 'a.md')).toBe('markdown');
    expect(sniffFormat(utf8('# Title\n\ntext'), 'a.txt')).toBe('text');
  });
});
