import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../graph/model';
import { importBytes } from '../../importer/index';
import { loadLanguages } from '../../importer/language';
import { loadLexicon } from '../../importer/lexicon/load';
import { testLexicon } from '../fixtures/lexicon';

await loadLanguages();

const lexicon = testLexicon();

function importText(text: string): GraphDocument {
  return importBytes(new TextEncoder().encode(text), {
    path: 'fixture.txt',
    lexicon,
    importedAt: '2026-01-01T00:00:00Z',
  });
}

/** Edges as `TYPE source-name → target-name`, so tables read like the report. */
function edgesOf(g: GraphDocument): string[] {
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return g.edges
    .filter((e) => e.type !== 'MENTIONED_IN' && e.type !== 'PART_OF')
    .map((e) => `${e.type} ${name.get(e.source)} → ${name.get(e.target)}`);
}

const US_SECTION = `3.1 주요국 산업정책

□ 미국: 첨단산업 육성을 위한 보호무역 정책

미국은 반도체, 배터리 산업을 육성하고 있다. 대표적인 산업 정책으로는 CHIPS and Science Act(반도체 
지원법), IRA(인플레이션 감축법) 등이 있다.

  ㅇ IRA(Inflation Reduction Act, 2022)
    - 전기차 배터리, 태양광, 풍력 산업에 3,690억 달러 규모의 

세제 혜택 제공
  ㅇ 한국에 주는 시사점
    - IRA 대응을 위해 미국 현지에 전기차·배터리 공장 설립 가속화
`;

const INDUSTRY_SECTION = `2.1 주요 산업 현황

□ 반도체 산업

  ㅇ 초격차 전략
    - 대만 TSMC, 미국 인텔과의 글로벌 파운드리 경쟁력 확보
  ㅇ 정부 대응 및 기업 전략
    - 삼성전자와 SK하이닉스의 첨단 공정 투자 확대
    - 삼성전자, SK하이닉스 등의 AI 반도체 개발 확대
`;

describe('relations from a country section', () => {
  const g = importText(US_SECTION);
  const edges = edgesOf(g);

  it.each([
    'ENACTED_BY 인플레이션 감축법 → 미국',
    'ENACTED_BY 반도체 지원법 → 미국',
    'TARGETS 인플레이션 감축법 → 태양광',
    'TARGETS 인플레이션 감축법 → 풍력',
    'TARGETS 인플레이션 감축법 → 이차전지',
    'MEASURES 3,690억 달러 → 인플레이션 감축법',
    'IMPLIES 미국 → IRA 대응을 위해 미국 현지에 전기차·배터리 공장 설립 가속화',
    'RESPONDS_TO IRA 대응을 위해 미국 현지에 전기차·배터리 공장 설립 가속화 → 인플레이션 감축법',
  ])('states %s', (edge) => {
    expect(edges).toContain(edge);
  });

  it.each([
    ['two policies listed side by side', '반도체 지원법', '인플레이션 감축법'],
    ['two industries listed side by side', '태양광', '풍력'],
  ])('does not link %s', (_why, a, b) => {
    expect(
      edges.filter(
        (e) =>
          (e.includes(` ${a} → `) && e.endsWith(` ${b}`)) || (e.includes(` ${b} → `) && e.endsWith(` ${a}`)),
      ),
    ).toEqual([]);
  });

  it('quotes every evidence passage exactly from the source', () => {
    for (const item of [...g.edges.flatMap((e) => e.evidence), ...g.nodes.flatMap((n) => n.mentions)]) {
      expect(item.quote).toBe(g.text.slice(item.start, item.end));
    }
    expect(g.edges.every((e) => e.evidence.length > 0)).toBe(true);
  });

  it('keeps the figure value and unit', () => {
    const figure = g.nodes.find((n) => n.kind === 'Figure');
    expect(figure?.properties).toMatchObject({ value: 369_000_000_000, unit: 'USD', raw: '3,690억 달러' });
  });
});

