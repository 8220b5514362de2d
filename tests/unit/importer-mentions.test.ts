import { describe, expect, it } from 'vitest';
import { type Entity, entityFromLexicon } from '../../importer/entities';
import { loadLexicon } from '../../importer/lexicon/load';
import type { LexiconEntry } from '../../importer/lexicon/schema';
import { Matcher } from '../../importer/mentions';
import { testLexicon } from '../fixtures/lexicon';

/** An entity of a lexicon entry with no aliases, links or short forms but the ones given. */
const entry = (e: Pick<LexiconEntry, 'id' | 'kind'> & Partial<LexiconEntry>): Entity =>
  entityFromLexicon({ aliases: [], industries: [], parents: [], abbreviations: [], listForms: [], ...e });
/** The surface forms a matcher finds in a text, in order. */
const surfaces = (m: Matcher) => (text: string) => m.find({ text }).map((x) => text.slice(x.from, x.to));

const matcher = new Matcher(testLexicon().entries.map(entityFromLexicon));
const found = surfaces(matcher);
const full = new Matcher(loadLexicon([]).entries.map(entityFromLexicon));
/** Each name the bundled lexicon finds in a text, with the node it stands for. */
const foundIds = (text: string) =>
  full.find({ text }).map((m) => `${text.slice(m.from, m.to)} ${m.entity.nodeId}`);

describe('names that end in a capitalised word', () => {
  const named = surfaces(
    new Matcher([
      entry({ id: 'us-steel', kind: 'Company', en: 'United States Steel', aliases: ['U.S. Steel'] }),
    ]),
  );

  it('match where the text keeps the capital', () => {
    expect(named('U.S. Steel sold its plant to Nippon Steel.')).toEqual(['U.S. Steel']);
  });

  it('do not match the same words as a common noun', () => {
    expect(named('Imports of U.S. steel fell, and united states steel demand rose.')).toEqual([]);
  });
});

describe('ordinary words that name a sector only in a list', () => {
  const listing = new Matcher([
    ...testLexicon().entries.map(entityFromLexicon),
    entry({
      id: 'construction',
      kind: 'Industry',
      ko: '건설업',
      en: 'construction industry',
      listForms: ['construction', '건설'],
    }),
    entry({ id: 'mining', kind: 'Industry', ko: '광업', en: 'mining industry', listForms: ['mining'] }),
  ]);
  const listed = surfaces(listing);

  it.each([
    ['sectors including construction, batteries and EV', ['construction', 'batteries', 'EV']],
    ['EV, batteries, and construction', ['EV', 'batteries', 'construction']],
    ['건설·반도체 산업', ['건설', '반도체']],
    ['investment in mining and construction', ['mining', 'construction']],
  ])('are names as list items in "%s"', (text, names) => {
    expect(listed(text)).toEqual(names);
  });

  it.each([
    ['Chile’s mining companies expanded.', ['mining']],
    ['Construction jobs grew in Ohio.', ['Construction']],
    ['정부는 건설 기업을 지원한다.', ['건설']],
  ])('are names before a word for the firms or the work of a sector in "%s"', (text, names) => {
    expect(listed(text)).toEqual(names);
  });

  it.each([
    ['The construction of the semiconductor fab began.'],
    ['공장 건설과 반도체 투자'],
    ['mining of the seabed and its construction'],
    ['a new mining and construction facility'],
  ])('are no names outside a list, as in "%s"', (text) => {
    expect(listed(text)).not.toContain(text.includes('건설') ? '건설' : 'construction');
  });
});

describe('a short Korean sector name glued to a word for firms', () => {
  it('names the sector the firms are in', () => {
    expect(foundIds('룩셈부르크의 철강회사 아르셀로')).toContain('철강 industry:steel');
    expect(foundIds('국내 최초의 정유기업')).toContain('정유 industry:oil-refining');
  });

  it('is no sector glued to other words', () => {
    expect(foundIds('철강회관에서 열렸다').filter((m) => m.startsWith('철강'))).toEqual([]);
  });
});

describe('주석, tin and also a chairman', () => {
  it('names tin only as an item of a list of materials', () => {
    expect(foundIds('니켈·주석·구리 가격이 올랐다')).toContain('주석 material:tin');
    expect(foundIds('시진핑 주석은 니켈 수출을 언급했다').filter((m) => m.includes('tin'))).toEqual([]);
  });
});

describe('a plural head shared by a list of names', () => {
  it('names with each item the body the singular head would name', () => {
    expect(foundIds('the Departments of State, Commerce, Defense, and Energy will work together')).toEqual([
      'State organization:us-state-department',
      'Commerce organization:us-doc',
      'Defense organization:us-dod',
      'Energy organization:us-doe',
    ]);
    expect(foundIds('in consultation with the Departments of State and the Interior')).toEqual([
      'State organization:us-state-department',
      'Interior organization:us-doi',
    ]);
  });

  it('leaves an item that names no known body as it was', () => {
    expect(foundIds('the Ministries of Energy and Tourism met')).toEqual([
      'Energy industry:energy',
      'Tourism industry:tourism',
    ]);
  });
});

