import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../graph/model';
import { importBytes } from '../../importer/index';
import { loadLanguages } from '../../importer/language';
import { loadLexicon } from '../../importer/lexicon/load';
import { clauses } from '../../importer/sentences';

await loadLanguages();

const lexicon = loadLexicon();
const importText = (text: string, title?: string): GraphDocument =>
  importBytes(new TextEncoder().encode(text), {
    path: 'news.txt',
    lexicon,
    importedAt: '2026-01-01T00:00:00Z',
    ...(title ? { title } : {}),
  });
const relations = (g: GraphDocument) =>
  g.edges
    .filter((e) => !['MENTIONED_IN', 'PART_OF'].includes(e.type))
    .map((e) => `${e.type} ${e.source} ${e.target}`);

describe('relations in news and encyclopedia sentences', () => {
  it.each([
    [
      'The United States enacted the CHIPS and Science Act in 2022.',
      'ENACTED_BY policy:us-chips-act country:united-states',
    ],
    ['유럽연합(EU)이 탄소국경조정제도(CBAM)를 시행한다.', 'ENACTED_BY policy:eu-cbam country:european-union'],
    [
      '인플레이션 감축법(Inflation Reduction Act, IRA)은 2022년 조 바이든 대통령이 서명한 미국의 연방법이다.',
      'ENACTED_BY policy:us-ira country:united-states',
    ],
    [
      'EU의 CBAM은 한국 철강 기업인 포스코와 현대제철에 영향을 미친다.',
      'AFFECTS policy:eu-cbam company:posco',
    ],
    [
      'IRA는 북미에서 조립된 전기차에 최대 7,500달러의 세액공제를 제공한다.',
      'TARGETS policy:us-ira industry:electric-vehicle',
    ],
    [
      'LG에너지솔루션은 오하이오에서 배터리 공장을 가동하고 있다.',
      'OPERATES_IN company:lg-energy-solution industry:secondary-battery',
    ],
    [
      'Lithium and cobalt are key inputs for lithium-ion batteries.',
      'USES technology:lithium-ion-battery material:cobalt',
    ],
    [
      "The United States' Inflation Reduction Act pays for batteries.",
      'ENACTED_BY policy:us-ira country:united-states',
    ],
    ["중국의 '반도체 굴기' 전략이 이어졌다.", 'ENACTED_BY policy:cn-semiconductor-rise country:china'],
    ['CBAM will hit exporters in Russia, China, India and Turkey.', 'AFFECTS policy:eu-cbam country:turkey'],
    [
      '삼성전자와 SK하이닉스 등 반도체 업계는 투자를 늘렸다.',
      'OPERATES_IN company:sk-hynix industry:semiconductor',
    ],
    [
      'The European Climate Law was adopted in 2021.',
      'ENACTED_BY policy:european-climate-law country:european-union',
    ],
    [
      'Indonesia banned exports of nickel ore in 2020.',
      'ENACTED_BY policy:id-nickel-export-ban country:indonesia',
    ],
    ['중국이 갈륨·게르마늄과 흑연에 대한 수출 통제를 도입했다.', 'IMPOSES country:china material:graphite'],
    ['Taiwan-based TSMC makes most advanced chips.', 'BASED_IN company:tsmc country:taiwan'],
    ['ASML of the Netherlands sells lithography tools.', 'BASED_IN company:asml country:netherlands'],
    ['Chinese battery maker CATL supplies Tesla.', 'BASED_IN company:catl country:china'],
    [
      'Made in China 2025\n\nThe plan targets semiconductors and electric vehicles.',
      'TARGETS policy:cn-made-in-china-2025 industry:electric-vehicle',
    ],
  ])('reads "%s"', (text, edge) => {
    expect(relations(importText(text))).toContain(edge);
  });

  it.each([
    [
      '한국은 미국의 청정경쟁법이 도입되면 수출에 타격을 입을 수 있다.',
      (e: string) => e.startsWith('ENACTED_BY') && e.endsWith('country:south-korea'),
    ],
    [
      '중국은 미국의 반도체 수출 규제에 맞서 희토류 수출을 통제했다.',
      (e: string) => e.startsWith('TARGETS') && e.includes('industry:semiconductor'),
    ],
    ['정책을 추진 중 국내 기업들이 반응했다.', (e: string) => e.includes('country:china')],
    [
      'The Advanced Manufacturing Production Credit pays for battery cells. The law also supports solar power.',
      (e: string) => e.startsWith('TARGETS') && e.includes('industry:solar'),
    ],
    [
      'Samsung Electronics will receive $4.7 billion for its Texas complex, while Micron was awarded money for memory chip factories.',
      (e: string) => e.startsWith('OPERATES_IN company:samsung-electronics'),
    ],
    [
      '삼성의 반도체, LG의 전고체 배터리 연구',
      (e: string) => e === 'DEVELOPS company:samsung technology:all-solid-state-battery',
    ],
    [
      '미국 상무부는 중국에 대한 수출규제를 강화해 삼성전자가 타격을 입었다.',
      (e: string) => e.includes('jp-export-restrictions-2019'),
    ],
    [
      'The CHIPS and Science Act funds fabs in Arizona, Ohio and New Mexico.',
      (e: string) => e.includes('country:mexico'),
    ],
    [
      'The European Commission and the European Parliament approved it.',
      (e: string) => e.startsWith('BASED_IN') && e.endsWith('country:european-union'),
    ],
    [
      'EU 집행위원회가 유럽의회와 합의했다.',
      (e: string) => e.startsWith('BASED_IN') && e.endsWith('country:european-union'),
    ],
    [
      '시안 공장은 삼성전자 전체 낸드 생산량의 약 40%를, 우시 공장은 SK하이닉스 D램 생산의 약 40%를 담당한다.',
      (e: string) => e.startsWith('DEVELOPS company:samsung-electronics'),
    ],
    [
      'TSMC received $6.6 billion for Arizona, and Samsung Electronics was awarded $4.745 billion.',
      (e: string) => e.startsWith('MEASURES') && e.endsWith('company:tsmc') && e.includes(':figure:2'),
    ],
    ['Chinese battery demand lifted CATL.', (e: string) => e.startsWith('BASED_IN company:catl')],
    ['The Asian Clean Energy Plan was adopted in 2024.', (e: string) => e.endsWith('country:asia')],
  ])('does not over-read "%s"', (text, wrong) => {
    expect(relations(importText(text)).filter(wrong)).toEqual([]);
  });

  it('takes no party from the dateline a news item opens with', () => {
    for (const text of [
      'WASHINGTON -- Japan and Korea signed the Minerals Security Partnership.',
      'SEOUL, Dec. 4 (Yonhap) -- Japan and Korea signed the Minerals Security Partnership.',
    ]) {
      const edges = relations(importText(text));
      expect(edges).toContain('PARTNERS_WITH country:japan country:south-korea');
      expect(edges.filter((e) => /country:(?:united-states|south-korea) country:japan/.test(e))).toEqual([]);
      expect(edges.filter((e) => e.includes('country:united-states'))).toEqual([]);
    }
  });

  it('finds affiliates of Korean business groups that the lexicon lacks', () => {
    const companies = importText(
      '한화시스템은 레이더를, 롯데정밀화학은 요소를 만든다. 삼성이 발표했다.',
    ).nodes.filter((n) => n.kind === 'Company');
    expect(companies.map((n) => n.name).sort()).toEqual(['롯데정밀화학', '삼성', '한화시스템']);
  });

  it('takes a news outlet the text cites as a company that works in no sector the report is about', () => {
    const g = importText(
      '조선일보에서는 미국의 반도체법으로 제한받았던 중국 내 우리 반도체 공장을 보도했다. Reuters reported it.',
    );
    expect(
      g.nodes
        .filter((n) => n.kind === 'Company')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['company:chosun-ilbo', 'company:reuters']);
    expect(g.edges.filter((e) => e.type === 'OPERATES_IN')).toEqual([]);
  });

  it('keeps an effect the text denies, with negative polarity, and gives none to the policy it is compared with', () => {
    const g = importText(
      'Unlike the Inflation Reduction Act, the European Chips Act does not offer tax credits for electric vehicles.',
    );
    // (The Act's name says it is aimed at chips; that link is not what this sentence is about.)
    const targets = g.edges.filter((e) => e.type === 'TARGETS' && e.target === 'industry:electric-vehicle');
    expect(targets.map((e) => [e.source, e.target, e.properties.polarity])).toEqual([
      ['policy:eu-chips-act', 'industry:electric-vehicle', 'negative'],
    ]);
  });

  it('gives a link through a pronoun the passage naming what the pronoun stands for', () => {
    const g = importText('Tesla is an automaker. It buys cells from CATL.');
    const edge = g.edges.find((e) => e.type === 'SUPPLIES' && e.target === 'company:tesla')!;
    expect(edge.evidence.map((e) => [e.rule, e.quote])).toEqual([
      ['clause:predicate-frame', 'It buys cells from CATL'],
      ['reference:pronoun', 'Tesla'],
    ]);
  });

  it('keeps a wire-service dateline out of the headline', () => {
    const g = importText('美 IRA 지침 확정\n\n(서울=연합뉴스) 김민수 기자 = 미국 정부가 지침을 확정했다.\n');
    expect(g.nodes.find((n) => n.kind === 'Section')?.name).toBe('美 IRA 지침 확정');
  });

  it('resolves "이 법" to the policy the article is about', () => {
    const g = importText(
      '인플레이션 감축법\n\n개요\n\n이 법은 전기차와 배터리 산업에 세액공제를 제공한다.\n',
    );
    expect(relations(g)).toContain('TARGETS policy:us-ira industry:electric-vehicle');
  });
});