describe('relations from an industry section', () => {
  const edges = edgesOf(importText(INDUSTRY_SECTION));

  it.each([
    'SERVES 대만 TSMC, 미국 인텔과의 글로벌 파운드리 경쟁력 확보 → 반도체',
    'BASED_IN TSMC → 대만',
    'BASED_IN 인텔 → 미국',
    'OPERATES_IN 삼성전자 → 반도체',
    'OPERATES_IN SK하이닉스 → 반도체',
    'DEVELOPS 삼성전자 → AI 반도체',
    'SERVES 삼성전자와 SK하이닉스의 첨단 공정 투자 확대 → 반도체',
  ])('states %s', (edge) => {
    expect(edges).toContain(edge);
  });

  it.each(['BASED_IN TSMC → 미국', 'BASED_IN 인텔 → 대만'])('does not state %s', (edge) => {
    expect(edges).not.toContain(edge);
  });

  it('never links two companies named together', () => {
    expect(
      edges.filter((e) => /삼성전자 → SK하이닉스|SK하이닉스 → 삼성전자|TSMC → 인텔|인텔 → TSMC/.test(e)),
    ).toEqual([]);
  });
});

describe('entity resolution', () => {
  it('keeps the US CHIPS Act and a Korean semiconductor act apart', () => {
    const g = importText('미국의 CHIPS Act와 한국의 반도체 특별법은 목적이 다르다.');
    const policies = g.nodes
      .filter((n) => n.kind === 'Policy')
      .map((n) => n.id)
      .sort();
    expect(policies).toEqual(['policy:kr-semiconductor-special-act', 'policy:us-chips-act']);
    expect(edgesOf(g)).toEqual(
      expect.arrayContaining(['ENACTED_BY 반도체 지원법 → 미국', 'ENACTED_BY 반도체 특별법 → 한국']),
    );
  });

  it.each([
    ['IRA를 통해', 'policy:us-ira'],
    ['CBAM에 대응', undefined],
    ['반도체의 수출', 'industry:semiconductor'],
    ['배터리에서', 'industry:battery'],
    ['Inflation Reduction Act의', 'policy:us-ira'],
    ['인플레이션감축법은', 'policy:us-ira'],
    ['AIRA는', undefined],
  ])('finds the entity in "%s" despite particles and spacing', (text, id) => {
    const ids = importText(`${text} 언급.`)
      .nodes.filter((n) => !['Document', 'Section'].includes(n.kind))
      .map((n) => n.id);
    if (id) expect(ids).toContain(id);
    else expect(ids.filter((x) => x.startsWith('policy:us-ira'))).toEqual([]);
  });

  it.each([
    ['탄소국경조정제도(CBAM)는 철강에 적용된다.', ['탄소국경조정제도', 'CBAM']],
    ['EU는 디지털서비스법(DSA)을 시행했다.', ['디지털서비스법', 'DSA']],
    ['The Net-Zero Industry Act (NZIA) was adopted.', ['Net-Zero Industry Act', 'NZIA']],
  ])('discovers a new policy and both of its names from "%s"', (text, names) => {
    const policy = importText(text).nodes.find((n) => n.kind === 'Policy');
    expect(policy).toBeDefined();
    expect([policy!.name, ...policy!.aliases]).toEqual(expect.arrayContaining(names));
  });

  it('adds a discovered second name to a known policy', () => {
    const ira = importText(
      '미국은 IRA(Inflation Reduction Act, 2022)와 IRA 2.0(인플레 법)을 말한다.',
    ).nodes.find((n) => n.id === 'policy:us-ira');
    expect(ira?.aliases).toContain('Inflation Reduction Act');
  });
});

describe('relations in English text', () => {
  const edges = edgesOf(
    importText(
      '# Brief\n\nThe Inflation Reduction Act of the United States supports batteries with tax credits.\n\n' +
        '- Korea should secure lithium and nickel for batteries.\n',
    ),
  );

  it.each([
    'ENACTED_BY Inflation Reduction Act → United States',
    'TARGETS Inflation Reduction Act → Batteries',
  ])('states %s, with English names for an English document', (edge) => {
    expect(edges).toContain(edge);
  });
});

