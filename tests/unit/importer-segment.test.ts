import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../importer/clean';
import { segment } from '../../importer/segment';
import { parseRoadmap, roadmapTerms } from '../../importer/tables';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/reports/${name}`, import.meta.url), 'utf8');

function run(text: string) {
  const clean = cleanText(text);
  return { clean, ...segment(clean) };
}

describe('segmenting a Korean report', () => {
  const source = fixture('structure-ko.txt');
  const { sections, blocks } = run(source);

  it('finds chapters and numbered headings with their levels', () => {
    expect(sections.map((s) => [s.number, s.title.text, s.level])).toEqual([
      ['Ⅱ', '본 론', 1],
      ['3', '주요국 산업정책', 2],
      ['3.1', '주요국 산업정책 비교 분석', 3],
    ]);
    expect(sections[2]!.parent).toBe(1);
  });

  it.each([
    ['topic', '□', '미국: 첨단산업 육성을 위한 보호무역 정책'],
    ['footnote', '3)', '미국, 상무부 (2024)'],
    ['subtopic', 'ㅇ', 'CHIPS and Science Act(2022)'],
    [
      'item',
      '-',
      '미국 내 반도체 제조 능력을 강화하고, 중국과의 기술 패권 경쟁에서 우위를 점하기 위해 도입된 법안',
    ],
    ['item', '-', '520억 달러 규모의 보조금 및 세금 혜택 제공'],
    ['subtopic', 'ㅇ', '한국에 주는 시사점'],
    ['list', '1)', '기술혁신 및 R&D 투자 확대'],
    ['item', '•', '반도체: AI 반도체, 차세대 시스템 반도체 연구개발'],
  ])('reads a %s block marked %s', (kind, marker, text) => {
    expect(blocks.find((b) => b.span.text === text)).toMatchObject({ kind, marker });
  });

  it('reads a star line after a starred word as that word’s note, and other star lines as items', () => {
    const noted = run(
      'ㅇ 보조금은 요건*을 충족하는 경우에 지급된다.\n* (배터리 광물) 북미에서 재활용\n',
    ).blocks;
    expect(noted.find((b) => b.span.text.startsWith('(배터리'))).toMatchObject({ kind: 'footnote' });
    const inWord = run('ㅇ 실질 가격은 40% 인하*되는 효과가 있다.\n\n* 평균 가격은 $18,500\n').blocks;
    expect(inWord.find((b) => b.span.text.startsWith('평균'))).toMatchObject({ kind: 'footnote' });
    const listed = run('Steps:\n* Raise tariffs on steel\n* Fund batteries\n').blocks;
    expect(listed.find((b) => b.span.text.startsWith('Raise'))).toMatchObject({ kind: 'item' });
  });

  it('reads each dated line of a chronology as an item, but not one dated line of prose', () => {
    const chronology = run(
      '연혁\n\n1999년 4월 현대자동차, 현대자동차써비스 주식회사 흡수 합병\n2015년 6월 현대제철, SPP율촌에너지 인수 완료\n',
    ).blocks;
    expect(chronology.filter((b) => b.kind === 'item').map((b) => b.span.text)).toEqual([
      '1999년 4월 현대자동차, 현대자동차써비스 주식회사 흡수 합병',
      '2015년 6월 현대제철, SPP율촌에너지 인수 완료',
    ]);
    const prose = run(
      '2010년 현대 일관제철소의 준공으로 현대자동차그룹은\n수직계열화를 완성시켰다.\n',
    ).blocks;
    expect(prose.map((b) => b.kind)).toEqual(['paragraph']);
  });

  it('keeps short field lines one under another apart, and joins wrapped prose', () => {
    const fields = run('대우조선해양\n\n산업 분야 조선\n창립 2000년 10월 23일\n국가 대한민국\n').blocks;
    const texts = fields.map((b) => b.span.text);
    for (const field of ['산업 분야 조선', '창립 2000년 10월 23일', '국가 대한민국'])
      expect(texts).toContain(field);
    const prose = run(
      '정부는 반도체 산업의 경쟁력을 높이기 위해 세액공제를 확대하고\n인력 양성 지원을 강화하기로 하였다.\n',
    ).blocks;
    expect(prose).toHaveLength(1);
  });

  it('keeps a lone heading word over prose apart from it, and puts a space after a line that ends in &', () => {
    const texts = run(
      '현대자동차는 자동차 업체이다.\n역사\n현대자동차는 1967년 포드와의 합작 회사로 처음 세워졌다.\n',
    ).blocks.map((b) => b.span.text);
    expect(texts.some((t) => t.includes('역사현대자동차') || t.includes('역사 현대자동차'))).toBe(false);
    expect(texts).toContain('현대자동차는 1967년 포드와의 합작 회사로 처음 세워졌다.');
    const wrapped = run(
      '정부는 반도체 산업의\n경쟁력을 높이기 위해 세액공제를 확대하고 인력 양성을 지원한다.\n',
    ).blocks;
    expect(wrapped).toHaveLength(1);
    const name = run('DAEWOO SHIPBUILDING &\nMARINE ENGINEERING Co., Ltd.\n').blocks.map((b) => b.span.text);
    expect(name).toEqual(['DAEWOO SHIPBUILDING & MARINE ENGINEERING Co., Ltd.']);
  });

  it('starts a paragraph at a parenthesised label after a blank line, and joins a gloss of the word above', () => {
    const texts = (text: string) => run(text).blocks.map((b) => b.span.text);
    expect(
      texts(
        '* 해외진출 사례 : (인도) 조선소 건설 협력 MoU 등\n\n(과제⑤ : MASGA 프로젝트) MASGA는 협력성과 발굴에 주력한다.\n',
      ),
    ).toEqual([
      '해외진출 사례 : (인도) 조선소 건설 협력 MoU 등',
      '(과제⑤ : MASGA 프로젝트) MASGA는 협력성과 발굴에 주력한다.',
    ]);
    expect(texts('* (수은) 대출한도 최대 10%p 확대\n\n(무보) 보험료 최대 20% 할인\n')).toEqual([
      '(수은) 대출한도 최대 10%p 확대',
      '(무보) 보험료 최대 20% 할인',
    ]);
    expect(texts('- 조선사 : (대형) 한화오션 대표\n\n(중형) 대한조선, 케이조선\n')).toEqual([
      '조선사 : (대형) 한화오션 대표',
      '(중형) 대한조선, 케이조선',
    ]);
    expect(texts('- 전고체 배터리 연구개발\n\n(R&D) 투자 확대\n')).toEqual([
      '전고체 배터리 연구개발(R&D) 투자 확대',
    ]);
  });

  it('ends a subtitle at a spaced dash before a blank line, and joins a word hyphenated across one', () => {
    const subtitle = run(
      '통상교섭본부장, EU 통상집행위원 면담 계기 철강 수입 규제 등 관련 우려 전달 -\n\n멕시코 관세인상·USMCA 재협상 촉각, 한-멕 FTA 등 협의 -\n\n<통상교섭본부장, EU 통상집행위원 면담 계기 철강 수입 규제 등 관련 우려 전달>\n',
    );
    expect(subtitle.sections.map((s) => s.title.text)).toEqual([
      '멕시코 관세인상·USMCA 재협상 촉각, 한-멕 FTA 등 협의 -',
    ]);
    expect(subtitle.blocks.map((b) => b.span.text)).toContain(
      '<통상교섭본부장, EU 통상집행위원 면담 계기 철강 수입 규제 등 관련 우려 전달>',
    );
    const hyphenated = run(
      'The plan sets long-\n\nterm supply contracts with Chile and Peru for the next decade.\n',
    );
    expect(hyphenated.sections.map((s) => s.title.text)).toEqual([
      'The plan sets long-term supply contracts with Chile and Peru for the next decade.',
    ]);
  });

  it('joins a line broken mid-word and keeps a trailing space as the word gap', () => {
    const para = blocks.find((b) => b.kind === 'paragraph')!;
    expect(para.span.text).toContain('CHIPS and Science Act(반도체 지원법), IRA(인플레이션 감축법)');
  });

  it('nests bullets under their heading bullet and topic', () => {
    const item = blocks.find((b) => b.span.text.startsWith('520억'))!;
    const sub = blocks[item.parent!]!;
    expect(sub.span.text).toBe('CHIPS and Science Act(2022)');
    expect(blocks[sub.parent!]!.marker).toBe('□');
  });

  it('maps every block character back to the same character of the source', () => {
    for (const b of blocks) {
      for (let i = 0; i < b.span.text.length; i++) {
        const c = b.span.text[i]!;
        const s = source[b.span.src[i]!]!;
        expect(c === s || (c === ' ' && /\s/.test(s))).toBe(true);
      }
    }
  });

  it('drops the page number between blocks', () => {
    expect(blocks.some((b) => b.span.text.includes('18'))).toBe(false);
  });
});

describe('segmenting an English markdown report', () => {
  const { sections, blocks } = run(fixture('structure-en.md'));

  it('reads markdown headings', () => {
    expect(sections.map((s) => [s.title.text, s.level])).toEqual([
      ['Trade policy brief', 1],
      ['1. Background', 2],
      ['2. Implications', 2],
    ]);
  });

  it('restores the space at an English line break', () => {
    expect(blocks[0]!.span.text).toContain('battery makers with tax credits.');
  });

  it('reads dash bullets as items', () => {
    expect(blocks.filter((b) => b.kind === 'item').map((b) => b.span.text)).toEqual([
      'Korean battery makers should expand production in the US.',
      'Exporters must prepare for CBAM reporting.',
    ]);
  });
});

describe('reading a flattened roadmap table', () => {
  const { clean, blocks } = run(fixture('roadmap-ko.txt'));
  const table = blocks.find((b) => b.kind === 'table')!;

  it('detects the table and where it ends', () => {
    expect(table.table!.header.text).toBe('구분 단기 (1~3년) 중기 (3~5년) 장기 (5년 이상)');
    expect(blocks.at(-1)!.kind).toBe('paragraph');
  });

  it('reads the term columns with their horizons', () => {
    expect(roadmapTerms(table.table!.header.text)).toEqual([
      { term: 'short', horizon: '1~3년' },
      { term: 'mid', horizon: '3~5년' },
      { term: 'long', horizon: '5년 이상' },
    ]);
  });

  it('rebuilds rows and cells', () => {
    const rows = parseRoadmap(clean, table.table!, 3).map((r) => [
      r.label.text,
      ...r.cells.map((c) => c.text),
    ]);
    expect(rows).toEqual([
      [
        '정부 정책',
        '미래전략산업 육성 법안 제정 및 세제 지원',
        '대형 국가 프로젝트 추진 및 글로벌 협력 강화',
        '무역수지 체질 개선 완료 및 산업 생태계 정착',
      ],
      [
        'R&D 투자',
        'AI·반도체·배터리 등 핵심 산업 R&D 투자 확대',
        '전고체 배터리, AI 반도체, 바이오 신약 상용화',
        '미래 신기술(양자컴퓨터, 차세대 신재생에너지) 연구개발',
      ],
      [
        '인프라 구축',
        'K-반도체·K-배터리·바이오 클러스터 조성',
        '글로벌 생산 거점 및 공급망 안정화',
        '스마트 공장 및 제조업 4.0 완성',
      ],
      [
        '글로벌 협력',
        '미국·유럽과의 기술 협력 강화',
        '인도·아세안·중동 시장 개척',
        '글로벌 무역 협력 및 신흥시장 주도',
      ],
    ]);
  });
});

describe('reading a roadmap table without wrap marks (a PDF read line by line)', () => {
  const labels = (text: string) => {
    const { clean, blocks } = run(text);
    const table = blocks.find((b) => b.kind === 'table')!;
    return parseRoadmap(clean, table.table!, 3).map((r) => r.label.text);
  };
  const bare = fixture('roadmap-ko.txt').replace(/ +$/gm, '');

  it('takes no label after a word cut across a blank line, where the document writes the word whole', () => {
    expect(bare).toContain('K-배터\n\n리·바이오');
    expect(labels(bare)).toContain('인프라 구축');
    expect(labels(bare)).not.toContain('리·바이오');
  });

  it('may take the line after the break as a label where the document never writes the word whole', () => {
    const unknown = bare
      .replace('AI·반도체·배터리', 'AI·반도체·전지')
      .replace('전고체 배터리', '전고체 전지');
    expect(unknown).not.toMatch(/(?<!K-)배터리/);
    expect(labels(unknown)).toContain('리·바이오');
  });
});