describe('an encyclopedia article about one company', () => {
  const article = [
    '현대자동차',
    '',
    '현대자동차는 대한민국의 자동차 회사이다.',
    '전기차를 생산하는 회사이다.',
    '영국 최대의 자동차 회사였던 브리티시 레일랜드의 기술을 도입하였다.',
  ].join('\n');
  const g = importText(article, '현대자동차');
  const edges = relations(g);

  it('gives the title a relative clause on the copula’s noun (“… 생산하는 회사이다”)', () => {
    expect(edges).toContain('PRODUCES company:hyundai-motor industry:electric-vehicle');
  });

  it('does not give the title a relative clause that describes another noun (“… 회사였던 X”)', () => {
    expect(edges).not.toContain('BASED_IN company:hyundai-motor country:united-kingdom');
  });
});

describe('an encyclopedia history whose sections and paragraphs turn to other firms', () => {
  const article = [
    '현대자동차',
    '',
    '현대자동차는 대한민국의 자동차 회사이다.',
    '',
    '역사',
    '',
    '기아자동차',
    '',
    '1998년 대우자동차 인수.',
    '',
    '현대자동차 이후',
    '',
    '포드는 1990년 공장을 지었다. 일본 토요타와 합작하여 승용차를 생산하였다.',
    '',
    '2001년 쌍용자동차 인수.',
    '',
    '한국산업은행',
    '',
    '2002년 삼성전자에 투자.',
  ].join('\n');
  const edges = relations(importText(article, '현대자동차'));

  it('gives a subjectless sentence under a heading that names another company to that company, under a body’s to no one', () => {
    expect(edges.filter((e) => e.includes('ACQUIRES')).sort()).toEqual([
      'ACQUIRES company:hyundai-motor company:kg-mobility',
      'ACQUIRES company:kia company:대우자동차',
    ]);
    expect(edges.filter((e) => e.includes('company:samsung-electronics'))).toEqual([]);
  });

  it('gives a Korean paragraph’s topic the sentences after it that leave their subject unsaid', () => {
    expect(edges).toContain('PARTNERS_WITH company:ford company:toyota');
    expect(edges).not.toContain('PARTNERS_WITH company:hyundai-motor company:toyota');
  });
});