describe('Korean counts', () => {
  it('measure the name right before them, not the last item of a list they total', () => {
    const edges = edgesOf(
      importText('정부는 반도체 24종의 수출을 통제했다.\n\n리튬, 니켈 2종을 비축한다.\n'),
    );
    expect(edges).toContain('MEASURES 24종 → 반도체');
    expect(edges.filter((e) => e.startsWith('MEASURES 2종'))).toEqual([]);
  });

  it('paired with names in a list count what the list ends on, not the names', () => {
    const edges = edgesOf(importText('- 리튬 1개, 니켈 2개, 희토류 9개 사업\n'));
    expect(edges.filter((e) => e.startsWith('MEASURES'))).toEqual([]);
  });

  it('of people measure no country', () => {
    const edges = edgesOf(importText('- 미국: 고용 3만 2천여명\n'));
    expect(edges.filter((e) => e.startsWith('MEASURES 3만 2천여명'))).toEqual([]);
  });
});

describe('offsets in a file with a BOM and CRLF line ends', () => {
  it('quotes every passage exactly as the file is read, BOM and carriage returns included', () => {
    const text =
      '\uFEFF□ 미국: 보호무역 정책\r\n\r\n  ㅇ IRA(Inflation Reduction Act, 2022)\r\n    - 전기차 배터리, 태양광 산업에 \r\n세제 혜택 제공\r\n\r\n- 18 -\r\n';
    const g = importText(text);
    expect(g.text).toBe(text);
    const all = [...g.edges.flatMap((e) => e.evidence), ...g.nodes.flatMap((n) => n.mentions)];
    expect(all.length).toBeGreaterThan(5);
    for (const e of all) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(edgesOf(g)).toContain('TARGETS 인플레이션 감축법 → 태양광');
  });

  it.each(['\r', '\u2028', '\u2029'])('reads a title whose first line holds %j inside it', (separator) => {
    const g = importText(`$   ${separator}  0\n\nChile produces lithium.\n`);
    expect(g.nodes.some((n) => n.kind === 'Document')).toBe(true);
  });
});

