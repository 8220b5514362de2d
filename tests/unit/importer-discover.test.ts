import { describe, expect, it } from 'vitest';
import { discover } from '../../importer/discover';
import { entityFromLexicon } from '../../importer/entities';
import { loadLanguages } from '../../importer/language';
import { loadLexicon } from '../../importer/lexicon/load';
import { testLexicon } from '../fixtures/lexicon';

const known = testLexicon().entries.map(entityFromLexicon);
const found = (text: string) => discover([text], known).entities.map((e) => `${e.kind}:${e.name}`);
/** The bundled lexicon, for cases that need the names it knows (companies, laws). */
const bundled = loadLexicon([]).entries.map(entityFromLexicon);
const foundWithBundled = (text: string) =>
  discover([text], bundled).entities.map((e) => `${e.kind}:${e.name}`);

/** Names found with Korean morphology, which some readings of Korean names need. */
async function foundWithKorean(): Promise<(text: string) => string[]> {
  const { ko } = await loadLanguages({ korean: true });
  return (text) => discover([text], known, undefined, ko).entities.map((e) => `${e.kind}:${e.name}`);
}

describe('discovering names by their shape', () => {
  it('reads laws joined by a middle dot as a list of laws', () => {
    expect(found('정부는 전기사업법·원자력안전법 개정을 추진한다.')).toEqual([
      'Policy:전기사업법',
      'Policy:원자력안전법',
    ]);
  });

  it('reads a company’s name and a word for a business after it as an arm of that company', () => {
    expect(foundWithBundled('LG Chemical announced a plant. Intel Capital invested in startups.')).toEqual([
      'Company:LG Chemical',
      'Company:Intel Capital',
    ]);
    expect(foundWithBundled('LG Energy Solution and Samsung SDI expanded.')).toEqual([]);
  });

  it('reads a company’s name and an acronym that ends the phrase as another company of its group', () => {
    expect(foundWithBundled('양극재 생산(LG BCM) → 배터리 생산')).toEqual(['Company:LG BCM']);
    expect(foundWithBundled('The Boeing CEO said so.')).toEqual([]);
  });

  it('gives a Korean legal form set apart before a name to that name, not to the word before it', () => {
    expect(foundWithBundled('신학철 ㈜누리소재 대표이사가 참석했다.')).toEqual(['Company:누리소재']);
    expect(foundWithBundled('대한누리 ㈜는 전선을 만든다.')).toEqual(['Company:대한누리']);
  });

  it('takes no word for a public body alone for a party to a deal', () => {
    expect(foundWithBundled('The plant is a subsidiary of the Government of Nanjing.')).toEqual([]);
  });

  it('names another country’s ministry, army or parliament apart from the Korean body of the same name', () => {
    expect(
      foundWithBundled(
        '이집트 국방부와 국방부가 서명했다. 영국 산업통상부 장관이 방한했다. 이집트 육군과 인도네시아 의회가 참석했다.',
      ),
    ).toEqual([
      'Organization:이집트 국방부',
      'Organization:영국 산업통상부',
      'Organization:이집트 육군',
      'Organization:인도네시아 의회',
    ]);
  });

  it('takes no phrase that only describes bodies, and no person after a title, for a body', () => {
    expect(found('Other Federal Agencies will act, said U.S. Secretary of Commerce Gina Raimondo.')).toEqual(
      [],
    );
  });

  it('takes a headline’s words for some company for no company', () => {
    expect(
      foundWithBundled('Intel Announces $20 Billion Ohio Facility; Latest Company to Invest in U.S.'),
    ).not.toContain('Company:Latest Company');
  });

  it('ends a body’s name at the end of a sentence', () => {
    expect(found('It is financed by Tsing Works. The Abrix Bank lent.')).toEqual(['Organization:Abrix Bank']);
  });

  it('takes a name described as a maker after its acronym in parentheses as a company of both names', () => {
    expect(
      foundWithBundled('Industries Qatar (IQ), a producer of petrochemicals and steel, is listed.'),
    ).toEqual(['Company:Industries Qatar']);
    expect(
      discover(['Industries Qatar (IQ), a producer of steel, is listed.'], bundled).entities[0]?.forms,
    ).toContain('IQ');
  });

  it('takes a name set off by commas right after a company noun as a company', () => {
    expect(
      foundWithBundled("UAE's main defense conglomerate, Abrix Group, is partnering with Korea."),
    ).toEqual(['Company:Abrix Group']);
  });

  it.each([
    ['It merged with Zentron Anthracite Mining Group in 2001.', ['Company:Zentron Anthracite Mining Group']],
    [
      'It vested Richard Abrix and Baldwins Ltd in the Corporation.',
      ['Company:Richard Abrix and Baldwins Ltd'],
    ],
    [
      'The venture, comprising Celvo Minerals and Zentron Martin Corporation, applied.',
      ['Company:Celvo Minerals', 'Company:Zentron Martin Corporation'],
    ],
    ['OwnerJHL Capital Group, QVT Financial LP', ['Company:JHL Capital Group', 'Company:QVT Financial LP']],
  ])(
    'takes a company named with Group, or with and before its legal form, but not two names joined by and: %s',
    (text, names) => {
      expect(found(text).filter((n) => n.startsWith('Company:'))).toEqual(expect.arrayContaining(names));
      expect(found(text).filter((n) => n.startsWith('Company:'))).toHaveLength(names.length);
    },
  );

  it('takes a name set off from its legal form by a comma as a company, and the name alone as short for it', () => {
    const entities = discover(
      ['Motorola, Inc. was divided into Motorola Mobility and Motorola Solutions. Motorola made radios.'],
      known,
    ).entities.filter((e) => e.kind === 'Company');
    const short = entities.filter((e) => e.forms.has('Motorola')).map((e) => e.name);
    expect(entities.map((e) => e.name)).toEqual([
      'Motorola, Inc.',
      'Motorola Mobility',
      'Motorola Solutions',
    ]);
    expect(short).toEqual(['Motorola, Inc.']);
  });

  it('takes a first word several companies share as short for none of them', () => {
    const shortFor = (text: string, form: string) => {
      const found = discover([text], known);
      return found.entities
        .filter((e) => e.forms.has(form) || found.aliases.get(e.nodeId)?.has(form))
        .map((e) => e.name);
    };
    expect(shortFor('Syrah Technologies and Syrah Resources agreed. Syrah will grow.', 'Syrah')).toEqual([]);
    expect(shortFor('Syrah Technologies opened a plant. Syrah will grow.', 'Syrah')).toEqual([
      'Syrah Technologies',
    ]);
  });

  it('takes a name glossed in Latin letters after a word for a kind of firm as a company, but not after a word for a business', () => {
    expect(found('대우건설은 사우디 건설사 알파나르(Alfanar)와 협력했다.')).toContain('Company:알파나르');
    expect(found('정부는 국내 조선사업 현대화(Modernization) 방안을 냈다.')).toEqual([]);
  });

  it('takes a registered name that opens with The with and without it', () => {
    const company = discover(['Shares of The Zentron Steel Company of Wales Ltd rose.'], known).entities.find(
      (e) => e.kind === 'Company',
    );
    expect([...company!.forms]).toEqual([
      'Zentron Steel Company of Wales Ltd',
      'The Zentron Steel Company of Wales Ltd',
    ]);
  });

  it.each(['The Technical Working Group met.', 'Korea and Zentron Group agreed.'])(
    'takes no group of people, and no name before and, for a company: %s',
    (text) => {
      expect(found(text).filter((n) => n !== 'Company:Zentron Group')).toEqual([]);
    },
  );

  it('takes two universities joined by and as two bodies', () => {
    expect(found('Students at Zentron National University and Abrix University met.')).toEqual([
      'Organization:Zentron National University',
      'Organization:Abrix University',
    ]);
  });

  it('takes no word for a kind of body in brackets after a name for another name of it', () => {
    const found = discover(['2012년 07월 아부다비사무소 설립 및 KADOC Ltd(현지법인) 사업허가서 취득'], known);
    const forms = found.entities.flatMap((e) => [...e.forms, ...(found.aliases.get(e.nodeId) ?? [])]);
    expect(forms).not.toContain('현지법인');
  });

  it('reads an executive order cited in full and by its abbreviation as one order', () => {
    const found = discover(
      ['Executive Order 14105 was issued in 2023. Treasury is reviewing EO 14105.'],
      known,
    );
    const orders = found.entities.filter((e) => e.kind === 'Policy');
    expect(orders.map((e) => e.name)).toEqual(['Executive Order 14105']);
    expect([...orders[0]!.forms, ...(found.aliases.get(orders[0]!.nodeId) ?? [])]).toContain('EO 14105');
  });

  it.each([
    ['The Loan Programs Office issued a loan.', 'Organization:Loan Programs Office'],
    ['The Zentron Atomic Research Center joined.', 'Organization:Zentron Atomic Research Center'],
    ['The shares trade on the Abrix Stock Exchange.', 'Organization:Abrix Stock Exchange'],
    ['The Celvo Supreme Court ruled.', 'Organization:Celvo Supreme Court'],
    ['AMD joined the Zentron Foundation in 2012.', 'Organization:Zentron Foundation'],
    ['It funded the Nevada Tech Hub.', 'Organization:Nevada Tech Hub'],
    ['JAMG bought back its stake from Zentron Construction Bank.', 'Organization:Zentron Construction Bank'],
    [
      'The decision directs the Bureau of Land Management, National Park Service, and others to act.',
      'Organization:National Park Service',
    ],
    ['E.O. 14285 directed NOAA to act.', 'Policy:Executive Order 14285'],
    [
      'It superseded the 1988 Canada–United States Free Trade Agreement.',
      'Policy:Canada–United States Free Trade Agreement',
    ],
    ['Under EO 14257, tariffs were imposed.', 'Policy:Executive Order 14257'],
    [
      'It took effect pursuant to Executive Order [EO] 14105 of August 9, 2023.',
      'Policy:Executive Order 14105',
    ],
    ['It was done under Section 232.', 'Policy:Section 232'],
    ['The Stockholm Convention (1960) established the EFTA.', 'Policy:Stockholm Convention'],
    [
      'Norway is a party to the Agreement on a European Economic Area (EEA).',
      'Policy:Agreement on a European Economic Area',
    ],
    [
      'The two countries updated the Joint Action Plan on Critical Minerals Cooperation.',
      'Policy:Joint Action Plan on Critical Minerals Cooperation',
    ],
    ['The Security Council adopted Resolution 2270 in 2016.', 'Policy:Resolution 2270'],
    ['Regulation (EU) 2023/1115 applies to coffee.', 'Policy:Regulation (EU) 2023/1115'],
    ['Council Regulation (EC) No 1225/2009 applies.', 'Policy:Council Regulation (EC) No 1225/2009'],
    ['Directive 2014/95/EU was amended.', 'Policy:Directive 2014/95/EU'],
    ['The Trade Expansion Act of 1962 applies.', 'Policy:Trade Expansion Act of 1962'],
    ['ARPA-E runs the MINER program.', 'Policy:MINER program'],
    ['MP Materials received an award.', 'Company:MP Materials'],
    [
      'DAEWOO SHIPBUILDING & MARINE ENGINEERING Co. builds ships.',
      'Company:DAEWOO SHIPBUILDING & MARINE ENGINEERING Co.',
    ],
    [
      'It went to Ocean Minerals Company and Sun Ocean Ventures, Inc. in 1984.',
      'Company:Ocean Minerals Company',
    ],
    [
      'It went to Ocean Minerals Company and Sun Ocean Ventures, Inc. in 1984.',
      'Company:Sun Ocean Ventures, Inc.',
    ],
    [
      'Applicants include American Ocean Minerals Corporation.',
      'Company:American Ocean Minerals Corporation',
    ],
    ['Applicants include American Metal Resources.', 'Company:American Metal Resources'],
    ['대우중공업㈜은 조선소를 운영했다.', 'Company:대우중공업'],
    ['Congress may end the Section 232 copper tariffs.', 'Policy:Section 232 copper tariffs'],
    ['USA-4 went to Kennecott Consortium in 1984.', 'Organization:Kennecott Consortium'],
    ['The United Steelworkers (USW) backed the plan.', 'Organization:United Steelworkers'],
    ['It was led by the University of Nevada.', 'Organization:University of Nevada'],
    ['당시 영국 최대의 자동차 회사였던 브리티시 레일랜드의 기술을 도입했다.', 'Company:브리티시 레일랜드'],
    ['세계적인 회사인 모토로라가 발표했다.', 'Company:모토로라'],
    ['1999년 3월, 기아자동차와 아시아자동차를 인수하였다.', 'Company:아시아자동차'],
    [
      'It is financed under the Title 17 Clean Energy Financing Program.',
      'Policy:Title 17 Clean Energy Financing Program',
    ],
    [
      'It was done pursuant to Section 201 of the Trade Act of 1974.',
      'Policy:Section 201 of the Trade Act of 1974',
    ],
    ['해양수산부는 계획을 밝혔다.', 'Organization:해양수산부'],
    ['Korea joined the Mineral Security Partnership in 2022.', 'Policy:Mineral Security Partnership'],
    ['The Manufacturing Extension Partnership helps firms.', 'Policy:Manufacturing Extension Partnership'],
    [
      '- Establishing the Mineral Security Partnership: it was launched.',
      'Policy:Mineral Security Partnership',
    ],
    ['Building on Historic Progress Under the Clean Steel Act', 'Policy:Clean Steel Act'],
    ['대우중공업은 1994년 대우조선공업을 합병했다.', 'Company:대우조선공업'],
    ['2010년 푸르덴셜투자증권과 푸르덴셜자산운용을 인수했다.', 'Company:푸르덴셜자산운용'],
    ['롯데정밀화학은 소재를 만든다.', 'Company:롯데정밀화학'],
    ['삼성전자공업사는 부품을 만든다.', 'Company:삼성전자공업사'],
    ['양국은 「희소금속 공급망 협력 양해각서」에 서명하였다.', 'Policy:희소금속 공급망 협력 양해각서'],
    ['양국은 「한-UAE 수소협력 MOU」에 서명하였다.', 'Policy:한-UAE 수소협력 MOU'],
    ['They met at the U.S.-Brazil Energy Forum in May.', 'Organization:U.S.-Brazil Energy Forum'],
    ['양국은 「무역·투자 촉진 프레임워크」를 체결하였다.', 'Policy:무역·투자 촉진 프레임워크'],
    ['ZENTRON AUTOMATION GMBH is a German engineering company.', 'Company:ZENTRON AUTOMATION GMBH'],
    ['Zentron Chemie SE builds a plant.', 'Company:Zentron Chemie SE'],
    ['영국 석유회사 다나 페트롤리엄(Dana Petroleum)을 인수했다.', 'Company:다나 페트롤리엄'],
    ['해상풍력 기업 이엠피 벨스타(EMP Belstar)와 협력한다.', 'Company:이엠피 벨스타'],
    [
      'The two ministries signed the Hydrogen Cooperation Memorandum of Understanding.',
      'Policy:Hydrogen Cooperation Memorandum of Understanding',
    ],
    [
      '정부는 「공급망 안정화 선도사업자 선정 지침안*」을 논의하였다.',
      'Policy:공급망 안정화 선도사업자 선정 지침안',
    ],
    ['산업부는 「민·관합동 조선 산업발전 전략」을 발표하였다.', 'Policy:민·관합동 조선 산업발전 전략'],
    ['산업부는 「해운 산업 재건 계획」을 발표하였다.', 'Policy:해운 산업 재건 계획'],
    [
      'They signed the Agreement on Critical Minerals Supply\nOn March 13, 2023, the leaders met.',
      'Policy:Agreement on Critical Minerals Supply',
    ],
    [
      'Iconic American companies including Hill International, Jacobs, Parsons, and AECOM are building airports.',
      'Company:Jacobs',
    ],
    [
      'The mine belongs to Zentrox Ridge, one of the largest mining companies in Chile.',
      'Company:Zentrox Ridge',
    ],
    ['Korea and Zentron Group agreed on a plan.', 'Company:Zentron Group'],
    ['In 2013 Zentron Asset Management bought a stake.', 'Company:Zentron Asset Management'],
  ])('finds the name in "%s"', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    ['a description in title case', 'Advanced Technologies are key.'],
    ['a label for ties between countries', 'They upgraded ties to a Comprehensive Strategic Partnership.'],
    [
      'a title opening with a verb',
      'Challenges Remain for Deploying Advanced Energy Technologies to Meet Needs',
    ],
    ['a verb and its object before a title', '- Expanding the Partnership to Africa.'],
    ['a Korean word ending in 정부', '한국정부는 계획을 밝혔다.'],
    ['a Korean sector word', '국내중공업은 어려움을 겪었다.'],
    ['a quoted judgement', "그는 '배터리 전략'이라는 말을 썼다."],
    ['a quoted phrase an adjective opens', '정부는 ‘새로운 배터리 전략’을 논의했다.'],
    ['a description before a trade word', 'Rare Earth Minerals are scarce.'],
    ['a kind of car', '정부는 전기자동차와 수소자동차를 지원한다.'],
    ['a hall named for conventions', 'They met at the Riverside Convention Hall.'],
  ])('does not take %s for a name', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('takes proper nouns after a word for firms, up to their particle, for a company’s name', async () => {
    const names = await foundWithKorean();
    expect(names('캐나다 광산업체 퍼스트퀀텀은 구리를 생산한다.')).toContain('Company:퍼스트퀀텀');
    expect(names('룩셈부르크의 철강회사 아르셀로와 인도의 철강회사가 합병했다.')).toContain(
      'Company:아르셀로',
    );
    expect(names('협력업체 안전교육 시설을 확대하고 기업 경쟁력은 높인다.')).toEqual([]);
    expect(names('회사 스코다파워 인수 계약')).toEqual([]);
  });

  it('takes a Korean plan or instrument the sentence adopts as a policy, from the bare nouns before its head', async () => {
    const names = await foundWithKorean();
    expect(names('중기부는 중소·벤처기업 수출지원 방안을 발표했다.')).toContain(
      'Policy:중소·벤처기업 수출지원 방안',
    );
    expect(names('산업부는 이번 2035 이차전지 산업기술 로드맵을 수립했다.')).toContain(
      'Policy:2035 이차전지 산업기술 로드맵',
    );
    expect(names('관계부처 합동 범부처 비상수출대책 마련')).toContain('Policy:범부처 비상수출대책');
    expect(names('양국은 시청각 공동제작협정을 체결하기로 했다.')).toContain('Policy:시청각 공동제작협정');
    // A system or a certification scheme (`제도`, `인증제`) the sentence introduces.
    expect(names('정부는 배터리 재생원료 인증제를 도입한다.')).toContain('Policy:배터리 재생원료 인증제');
    // What a plan does, with no name: a discussion, a generic response, a plan for each scenario or between firms.
    expect(names('양국은 세부 협력 방안을 마련해 나가기로 했다.')).toEqual([]);
    expect(names('정부는 다양한 시나리오별 대응방안 마련 중이다.')).toEqual([]);
    expect(names('양측은 기업간 핵심광물 협력 MOU를 체결했다.')).toEqual([]);
    expect(names('양국은 협력 방안을 논의했다.')).toEqual([]);
    // `붙임` (attached) labels the attachment that holds the plan; it is no word of the plan's name.
    expect(names('붙임 제4차 해외농업자원개발 종합계획 목표 및 추진과제')).not.toContain(
      'Policy:붙임 제4차 해외농업자원개발 종합계획',
    );
    expect(names('양국은 공급망 안정화 방안을 논의했다.')).toEqual([]);
    // `분야` (field) says which fields the instruments were in, and opens no name.
    expect(names('23개국과 핵심광물, 제조 등 분야 계약·업무협약 체결')).toEqual([]);
  });

  it('takes a Korean plan numbered in its series as a policy, whatever the verb, but not a meeting so numbered', async () => {
    const names = await foundWithKorean();
    expect(names('정부는 제2차 경제개발 5개년 계획을 시작하였다.')).toEqual([
      'Policy:제2차 경제개발 5개년 계획',
    ]);
    expect(names('제3차 회의에서 발표된 계획을 논의했다.')).toEqual([]);
  });

  it('takes a Korean instrument titled by what it is about as a policy, but not one about a bare generic noun', async () => {
    const names = await foundWithKorean();
    expect(names('양국은 국방연구개발협력에 관한 양해각서를 체결했다.')).toEqual([
      'Policy:국방연구개발협력에 관한 양해각서',
    ]);
    expect(names('국회는 배터리 산업 육성 및 공급망 안정화에 관한 법률을 통과시켰다.')).toEqual([
      'Policy:배터리 산업 육성 및 공급망 안정화에 관한 법률',
    ]);
    expect(names('양국 간 협력에 관한 양해각서를 맺었다.')).toEqual([]);
  });

  it('takes a Korean instrument the sentence says was signed or adopted, in the passive, as a policy', async () => {
    const names = await foundWithKorean();
    expect(names('어제 시청각 공동제작협정이 체결되었다.')).toEqual(['Policy:시청각 공동제작협정']);
    expect(names('정부는 해외자원개발 지원 방안을 도입했다.')).toEqual(['Policy:해외자원개발 지원 방안']);
  });

  it('takes an item that is only a plan’s title as that plan, but no generic plan', async () => {
    const names = await foundWithKorean();
    expect(names('(1호 안건) 수소산업 생태계 경쟁력 강화방안')).toEqual([
      'Policy:수소산업 생태계 경쟁력 강화방안',
    ]);
    expect(names('향후 추진 계획')).toEqual([]);
    expect(names('정부는 수소산업 생태계 경쟁력 강화방안을 논의했다')).toEqual([]);
  });

  it('takes a Korean programme named by what it does before 사업 as a policy, but no venture at a site or kind of work described by examples', async () => {
    const names = await foundWithKorean();
    expect(names('정부는 차세대 지능형반도체 기술개발 사업에 1조원을 투입한다.')).toContain(
      'Policy:차세대 지능형반도체 기술개발 사업',
    );
    expect(names('산업부는 한국형 수소환원제철 실증사업을 추진한다.')).toContain(
      'Policy:한국형 수소환원제철 실증사업',
    );
    expect(names('LG상사는 미국의 로즈몬트 광산 개발사업에 참여했다.')).not.toContain(
      'Policy:로즈몬트 광산 개발사업',
    );
    expect(names('삼성전자의 반도체 개발 사업이 성장했다.')).toEqual([]);
    expect(names('E&P사업실은 원유, 천연가스 등의 에너지자원 개발사업을 한다.')).not.toContain(
      'Policy:에너지자원 개발사업',
    );
    expect(names('LG상사는 큰 성과를 거두며 자원개발사업을 확대했다.')).not.toContain(
      'Policy:거두며 자원개발사업',
    );
    expect(found('반도체 첨단패키징 선도기술개발사업과 전기차 이차전지 대여 시범사업을 추진한다.')).toEqual([
      'Policy:반도체 첨단패키징 선도기술개발사업',
      'Policy:전기차 이차전지 대여 시범사업',
    ]);
  });

  it('takes a Korean fund named in one word as an organization', () => {
    expect(found('340억원 규모의 수소경제펀드 등을 통해 진입을 촉진한다.')).toEqual([
      'Organization:수소경제펀드',
    ]);
  });

  it('takes any title in title marks, or quoted with a document’s head noun, as a policy', () => {
    expect(found('정부는 ’수소경제 기본계획‘을 수립하고, ’20년 이후 China’s plan’도 본다.')).toEqual([
      'Policy:수소경제 기본계획',
    ]);
    expect(found('관계부처 합동 「해운산업 리더국가 실현전략」수립')).toContain(
      'Policy:해운산업 리더국가 실현전략',
    );
    expect(found('근거를 규정한 ｢석유화학산업의 경쟁력 강화 및 지원에 관한 특별법｣ 시행령')).toContain(
      'Policy:석유화학산업의 경쟁력 강화 및 지원에 관한 특별법',
    );
    expect(found("정부는 '자동차 생태계 강화를 위한 긴급 대응대책'을 발표했다.")).toContain(
      'Policy:자동차 생태계 강화를 위한 긴급 대응대책',
    );
    expect(found('1962년 《제1차 경제개발 5개년 계획》을 발표했다.')).toContain(
      'Policy:제1차 경제개발 5개년 계획',
    );
    expect(found("우선, '2035 이차전지 산업기술 로드맵'을 연내 수립한다.")).toContain(
      'Policy:2035 이차전지 산업기술 로드맵',
    );
    expect(found("정부는 ‘새로운 배터리 전략’을 논의했다. '25년 계획'을 세웠다.")).toEqual([]);
  });

  it('does not take a postposition after a word for firms into a company’s name', () => {
    const names = found('양국 기업 간 협의체(APR Owners Group)의 워킹그룹 활동이 시작되었다.');
    expect(names.some((n) => n.includes('간 협의체'))).toBe(false);
  });

  it('does not take a known company and the next name joined by and for one name', () => {
    const names = discover(
      ['It halted production for competitors, such as BMW and Zentron AG.'],
      bundled,
    ).entities.map((e) => e.name);
    expect(names).toContain('Zentron AG');
    expect(names).not.toContain('BMW and Zentron AG');
  });

  it('does not take infobox fields run together after a known name for one name', () => {
    const names = discover(['SK하이닉스대한민국종합 반도체 기업'], bundled).entities.map((e) => e.name);
    expect(names).not.toContain('SK하이닉스대한민국종합');
  });

  it('takes the Commission of a text about the EU as the European Commission, unless another commission is named', () => {
    const aliases = (text: string) => [
      ...(discover([text], bundled).aliases.get('organization:european-commission') ?? []),
    ];
    expect(aliases('The Commission announced €1.67 billion of EU funding.')).toEqual(['Commission']);
    expect(aliases('The Commission announced new rules.')).toEqual([]);
    expect(aliases('The Federal Trade Commission acted. The Commission fined EU firms.')).toEqual([]);
  });

  it('reads a known name with one word’s number changed as that name', () => {
    const result = discover(['Korea joined the Mineral Security Partnership.'], bundled);
    expect(result.entities).toEqual([]);
    expect([...(result.aliases.get('policy:minerals-security-partnership') ?? [])]).toEqual([
      'Mineral Security Partnership',
    ]);
  });

  it('takes a long name ending like a known name, glossed by that name, as another name of it', () => {
    const korus = 'policy:korus-fta';
    const glossed = discover(
      ['The U.S.-South Korea Free Trade Agreement (KORUS FTA) entered into force.'],
      bundled,
    );
    expect([...(glossed.aliases.get(korus) ?? [])]).toEqual(['U.S.-South Korea Free Trade Agreement']);
    const other = discover(['The U.S.-South Korea Trade Deal (KORUS FTA) entered into force.'], bundled);
    expect(other.aliases.get(korus)).toBeUndefined();
  });

  it('takes a Korean tax credit named by what it credits as a policy, but not a bare tax credit', () => {
    expect(found('최대 30% 세액공제를 제공하는 투자세액공제 및 생산세액공제')).toEqual([
      'Policy:투자세액공제',
      'Policy:생산세액공제',
    ]);
    expect(found('기업들은 세액공제를 받는다.')).toEqual([]);
  });

  it('takes a Korean decree’s name as a policy, but not a generic decree or an ordinary word ending alike', () => {
    expect(found('일본 수출무역관리령 별표 제3의 국가에 추가하였다.')).toContain('Policy:수출무역관리령');
    expect(found('세부 사항은 대통령령으로 정하며, 행정명령과 연령 제한을 둔다.')).toEqual([]);
  });

  it('takes a quoted project or vision as a policy, without the subtitle after its colon', () => {
    expect(found('산업부는 「K-조선 미래비전 : 모두의 힘으로, 더 큰 미래로」를 발표하였다.')).toContain(
      'Policy:K-조선 미래비전',
    );
    expect(found("지역근로자를 지원하는 '광역이음 프로젝트'를 운영한다.")).toContain(
      'Policy:광역이음 프로젝트',
    );
    expect(found("'프로젝트'와 '비전'을 논의하였다.")).toEqual([]);
  });

  it('takes a policy named by its kind and what it is about, and the same name without its parties as that policy', () => {
    const policies = (text: string) =>
      discover([text], bundled)
        .entities.filter((e) => e.kind === 'Policy')
        .map((e) => [e.name, ...[...e.forms].filter((f) => f !== e.name)].join(' = '));
    expect(
      policies(
        'The U.S.-Jordan Agreement on Reciprocal Trade will expand trade. The Agreement on Reciprocal Trade builds on it.',
      ),
    ).toEqual(['U.S.-Jordan Agreement on Reciprocal Trade = Agreement on Reciprocal Trade']);
    expect(
      policies('the Agreement on Mutual Recognition Between the European Community and the United States'),
    ).toEqual(['Agreement on Mutual Recognition']);
    expect(policies('an Agreement on Reciprocal, Fair, and Balanced Trade')).toEqual([]);
    expect(policies('They reached an Agreement on Monday. A new Strategy for China.')).toEqual([]);
    expect(policies('The 2015 Joint Comprehensive Plan of Action (JCPOA) limits enrichment.')).toEqual([
      'Joint Comprehensive Plan of Action = JCPOA',
    ]);
    expect(
      policies('Congress passed the National Defense Authorization Act for Fiscal Year 2024 (NDAA).').filter(
        (p) => p.includes('Fiscal'),
      ),
    ).toEqual(['National Defense Authorization Act for Fiscal Year 2024']);
  });

  it('takes a treaty named head first after a place, and an act with its year after it, as policies', () => {
    expect(found('The Treaty of Rome and the Treaty of San Francisco were signed.')).toEqual([
      'Policy:Treaty of Rome',
      'Policy:Treaty of San Francisco',
    ]);
    expect(found('Parliament passed the Iron and Steel Act 1967 to nationalise the firms.')).toEqual([
      'Policy:Iron and Steel Act 1967',
    ]);
    // A date is no place, and a treaty whose name goes on past the place is not cut there.
    expect(
      found('The Convention of June 1 applies. The Treaty of Friendship and Cooperation with Japan.'),
    ).toEqual([]);
  });

  it('takes a policy title with accented letters whole', () => {
    expect(found('Namibia traded under the Lomé Convention.')).toEqual(['Policy:Lomé Convention']);
  });

  it('takes a compact and a set of standards as policies', () => {
    expect(found('The Indonesia Infrastructure and Finance Compact will fund roads.')).toContain(
      'Policy:Indonesia Infrastructure and Finance Compact',
    );
    expect(found('Cars complying with the Federal Motor Vehicle Safety Standards may enter.')).toContain(
      'Policy:Federal Motor Vehicle Safety Standards',
    );
  });

  it('takes two known companies joined by a dash before a word for what they form as that one body, in any case', () => {
    const text =
      'The Renault–Nissan Alliance formed a venture. Later the Renault-Nissan alliance raised its stake.';
    expect(foundWithBundled(text)).toEqual(['Organization:Renault–Nissan Alliance']);
    expect([...discover([text], bundled).entities[0]!.forms]).toContain('Renault–Nissan alliance');
    expect(foundWithBundled('The Renault-Zentron Alliance formed a venture.')).toEqual([]);
  });

  it('takes no acronym of a kind of instrument for another name of the instrument it follows or precedes', () => {
    const text =
      '양국은 핵심광물 협력 업무협약(MOU)을 체결했다. 스마트팜 협력 MOU(이그린글로벌)도 체결됐다. 계약과 MOU가 이어졌다.';
    expect(found(text)).toEqual(['Policy:핵심광물 협력 업무협약']);
    const entity = discover([text], known).entities[0]!;
    expect([...entity.forms]).not.toContain('MOU');
    expect(found('양국은 업무협약(MOU)을 체결했다.')).toEqual([]);
  });

  it('takes no deal a headline names only by words for deals', () => {
    expect(found('Fact Sheet: President Donald J. Trump Announces Trade Deal with Jordan')).toEqual([]);
    expect(
      found(
        'Fact Sheet: President Donald J. Trump Solidifies Economic and Defense Partnership with the Kingdom',
      ),
    ).toEqual([]);
    expect(found('United States Strengthens Supply Chain Resilience Initiative')).toEqual([
      'Policy:Supply Chain Resilience Initiative',
    ]);
    expect(found('United States and Japan Sign Critical Minerals Agreement')).toEqual([
      'Policy:Critical Minerals Agreement',
    ]);
  });

  it('takes a kind of policy every country has, with its parties in front, as one policy', () => {
    expect(found('the U.S.-Jordan Free Trade Agreement entered into force')).toEqual([
      'Policy:U.S.-Jordan Free Trade Agreement',
    ]);
    expect(found('Japan signed free trade agreements.')).toEqual([]);
  });

  it('takes a firm’s name that ends with the sector it works in as a company, but not a sector with an adjective', () => {
    expect(foundWithBundled('Royal Jordanian Airlines purchased six aircraft.')).toEqual([
      'Company:Royal Jordanian Airlines',
    ]);
    expect(foundWithBundled('Chinese Electronics grew while Global Pharmaceuticals rose.')).toEqual([]);
  });

  it.each([
    ['양국은 한-몽골 희소금속 협력위원회를 개최했다.', ['Organization:한-몽골 희소금속 협력위원회']],
    ['화학산업 생태계 포럼을 출범했다.', ['Organization:화학산업 생태계 포럼']],
    ['한-미 조선협력센터를 설립한다.', ['Organization:한-미 조선협력센터']],
    ['미국 주최 MSP 포럼에 참석했다.', ['Organization:MSP 포럼']],
    [
      '※ 한-UAE 원자력 협력 고위급 협의회(ROK-UAE High-Level Consultation)',
      ['Organization:한-UAE 원자력 협력 고위급 협의회'],
    ],
  ])(
    'takes a Korean committee, forum or centre named by its parties and work, without its host: %s',
    (text, names) => {
      expect(found(text)).toEqual(names);
    },
  );

  it.each([
    '이번 위원회에서 논의했다.',
    '동 위원회는 매년 열린다.',
    '관련 포럼을 개최한다.',
    '美 국무부 주도로 발족한 다자협의체 (現 의장국 : 한국)',
    '정부는 민관 협의회를 열었다.',
  ])(
    'takes no committee or forum named only by a word that points back or says what kind it is: %s',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it('takes Korean laboratories and government programmes named by their work, but not kinds of them', () => {
    expect(found('회사는 기술연구원 내에 CRD연구소, 배터리연구소를 두고 있다.')).toEqual([
      'Organization:CRD연구소',
      'Organization:배터리연구소',
    ]);
    expect(
      found('반도체 첨단패키징 선도기술개발사업, 국가첨단전략산업 기술혁신융자사업을 지원한다.'),
    ).toEqual(['Policy:반도체 첨단패키징 선도기술개발사업', 'Policy:국가첨단전략산업 기술혁신융자사업']);
    expect(found('국내 연구소와 글로벌 연구소, 연구개발사업과 각종 지원사업을 확대한다.')).toEqual([]);
    expect(found('일본의 4위반도체에너지연구소(13.6%)가 뒤를 이었다.')).toEqual([
      'Organization:반도체에너지연구소',
    ]);
  });

  it('takes a public law’s number as a policy, or as another name of the law it follows', () => {
    const result = discover(
      [
        'Congress oversees the CHIPS and Science Act (P.L. 117-167). It enacted P.L. 119-21 and Public Law 117-167.',
      ],
      bundled,
    );
    expect(result.entities.map((e) => `${e.kind}:${e.name}`)).toEqual(['Policy:P.L. 119-21']);
    expect([...(result.aliases.get('policy:us-chips-act') ?? [])]).toEqual(
      expect.arrayContaining(['P.L. 117-167', 'Public Law 117-167']),
    );
  });

  it.each([
    '이를 고려하여 결정했다.',
    '이를 고려한다면 좋다.',
    '현대화된 설비를 갖췄다.',
    '선박소유권이전조건부 나용선 제도',
  ])('takes no verb or adverb that starts like a group’s or body’s name for a name: %s', (text) => {
    expect(foundWithBundled(text)).toEqual([]);
  });

  it('takes a group’s affiliate whose name goes on with syllables like a verb’s', () => {
    expect(foundWithBundled('AES사 수처리 사업 분야 (현 두산하이드로테크놀로지) 인수')).toContain(
      'Company:두산하이드로테크놀로지',
    );
  });

  it.each([
    ['1999년 현대전자에 LG반도체 매각', 'Company:LG반도체'],
    ['삼성석유화학과 삼성정밀화학을 합병했다.', 'Company:삼성석유화학'],
    ['2011년 태양광 사업을 하는 한화솔라에너지를 설립했다.', 'Company:한화솔라에너지'],
    ['1987년 금성히타치시스템(현 LG히타치) 설립', 'Company:LG히타치'],
  ])(
    'takes a group’s name run into words ending on its business, or into its partner’s name, for an affiliate: %s',
    (text, name) => {
      expect(foundWithBundled(text)).toContain(name);
    },
  );

  it('takes no affiliate whose name runs on past a known name into other words', () => {
    expect(foundWithBundled('SK하이닉스대한민국종합 반도체 기업')).toEqual([]);
    expect(foundWithBundled('LG반도체공장 부지')).not.toContain('Company:LG반도체공장');
  });

  it('takes no trade’s words alone for a firm', () => {
    expect(found('Energy Asset Management is a task of the utility.')).toEqual([]);
  });

  it('takes two trades joined by and inside a company’s name as part of it', () => {
    expect(foundWithBundled('In 2016 Wuhan Iron and Steel Group merged with a rival.')).toContain(
      'Company:Wuhan Iron and Steel Group',
    );
  });

  it('keeps the last syllable of a known affiliate that ends like a particle', () => {
    expect(foundWithBundled('2003년 LG필립스LCD(현 LG디스플레이), 세계 1위로 선정.')).not.toContain(
      'Company:LG디스플레',
    );
  });

  it('reads no Latin letters glued to Hangul as the name before a parenthesis', () => {
    const aliases = discover(['2003년 LG필립스LCD(현 LG디스플레이), 세계 1위로 선정.'], bundled).aliases;
    expect([...aliases.values()].flatMap((forms) => [...forms])).not.toContain('현 LG디스플레이');
  });

  it('starts a Korean working body’s name after a time phrase', () => {
    expect(found('4월부터 관계부처 합동 TF를 운영한다.')).toEqual(['Organization:관계부처 합동 TF']);
  });

  it('takes a Korean body’s name followed by its acronym in brackets, and one named by two fields', () => {
    expect(foundWithBundled('(UAE측) 에너지·인프라부, 연방원자력규제청(FANR) 등')).toEqual([
      'Organization:에너지·인프라부',
      'Organization:연방원자력규제청',
    ]);
  });

  it('takes a joint Korean body with the pair of countries in front as one name', () => {
    expect(found('한-호주 에너지자원협력위원회(’80-’21.7월 기간중 30회 개최) 산하에 신설')).toEqual([
      'Organization:한-호주 에너지자원협력위원회',
    ]);
  });

  it.each([
    ['전라북도·군산시·한국농어촌공사는 투자협약을 체결했다.', ['Organization:한국농어촌공사']],
    ['사무소 개소·석유기술연구원 신설', ['Organization:석유기술연구원']],
  ])('takes only the body of a list joined by ·: %s', (text, names) => {
    expect(found(text)).toEqual(names);
  });

  it('takes a Korean bank’s name as a company, but not a kind of bank', () => {
    expect(found('2008년 국민은행과 주식을 맞교환하였다.')).toEqual(['Company:국민은행']);
    expect(found('시중은행 3사와 국책은행, 중앙은행이 지원한다.')).toEqual([]);
  });

  it.each([
    [
      'AMD worked with other semiconductor manufacturers Zentron and Abrix Labs to co-develop processes.',
      ['Company:Zentron', 'Company:Abrix Labs'],
    ],
    [
      'Demand came from battery makers including Celvo, Abrix and Zentron.',
      ['Company:Celvo', 'Company:Abrix', 'Company:Zentron'],
    ],
    ['AMD and its competitor Zentron have kept a duopoly.', ['Company:Zentron']],
  ])(
    'takes the names listed after a plural company noun, or after a competitor, as companies: %s',
    (text, names) => {
      expect(foundWithBundled(text)).toEqual(names);
    },
  );

  it.each([
    'AMD and its competitor China have kept a duopoly.',
    'The manufacturers The Board and Congress met.',
    'Battery makers are expanding in Europe.',
  ])('takes no known name, article or lower-case word after a company noun for a company: %s', (text) => {
    expect(foundWithBundled(text).filter((n) => n.startsWith('Company:'))).toEqual([]);
  });

  it.each([
    ['캐나다 Harvest Energy사 인수계약 체결', ['Company:Harvest Energy']],
    ['미국 Xenocorp社는 투자를 발표했다.', ['Company:Xenocorp']],
    ['영국 민트코 社와 협력한다.', ['Company:민트코']],
    ['A社, B社가 참여한다.', ['Company:A社', 'Company:B社']],
  ])('takes a name before 社, or a Latin one before 사, as a company: %s', (text, names) => {
    expect(foundWithBundled(text)).toEqual(names);
  });

  it('takes a word glossed with its chief executive, or a group’s affiliate so glossed, as a company', () => {
    expect(foundWithBundled('누리소재(대표 홍길동)는 공장을 짓는다.')).toEqual(['Company:누리소재']);
    expect(foundWithBundled('한화디펜스(대표이사 손재일)는 계약을 체결했다.')).toEqual([
      'Company:한화디펜스',
    ]);
    expect(foundWithBundled('누리부(장관 홍길동)는 밝혔다.')).not.toContain('Company:누리부');
  });

  it('takes a proper noun before 그룹 as a business group, and a common noun before it as none', async () => {
    const withKorean = await foundWithKorean();
    expect(withKorean('대우그룹은 공장을 설립했다. 워킹그룹과 실무그룹이 열렸다.')).toEqual([
      'Company:대우그룹',
    ]);
  });

  it('takes no class of firms that a rank of size opens for a company', () => {
    expect(foundWithBundled('두산스코다 : 세계 3대 스팀터빈社, 인수 후 해외매출 증가')).not.toContain(
      'Company:스팀터빈',
    );
  });

  it.each([
    'OEM사와 협력社, 국내社가 참여한다.',
    '미국 블랙스톤사와 합의했다.',
    'Intel사업부와 검사를 마쳤다.',
  ])(
    'takes no role of firms, Hangul word before 사 or Latin word inside a longer one for a company: %s',
    (text) => {
      expect(foundWithBundled(text).filter((n) => n.startsWith('Company:'))).toEqual([]);
    },
  );

  it.each([
    [
      'Imports of lithium compounds and zinc alloys rose.',
      ['Material:lithium compounds', 'Material:zinc alloys'],
    ],
    [
      'The copper industry and the critical minerals sector grew.',
      ['Industry:copper industry', 'Industry:critical minerals sector'],
    ],
    [
      '반도체 소재와 디스플레이 화학제품을 생산한다.',
      ['Material:반도체 소재', 'Material:디스플레이 화학제품'],
    ],
    [
      'Refineries produced copper telluride, tellurium dioxide and tungsten scrap.',
      ['Material:copper telluride', 'Material:tellurium dioxide', 'Material:tungsten scrap'],
    ],
  ])(
    'takes a known material, industry or technology before a head noun of another kind as a thing of that kind: %s',
    (text, names) => {
      expect(foundWithBundled(text)).toEqual(expect.arrayContaining(names));
    },
  );

  it('gives a compound its other number as another name', () => {
    const lithium = discover(['Exports of lithium compounds grew.'], bundled).entities.find(
      (e) => e.name === 'lithium compounds',
    );
    expect([...lithium!.forms]).toEqual(['lithium compounds', 'lithium compound']);
  });

  it.each([
    'The semiconductor industry and AI technology grew.',
    'Lithium mining and battery recycling expanded.',
    'Production of lithium-compounds rose.',
    '반도체 산업과 반도체 기술력을 높인다.',
  ])(
    'takes no head that only repeats its modifier, no activity and no head inside a longer word for a compound: %s',
    (text) => {
      expect(foundWithBundled(text)).toEqual([]);
    },
  );

  it('takes a known company’s name and a country’s as the company’s arm there, but not a list of countries', () => {
    expect(foundWithBundled('Samsung SDI America is investing $3.1 billion in Kokomo.')).toEqual([
      'Company:Samsung SDI America',
    ]);
    expect(foundWithBundled('Toyota Japan and Korea signed, and Samsung and Korea agreed.')).toEqual([]);
  });

  it('takes a known company and a model number as a product, but not a company and a year', () => {
    expect(foundWithBundled('a 25% tariff on chips such as the NVIDIA H200 and AMD MI325X')).toEqual([
      'Technology:NVIDIA H200',
      'Technology:AMD MI325X',
    ]);
    expect(foundWithBundled('Samsung 2024 results, Section 232 tariffs and the Nikkei 225 index')).toEqual(
      [],
    );
  });

  it('takes a name described after its comma as a maker of something as a company', () => {
    expect(
      found('As a leader, Konecranes, a Finnish-based port equipment manufacturer, is announcing plans.'),
    ).toContain('Company:Konecranes');
    expect(found('Davie, Canada’s largest shipbuilder, has delivered ships.')).toContain('Company:Davie');
    expect(found('In 2020, a new company was formed. Ottawa, a city of bridges, grew.')).toEqual([]);
  });

  it('takes a name after a preposition, described as a company, as a company, its name ending with what it works in', () => {
    expect(
      foundWithBundled(
        'The Bank is investing $8 million into 5E Advanced Materials, a California-based company to mine boron.',
      ),
    ).toEqual(['Company:5E Advanced Materials']);
    expect(
      foundWithBundled(
        'It is investing $1 billion into Quantafil Nanotechnologies, a California-based manufacturer.',
      ),
    ).toEqual(['Company:Quantafil Nanotechnologies']);
    expect(foundWithBundled('The plan supports Processed Critical Minerals in Australia.')).toEqual([]);
  });

  it('takes the title-case name right after a company noun as a company, but not a person’s title', () => {
    expect(
      found('Jordanian Pharmaceutical manufacturer Hikma Pharmaceuticals announced it will invest.'),
    ).toContain('Company:Hikma Pharmaceuticals');
    expect(found('Australian miner Lynas Rare Earths said it would build a plant.')).toContain(
      'Company:Lynas Rare Earths',
    );
    expect(found('The company CEO Elon Musk spoke. A new firm In Korea grew.')).toEqual([]);
    expect(found('Japan imported lithium from the Chilean producer Atacama.')).toContain('Company:Atacama');
  });

  it('takes the party a joint venture, takeover, stake or sale is with as a company, but no acronym, owner country or name running on past `and`', () => {
    expect(foundWithBundled('Fisker ended its joint venture with Nanotech Energy in 2019.')).toContain(
      'Company:Nanotech Energy',
    );
    expect(
      foundWithBundled('In 2008, Unilever sold its starch business to Veltmann for $5 billion.'),
    ).toContain('Company:Veltmann');
    expect(foundWithBundled('It is a subsidiary of Imperial Chemical Industries.')).toContain(
      'Company:Imperial Chemical Industries',
    );
    expect(foundWithBundled('The Chinese miner Zijin Mining acquired Canada’s Neo Lithium.')).toContain(
      'Company:Neo Lithium',
    );
    expect(foundWithBundled('It followed ExxonMobil’s acquisition of Denbury’s CCUS network.')).toContain(
      'Company:Denbury',
    );
    expect(foundWithBundled('Tokyo Electron Device is a subsidiary of TEL.')).not.toContain('Company:TEL');
    expect(foundWithBundled('Baosteel acquired Meishan Iron and Steel in 1998.')).not.toContain(
      'Company:Meishan Iron',
    );
    expect(foundWithBundled('The firm acquired the American market in May.')).toEqual([]);
  });

  it('takes no business group with a person’s title after it for an affiliate', () => {
    expect(foundWithBundled('최태원 SK회장과 구광모 LG회장이 참석했다.')).toEqual([]);
  });

  it('takes the names of a roster of firms as companies, but not a roster of ministries or topics', () => {
    expect(found('기자재사 : 세진중공업, SB선보, 한라IMS, 마린웍스 대표')).toEqual(
      expect.arrayContaining(['Company:SB선보', 'Company:한라IMS', 'Company:마린웍스']),
    );
    expect(found('(소형) 동성조선, 디섹, 삼원중공업 대표')).toEqual(
      expect.arrayContaining(['Company:동성조선', 'Company:디섹']),
    );
    expect(found('금융기관 : 신한은행, 하나은행 행장')).toEqual(['Company:신한은행', 'Company:하나은행']);
    expect(found('정부 : 산업부, 재경부, 노동부 장관')).toEqual([]);
    expect(found('주요 내용 : 원산지, 서비스, 투자')).toEqual([]);
  });

  it('does not end a programme’s title before the office that runs it', () => {
    expect(found('The Ocean Mining Program Office issued a loan.')).not.toContain(
      'Policy:Ocean Mining Program',
    );
  });

  it('ends a body’s name at its possessive', () => {
    expect(found("The Ministry of Mines's R&D budget fell. The Office of Ocean's Bureau acted.")).toEqual([
      'Organization:Ministry of Mines',
      'Organization:Office of Ocean',
    ]);
  });

  it('does not take the initial of the next body’s abbreviation into a body’s name', () => {
    expect(found('Department of Mines and U.S. Ocean Survey data show it.')).toEqual([
      'Organization:Department of Mines',
    ]);
  });

  it('takes a name before a post-Soviet legal form as a company, and the legal form alone as none', () => {
    expect(foundWithBundled('Hatuk Santekhmontazh CJSC sells solar panels.')).toEqual([
      'Company:Hatuk Santekhmontazh CJSC',
    ]);
  });

  it.each([
    [
      'The vessel is managed by Everwin Ship Management Pte. Ltd. of Singapore.',
      'Everwin Ship Management Pte. Ltd.',
    ],
    ['QVT Financial LP holds a stake in it.', 'QVT Financial LP'],
    ['The plant was sold to Sol Ibérica Solar S.L. in 2010.', 'Sol Ibérica Solar S.L.'],
    ['Kalbar Nickel Tbk mines nickel.', 'Kalbar Nickel Tbk'],
    ['Top Glove Sdn Bhd makes gloves.', 'Top Glove Sdn Bhd'],
  ])(
    'takes a name before a Singaporean, partnership, Spanish, Indonesian or Malaysian legal form as a company: %s',
    (text, name) => {
      expect(found(text)).toContain(`Company:${name}`);
    },
  );

  it('takes Société Générale SA and Nestlé S.A. as two companies', () => {
    expect(found('Société Générale SA and Nestlé S.A. signed it.')).toEqual([
      'Company:Société Générale SA',
      'Company:Nestlé S.A.',
    ]);
  });

  it('takes a title-case scheme or mechanism as a policy', () => {
    expect(
      found('The Commission will set up a Hydrogen Mechanism and the Battery Investment Scheme.'),
    ).toEqual(['Policy:Hydrogen Mechanism', 'Policy:Battery Investment Scheme']);
  });

  it('takes two bodies joined by `and` as two when the second opens with its own head word', () => {
    expect(found('The Department of Mines and Department of Oceans met.')).toEqual([
      'Organization:Department of Mines',
      'Organization:Department of Oceans',
    ]);
  });

  it('ends a title’s search at a full stop after a word in capitals', () => {
    expect(found('It replaced NAFTA. The Ocean Mining Agreement took effect.')).toEqual([
      'Policy:Ocean Mining Agreement',
    ]);
  });

  it('does not join two bodies written with "and the" into one', () => {
    expect(found('He authorized the Trade Secretary and the Ocean Representative to act.')).toEqual([
      'Organization:Ocean Representative',
    ]);
  });

  it('takes a plural acronym after a known name in lower case as another form of it', () => {
    const forms = discover(
      ['Gallium is used in integrated circuits (ICs), not in solar panels (SPX).'],
      bundled,
    ).aliases;
    expect([...(forms.get('technology:integrated-circuits') ?? [])]).toEqual(['ICs']);
  });

  it('takes no owner, base or backer glued before a company’s name as part of it', () => {
    expect(
      found('It formed a joint venture with the Royal Dutch Shell-owned Billiton Company in 1984.'),
    ).toContain('Company:Billiton Company');
  });

  it('takes the acronym after a company name with a legal form as another form of it', () => {
    const result = discover(['It is a spin-off of Amperex Technology Limited (ATL).'], known);
    expect(result.entities.map((e) => [e.name, [...e.forms]])).toEqual([
      ['Amperex Technology Limited', ['Amperex Technology Limited', 'ATL']],
    ]);
  });

  it('takes a foreign government body named with its country, and a signed instrument’s quoted title', () => {
    expect(found('한국은 대만 경제부와 ‘지속가능한 친환경 투자촉진 협력각서’를 체결했다.')).toEqual([
      'Policy:지속가능한 친환경 투자촉진 협력각서',
      'Organization:대만 경제부',
    ]);
    expect(found('미국의 가능성은 높고 ‘가장 중요한 전략’이다. 정책 내부에 있다.')).toEqual([]);
  });

  it('takes a short name defined in quotes inside parentheses without its quotes', () => {
    const result = discover(
      ["Germany supports European Semiconductor Manufacturing Company (‘ESMC') in Dresden."],
      known,
    );
    expect(result.entities.map((e) => [e.kind, [...e.forms]])).toEqual([
      ['Company', ['European Semiconductor Manufacturing Company', 'ESMC']],
    ]);
  });

  it('takes a company written in Hangul with its original name and acronym in parentheses and 社 after them', () => {
    const result = discover(['이 사업은 미국 블랙록 마이닝(Black Rock Mining, BRM)社가 주도한다.'], known);
    expect(result.entities.map((e) => [e.kind, e.name, [...e.forms]])).toEqual([
      ['Company', '블랙록 마이닝', ['블랙록 마이닝', 'Black Rock Mining', 'BRM']],
    ]);
  });

  it('takes the names a count of companies lists in parentheses as companies', () => {
    expect(found('* LG엔솔-캐나다 3社(Avalon, Electra, Snow Lake) : 핵심광물 공급 협력')).toEqual([
      'Company:Avalon',
      'Company:Electra',
      'Company:Snow Lake',
    ]);
    expect(found('매장량 : 리튬(53만톤), 니켈(280만톤)')).toEqual([]);
  });

  it('takes the other names of a list before 등 and a word for firms as firms when the list holds a known firm', () => {
    expect(found('시그네틱스 (1966년), 페어차일드와 인텔 (1967년) 등 미국 기업들이 공장을 세웠다.')).toEqual([
      'Company:시그네틱스',
      'Company:페어차일드',
    ]);
    expect(found('시그네틱스 (1966년), 페어차일드 (1967년) 등 미국 기업들이 공장을 세웠다.')).toEqual([]);
    expect(found('투자 촉진, 기술개발 및 이전 등 우리 기업들의 진출을 지원한다.')).toEqual([]);
  });

  it('takes no policy title across a possessor, before a firm word, or after a body name and its comma', () => {
    expect(
      found(
        'The United States added Russia’s Positive Technologies and Singapore’s Computer Security Initiative Consultancy PTE to the list.',
      ),
    ).toEqual([]);
    expect(found('The Department for Business, Energy and Industrial Strategy (BEIS) said so.')).toEqual([]);
    expect(found('The U.S. Government’s Federal Strategy was published.')).toEqual([
      'Policy:Federal Strategy',
    ]);
  });

  it('reads a name set in capitals before its initials in title case', () => {
    expect(found('IMPERIAL CHEMICAL INDUSTRIES (ICI) was a British chemical company.')).toEqual([
      'Company:Imperial Chemical Industries',
    ]);
    expect(found('THE NEW PLAN (TNP) starts.')).toEqual([]);
  });

  it('takes the other names of an English list that holds two known firms and nothing else known as firms', () => {
    expect(
      foundWithBundled(
        'Partners for the licenses are DONG Energy, Chevron, ExxonMobil, Husky Energy, and Cairn Energy. The area is large.',
      ),
    ).toEqual(['Company:DONG Energy', 'Company:Husky Energy', 'Company:Cairn Energy']);
    // One known firm does not make a list of firms, nor does a list that also holds a country.
    expect(foundWithBundled('Visitors came from Chevron, Greenpeace, and Oxfam.')).toEqual([]);
    expect(foundWithBundled('Chevron, ExxonMobil, Canada and Northland attended.')).toEqual([]);
    // A determiner or a title opens no firm's name.
    expect(foundWithBundled('Chevron, ExxonMobil, and The Others attended.')).toEqual([]);
  });

  it('takes no date or period in parentheses for a second name, and reads a title in 「」 with a year in it', () => {
    const result = discover(
      ["「자율주행 통합기술 로드맵」('25.上)과 「미래차 부품산업 기본계획('25~'29)」('25.3분기)을 마련"],
      known,
    );
    expect(result.entities.map((e) => [...e.forms].sort())).toEqual([
      ['자율주행 통합기술 로드맵'],
      ['미래차 부품산업 기본계획'],
    ]);
  });

  it('takes the body that holds a meeting in 「」, not the meeting, for a name', () => {
    expect(found('「제12차 경제안보 핵심품목 TF 회의」를 개최하였다.')).toEqual([
      'Organization:경제안보 핵심품목 TF',
    ]);
  });

  it('takes a Korean working body named by what it works on, without the words that number, rank or chair it', () => {
    expect(
      found(
        '정부는 제12차 희토류 공급망 TF를 열었다. 국장급 소재 정책협의체와 애로신고센터, 경제관계장관회의가 참여했다. 차관 주재 범정부 합동 TF도 있다.',
      ),
    ).toEqual([
      'Organization:희토류 공급망 TF',
      'Organization:소재 정책협의체',
      'Organization:애로신고센터',
      'Organization:경제관계장관회의',
      'Organization:범정부 합동 TF',
    ]);
    // `위원이자`: a title joined by the copula's connective is no part of the body's name.
    expect(found('그는 자문위원회 위원이자 아태경제협력센터 소장이다.')).toContain(
      'Organization:아태경제협력센터',
    );
  });

  it('takes a word joined to the Korean legal form of a company as a company name', () => {
    expect(found('자회사 | 현대종합특수강 주식회사 그린에어 주식회사 |')).toEqual([
      'Company:현대종합특수강',
      'Company:그린에어',
    ]);
    expect(found('㈜한빛소재는 특수강을 만든다.')).toEqual(['Company:한빛소재']);
    expect(found('주식회사의 설립 요건은 상법이 정한다.')).toEqual([]);
    // A trade spaced before the legal form ends a longer name; alone it names no company.
    expect(found('1937년 토요타 자동차 공업 주식회사가 설립됐다.')).not.toContain('Company:공업');
    expect(found('토요타 자동차 판매 주식회사가 설립되었다.')).not.toContain('Company:판매');
  });

  it('takes a policy’s name from a headline without the headline’s subject and verb', () => {
    expect(found('United States and Japan Sign Critical Minerals Agreement')).toEqual([
      'Policy:Critical Minerals Agreement',
    ]);
    expect(found('It builds on the U.S.-Japan Trade Agreement. The Agreement will secure nickel.')).toEqual([
      'Policy:U.S.-Japan Trade Agreement',
    ]);
    expect(found('It is aligned with the U.S. Government’s Federal Minerals Strategy.')).toEqual([
      'Policy:Federal Minerals Strategy',
    ]);
    expect(found('Korea Launches New Battery Alliance Strategy')).toEqual([
      'Policy:Battery Alliance Strategy',
    ]);
  });

  it('takes a company’s first word as its short name when the text uses it alone', () => {
    const result = discover(
      ['The Department awarded $94 million to E-VAC Magnetics. E-VAC also disclosed a second award.'],
      known,
    );
    const evac = result.entities.find((e) => e.name === 'E-VAC Magnetics')!;
    expect([...(result.aliases.get(evac.nodeId) ?? [])]).toEqual(['E-VAC']);
  });

  it('takes a company’s name without its legal form when the text uses it so', () => {
    const result = discover(
      ['Lockheed Martin Corporation applied. Lockheed Martin holds both licenses.'],
      known,
    );
    const lockheed = result.entities.find((e) => e.name === 'Lockheed Martin Corporation')!;
    expect([...(result.aliases.get(lockheed.nodeId) ?? [])]).toEqual(['Lockheed Martin']);
  });

  it('takes no ordinary word, no word the text writes in lower case, and no part of another name as a short name', () => {
    const texts = [
      'Apex Materials opened a plant. Apex said the apex of demand has passed.',
      'Summit Minerals opened a mine. Summit Copper opened another.',
      'Ocean Minerals Company applied. Ocean floors hold nodules.',
    ];
    for (const text of texts)
      expect([...discover([text], known).aliases.values()].flatMap((v) => [...v])).toEqual([]);
  });

  it('takes a described company’s name without the adverb after it', () => {
    expect(found('중국 기업인 화웨이 역시 참여했다.')).toEqual(['Company:화웨이']);
  });

  it('does not begin a title with the scale word of an amount', () => {
    expect(found('Intel signed a $7.86 Billion Preliminary Agreement with Commerce.')).not.toContain(
      'Policy:Billion Preliminary Agreement',
    );
  });

  it('does not take an instrument and a measure joined by "or" for one measure', () => {
    expect(found('Goods evaded Section 232 or steel tariffs.')).toEqual(['Policy:Section 232']);
  });

  it('reads a known company with its legal form as that company, not a new one', () => {
    const result = discover(['Samsung Electronics Co., Ltd. makes chips.'], known);
    expect(result.entities).toEqual([]);
    const samsung = known.find((e) => e.name === '삼성전자')!;
    expect([...(result.aliases.get(samsung.nodeId) ?? [])]).toEqual(['Samsung Electronics Co., Ltd.']);
  });
});