describe('an encyclopedia chronology whose items open with their own actor', () => {
  const article = [
    '현대자동차',
    '',
    '현대자동차는 대한민국의 자동차 회사이다.',
    '',
    '연혁',
    '',
    '- 2014년 (주)두산, 쌍용자동차 인수',
    '- 2017년 기아자동차, 중국 농기계 1위 업체 로볼과 합작법인 설립',
    '- 2006년 02월 예멘, 나이지리아, 캐나다 사무소 개소',
    '- 2018년 3월, 대우자동차 인수',
  ].join('\n');
  const edges = relations(importText(article, '현대자동차'));

  it('gives the title none of what an item opened by a word and a comma states', () => {
    expect(edges).not.toContain('ACQUIRES company:hyundai-motor company:kg-mobility');
    expect(edges).not.toContain('BASED_IN company:hyundai-motor country:china');
  });

  it('still gives the title an item opened by countries, which say where, or by its date and a comma', () => {
    expect(edges).toContain('LOCATED_IN company:hyundai-motor country:canada');
    expect(edges).toContain('ACQUIRES company:hyundai-motor company:대우자동차');
  });
});

describe('an encyclopedia infobox', () => {
  const article = [
    '대우조선해양',
    '',
    '대우조선해양 주식회사',
    '산업 분야 조선',
    '국가 대한민국',
    '주요 주주 한국산업은행: 49.7%',
    '자회사 신한중공업',
    '',
    '대우조선해양은 대한민국의 조선해양회사이다.',
  ].join('\n');
  const g = importText(article, '대우조선해양');
  const edges = relations(g);

  it('states each labelled field of the article’s subject, shareholders pointing at it', () => {
    expect(edges).toContain('OPERATES_IN company:hanwha-ocean industry:shipbuilding');
    expect(edges).toContain('INVESTS_IN organization:kdb company:hanwha-ocean');
  });

  it('reads the subsidiaries field as the subject’s holdings', () => {
    expect(edges.filter((e) => e.startsWith('INVESTS_IN company:hanwha-ocean '))).toHaveLength(1);
  });

  it('reads nothing from the same lines without an article subject', () => {
    const untitled = importText(article, '조선업 메모');
    expect(relations(untitled)).not.toContain('INVESTS_IN organization:kdb company:hanwha-ocean');
  });
});