describe('items under a parent', () => {
  const strategies = (text: string) => importText(text).nodes.filter((n) => n.kind === 'Strategy');

  it('are strategies under a heading that names strategies', () => {
    expect(strategies('□ 한국의 대응 전략\n  ㅇ 호주와 핵심광물 협력 확대\n')).toHaveLength(1);
  });

  it.each([
    ['□ 한국의 대응 전략\n  ㅇ 8.11일 호주와 핵심광물 협력 확대\n'],
    ['□ 한국의 대응 전략\n  ㅇ 6월 27일 호주와 핵심광물 협력 확대\n'],
    ['Government Actions\n\n- On July 22, the Navy announced a shipbuilding initiative.\n'],
  ])('are events, not strategies, when dated to the day: %j', (text) => {
    expect(strategies(text)).toEqual([]);
  });

  it.each([
    [
      '□ 한-체코 협력 비전 제시\n  ㅇ 원전분야는 협력 MOU를 체결하여, 원전사업 협력이 강화될 것으로 기대된다.\n',
    ],
    ['□ 한-체코 협력 강화\n  ㅇ 양국은 기술 분야에서의 R&D를 함께 추진하기로 하였음.\n'],
    ['□ 글로벌 사우스와의 시장 다변화 추진\n  ㅇ 통상교섭본부장 G20 무역투자장관회의(10.10., 남아공) 참석\n'],
    ['□ 한-체코 협력 강화\n  ㅇ 양국 장관은 원전 협력에 합의함.\n'],
    [
      '□ 수출 애로 해소 전략\n  ㅇ (수출중단 해소) 규제 시행으로 부품 수출이 중단될 위기였으나, 단계적 시행을 적용하기로 하여 수출 가능\n',
    ],
  ])(
    'are facts, not strategies, when written as a finished sentence that says no ought, ended on an event done, or telling what had stood in the way before the outcome: %j',
    (text) => {
      expect(strategies(text)).toEqual([]);
    },
  );

  it('are strategies when written as a sentence that says what ought to be done', () => {
    expect(
      strategies('□ 한국의 대응 전략\n  ㅇ 인도, 아세안 시장을 적극적으로 개척해야 한다.\n'),
    ).toHaveLength(1);
    expect(strategies('□ 한국의 대응 전략\n  ㅇ 공급망 안정을 위한 투자가 필요하다.\n')).toHaveLength(1);
  });

  it('are the things a count after them sums up, not strategies, when numbered inside a paragraph', () => {
    const lead = '양국은 전략적 협력을 확대하기로 하고, ';
    expect(
      strategies(
        `${lead}①지상장비 협력 총괄계약, ②잠수함 공동개발, ③부품 공동생산 등 3건의 MOU를 체결했다.\n`,
      ),
    ).toEqual([]);
    expect(
      strategies(`${lead}①지상장비 협력 확대, ②잠수함 공동개발, ③부품 공동생산을 추진한다.\n`),
    ).toHaveLength(3);
  });

  it('are strategies when numbered in a sentence that speaks of one, or right after one that announces them, never for an earlier sentence', () => {
    const text =
      '약 1조원 규모의 기술개발 예타도 추진 중이다. 과기정통부는 해당 예타를 통해 GPU 대비 ①AI서비스 전력 소모 1/10로 감소, ②AI학습 효율 2배 향상을 달성하겠다는 계획이다.\n';
    expect(strategies(text)).toEqual([]);
    const announced =
      '한국이 필요한 대응 전략은 다음과 같다. ① 신흥 시장 개척: 인도, 아세안 시장을 개척해야 한다. ② 연구개발 투자 확대: 반도체 경쟁력을 강화해야 한다.\n';
    expect(strategies(announced)).toHaveLength(2);
  });

  it('are what a signed instrument covers, not strategies, when the strategy word is in the instrument’s name', () => {
    expect(
      strategies(
        '철도 협력 MOU는 현대로템이 ①수소기관차 공동 개발, ②유지보수기지 현대화를 위해 투자부와 체결하였다.\n',
      ),
    ).toEqual([]);
    expect(
      strategies('현대로템은 협력을 확대하기 위해 ①수소기관차 공동 개발, ②유지보수기지 현대화를 추진한다.\n'),
    ).toHaveLength(2);
  });

  it.each([
    ['□ 반도체·전기차 분야 협력 MOU 3건 체결\n  ㅇ 삼성전자와 인텔이 공동 연구를 추진\n'],
    ['□ K-반도체 육성 프로젝트(리벨리온 직접투자)\n  ㅇ 삼성전자와 인텔이 공동 연구를 추진\n'],
    ['□ 주요 전략적 투자자 : SK, 삼성, KT 등\n  ㅇ 삼성전자와 인텔이 공동 연구를 추진\n'],
  ])(
    'are facts, not strategies, under a heading that reports a thing done, names a project or labels a list: %j',
    (text) => {
      expect(strategies(text)).toEqual([]);
      expect(strategies(text.replace(/^□ .*\n/, '□ 반도체 경쟁력 강화\n'))).toHaveLength(1);
    },
  );

  it('are sub-headlines, not strategies, right under a headline, before the body', () => {
    const headline =
      '소부장 특화단지,\n\n초격차 기술과 공급망의 핵심기지로 육성\n\n- 소부장 핵심전략기술, 200대 기술로 확대\n';
    expect(strategies(`${headline}\n정부가 소부장 특화단지에 5년 간 5,067억원을 투자해 육성한다.\n`)).toEqual(
      [],
    );
    expect(strategies(headline)).toHaveLength(1);
  });

  it('are fields of a meeting, not strategies, when opened by the label of a field', () => {
    expect(
      strategies(
        '□ 한국의 대응 전략\n  ㅇ 호주와 핵심광물 협력 확대\n  ㅇ (참석) 산업부·기재부 장관 등\n',
      ).map((n) => n.name),
    ).toEqual(['호주와 핵심광물 협력 확대']);
    expect(
      strategies(
        '□ 반도체 경쟁력 강화 전략 회의\n  · 참석자 : 약 40여명\n  · 회의안건: K-배터리 경쟁력 강화방안\n  · 반도체 인력 양성\n',
      ).map((n) => n.name),
    ).toEqual(['반도체 인력 양성']);
  });

  it('are named without the comma that runs their list on', () => {
    expect(
      strategies(
        '□ 한국의 대응 전략\n  ㅇ 반도체 인력 양성 과정 운영 지원,\n  ㅇ 호주와 핵심광물 협력 확대;\n',
      ).map((n) => n.name),
    ).toEqual(['반도체 인력 양성 과정 운영 지원', '호주와 핵심광물 협력 확대']);
  });

  it('are strategies when dated by year', () => {
    expect(strategies('□ 한국의 대응 전략\n  ㅇ 2025년까지 호주와 핵심광물 협력 확대\n')).toHaveLength(1);
    expect(
      strategies('Government Actions\n\n- In 2025, expand shipbuilding cooperation with Korea.\n'),
    ).toHaveLength(1);
  });

  it('are facts, not strategies, under a report item that opens with its topic', () => {
    expect(strategies('□ 정부는 다른 나라보다 늦게 대응함\n  ㅇ 호주와 핵심광물 협력 확대\n')).toEqual([]);
  });

  it('are facts, not strategies, under a news headline whose subject a comma sets off', () => {
    const body =
      '\n\n산업통상자원부는 “정부는 공급망에 총력 대응했다”고 밝혔습니다.\n\n[산업부 입장]\n\n① 호주 관련 보도는 사실이 아님\n\nㅇ 호주와 리튬 공급 계약을 먼저 제안\n';
    expect(strategies(`정부, 핵심광물 공급망 총력 대응${body}`)).toEqual([]);
    expect(strategies(`핵심광물 공급망 총력 대응${body}`)).toHaveLength(1);
  });

  it('are facts, not strategies, under a long report item that only ends on a noun', () => {
    expect(
      strategies(
        'ㅇ 이번 회의에서는 그간 부처간 검토작업을 거쳐 마련한 핵심품목 선정 결과와 20대 우선관리품목 수급안정화 방안 등에 대해서 논의\n  - 호주와 핵심광물 협력 확대\n',
      ),
    ).toEqual([]);
  });

  it('are facts, not strategies, under a note the reference mark opens', () => {
    expect(
      strategies('※ 핵심광물 협력 추진 사업 (현재 총 21개 추진 중)\n\n - 호주와 핵심광물 협력 확대\n'),
    ).toEqual([]);
    expect(
      strategies('□ 핵심광물 협력 추진 사업 (현재 총 21개 추진 중)\n\n - 호주와 핵심광물 협력 확대\n'),
    ).toHaveLength(1);
  });

  it('are facts, not strategies, under a long statement, whatever heading is above it', () => {
    expect(
      strategies(
        '원자재 공급망 및 미래산업 협력 기반 확대\n\n□ 문승욱 장관은 자카르타를 방문하여 경제협력 성과를 점검하고 향후 원자재 공급망 및 미래 신산업 협력기반도 공고히 하였음\n\nㅇ 아울러 완성차 공장 건설 현장을 방문하고 우리기업 관계자들을 격려할 예정\n',
      ),
    ).toEqual([]);
  });

  it('are facts, not strategies, under a parent that is a full sentence', () => {
    expect(
      strategies('□ 산업부는 몽골과 협력을 강화하기로 하였다.\n  ㅇ 호주와 핵심광물 협력 확대\n'),
    ).toEqual([]);
  });

  it("are facts, not strategies, under a heading that is only an agreement's name, but strategies under a plan's", () => {
    const items = (name: string) =>
      `산업부는 베트남과 ｢${name}｣에 서명하였다.\n\n【 ${name} 】\n\nㅇ 베트남과 희토류 공급망 협력 확대\n`;
    expect(strategies(items('핵심광물 공급망 협력 양해각서'))).toEqual([]);
    expect(strategies(items('핵심광물 공급망 협력 전략'))).toHaveLength(1);
  });

  it('are events, not strategies, under a dated entry of a chronology', () => {
    const entry = (date: string) =>
      `< 수주 경과 >\n\n◇ ${date}원전 수출 전략 발표\n\n- 수출통제 관련 현황점검\n`;
    expect(strategies(entry('(’22.5) '))).toEqual([]);
    expect(strategies(entry(''))).toHaveLength(1);
  });
});