describe('finding names in text', () => {
  it('gives way to a longer known name that starts inside a match glued to Hangul', () => {
    expect(foundIds('㈜LG화학과 절강화유코발트가 협약을 맺었다.')).toContain('LG화학 company:lg-chem');
    expect(
      foundIds('㈜LG화학과 절강화유코발트가 협약을 맺었다.').some((m) => m.endsWith('company:lg-corp')),
    ).toBe(false);
    expect(foundIds('㈜LG는 지주회사이다.')).toContain('㈜LG company:lg-corp');
  });

  it.each([
    ['IRA를 통해', ['IRA']],
    ['미국의 인플레이션 감축법(IRA)', ['미국', '인플레이션 감축법(IRA)']],
    ['인플레이션감축법은', ['인플레이션감축법']],
    ['CHIPS and Science Act(반도체 지원법)는', ['CHIPS and Science Act(반도체 지원법)']],
    ['Lithium-ion batteries', ['batteries']],
    ['대만의 TSMC, 미국산 배터리', ['대만', 'TSMC', '미국', '배터리']],
    ['AI 반도체와 반도체', ['AI 반도체', '반도체']],
    ['한·미·중 3국과 EU', ['한', '미', '중', 'EU']],
    ['한·미·EU·대만 등', ['한', '미', 'EU', '대만']],
    ['한·미는 합의했다', ['한', '미']],
    ['한미 수출규제 현안이 해소되었다', ['한', '미']],
    ['한미 관계와 미중 갈등, 한중의 협력', ['한', '미', '미', '중', '한', '중']],
    ['한국의 대미 수출과 대중 투자, 대미수출', ['한국', '미', '중', '미']],
    ['할 수 있는 한 일을 했다', []],
    ['한미한 결과', []],
    ['Lithium-related duties', ['Lithium']],
  ])('finds the names in "%s"', (text, names) => {
    expect(found(text)).toEqual(names);
  });

  it.each([
    ['an acronym inside a word', 'AIRA 협정', []],
    ['a lowercase acronym', 'ira는', []],
    ['a two-syllable name across a space', '정책을 추진 중 국내 기업', []],
    ['a two-syllable name inside a word', '대중국 견제', []],
    ['a two-syllable name before a word ending', '한국적 가치', []],
    ['a short form outside a dotted list', '미 정부와 중 기업', []],
    ['a country code glued to a currency sign', 'GDP of US$136.91 billion', []],
    ['a name joined by underscores in a file name', 'Dock_No._2._Nampo,_North_Korea.jpg', []],
    ['a dotted list with an item that names no country', '연구·개발·미 협력', []],
    ['a lone short form with a dotted word', '한·가정', []],
    ['대한 after 에 (about), before investment', '이 지역에 대한 투자', []],
    ['대 and a short form before no word of trade', '대중 교통과 대일 항전', []],
  ])('does not find %s', (_why, text, names) => {
    expect(found(text)).toEqual(names);
  });
  it('finds elements under either Korean spelling, ceramics, and the advanced industries taken together', () => {
    const ids = (text: string) => full.find({ text }).map((m) => m.entity.nodeId);
    expect(ids('어븀과 이터븀, 세라믹은 첨단산업에 쓰인다.')).toEqual([
      'material:erbium',
      'material:ytterbium',
      'material:ceramics',
      'industry:advanced-industries',
    ]);
  });

  it('reads any dash between the words of a name as the hyphen the lexicon writes, or the other way round', () => {
    const named = surfaces(
      new Matcher([
        entry({
          id: 'usmca',
          kind: 'Policy',
          en: 'United States–Mexico–Canada Agreement',
          aliases: ['Korea-Japan Pact'],
        }),
      ]),
    );
    expect(named('The United States-Mexico-Canada Agreement and the Korea—Japan Pact.')).toEqual([
      'United States-Mexico-Canada Agreement',
      'Korea—Japan Pact',
    ]);
  });

  it('reads the Indo-Pacific written with a hyphen as the region, not India', () => {
    expect(full.find({ text: '호주의 인도-태평양 전략' }).map((m) => m.entity.nodeId)).toEqual([
      'country:australia',
      'country:indo-pacific',
    ]);
  });

  it('reads a country’s short form alone in parentheses as a label, and a weekday glued to a date as none', () => {
    expect(foundIds('(인니) 국영 가스회사와 (캐) 부품업체')).toEqual([
      '인니 country:indonesia',
      '캐 country:canada',
    ]);
    expect(foundIds('장관은 11.25(일) 출국했다.')).toEqual([]);
  });

  it('reads no country in a word of Chinese characters, but one beside another country’s character or 對', () => {
    expect(foundIds('한국항공우주산업(韓國航空宇宙産業)은')).toEqual(['한국항공우주산업 company:kai']);
    expect(foundIds('韓美 정상회담, 美 상무부의 對中 수출통제')).toEqual([
      '韓 country:south-korea',
      '美 country:united-states',
      '美 상무부 organization:us-doc',
      '中 country:china',
    ]);
  });

  it('reads no place glued into a word for an official or an office, but one before a particle', () => {
    expect(foundIds('방위사업청 아시아중남미협력담당관은 말했다.')).toEqual(['방위사업청 organization:dapa']);
    expect(foundIds('아시아와 중남미')).toEqual(['아시아 country:asia', '중남미 country:latin-america']);
  });

  it('reads a Korean short form hyphened to a country as a country, and no other short word', () => {
    expect(foundIds('한-인도네시아 정상회담 이후')).toEqual([
      '한 country:south-korea',
      '인도네시아 country:indonesia',
    ]);
    expect(foundIds('한-EU 협력')).toEqual(['한 country:south-korea', 'EU country:european-union']);
    expect(foundIds('일-생활 균형')).toEqual([]);
    expect(foundIds('한-미간 합작회사')).toEqual(['한 country:south-korea', '미 country:united-states']);
  });
});