describe('an English infobox', () => {
  const article = [
    'Taiwan Semiconductor Manufacturing Company',
    '',
    '- Industry: Semiconductors',
    '- Hq Location Country: Taiwan',
    '',
    'TSMC is a foundry.',
  ].join('\n');
  const edges = relations(importText(article, 'Taiwan Semiconductor Manufacturing Company'));

  it('reads the industry and the country of the headquarters from list-item fields', () => {
    expect(edges).toContain('OPERATES_IN company:tsmc industry:semiconductor');
    expect(edges).toContain('BASED_IN company:tsmc country:taiwan');
  });
});

describe('sentence boundaries', () => {
  it.each([
    [
      'The U.S. Commerce Department awarded TSMC a grant. Intel waited.',
      'The U.S. Commerce Department awarded TSMC a grant.',
    ],
    [
      'Taiwan Semiconductor Manufacturing Co. said on Jan. 5 it would expand. Others did not.',
      'Taiwan Semiconductor Manufacturing Co. said on Jan. 5 it would expand.',
    ],
    ['미국은 IRA를 시행했다. 한국은 대응했다.', '미국은 IRA를 시행했다.'],
  ])('keeps "%s" apart at the real full stop', (text, first) => {
    const [a, b] = clauses(text)[0]!;
    expect(text.slice(a, b)).toBe(first);
  });
});

describe('numbered task labels in a Korean strategy', () => {
  it('names each task by the title its parenthesised label gives', () => {
    const g = importText(
      '조선산업 3대 추진전략\n\n시장 확대 : 글로벌 조선동맹으로\n\n(과제④ : K-Shipyard Alliance) 인도, 베트남 등은 한국과 조선협력에 관심이 큰 국가들이다.\n\n(과제⑤ : 인력양성) 대형3사가 직영 인력을 20% 이상 더 채용한다.\n',
    );
    expect(g.nodes.filter((n) => n.kind === 'Strategy').map((n) => n.name)).toEqual([
      'K-Shipyard Alliance',
      '인력양성',
    ]);
  });
});

describe('names that only qualify a predicate noun', () => {
  it('reads talks about tariffs as imposing none, and the tariffs themselves as imposed', () => {
    const talks = importText(
      '(과제⑤ : MASGA 프로젝트) 작년 8월 한-미 관세협상의 돌파구가 되었던 MASGA는 올해 협력성과 발굴에 주력한다.',
    );
    expect(relations(talks).filter((r) => r.startsWith('IMPOSES'))).toEqual([]);
    const levied = importText('미국은 중국산 철강에 관세를 부과했다.');
    expect(relations(levied)).toContain('IMPOSES country:united-states country:china');
  });

  it('links no two countries that both only modify the noun, however far apart', () => {
    const g = importText('베트남 현지 조선소 확장 투자 등 한-미 관세협상의 돌파구가 되었다.');
    expect(relations(g).filter((r) => r.startsWith('IMPOSES'))).toEqual([]);
  });
});