describe('words that stand for a group', () => {
  const full = loadLexicon();
  const importText = (text: string) =>
    importBytes(new TextEncoder().encode(text), {
      path: 'group.txt',
      lexicon: full,
      importedAt: '2026-01-01T00:00:00Z',
    });
  const DEFINED =
    'Critical minerals framework\n\nThe United States and Australia (together, the “Participants”) signed a framework.\n\nThe Participants will stockpile nickel.\n';

  it('resolve a defined term to every name it gathers, quoting the definition as a second passage', () => {
    const g = importText(DEFINED);
    expect(edgesOf(g)).toEqual(
      expect.arrayContaining(['SECURES United States → nickel', 'SECURES Australia → nickel']),
    );
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const edge = g.edges.find((e) => e.type === 'SECURES' && name.get(e.source) === 'Australia')!;
    expect(edge.evidence.map((e) => e.quote)).toEqual([
      'The Participants will stockpile nickel',
      'The United States and Australia (together, the “Participants”)',
    ]);
    expect(edge.evidence[1]!.rule).toBe('reference:group-term');
  });

  it('resolve `the two countries` and 양국 to the two countries named together before', () => {
    expect(
      edgesOf(importText('Korea and Japan signed an agreement. The two countries will stockpile nickel.\n')),
    ).toEqual(expect.arrayContaining(['SECURES South Korea → nickel', 'SECURES Japan → nickel']));
    expect(edgesOf(importText('한국과 몽골은 MOU를 체결했다. 양국은 희토류를 비축한다.\n'))).toEqual(
      expect.arrayContaining(['SECURES 한국 → 희토류', 'SECURES 몽골 → 희토류']),
    );
  });

  it('read `the company`, `the country` and 해당 기업 as the one entity of that kind named before, quoting it', () => {
    const g = importText(
      'Albemarle restarted a mine in North Carolina.\n\nThe company will produce lithium.\n',
    );
    expect(edgesOf(g)).toContain('PRODUCES Albemarle → lithium');
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const edge = g.edges.find((e) => e.type === 'PRODUCES' && name.get(e.source) === 'Albemarle')!;
    expect(edge.evidence.map((e) => e.quote)).toEqual(['The company will produce lithium', 'Albemarle']);
    expect(
      edgesOf(importText('China announced new rules.\n\nThe country will restrict exports of gallium.\n')),
    ).toContain('IMPOSES China → gallium');
    expect(edgesOf(importText('포스코는 새 공장을 지었다.\n\n해당 기업은 리튬을 생산한다.\n'))).toContain(
      'PRODUCES 포스코 → 리튬',
    );
  });

  it('leave `the company` unresolved after two companies', () => {
    const edges = edgesOf(importText('Intel and TSMC met in Taipei.\n\nThe company will produce lithium.\n'));
    expect(edges.filter((e) => e.startsWith('PRODUCES'))).toEqual([]);
  });

  it('stand for no one when three countries were named, or a term was never defined', () => {
    const three = edgesOf(
      importText('Korea, Japan and China met in Seoul. The two countries will stockpile nickel.\n'),
    );
    expect(three.filter((e) => e.startsWith('SECURES'))).toEqual([]);
    const undefinedTerm = edgesOf(importText('The Participants will stockpile nickel.\n'));
    expect(undefinedTerm.filter((e) => e.startsWith('SECURES'))).toEqual([]);
  });

  it('leave the names in a defining parenthesis out of the clause, which goes on after it', () => {
    expect(
      edgesOf(
        importText(
          'The United States (the “U.S.”) and Japan (together, the “Parties”) will stockpile nickel.\n',
        ),
      ),
    ).toEqual(expect.arrayContaining(['SECURES United States → nickel', 'SECURES Japan → nickel']));
  });
});