describe('Korean sectors named with 업', () => {
  const sectors = surfaces(
    new Matcher([
      entry({ id: 'manufacturing', kind: 'Industry', ko: '제조업' }),
      entry({ id: 'shipbuilding', kind: 'Industry', ko: '조선업' }),
    ]),
  );

  it('match as the sector, with or without a particle', () => {
    expect(sectors('제조업 경쟁력과 조선업의 회복')).toEqual(['제조업', '조선업']);
  });

  it('do not match where 업 begins 업체, a firm', () => {
    expect(sectors('자동차 제조업체와 조선업체들')).toEqual([]);
  });
});

describe('the bundled lexicon', () => {
  const kinds = (text: string) =>
    full.find({ text }).map((m) => `${m.entity.kind}:${text.slice(m.from, m.to)}`);

  it('reads silicon as the material and Silicon Valley as a place, never the material', () => {
    expect(kinds('China refines silicon.')).toEqual(['Country:China', 'Material:silicon']);
    expect(kinds('Startups in Silicon Valley grew.')).toEqual(['Country:Silicon Valley']);
  });

  it('reads 인-태 as the Indo-Pacific, not as India and Thailand joined by a hyphen, and 한·인·태 as three countries', () => {
    expect(foundIds('한미 양국은 인-태 지역의 공급망 협력을 강화한다.')).toContain(
      '인-태 country:indo-pacific',
    );
    expect(foundIds('인-태 지역').join(' ')).not.toMatch(/country:(?:india|thailand)/);
    expect(foundIds('한·인·태 3국 정상회의')).toEqual([
      '한 country:south-korea',
      '인 country:india',
      '태 country:thailand',
    ]);
  });
});

describe('Korean names written with spaces between their words', () => {
  const named = surfaces(
    new Matcher([
      entry({ id: 'efta', kind: 'Country', ko: '유럽자유무역연합' }),
      entry({ id: 'kepco', kind: 'Company', ko: '한국전력' }),
      entry({ id: 'us-steel', kind: 'Company', ko: 'US스틸' }),
    ]),
  );

  it('match a name of Latin letters and Hangul the text spaces where the scripts meet', () => {
    expect(named('US 스틸과 합작했다')).toEqual(['US 스틸']);
    expect(named('US스틸과 합작했다')).toEqual(['US스틸']);
  });

  it('match a long name the text spaces, but not a short one whose syllables are other words', () => {
    expect(named('유럽 자유 무역 연합과 체결했다')).toEqual(['유럽 자유 무역 연합']);
    expect(named('한국 전력 산업의 구조')).toEqual([]);
    expect(named('한국전력은 발표했다')).toEqual(['한국전력']);
  });
});

describe('Korean names with a Latin initialism', () => {
  it('match where the text writes the initialism in Hangul and glosses its letters', () => {
    const text = '엘지(LG)에너지솔루션, 삼성에스디아이(SDI), 에스케이(SK)온 등 배터리 3사가 참석했다.';
    expect(full.find({ text }).map((m) => m.entity.nameEn)).toEqual([
      'LG Energy Solution',
      'Samsung SDI',
      'SK On',
      'secondary batteries',
    ]);
  });
});

describe('an issuer named before a word for debt', () => {
  it('names the debt, not the body', () => {
    expect(full.find({ text: 'Japan holds U.S. Treasury securities.' }).map((m) => m.entity.kind)).toEqual([
      'Country',
      'Country',
    ]);
    expect(full.find({ text: 'The U.S. Treasury issued guidance.' }).map((m) => m.entity.kind)).toEqual([
      'Organization',
    ]);
  });
});