describe('rosters of firms in a Korean release', () => {
  it('puts the firms of a roster labelled with a sector, and of the size lines under it, in that sector', () => {
    const g = importText(
      '- 조선사 : (대형) 한화오션, 삼성중공업 대표\n\n(중형) 대한조선, 케이조선\n\n- 금융기관 : 신한은행, 하나은행 행장\n\n(소형) 동성조선, 디섹 대표\n',
    );
    const operates = relations(g).filter((r) => r.startsWith('OPERATES_IN'));
    expect(operates).toEqual(
      expect.arrayContaining([
        'OPERATES_IN company:hanwha-ocean industry:shipbuilding',
        'OPERATES_IN company:samsung-heavy industry:shipbuilding',
        'OPERATES_IN company:daehan-shipbuilding industry:shipbuilding',
      ]),
    );
    expect(operates).toHaveLength(4);
  });

  it('reads no roster in a sentence that names a sector’s firms', () => {
    const g = importText('조선사 : 한화오션과 삼성중공업이 수주를 늘렸다.');
    expect(g.edges.some((e) => e.evidence.some((ev) => ev.rule === 'structure:roster'))).toBe(false);
  });
});

describe('titles in halfwidth corner brackets', () => {
  it('takes a title in ｢｣ as a policy, quoting the source as written', () => {
    const g = importText('산업부는 ｢미래차 부품산업 기본계획｣을 발표했다.');
    const policy = g.nodes.find((n) => n.kind === 'Policy');
    expect(policy?.name).toBe('미래차 부품산업 기본계획');
    expect(policy?.mentions[0]?.quote).toBe('미래차 부품산업 기본계획');
  });
});

describe('products named by their maker', () => {
  it('reads a product named by a company and a model number as that company’s product', () => {
    const g = importText(
      'Royal Jordanian Airlines purchased six Boeing 787-9 aircraft valued at $1.4 billion.',
    );
    const product = g.nodes.find((n) => n.name === 'Boeing 787-9');
    expect(product?.kind).toBe('Technology');
    expect(relations(g)).toContain(`PRODUCES company:boeing ${product?.id}`);
  });
});

describe('items that name a programme', () => {
  it('read an item that is only a programme’s name and its dates as that programme, not a response to it', () => {
    const g = importText(
      '반도체 지원 전략\n\n- 반도체 첨단패키징 선도기술개발사업 (’25~‘31, 총 2,744억원)\n- 미국 IRA 대응을 위한 배터리 공급망 지원\n',
    );
    const responses = g.edges.filter((e) => e.type === 'RESPONDS_TO').map((e) => e.target);
    expect(responses).toContain('policy:us-ira');
    expect(responses.some((t) => t.includes('패키징') || t.includes('packaging'))).toBe(false);
  });
});

describe('the home country of companies a group noun describes', () => {
  it('gives it to the companies the group names, not to the firms the group supplies', () => {
    const named = importText('한국 배터리 기업인 LG에너지솔루션과 SK온이 투자를 확대한다.');
    expect(relations(named)).toContain('BASED_IN company:lg-energy-solution country:south-korea');
    const supplied = importText(
      '한국의 불화수소 기업들은 불화수소를 정제하여 SK하이닉스 등에 납품하고 있다.',
    );
    expect(relations(supplied)).not.toContain('BASED_IN company:sk-hynix country:south-korea');
  });
});

describe('university departments', () => {
  it('read a department of a field as no sector, and the field elsewhere as one', () => {
    const g = importText(
      '서강대 화학과 교수는 불화수소가 독가스 제조에 쓰인다고 말했다. 화학 산업은 불화수소를 사용한다.',
    );
    const chemistry = g.nodes.find((n) => n.name === '화학' || n.nameEn === 'chemicals');
    expect(chemistry?.mentions.map((m) => m.quote)).toEqual(['화학 산업']);
    expect(chemistry?.mentions[0]?.start).toBeGreaterThan(20);
  });
});
