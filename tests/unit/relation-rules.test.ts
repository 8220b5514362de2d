import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../graph/model';
import { importBytes } from '../../importer/index';
import { loadLanguages } from '../../importer/language';
import { loadLexicon } from '../../importer/lexicon/load';
import { CLAUSE_RULES, PHRASE_RULES } from '../../importer/relations/registry';

await loadLanguages();
const lexicon = loadLexicon();

function clauseGraph(text: string): { edges: string[]; names: Set<string> } {
  const g: GraphDocument = importBytes(new TextEncoder().encode(text), {
    path: 'case.txt',
    lexicon,
    importedAt: '2026-01-01T00:00:00Z',
  });
  const name = new Map(g.nodes.map((n) => [n.id, n.nameEn ?? n.name]));
  return { edges: edgesOf(g, name), names: new Set(name.values()) };
}

function clauseEdges(text: string): string[] {
  return clauseGraph(text).edges;
}

const clauseEdgesOf = clauseEdges;

function allEdges(text: string): string[] {
  const g = importBytes(new TextEncoder().encode(text), { path: 'case.txt', lexicon });
  const name = new Map(g.nodes.map((n) => [n.id, n.nameEn ?? n.name]));
  return g.edges.map((e) => `${e.type} ${name.get(e.source)} → ${name.get(e.target)}`);
}

/** A `not` edge names two nodes the sentence has, so that it could be produced and the check can fail. */
function expectCase({ text, states, not = [] }: Case) {
  const { edges, names } = clauseGraph(text);
  for (const s of states) expect(edges).toContain(s);
  for (const n of not) {
    const [, source, target] = /^\S+ (.+) → (.+?)(?: \(negative\))?$/.exec(n)!;
    expect(names).toContain(source);
    expect(names).toContain(target);
    expect(edges).not.toContain(n);
  }
}

function edgesOf(g: GraphDocument, name: Map<string, string>): string[] {
  return g.edges
    .filter((e) => e.evidence.some((ev) => /^(?:clause|phrase|pattern):/.test(ev.rule ?? '')))
    .map(
      (e) =>
        `${e.type} ${name.get(e.source)} → ${name.get(e.target)}${e.properties.polarity === 'negative' ? ' (negative)' : ''}`,
    );
}

/** Each case: a sentence, the clause edges it states, and edges it must not produce. */
interface Case {
  text: string;
  states: string[];
  not?: string[];
}

const english: Case[] = [
  {
    // A company is not shortened to a word the text also writes in lower case.
    text: 'Total SA bought a stake. Total coal production rose to a total of 74 million tons.',
    states: [],
    not: ['PRODUCES Total SA → coal'],
  },
  {
    text: 'The tariff is low, but Japan, India and China impose tariffs on cars.',
    states: ['IMPOSES Japan → automobiles', 'IMPOSES India → automobiles', 'IMPOSES China → automobiles'],
  },
  {
    text: 'AMD is the second-largest supplier and only significant rival to Intel in the market.',
    states: [],
    not: ['SUPPLIES Advanced Micro Devices → Intel'],
  },
  {
    text: 'Samsung is a major supplier to Apple.',
    states: ['SUPPLIES Samsung → Apple'],
  },
  {
    text: 'The U.S. Department of Energy and the Ministry of Energy of the Kingdom of Saudi Arabia concluded an agreement for cooperation.',
    states: ['PARTNERS_WITH U.S. Department of Energy → Ministry of Energy'],
    not: [
      'PARTNERS_WITH U.S. Department of Energy → Saudi Arabia',
      'PARTNERS_WITH Ministry of Energy → Saudi Arabia',
    ],
  },
  {
    text: 'Hanwha Q CELLS, a South Korea-based energy solution provider, announced an investment.',
    states: ['BASED_IN Hanwha Qcells → South Korea'],
  },
  {
    text: 'In February 2026, the U.S. Court of International Trade ruled that the criteria for imposing tariffs under Section 122 of the Trade Act of 1974 were not met.',
    states: [],
    not: ['ENACTED_BY Section 122 of the Trade Act of 1974 → U.S. Court of International Trade'],
  },
  {
    text: 'Taiwan’s Legislative Yuan, in May 2022, amended Taiwan’s National Security Act.',
    states: ['ENACTED_BY National Security Act → Legislative Yuan'],
  },
  {
    text: 'In February 2026, President Trump lifted the country-specific tariffs under EO 14257 after the Supreme Court ruled.',
    states: ['ENACTED_BY Executive Order 14257 → United States'],
    not: ['ENACTED_BY Executive Order 14257 → United States (negative)'],
  },
  {
    text: 'Saudi Aramco-owned S-Oil produces petrochemicals.',
    states: ['PRODUCES S-Oil → petrochemicals'],
    not: ['PRODUCES Saudi Aramco → petrochemicals'],
  },
  {
    text: 'In November 2025, China lifted its ban on gallium exports to the United States for 1 year.',
    states: ['IMPOSES China → gallium (negative)'],
    not: ['IMPOSES China → gallium'],
  },
  {
    text: 'In March 2026, Glomar Minerals and Cobalt Blue Holdings Limited, an Australian company, announced a plant.',
    states: ['BASED_IN Cobalt Blue Holdings Limited → Australia'],
    not: ['BASED_IN Glomar Minerals → Australia'],
  },
  {
    text: 'U.S. goods and services exports to South Korea totaled $99.1 billion in 2025.',
    states: ['SUPPLIES United States → South Korea'],
  },
  {
    text: 'In 2025, the stock of South Korean FDI in the United States was $95.2 billion.',
    states: ['INVESTS_IN South Korea → United States'],
  },
  {
    text: 'The deal gives U.S. exporters unprecedented access to Swiss and Liechtenstein markets.',
    states: [],
    not: ['SUPPLIES United States → Switzerland'],
  },
  {
    // The source of a country's foreign direct investment invests in it; a source of imports does not.
    text: "The United States was the largest source of foreign direct investment (FDI) by stock in Canada. The United States also is Australia's largest source of foreign direct investment. Japan is the sixth-largest U.S. trade partner (Figure 1) and the top source of foreign direct investment into the United States. China is the largest source of imports for South Korea.",
    states: [
      'INVESTS_IN United States → Canada',
      'INVESTS_IN United States → Australia',
      'INVESTS_IN Japan → United States',
    ],
    not: ['INVESTS_IN China → South Korea'],
  },
  {
    // A country before a plural noun for firms says where each firm it lists is from, and no firm after the list.
    text: "India's fortune groups like Vedanta Resources and Tata Group mine in Indonesia. Chinese firms such as CATL, and the U.S. firm Tesla expanded.",
    states: [
      'BASED_IN Vedanta → India',
      'BASED_IN Tata Group → India',
      'BASED_IN Contemporary Amperex Technology → China',
    ],
    not: ['BASED_IN Tesla → China'],
  },
  {
    // A country is a member of no region; what a good is produced from, listed with `like`, is its input.
    text: 'Indonesia was the only Asian member of OPEC. Hydrogen can be produced from resources like nuclear energy, biomass and natural gas.',
    states: [
      'MEMBER_OF Indonesia → Organization of the Petroleum Exporting Countries',
      'USES hydrogen → biomass',
      'USES hydrogen → natural gas',
    ],
    not: ['MEMBER_OF Indonesia → Asia', 'USES hydrogen → nuclear power'],
  },
  {
    // A comparison set off by commas names no second subject.
    text: 'Korea, like Japan, imposes tariffs on steel.',
    states: ['IMPOSES South Korea → steel'],
    not: ['IMPOSES Japan → steel'],
  },
  {
    // A sentence's capitalised first word before `between` is a noun, here a noun of partnership.
    text: 'Cooperation between Samsung and TSMC expanded.',
    states: ['PARTNERS_WITH Samsung → Taiwan Semiconductor Manufacturing Company'],
  },
  {
    text: "Following Congress's approval of USMCA, the agreement entered into force on July 1, 2020.",
    states: ['ENACTED_BY United States–Mexico–Canada Agreement → United States Congress'],
  },
  {
    // `the Order` stands for no act, nor for a part of one.
    text: 'The Secretary of Defense shall assess options, including the Defense Production Act Title III authorities, to invest in the Maritime Industrial Base. The Order directs the United States Trade Representative (USTR) to take action.',
    states: [],
    not: ['ENACTED_BY Defense Production Act Title III → Office of the United States Trade Representative'],
  },
  {
    text: 'Namibia signed the Uruguay Round Agreement, which was named after talks in Uruguay.',
    states: ['ENACTED_BY Uruguay Round Agreement → Namibia'],
    not: ['ENACTED_BY Uruguay Round Agreement → Uruguay'],
  },
  {
    text: 'President Trump has continued taking actions under Section 232 to protect domestic manufacturing critical to our national security, including imposing and strengthening tariffs on key goods such as steel and copper.',
    states: ['IMPOSES United States → steel', 'IMPOSES United States → copper'],
  },
  {
    text: 'In 2021 the company sold its Japanese subsidiary, Kioxia, to investors.',
    states: ['BASED_IN Kioxia → Japan'],
  },
  {
    text: 'The deal was led by the Chinese mining major Zijin Mining.',
    states: ['BASED_IN Zijin Mining → China'],
  },
  {
    text: 'Commercial-scale lithium production in the United States was from a brine operation in Nevada.',
    states: ['PRODUCES United States → lithium'],
  },
  {
    text: 'Redwood Materials will extract cobalt and nickel from used batteries.',
    states: ['PRODUCES Redwood Materials → cobalt', 'PRODUCES Redwood Materials → nickel'],
  },
  {
    text: '중국은 전 세계 희토류의 90%를 제련한다.',
    states: ['PRODUCES China → rare earths'],
  },
  {
    text: '현대차는 헝가리에 대규모 투자를 단행했다.',
    states: ['INVESTS_IN Hyundai Motor Company → Hungary'],
  },
  {
    text: '현대차는 헝가리 정부에 투자를 요청했다.',
    states: [],
    not: ['INVESTS_IN Hyundai Motor Company → Hungary'],
  },
  {
    text: '정부는 음극재·분리막 등 배터리 소재의 고부가가치 재활용을 추진한다.',
    states: [],
    not: ['USES battery materials → anode materials', 'USES battery materials → battery separators'],
  },
  {
    text: '정부는 배터리 소재인 동박의 수출을 늘린다.',
    states: [],
    not: ['USES battery materials → copper foil'],
  },
  {
    text: '환경부는 전기차 폐배터리를 회수해 재활용한다.',
    states: [],
    not: ['USES electric vehicles → spent batteries'],
  },
  {
    text: '정부는 반도체 웨이퍼의 국산화를 지원한다.',
    states: ['USES semiconductors → silicon wafers'],
  },
  {
    text: 'The Department of Defense awarded contracts to Google for $200 million.',
    states: ['FUNDS U.S. Department of Defense → Google'],
  },
  {
    text: 'The Department of Defense awarded contracts to Google.',
    states: [],
    not: ['FUNDS U.S. Department of Defense → Google'],
  },
  {
    text: "China was the world's leading graphite producer.",
    states: ['PRODUCES China → graphite'],
  },
  {
    text: "U.S. airstrikes affected Iran's ability to produce nuclear weapons.",
    states: ['PRODUCES Iran → nuclear weapons'],
    not: ['PRODUCES United States → nuclear weapons'],
  },
  {
    text: 'The Joint Comprehensive Plan of Action (JCPOA) was agreed in 2015. Iran later stopped implementing the JCPOA.',
    states: ['ENACTED_BY Joint Comprehensive Plan of Action → Iran (negative)'],
    not: ['ENACTED_BY Joint Comprehensive Plan of Action → Iran'],
  },
  {
    text: 'Investment by major Swiss companies such as Roche, Novartis, ABB, and Stadler was announced.',
    states: ['BASED_IN Novartis → Switzerland', 'BASED_IN Stadler Rail → Switzerland'],
  },
  {
    text: 'DFC will finance the development of a green copper mining project in Zambia.',
    states: [],
    not: ['PRODUCES Zambia → copper'],
  },
  {
    text: 'Intel Corporation (commonly known as Intel) is an American multinational corporation.',
    states: ['BASED_IN Intel → United States'],
  },
  {
    text: 'Intel is an American technology company headquartered in Santa Clara, California, in the Silicon Valley.',
    states: ['BASED_IN Intel → United States'],
    not: ['BASED_IN Intel → Silicon Valley'],
  },
  {
    text: 'Intel supplies processors for computer system manufacturers such as Apple and Lenovo.',
    states: ['SUPPLIES Intel → Apple', 'SUPPLIES Intel → Lenovo'],
  },
  { text: 'Intel was an early developer of SRAM.', states: ['DEVELOPS Intel → SRAM'] },
  {
    text: 'Other top semiconductor companies include TSMC and Toshiba.',
    states: [
      'OPERATES_IN Taiwan Semiconductor Manufacturing Company → semiconductors',
      'OPERATES_IN Toshiba → semiconductors',
    ],
  },
  {
    text: 'Samsung SDI and Stellantis will build a joint venture battery plant in the United States.',
    states: ['PARTNERS_WITH Samsung SDI → Stellantis'],
  },
  {
    text: 'Samsung SDI and LG Energy Solution build battery plants in the United States.',
    states: [],
    not: ['PARTNERS_WITH Samsung SDI → LG Energy Solution'],
  },
  {
    text: 'Exports of lithium from Chile to China rose sharply.',
    states: ['SUPPLIES Chile → China'],
  },
  {
    text: 'Resolution 2371, passed in August 2017, banned all exports of coal and iron.',
    states: ['IMPOSES Resolution 2371 → coal', 'IMPOSES Resolution 2371 → iron'],
  },
  {
    text: 'The Department of Commerce reached an agreement with Micron to provide up to $6 billion under the CHIPS and Science Act. The Department of Energy reached an agreement with Ford to provide $9 billion to Intel.',
    states: [
      'FUNDS U.S. Department of Commerce → Micron Technology',
      'FUNDS U.S. Department of Energy → Intel',
    ],
    not: ['FUNDS U.S. Department of Energy → Ford Motor Company'],
  },
  {
    text: 'Etihad Airways will invest in 28 American-made aircraft. Korean Air will invest in the United States.',
    states: ['INVESTS_IN Korean Air → United States'],
    not: ['INVESTS_IN Etihad Airways → United States'],
  },
  {
    text: 'The Republic of Korea banned trade with North Korea. Mexico prohibits foreign investment in the oil sector.',
    states: ['IMPOSES South Korea → North Korea', 'IMPOSES Mexico → oil sector'],
  },
  {
    text: 'China banned exports in March with Japan.',
    states: [],
    not: ['IMPOSES China → Japan'],
  },
  {
    text: 'Canada responded with tariffs on U.S. steel.',
    states: ['IMPOSES Canada → steel'],
  },
  {
    text: 'Samsung SDI sold the chemical operations of Cheil Industries to Lotte Chemical. LG Chem sold batteries to Ford.',
    states: ['SUPPLIES LG Chem → Ford Motor Company'],
    not: ['SUPPLIES Samsung SDI → Lotte Chemical'],
  },
  {
    text: 'Japan also entered into FTAs with Australia.',
    states: ['PARTNERS_WITH Japan → Australia'],
  },
  {
    text: "The United States' anti-dumping duties on Korean steel rose.",
    states: ['IMPOSES United States → steel'],
  },
  {
    text: 'Hyundai entered the U.S. market with Kia.',
    states: [],
    not: ['PARTNERS_WITH Hyundai Motor Group → Kia'],
  },
  {
    text: 'Lucid Motors designed, manufactured and supplied battery packs.',
    states: ['PRODUCES Lucid Group → battery packs', 'DEVELOPS Lucid Group → battery packs'],
  },
  {
    text: 'Genrad Inc. and Tokyo Electron Ltd. formed a joint venture, Tel-Genrad Ltd., to make semiconductors in Japan.',
    states: ['PRODUCES Tel-Genrad Ltd. → semiconductors', 'LOCATED_IN Tel-Genrad Ltd. → Japan'],
    not: ['LOCATED_IN Genrad Inc. → Japan', 'PRODUCES Genrad Inc. → semiconductors'],
  },
  {
    text: 'Lucid Motors manufactured cars and supplied battery packs.',
    states: ['PRODUCES Lucid Group → automobiles'],
    not: ['PRODUCES Lucid Group → battery packs'],
  },
  {
    text: 'The General Council of the WTO and Japan agreed on a plan.',
    states: [],
    not: ['PARTNERS_WITH General Council → World Trade Organization'],
  },
  {
    text: 'The Proclamation imposes a 15% tariff on drones from Japan and Taiwan, and a 10% tariff for drones from the United Kingdom.',
    states: [],
    not: ['IMPOSES Japan → United Kingdom', 'IMPOSES Taiwan → United Kingdom'],
  },
  {
    text: 'The United States tightened sanctions after international bombings against South Korea.',
    states: [],
    not: ['IMPOSES United States → South Korea'],
  },
  {
    text: 'The United States imposed sanctions against North Korea after the bombings.',
    states: ['IMPOSES United States → North Korea'],
  },
  {
    text: 'Critical minerals are not just the building blocks of solar panels.',
    states: ['USES solar modules → critical minerals'],
    not: ['USES solar modules → critical minerals (negative)'],
  },
  {
    text: 'Lithium is not essential for solar panels.',
    states: ['USES solar modules → lithium (negative)'],
  },
  {
    text: 'CBAM is applied to steel and cement.',
    states: [
      'AFFECTS Carbon Border Adjustment Mechanism → steel',
      'AFFECTS Carbon Border Adjustment Mechanism → cement',
    ],
  },
  {
    text: 'Neodymium is found in electric vehicles and wind turbines.',
    states: ['USES electric vehicles → neodymium', 'USES wind turbines → neodymium'],
  },
  {
    text: 'Samsung SDI entered into a joint venture with Stellantis.',
    states: ['PARTNERS_WITH Samsung SDI → Stellantis'],
  },
  {
    text: 'AMD has entered into an agreement with Fujitsu for the production of AMD products in India.',
    states: ['PARTNERS_WITH Advanced Micro Devices → Fujitsu'],
    not: ['LOCATED_IN Advanced Micro Devices → India'],
  },
  {
    text: 'In December 2022, the UK and Japan established the UK-Japan Digital Partnership.',
    states: [
      'ENACTED_BY UK-Japan Digital Partnership → United Kingdom',
      'ENACTED_BY UK-Japan Digital Partnership → Japan',
    ],
  },
  {
    text: 'Korea and the UAE created the Trade and Investment Framework.',
    states: ['ENACTED_BY Trade and Investment Framework → South Korea'],
  },
  {
    text: 'In 2019 the Economic Partnership Agreement between the European Union and Japan entered into force.',
    states: ['PARTNERS_WITH European Union → Japan'],
  },
  {
    text: 'The Indonesia Infrastructure and Finance Compact between the Millennium Challenge Corporation and the Government of Indonesia will fund roads.',
    states: ['PARTNERS_WITH Millennium Challenge Corporation → Indonesia'],
  },
  {
    text: 'Trade under the Inflation Reduction Act between the United States and Japan grew.',
    states: [],
    not: ['PARTNERS_WITH United States → Japan'],
  },
  {
    text: 'China launched Made in China 2025. The plan targets semiconductors and electric vehicles.',
    states: ['TARGETS Made in China 2025 → semiconductors', 'TARGETS Made in China 2025 → electric vehicles'],
  },
  {
    text: 'Made in China 2025 targets semiconductors.',
    states: ['TARGETS Made in China 2025 → semiconductors'],
  },
  {
    text: 'Belgium, France, Italy, Luxembourg and the Netherlands signed the treaty in 1951.',
    states: [],
    not: ['PARTNERS_WITH Belgium → France', 'PARTNERS_WITH Italy → Netherlands'],
  },
  {
    text: 'The United States, Canada and Finland signed an agreement on icebreakers.',
    states: ['PARTNERS_WITH United States → Canada', 'PARTNERS_WITH Canada → Finland'],
  },
  {
    text: "UAE's main defense conglomerate, Zentron Group, is partnering with South Korea to build ships.",
    states: ['PARTNERS_WITH Zentron Group → South Korea'],
    not: ['PARTNERS_WITH United Arab Emirates → South Korea'],
  },
  {
    text: 'The ExxonMobil and Occidental deals together included direct air capture businesses.',
    states: [],
    not: ['PARTNERS_WITH ExxonMobil → Occidental Petroleum'],
  },
  {
    text: 'ExxonMobil and Occidental signed a deal.',
    states: ['PARTNERS_WITH ExxonMobil → Occidental Petroleum'],
  },
  {
    text: 'The EU adopted the Critical Raw Materials Act to secure lithium supply.',
    states: ['SECURES Critical Raw Materials Act → lithium', 'SECURES European Union → lithium'],
  },
  {
    text: 'The Minerals Security Partnership aims to strengthen critical minerals supply chains.',
    states: ['SECURES Minerals Security Partnership → critical minerals'],
  },
  {
    text: "Korea's lithium supply chain depends on China.",
    states: [],
    not: ['SECURES South Korea → lithium'],
  },
  {
    text: 'The Net-Zero Industry Act, proposed by the European Commission, aims to boost solar power.',
    states: [
      'ENACTED_BY Net-Zero Industry Act → European Commission',
      'TARGETS Net-Zero Industry Act → solar power',
    ],
  },
  {
    text: 'Ford said it would not buy batteries from CATL.',
    states: ['SUPPLIES Contemporary Amperex Technology → Ford Motor Company (negative)'],
  },
  {
    text: 'LG Energy Solution announced that they will buy lithium from Chile.',
    states: ['SUPPLIES Chile → LG Energy Solution'],
  },
  {
    text: 'Ford criticized CATL because it buys batteries from LG Energy Solution.',
    states: [],
    not: [
      'SUPPLIES LG Energy Solution → Ford Motor Company',
      'SUPPLIES LG Energy Solution → Contemporary Amperex Technology',
    ],
  },
  {
    text: 'The Inflation Reduction Act was signed in 2022. It provides tax credits for electric vehicles.',
    states: ['TARGETS Inflation Reduction Act of 2022 → electric vehicles'],
  },
  {
    text: 'CATL is a Chinese battery manufacturer that specializes in the manufacturing of lithium-ion batteries.',
    states: ['PRODUCES Contemporary Amperex Technology → lithium-ion batteries'],
  },
  {
    text: 'Ford is a customer of SK On, which produces batteries.',
    states: [],
    not: ['PRODUCES Ford Motor Company → secondary batteries'],
  },
  {
    text: '탄소국경조정제도는 EU에서 2026년부터 시행된다.',
    states: ['ENACTED_BY Carbon Border Adjustment Mechanism → European Union'],
  },
  {
    text: '인플레감축법이 미국 상원에서 통과되었다.',
    states: ['ENACTED_BY Inflation Reduction Act of 2022 → U.S. Senate'],
  },
  {
    text: 'Korea exports nickel and cobalt, both of which are used in batteries.',
    states: ['USES secondary batteries → nickel', 'USES secondary batteries → cobalt'],
  },
  {
    text: 'Korea signed agreements with Chile and Peru, both of which produce copper.',
    states: ['PRODUCES Chile → copper', 'PRODUCES Peru → copper'],
    not: ['PRODUCES South Korea → copper'],
  },
  {
    text: 'EU Adopts the Critical Raw Materials Act\n\nThe Act will secure lithium supply.',
    states: ['SECURES Critical Raw Materials Act → lithium'],
  },
  {
    text: 'United States and Japan Sign Critical Minerals Agreement\n\nThe Agreement builds on the U.S.-Japan Trade Agreement. The Agreement will secure critical minerals.',
    states: ['SECURES Critical Minerals Agreement → critical minerals'],
    not: ['SECURES U.S.-Japan Trade Agreement → critical minerals'],
  },
  {
    text: 'The Inflation Reduction Act took effect in 2022. The agreement will secure lithium.',
    states: [],
    not: ['SECURES Inflation Reduction Act of 2022 → lithium'],
  },
  {
    text: 'The CHIPS and Science Act passed in 2022. The program will secure lithium.',
    states: [],
    not: ['SECURES CHIPS and Science Act → lithium'],
  },
  {
    text: '미국은 인플레이션 감축법을 시행했다. 정부는 한미 FTA를 언급했다. 동 법안은 리튬 확보를 목표로 한다.',
    states: ['SECURES Inflation Reduction Act of 2022 → lithium'],
    not: ['SECURES Korea–United States Free Trade Agreement → lithium'],
  },
  {
    text: 'The U.S.-Japan Trade Agreement took effect in 2020. Japan signed a critical minerals agreement with the United States; the agreement will secure lithium.',
    states: [],
    not: ['SECURES U.S.-Japan Trade Agreement → lithium'],
  },
  {
    text: 'United States and Japan Sign Critical Minerals Agreement\n\nThe two countries signed an agreement on critical minerals. The agreement will secure lithium.',
    states: ['SECURES Critical Minerals Agreement → lithium'],
  },
  {
    text: 'The Critical Minerals Agreement took effect in 2023. The Agreement on Mutual Recognition Between Japan and Canada will secure lithium.',
    states: [],
    not: ['SECURES Critical Minerals Agreement → lithium'],
  },
  {
    text: 'The United States and Japan reached a Critical Minerals Action Plan. Exports reached $5 billion.',
    states: [
      'ENACTED_BY Critical Minerals Action Plan → United States',
      'ENACTED_BY Critical Minerals Action Plan → Japan',
    ],
  },
  {
    text: '미국, 일본, 캐나다가 환태평양경제동반자협정을 타결시켰다.',
    states: [
      'ENACTED_BY Trans-Pacific Partnership → United States',
      'ENACTED_BY Trans-Pacific Partnership → Japan',
      'ENACTED_BY Trans-Pacific Partnership → Canada',
    ],
  },
  {
    text: 'The Department of Commerce made revisions to the Entity List.',
    states: ['ENACTED_BY Entity List → U.S. Department of Commerce'],
  },
  {
    text: 'The Indo-Pacific Economic Framework for Prosperity, led by USTR and the Commerce Department, has four pillars.',
    states: [
      'ENACTED_BY Indo-Pacific Economic Framework for Prosperity → Office of the United States Trade Representative',
      'ENACTED_BY Indo-Pacific Economic Framework for Prosperity → U.S. Department of Commerce',
    ],
  },
  {
    text: 'MP Materials has been awarded a Defense Production Act Title III technology investment agreement.',
    states: ['AFFECTS Defense Production Act Title III → MP Materials'],
  },
  {
    text: 'The strategy aims to ensure reliable supplies of critical minerals under Executive Order 13817.',
    states: ['SECURES Executive Order 13817 → critical minerals'],
  },
  {
    text: 'The Commerce Department added Huawei to the Entity List in 2019.',
    states: ['AFFECTS Entity List → Huawei', 'ENACTED_BY Entity List → U.S. Department of Commerce'],
  },
  {
    text: 'The United States placed tariffs on steel.',
    states: ['IMPOSES United States → steel'],
  },
  {
    text: "The Persian Gulf produces about 8% of the world's aluminum, including about 40% of the United States' aluminum imports.",
    states: ['PRODUCES Persian Gulf → aluminium'],
    not: ['PRODUCES United States → aluminium'],
  },
  {
    text: 'The partnership works on projects across upstream mining, midstream processing, and recycling in Africa.',
    states: [],
    not: ['PRODUCES Africa → recycling industry', 'PRODUCES Africa → mineral processing and refining'],
  },
  {
    text: 'The Department of Defense announced US$14.8 million (C$20 million) in awards to Fortune Minerals Limited.',
    states: ['FUNDS U.S. Department of Defense → Fortune Minerals Limited'],
  },
  {
    text: 'Canada announced funding of up to C$7.5 million (US$5.6 million) to Fortune Minerals Limited.',
    states: ['FUNDS Canada → Fortune Minerals Limited'],
  },
  {
    text: 'The European Union intends to procure U.S. liquified natural gas and oil.',
    states: [
      'PRODUCES United States → natural gas',
      'PRODUCES United States → crude oil',
      'SUPPLIES United States → European Union',
    ],
  },
  {
    text: 'Japan imports Chinese graphite.',
    states: ['PRODUCES China → graphite', 'SUPPLIES China → Japan'],
  },
  {
    text: 'South Korea is a top source of U.S. steel imports.',
    states: [],
    not: ['PRODUCES United States → steel', 'SUPPLIES United States → South Korea'],
  },
  {
    text: 'Japan said U.S. imports of graphite fell.',
    states: [],
    not: ['PRODUCES United States → graphite', 'SUPPLIES United States → Japan'],
  },
  {
    text: 'Although the Administration aims to increase cooperation with South Korea in semiconductors, biotechnology, and other strategic industries, various U.S. tariff actions on key South Korean exports have brought uncertainty.',
    states: [],
    not: ['IMPOSES United States → semiconductors'],
  },
  {
    text: 'The MSP is composed of 14 countries and the EU: Australia, Canada, Japan.',
    states: ['MEMBER_OF Canada → Minerals Security Partnership'],
    not: ['MEMBER_OF Australia → Canada'],
  },
  {
    text: 'Hyundai announced a $5.5 billion investment to build electric vehicles and batteries in Georgia.',
    states: [
      'INVESTS_IN Hyundai Motor Group → electric vehicles',
      'PRODUCES Hyundai Motor Group → electric vehicles',
      'PRODUCES Hyundai Motor Group → secondary batteries',
    ],
  },
  {
    text: 'Samsung SDI America is investing $3.1 billion in Indiana to build batteries with Stellantis.',
    states: [
      'INVESTS_IN Samsung SDI America → secondary batteries',
      'PARTNERS_WITH Samsung SDI America → Stellantis',
    ],
    not: ['INVESTS_IN Stellantis → secondary batteries'],
  },
  {
    text: 'China dominates global production of rare earths.',
    states: ['PRODUCES China → rare earths'],
  },
  {
    text: 'Syrah Technologies processes graphite from its Balama, Mozambique mine.',
    states: ['LOCATED_IN Syrah Technologies → Mozambique'],
  },
  {
    text: 'Samsung sued Apple over its plant in India.',
    states: [],
    not: ['LOCATED_IN Samsung → India', 'LOCATED_IN Apple → India'],
  },
  {
    text: 'Critical minerals such as lithium, cobalt, and nickel are essential to make the batteries used in electric vehicles.',
    states: ['USES secondary batteries → cobalt', 'USES secondary batteries → nickel'],
  },
  {
    text: 'Chinese investment in Hungary rose, and a Korean equity investment in Indonesia followed.',
    states: ['INVESTS_IN China → Hungary', 'INVESTS_IN South Korea → Indonesia'],
    not: ['INVESTS_IN China → Indonesia', 'INVESTS_IN South Korea → Hungary'],
  },
  {
    text: 'The Biden Administration announced that the U.S. Department of Commerce and Samsung Electronics (Samsung) have signed a memorandum.',
    states: ['PARTNERS_WITH U.S. Department of Commerce → Samsung Electronics'],
    not: ['PARTNERS_WITH United States → Samsung Electronics'],
  },
  {
    text: 'The EU ensured that lithium supplies were secured.',
    states: ['SECURES European Union → lithium'],
  },
  {
    text: 'Huawei, which is based in China, relies on SMIC for chips.',
    states: [
      'BASED_IN Huawei → China',
      'SUPPLIES Semiconductor Manufacturing International Corporation → Huawei',
    ],
  },
  {
    text: 'Huawei, which is on the Entity List, relies on SMIC for chips.',
    states: ['SUPPLIES Semiconductor Manufacturing International Corporation → Huawei'],
  },
  {
    text: 'Northvolt is headquartered in Sweden.',
    states: ['BASED_IN Northvolt → Sweden'],
  },
  {
    text: 'Rapidus is a semiconductor manufacturer headquartered in Chiyoda, Japan.',
    states: ['BASED_IN Rapidus → Japan'],
    not: ['LOCATED_IN Rapidus → Japan'],
  },
  {
    text: 'Baosteel is a maker of steel based in Shanghai, China.',
    states: ['BASED_IN Baoshan Iron & Steel → China'],
    not: ['LOCATED_IN Baoshan Iron & Steel → China'],
  },
  {
    text: 'Huawei, based in China, makes phones.',
    states: ['BASED_IN Huawei → China'],
  },
  {
    // A seat describes the firm, not a place or trade the phrase before it names.
    text: 'Posco bought a steel mill of Tata Steel based in India.',
    states: ['BASED_IN Tata Steel → India'],
    not: ['BASED_IN POSCO → India'],
  },
  {
    text: "Albemarle is one of the world's largest lithium producers.",
    states: ['PRODUCES Albemarle → lithium'],
  },
  {
    text: 'Processed critical minerals are integral to applications such as jet engines and radar systems.',
    states: ['USES jet engines → critical minerals', 'USES radar → critical minerals'],
  },
  {
    text: 'The United States imposed tariffs on steel as well as aluminum.',
    states: ['IMPOSES United States → steel', 'IMPOSES United States → aluminium'],
  },
  {
    text: 'In light of the proposed sale of U.S. Steel to Nippon Steel, the President acted.',
    states: ['ACQUIRES Nippon Steel → United States Steel'],
    not: ['ACQUIRES United States Steel → Nippon Steel'],
  },
  {
    // A country's industry says where the industry is; readers did not take it to state what the country makes.
    text: "China's steel and aluminum industries grew, and the semiconductor industry in Japan was strong.",
    states: [],
    not: ['PRODUCES China → steel', 'PRODUCES China → aluminium', 'PRODUCES Japan → semiconductors'],
  },
  {
    text: 'Tariffs protect the U.S. steel industry and Asia’s battery industry, not China’s steel exports.',
    states: [],
    not: ['PRODUCES United States → steel industry', 'PRODUCES China → steel'],
  },
  {
    text: '영국의 반도체 산업 육성 정책과 유럽연합의 배터리 산업정책에 대응한다.',
    states: [],
    not: ['PRODUCES United Kingdom → semiconductors', 'PRODUCES European Union → secondary batteries'],
  },
  {
    text: "Panasonic's battery plant in Kansas will open, and LG Energy Solution's battery business grew.",
    states: ['PRODUCES Panasonic → secondary batteries'],
    not: ['PRODUCES LG Energy Solution → secondary batteries'],
  },
  {
    text: 'The Administration imposed a 10% surcharge on most U.S. imports, including from Canada, under Section 122.',
    states: ['IMPOSES Section 122 of the Trade Act of 1974 → Canada'],
    not: ['IMPOSES Section 122 of the Trade Act of 1974 → United States'],
  },
  {
    text: 'The European Free Trade Association (EFTA) is a regional trade organization and free trade area consisting of four European states: Iceland, Liechtenstein, Norway and Switzerland.',
    states: ['MEMBER_OF Iceland → European Free Trade Association'],
    not: ['MEMBER_OF Europe → European Free Trade Association'],
  },
  {
    text: 'Freescale Inc. was sold to NXP in 2015.',
    states: ['ACQUIRES NXP Semiconductors → Freescale Inc.'],
    not: ['SUPPLIES Freescale Inc. → NXP Semiconductors'],
  },
  {
    text: 'Malaysia has committed to refrain from imposing export restrictions on critical minerals to the United States.',
    states: ['IMPOSES Malaysia → critical minerals (negative)'],
    not: ['IMPOSES Malaysia → critical minerals'],
  },
  {
    text: 'Section 232 tariffs on most steel and aluminum imports remain at 50%.',
    states: [
      'IMPOSES Section 232 of the Trade Expansion Act of 1962 → steel',
      'IMPOSES Section 232 of the Trade Expansion Act of 1962 → aluminium',
    ],
  },
  {
    text: 'The Defense Production Act expands the countries covered to include Cuba. The CPTPP includes Japan.',
    states: ['MEMBER_OF Japan → Comprehensive and Progressive Agreement for Trans-Pacific Partnership'],
    not: ['MEMBER_OF Cuba → Defense Production Act'],
  },
  {
    text: 'North Korea withdrew from the Nuclear Non-Proliferation Treaty in 2003. The UAE, which exited OPEC in May 2026, grew.',
    states: [
      'MEMBER_OF North Korea → Treaty on the Non-Proliferation of Nuclear Weapons (negative)',
      'MEMBER_OF United Arab Emirates → Organization of the Petroleum Exporting Countries (negative)',
    ],
    not: ['MEMBER_OF North Korea → Treaty on the Non-Proliferation of Nuclear Weapons'],
  },
  {
    text: '영국은 2020년 EU를 탈퇴했다. Samsung left China in 2019, but Korea did not leave the WTO.',
    states: [
      'MEMBER_OF United Kingdom → European Union (negative)',
      'MEMBER_OF South Korea → World Trade Organization',
    ],
    not: [
      'MEMBER_OF Samsung → China (negative)',
      'MEMBER_OF South Korea → World Trade Organization (negative)',
    ],
  },
  {
    text: '금융업계는 첨단산업 발전에 필수적인 핵심광물의 안정적이고 지속가능한 확보를 강조했다.',
    states: ['USES advanced industries → critical minerals'],
    not: ['USES advanced industries → financial services'],
  },
  {
    text: "China Unicom invested $1.6 billion within Inner Mongolia. It falls under Chile's World Trade Organization (WTO) obligations.",
    states: ['MEMBER_OF Chile → World Trade Organization'],
    not: ['BASED_IN World Trade Organization → Chile'],
  },
  {
    text: '주요 특허청(IP5: 한국, 미국, 중국, 일본)이 모였다. 삼성전자(한국)는 성장했다.',
    states: ['BASED_IN Samsung Electronics → South Korea'],
    not: ['BASED_IN Korean Intellectual Property Office → South Korea'],
  },
  {
    text: "Today the WTO's 166 members, including the United States, negotiate new rules.",
    states: ['MEMBER_OF United States → World Trade Organization'],
  },
  {
    text: '영국성공회연금위원회는 투자했다. 인도네시아투자조정청은 발표했다.',
    states: [
      'BASED_IN 영국성공회연금위원회 → United Kingdom',
      'BASED_IN Ministry of Investment and Downstreaming of Indonesia → Indonesia',
    ],
  },
  {
    text: '일본의 4위도요타가 뒤를 이었다.',
    states: ['BASED_IN Toyota → Japan'],
  },
  {
    text: 'In 2016, Fisker Inc. teamed up with Tesla. Intel is loosely partnered with Dell. Japan is allied with the United States.',
    states: [
      'PARTNERS_WITH Fisker Inc. → Tesla',
      'PARTNERS_WITH Intel → Dell Technologies',
      'PARTNERS_WITH Japan → United States',
    ],
  },
  {
    text: 'Solar cells employ polysilicon, and the lithium-ion battery utilizes graphite.',
    states: ['USES solar cells → polysilicon', 'USES lithium-ion batteries → graphite'],
  },
  {
    text: 'India will reduce tariffs on U.S. products, including fresh and processed fruit and wine. China has refined lithium for years.',
    states: ['PRODUCES China → lithium'],
    not: ['PRODUCES India → fresh fruit', 'PRODUCES India → wine'],
  },
  {
    text: "SK hynix acquired Intel's NAND business.",
    states: ['ACQUIRES SK hynix → Intel'],
    not: ['ACQUIRES Intel → SK hynix'],
  },
  {
    text: 'LG화학은 2005년 코오롱의 SAP사업부문을 인수하기도 하였다.',
    states: ['ACQUIRES LG Chem → Kolon Group'],
    not: ['ACQUIRES Kolon Group → LG Chem'],
  },
  {
    text: 'Washington restricted China-made chips.',
    states: ['PRODUCES China → semiconductors'],
    not: ['PRODUCES United States → semiconductors'],
  },
  {
    text: 'Through sponsorships with Nauru and Tonga (both UNCLOS parties), two firms hold contracts.',
    states: [
      'MEMBER_OF Nauru → United Nations Convention on the Law of the Sea',
      'MEMBER_OF Tonga → United Nations Convention on the Law of the Sea',
    ],
  },
  {
    text: 'Lithium is used in EV batteries.',
    states: ['USES secondary batteries → lithium'],
    not: ['USES electric vehicles → lithium'],
  },
  {
    text: 'Rare earths are used in wind turbines, glass additives and electric vehicle drivetrain motors.',
    states: ['USES wind turbines → rare earths'],
    not: ['USES electric vehicles → rare earths'],
  },
  {
    text: 'Rare earths are used in electric vehicle drivetrain motors and in wind turbines.',
    states: ['USES wind turbines → rare earths'],
    not: ['USES electric vehicles → rare earths'],
  },
  {
    text: 'Ford purchases batteries from SK On.',
    states: ['SUPPLIES SK On → Ford Motor Company'],
  },
  {
    text: 'Ultium Cells and BlueOval SK are joint ventures between General Motors and LG Energy Solution and Ford and SK On.',
    states: ['PARTNERS_WITH General Motors → LG Energy Solution', 'PARTNERS_WITH Ford Motor Company → SK On'],
    not: ['PARTNERS_WITH General Motors → Ford Motor Company', 'PARTNERS_WITH LG Energy Solution → SK On'],
  },
  {
    text: 'LG Energy Solution sources cobalt from Australia.',
    states: ['SUPPLIES Australia → LG Energy Solution'],
    not: ['PRODUCES LG Energy Solution → cobalt'],
  },
  {
    text: 'The Chinese firm CATL opened a plant in Hungary.',
    states: ['LOCATED_IN Contemporary Amperex Technology → Hungary'],
    not: ['LOCATED_IN Contemporary Amperex Technology → China'],
  },
  {
    text: 'China restricts Japanese imports of steel.',
    states: ['IMPOSES China → Japan', 'IMPOSES China → steel'],
    not: ['IMPOSES Japan → steel'],
  },
  {
    text: 'Chinese battery maker CATL supplies Tesla.',
    states: ['SUPPLIES Contemporary Amperex Technology → Tesla'],
    not: ['PRODUCES China → secondary batteries'],
  },
  {
    text: 'Hyundai would not be eligible for the tax credit under the IRA.',
    states: ['AFFECTS Inflation Reduction Act of 2022 → Hyundai Motor Group (negative)'],
  },
  {
    // Materials listed as instances of a sector's inputs are what the sector uses.
    text: 'The plan secures battery inputs such as lithium, nickel and cobalt, and batteries such as Tesla packs.',
    states: [
      'USES secondary batteries → lithium',
      'USES secondary batteries → nickel',
      'USES secondary batteries → cobalt',
    ],
  },
  {
    // `in partnership with X` says how the subject acts: with X as its partner.
    text: 'Romania wants to deploy an SMR in partnership with the United States. The EU criticized the cooperation with Russia. The IMF reached an arrangement with Mongolia.',
    states: ['PARTNERS_WITH Romania → United States', 'PARTNERS_WITH International Monetary Fund → Mongolia'],
    not: ['PARTNERS_WITH European Union → Russia'],
  },
  {
    // A firm that builds a sector's plant works in that sector; a sector merely named later in its clause is not its own.
    text: 'Samsung SDI is building a battery plant in Indiana. Qualcomm, which grew with Korean partners, said the AI market would expand.',
    states: ['OPERATES_IN Samsung SDI → secondary batteries'],
    not: ['OPERATES_IN Qualcomm → artificial intelligence', 'DEVELOPS Qualcomm → artificial intelligence'],
  },
  {
    text: '현대차는 미국내 전기차 생산, 충전 인프라 확충 등 미래 모빌리티 분야에서 74억불을 투자할 계획이다.',
    states: [],
    not: [
      'OPERATES_IN Hyundai Motor Company → future mobility',
      'DEVELOPS Hyundai Motor Company → EV charging infrastructure',
    ],
  },
  {
    // A firm's name before a product says whose product is bought; the firm is not acquired.
    text: 'Korean Air will purchase 103 new Boeing aircraft. Hanwha will buy Austal. Elpida was acquired by Micron Technology in 2013.',
    states: ['ACQUIRES Hanwha → Austal', 'ACQUIRES Micron Technology → Elpida Memory'],
    not: ['ACQUIRES Korean Air → Boeing'],
  },
  {
    // Funding investments is investing, not a grant, loan or subsidy.
    text: 'Japan also committed to fund $550 billion of investments in strategic U.S. sectors (e.g., semiconductors, pharmaceuticals). The Department of Energy funds battery research.',
    states: ['FUNDS U.S. Department of Energy → secondary batteries'],
    not: ['FUNDS Japan → semiconductors'],
  },
  {
    // A seller's own business sold is part of the seller, which the buyer acquires; no goods are supplied.
    text: 'Imperial Chemical Industries (ICI) was a chemical company. ICI sold its nylon business to DuPont. Samsung sells chips to Apple.',
    states: ['ACQUIRES DuPont → Imperial Chemical Industries', 'SUPPLIES Samsung → Apple'],
    not: ['SUPPLIES Imperial Chemical Industries → DuPont'],
  },
  {
    // The parties a joint venture is between own it.
    text: 'European Semiconductor Manufacturing Company (ESMC) will build a fab. ESMC is a joint venture between TSMC and Bosch.',
    states: [
      'INVESTS_IN Taiwan Semiconductor Manufacturing Company → European Semiconductor Manufacturing Company',
      'INVESTS_IN Robert Bosch → European Semiconductor Manufacturing Company',
      'PARTNERS_WITH Taiwan Semiconductor Manufacturing Company → Robert Bosch',
    ],
    not: ['INVESTS_IN European Semiconductor Manufacturing Company → Robert Bosch'],
  },
  {
    // A sale the sentence goes on to say failed did not happen.
    text: 'The Philippines had planned to buy 16 helicopters from Canada, but the deal collapsed.',
    states: ['SUPPLIES Canada → Philippines (negative)'],
    not: ['SUPPLIES Canada → Philippines'],
  },
  {
    text: 'Under the IRA, Hyundai is eligible for the tax credit.',
    states: ['AFFECTS Inflation Reduction Act of 2022 → Hyundai Motor Group'],
  },
  {
    text: 'USTR is increasing Section 301 tariffs on Chinese semiconductors from 25% to 50%.',
    states: [
      'IMPOSES Section 301 of the Trade Act of 1974 → China',
      'IMPOSES Section 301 of the Trade Act of 1974 → semiconductors',
    ],
  },
  {
    text: 'Countries such as Chile export lithium to China.',
    states: ['SUPPLIES Chile → China'],
  },
  {
    text: 'The Department of Energy Loan Programs Office closed a loan of $2.5 billion to Ultium Cells.',
    states: ['FUNDS Loan Programs Office → Ultium Cells'],
    not: ['FUNDS U.S. Department of Energy → Ultium Cells'],
  },
  {
    text: 'The Loan Programs Office issued a conditional commitment of $9.2 billion to BlueOval SK.',
    states: ['FUNDS Loan Programs Office → BlueOval SK'],
  },
  {
    text: 'The Department of Energy made a commitment to Ford.',
    states: [],
    not: ['FUNDS U.S. Department of Energy → Ford Motor Company'],
  },
  {
    text: 'CATL is a battery maker. It supplies batteries to Tesla.',
    states: ['SUPPLIES Contemporary Amperex Technology → Tesla'],
  },
  {
    text: 'Tesla grew in 2021. It is expected that Panasonic supplies Toyota.',
    states: [],
    not: ['SUPPLIES Tesla → Toyota'],
  },
  {
    text: "Samsung's Samsung SDI supplies batteries to BMW.",
    states: ['SUPPLIES Samsung SDI → BMW'],
    not: ['SUPPLIES Samsung → BMW'],
  },
  {
    text: 'Under Section 232, the President imposed tariffs on steel.',
    states: ['IMPOSES Section 232 of the Trade Expansion Act of 1962 → steel'],
  },
  {
    text: 'Tariffs on steel were imposed under Section 232.',
    states: ['IMPOSES Section 232 of the Trade Expansion Act of 1962 → steel'],
  },
  {
    text: 'Tariffs on steel from Canada hurt Korea.',
    states: [],
    not: ['IMPOSES Canada → South Korea'],
  },
  {
    text: 'The CHIPS Act directs the Department of Commerce to award grants.',
    states: ['ENACTED_BY CHIPS and Science Act → U.S. Department of Commerce'],
  },
  {
    text: 'Samsung Display, a subsidiary of Samsung Electronics, makes panels.',
    states: ['INVESTS_IN Samsung Electronics → Samsung Display'],
    not: ['INVESTS_IN Samsung Display → Samsung Electronics'],
  },
  {
    text: 'Hyundai Motor plans to build a battery plant in Georgia with SK On.',
    states: ['PARTNERS_WITH Hyundai Motor Company → SK On'],
  },
  {
    text: 'In 2005 Samsung Electronics was acquired by TDK.',
    states: ['ACQUIRES TDK Corporation → Samsung Electronics'],
  },
  {
    text: 'Intel received $8.5 billion from the Department of Commerce.',
    states: ['FUNDS U.S. Department of Commerce → Intel'],
  },
  {
    text: 'Intel received approval from the Department of Commerce.',
    states: [],
    not: ['FUNDS U.S. Department of Commerce → Intel'],
  },
  {
    text: 'China currently dominates global critical mineral production and supply chains.',
    states: [],
    not: ['SECURES China → critical minerals'],
  },
  {
    text: 'The Critical Raw Materials Act will strengthen the lithium supply chain.',
    states: ['SECURES Critical Raw Materials Act → lithium'],
  },
  {
    text: 'The report covers the role of Taiwan in global semiconductor supply chains, and U.S. export controls on gallium.',
    states: ['IMPOSES United States → gallium'],
    not: ['IMPOSES United States → semiconductors'],
  },
  {
    text: 'Indonesia imposed nickel, cobalt and bauxite export bans.',
    states: ['IMPOSES Indonesia → nickel', 'IMPOSES Indonesia → bauxite'],
  },
  {
    text: 'In 2025, Morocco, Russia, Saudi Arabia, and Israel were the main foreign suppliers of phosphate fertilizers.',
    states: [],
    not: ['PRODUCES Israel → phosphate fertilizer'],
  },
  {
    text: 'China will stop the shipment of certain designated chemicals to North America.',
    states: ['IMPOSES China → chemicals'],
    not: ['IMPOSES China → North America'],
  },
  {
    text: '듀폰社는 공장을 가동하여 반도체 회로기판용 소재·부품을 생산해왔다.',
    states: [],
    not: ['PRODUCES DuPont → semiconductors'],
  },
  {
    text: 'President Donald J. Trump reached a trade and economic deal with President Xi Jinping of China.',
    states: ['PARTNERS_WITH United States → China'],
  },
  {
    text: 'NAFTA is an agreement signed by Canada, Mexico, and the United States.',
    states: [
      'ENACTED_BY North American Free Trade Agreement → Canada',
      'ENACTED_BY North American Free Trade Agreement → United States',
    ],
  },
  {
    text: 'Imports came from Morocco, Russia, Saudi Arabia, Israel, and other trading partners.',
    states: [],
    not: ['PARTNERS_WITH Saudi Arabia → Israel'],
  },
  {
    // A measure on a firm falls on the firm; its country only says whose it is.
    text: "In 2018, Australia blocked China's Huawei from its 5G network.",
    states: ['IMPOSES Australia → Huawei'],
    not: ['IMPOSES Australia → China'],
  },
  {
    // `cutting-edge` is a modifier, not the verb `cut`.
    text: "The UK's design incorporates cutting-edge U.S. submarine technologies.",
    states: [],
    not: ['IMPOSES United Kingdom → United States'],
  },
  {
    // A source of money supplies no goods.
    text: "The United States is Australia's largest source of foreign direct investment. Canada is Japan's largest source of crude oil imports. Korea is a top source of U.S. steel imports.",
    states: ['SUPPLIES Canada → Japan', 'SUPPLIES South Korea → United States'],
    not: ['SUPPLIES United States → Australia'],
  },
  {
    // An act a restraint is put on is not stated to happen; the restraint still imposes.
    text: 'The Administration will consider restrictions on U.S. investment in semiconductors. Indonesia imposed a ban on exports of nickel ore.',
    states: ['IMPOSES Indonesia → nickel'],
    not: ['INVESTS_IN United States → semiconductors'],
  },
  {
    // A country joins a bloc as a member, another state only in doing something.
    text: 'Croatia joined the EU in 2013, and Australia joined the United States and Canada in issuing an advisory.',
    states: ['MEMBER_OF Croatia → European Union'],
    not: ['MEMBER_OF Australia → United States', 'MEMBER_OF Australia → Canada'],
  },
  {
    text: 'Korea and Japan are strategic partners.',
    states: ['PARTNERS_WITH South Korea → Japan'],
  },
  {
    // The comma list before a partner's 와 shares it; 대한민국 is Korea's name, not 대 (toward) + a name.
    text: '대한민국은 칠레, 싱가포르, 유럽 자유 무역 연합과 FTA를 체결했다.',
    states: [
      'PARTNERS_WITH South Korea → Chile',
      'PARTNERS_WITH South Korea → Singapore',
      'PARTNERS_WITH South Korea → European Free Trade Association',
    ],
    not: ['PARTNERS_WITH Chile → Singapore'],
  },
  {
    text: '정부는 니켈·리튬 등 이차전지 기초원료의 공급망을 점검하고, 반도체 등 첨단산업 소재도 살핀다.',
    states: ['USES secondary batteries → nickel', 'USES secondary batteries → lithium'],
  },
  {
    // A relative clause headed by a copula's noun takes no phrase of a later clause into its gap.
    text: '장관은 “반도체는 AI, 통신, 바이오 등에 적용되는 핵심기술이자, 우리 경제의 버팀목”이라며, “용인 반도체 메가 클러스터를 조성하겠다”고 밝혔다.',
    states: [],
    not: ['TARGETS Yongin Semiconductor Cluster → artificial intelligence'],
  },
  {
    // A comma after a plain noun closes its item: 중동 only qualifies 상황, not the next item's tariffs.
    text: '최근 중동 상황, 미국의 고관세 정책 등 불확실성이 높아지고 있다.',
    states: [],
    not: ['IMPOSES Middle East → United States'],
  },
  {
    // A bloc's members are the partners, not the bloc.
    text: '외교부는 아시아태평양경제협력체(APEC) 회원국 및 민간과의 협력 방안을 논의하였다. 한국은 EU와 협력을 강화했다.',
    states: ['PARTNERS_WITH South Korea → European Union'],
    not: ['PARTNERS_WITH Korean Ministry of Foreign Affairs → Asia-Pacific Economic Cooperation'],
  },
  {
    // 양국 stands for two states, never a bloc named beside them.
    text: '우리나라의 의장국 수임을 앞두고 아시아태평양경제협력체(APEC) 관계자가 참석하였다. 양국은 협력을 강화하기로 했다.',
    states: [],
    not: [
      'PARTNERS_WITH South Korea → Asia-Pacific Economic Cooperation',
      'PARTNERS_WITH Asia-Pacific Economic Cooperation → South Korea',
    ],
  },
  {
    // An actor's 와 before a name of no actor names a partner, not a list item.
    text: '한국은 칠레와 FTA를 체결했다.',
    states: ['PARTNERS_WITH South Korea → Chile'],
  },
  {
    text: '삼성전자는 포스코와 현대제철에 부품을 공급했다.',
    states: [],
    not: ['PARTNERS_WITH Samsung Electronics → POSCO'],
  },
  {
    text: '韓산업통상자원부-濠산업과학에너지자원부 간 MOU',
    states: [],
    not: ['PARTNERS_WITH South Korea → Ministry of Trade, Industry and Energy'],
  },
  {
    text: 'The United States released its Maritime Action Plan to revive shipbuilding and the maritime shipping industry.',
    states: [],
    not: ['TARGETS Maritime Action Plan → shipping'],
  },
  {
    text: 'The United States imposed a 25% tariff on Korean cars.',
    states: ['IMPOSES United States → South Korea', 'IMPOSES United States → automobiles'],
  },
  {
    text: 'U.S. goods imports from Japan rose 5% in 2024.',
    states: ['SUPPLIES Japan → United States'],
  },
  {
    text: '일본에서 우리나라로 전략물자를 수출할 때 허가가 필요하다.',
    states: ['SUPPLIES Japan → South Korea'],
  },
  {
    text: 'LG에너지솔루션은 미국으로 배터리를 수출한다.',
    states: ['SUPPLIES LG Energy Solution → United States'],
  },
  {
    text: 'Korea will provide 1 trillion won to chipmakers.',
    states: ['FUNDS South Korea → semiconductors'],
  },
  {
    text: "China's commerce ministry announced export controls on gallium and germanium on Monday.",
    states: ['IMPOSES China → gallium', 'IMPOSES China → germanium'],
  },
  {
    text: "The ministry announced China's export controls on gallium, Korea's officials said.",
    states: ['IMPOSES China → gallium'],
    not: ['IMPOSES South Korea → gallium'],
  },
  {
    text: 'Tata will build a new gigafactory in the United Kingdom, the largest in Europe.',
    states: ['LOCATED_IN Tata Group → United Kingdom'],
    not: ['LOCATED_IN Tata Group → Europe'],
  },
  {
    text: 'Tokyo Electron is the largest producer of equipment used to make semiconductors.',
    states: [],
    not: ['PRODUCES Tokyo Electron → semiconductors'],
  },
  {
    text: 'Korea is expected to produce more semiconductors.',
    states: ['PRODUCES South Korea → semiconductors'],
  },
  {
    text: 'Congress granted USTR broad authorities to respond to unfair trade practices.',
    states: [],
    not: ['FUNDS United States Congress → Office of the United States Trade Representative'],
  },
  {
    text: 'The Department of Energy granted $2 billion to Intel.',
    states: ['FUNDS U.S. Department of Energy → Intel'],
  },
  {
    text: 'The Department of Energy awarded a grant to Intel.',
    states: ['FUNDS U.S. Department of Energy → Intel'],
  },
  {
    text: 'CATL makes lithium-ion batteries for electric vehicles and energy storage systems.',
    states: [
      'USES electric vehicles → lithium-ion batteries',
      'USES energy storage systems → lithium-ion batteries',
    ],
  },
  {
    text: 'Lithium prices for batteries rose in China.',
    states: [],
    not: ['USES secondary batteries → lithium'],
  },
  {
    text: 'SK hynix is majority-owned by SK Group, and Toyota owns a stake in Denso.',
    states: ['INVESTS_IN SK Group → SK hynix', 'INVESTS_IN Toyota → Denso'],
  },
  {
    text: 'Japan Advanced Semiconductor Manufacturing is a joint venture, which is majority-owned by TSMC and minority-owned by Denso and Toyota.',
    states: [
      'INVESTS_IN Denso → Japan Advanced Semiconductor Manufacturing',
      'INVESTS_IN Toyota → Japan Advanced Semiconductor Manufacturing',
    ],
    not: ['INVESTS_IN Denso → Taiwan Semiconductor Manufacturing Company'],
  },
  {
    text: 'The CHIPS Act authorizes $280 billion in new funding to boost manufacturing of semiconductors.',
    states: ['TARGETS CHIPS and Science Act → semiconductors'],
  },
  {
    text: 'The Inflation Reduction Act boosts manufacturing in the United States.',
    states: [],
    not: ['AFFECTS Inflation Reduction Act of 2022 → United States'],
  },
  {
    text: 'The MSP is composed of 14 countries and the EU: Australia, Canada, the United Kingdom, and the European Union.',
    states: [
      'MEMBER_OF Australia → Minerals Security Partnership',
      'MEMBER_OF United Kingdom → Minerals Security Partnership',
      'MEMBER_OF European Union → Minerals Security Partnership',
    ],
    not: ['MEMBER_OF Australia → United Kingdom', 'MEMBER_OF Canada → European Union'],
  },
  {
    text: 'India was inducted into the MSP in June 2023. The report covers two topics: Korea and Japan.',
    states: ['MEMBER_OF India → Minerals Security Partnership'],
    not: ['MEMBER_OF South Korea → Japan'],
  },
  {
    text: 'Contemporary Amperex Technology (Chinese: 宁德时代), abbreviated as CATL, is a Chinese company.',
    states: ['BASED_IN Contemporary Amperex Technology → China'],
  },
  {
    text: 'CATL, a Chinese battery maker, supplies Tesla. Northvolt is a Swedish battery manufacturer.',
    states: ['BASED_IN Contemporary Amperex Technology → China', 'BASED_IN Northvolt → Sweden'],
    not: ['PRODUCES China → secondary batteries', 'PRODUCES Sweden → secondary batteries'],
  },
  {
    text: 'China is the largest producer of lithium.',
    states: ['PRODUCES China → lithium'],
  },
  {
    text: 'Japan relies on imports of lithium from Chile, and Korea depends on China for graphite.',
    states: ['SUPPLIES Chile → Japan', 'SUPPLIES China → South Korea'],
  },
  {
    text: 'Korea depends on the United States for security.',
    states: [],
    not: ['SUPPLIES United States → South Korea'],
  },
  {
    text: 'Because the United States is not a party to UNCLOS, Korea joined the talks to China.',
    states: ['MEMBER_OF United States → United Nations Convention on the Law of the Sea (negative)'],
    not: ['MEMBER_OF South Korea → China'],
  },
  {
    text: 'Gallium is used to make semiconductors, and graphite is used for producing batteries.',
    states: ['USES semiconductors → gallium', 'USES secondary batteries → graphite'],
  },
  {
    text: 'Gallium is used widely, and Japan makes semiconductors.',
    states: ['PRODUCES Japan → semiconductors'],
    not: ['USES semiconductors → gallium'],
  },
  {
    text: 'The Department of Commerce has imposed over 30 anti-dumping and countervailing duties on steel-related products.',
    states: ['IMPOSES U.S. Department of Commerce → steel'],
  },
  {
    text: 'The project is the first vanadium mine in the U.S., and Albemarle plans to mine lithium in Chile.',
    states: ['PRODUCES United States → vanadium', 'PRODUCES Albemarle → lithium'],
    not: ['PRODUCES Chile → lithium'],
  },
  {
    text: 'China imposed export controls on gallium and germanium.',
    states: ['IMPOSES China → gallium', 'IMPOSES China → germanium'],
    not: ['IMPOSES gallium → germanium'],
  },
  {
    text: 'The European Union adopted the Carbon Border Adjustment Mechanism in 2023.',
    states: ['ENACTED_BY Carbon Border Adjustment Mechanism → European Union'],
  },
  {
    text: 'Semiconductors produced by Samsung Electronics and SK Hynix are in demand.',
    states: ['PRODUCES Samsung Electronics → semiconductors', 'PRODUCES SK hynix → semiconductors'],
    not: ['PRODUCES Samsung Electronics → SK hynix'],
  },
  {
    text: 'Ford ended its joint venture with SK On to produce batteries in Kentucky.',
    states: [
      'PRODUCES Ford Motor Company → secondary batteries (negative)',
      'PARTNERS_WITH Ford Motor Company → SK On (negative)',
    ],
    not: ['PRODUCES Ford Motor Company → secondary batteries', 'PARTNERS_WITH Ford Motor Company → SK On'],
  },
  {
    text: 'Hyundai Steel made a deal with POSCO, under which Samsung acquired Kia.',
    states: ['ACQUIRES Samsung → Kia'],
    not: ['ACQUIRES POSCO → Kia'],
  },
  {
    text: '일대일로는 아프리카 연합, 아시아 협력 대화 등의 지지를 받았다.',
    states: [],
    not: ['PARTNERS_WITH African Union → Asia'],
  },
  {
    text: '양국은 한국과 일본의 협력 등을 논의했다.',
    states: ['PARTNERS_WITH South Korea → Japan'],
  },
  {
    text: '중기부와 중소기업중앙회가 공동으로 주최한 간담회에서 논의했다.',
    states: ['PARTNERS_WITH Ministry of SMEs and Startups → Korea Federation of SMEs'],
  },
  {
    text: 'Samsung and LG jointly developed the battery.',
    states: ['PARTNERS_WITH Samsung → LG Group'],
  },
  {
    text: 'Samsung and LG each developed a battery.',
    states: [],
    not: ['PARTNERS_WITH Samsung → LG Group'],
  },
  {
    text: 'The Samsung and LG deals together comprised half of the total.',
    states: [],
    not: ['PARTNERS_WITH Samsung → LG Group'],
  },
  {
    text: '한국지엠은 엘지, 삼성, 포스코 등과 함께 배터리 기술을 협력하고 있다.',
    states: [
      'PARTNERS_WITH GM Korea → LG Group',
      'PARTNERS_WITH GM Korea → Samsung',
      'PARTNERS_WITH GM Korea → POSCO',
    ],
  },
  {
    text: '신개발은행은 BRICS 5개국 (브라질, 러시아, 인도, 중국, 남아프리카 공화국)이 설립하였다.',
    states: [
      'MEMBER_OF Brazil → BRICS',
      'MEMBER_OF Russia → BRICS',
      'MEMBER_OF India → BRICS',
      'MEMBER_OF China → BRICS',
      'MEMBER_OF South Africa → BRICS',
    ],
  },
  {
    text: '회의에는 BRICS(브라질, 러시아, 인도, 중국, 남아공)와 G7(미국, 일본, 영국, 프랑스, 독일, 이탈리아, 캐나다)이 참석했다.',
    states: ['MEMBER_OF Brazil → BRICS', 'MEMBER_OF South Africa → BRICS', 'MEMBER_OF Japan → G7'],
    not: ['MEMBER_OF United States → BRICS'],
  },
  {
    // After a state, a parenthesis of countries names others; two countries are too few to be a membership list.
    text: 'It made commitments in trade agreements with the United States (Argentina, Bangladesh, Cambodia, and Taiwan). EU(독일, 프랑스)는 합의했다.',
    states: [],
    not: [
      'MEMBER_OF Argentina → United States',
      'MEMBER_OF Taiwan → United States',
      'MEMBER_OF Germany → European Union',
    ],
  },
  {
    text: 'The G7 countries (Canada, France, Germany, Italy, Japan, the United Kingdom and the United States) met.',
    states: ['MEMBER_OF Canada → G7', 'MEMBER_OF Japan → G7', 'MEMBER_OF United States → G7'],
  },
  {
    text: 'Exports to the EU (France, Germany) rose, while APEC and China, Japan grew.',
    states: [],
    not: ['MEMBER_OF France → European Union', 'MEMBER_OF China → Asia-Pacific Economic Cooperation'],
  },
  {
    text: 'Jordanian Pharmaceutical manufacturer Hikma Pharmaceuticals announced it will invest.',
    states: ['BASED_IN Hikma Pharmaceuticals → Jordan'],
  },
  {
    text: "The UAE's main defense conglomerate, Edge Group, is partnering with South Korea.",
    states: ['BASED_IN EDGE Group → United Arab Emirates', 'PARTNERS_WITH EDGE Group → South Korea'],
  },
  {
    text: 'ASM International NV, another Netherlands-based semiconductor equipment supplier, grew.',
    states: ['BASED_IN ASM International → Netherlands'],
  },
  {
    text: 'The US company Tesla sold cars to China.',
    states: ['SUPPLIES Tesla → China', 'BASED_IN Tesla → United States'],
    not: ['SUPPLIES United States → China'],
  },
  {
    text: 'Azerbaijan and its company SOCAR supplied gas to Italy.',
    states: ['SUPPLIES Azerbaijan → Italy', 'BASED_IN SOCAR → Azerbaijan'],
    not: ['BASED_IN SOCAR → Italy'],
  },
  {
    text: 'The plant is powered by batteries produced in the UK.',
    states: ['PRODUCES United Kingdom → secondary batteries'],
  },
  {
    text: 'Jordan will remove tariffs on U.S. goods exported to Jordan.',
    states: ['SUPPLIES United States → Jordan'],
  },
  {
    text: 'Requiring 25% of high-quality copper scrap produced in the United States to be sold there.',
    states: ['PRODUCES United States → copper scrap'],
    not: ['MEASURES 25% → United States'],
  },
  {
    text: 'China currently dominates global critical mineral production, and the rare earth industry is dominated by China.',
    states: ['PRODUCES China → critical minerals', 'PRODUCES China → rare earth industry'],
  },
  {
    text: '중국은 희토류 시장을 장악하고 있다.',
    states: ['PRODUCES China → rare earths'],
  },
  {
    text: '한국전력·한국수력원자력과 에미리트 원자력에너지공사(ENEC) 간에는 「넷 제로 MOU」와 SK주식회사와 무바달라 투자회사 간에는 「탄소시장 MOU」도 체결되었다.',
    states: [
      'PARTNERS_WITH Korea Electric Power Corporation → Emirates Nuclear Energy Corporation',
      'PARTNERS_WITH Korea Hydro & Nuclear Power → Emirates Nuclear Energy Corporation',
    ],
    not: [
      'PARTNERS_WITH Korea Electric Power Corporation → Korea Hydro & Nuclear Power',
      'PARTNERS_WITH Emirates Nuclear Energy Corporation → Mubadala Investment Company',
      'PARTNERS_WITH Korea Electric Power Corporation → Mubadala Investment Company',
    ],
  },
  {
    text: 'The United States is a member of the Widget Council.',
    states: [],
    not: ['MEMBER_OF United States → Widget Council'],
  },
  {
    text: 'China is a member of RCEP.',
    states: ['MEMBER_OF China → Regional Comprehensive Economic Partnership'],
  },
  {
    text: 'Vietnam became a member of ASEAN in 1995, and Serbia is expected to become a member of the WTO.',
    states: ['MEMBER_OF Vietnam → ASEAN', 'MEMBER_OF Serbia → World Trade Organization'],
  },
  {
    text: '한국은 1996년 OECD에 가입했다.',
    states: ['MEMBER_OF South Korea → Organisation for Economic Co-operation and Development'],
  },
  {
    text: '우리 정부는 과기정통부, 산업부 등 관계부처가 참여하는 협의체를 운영한다.',
    states: [],
    not: ['MEMBER_OF South Korea → Ministry of Science and ICT'],
  },
  {
    text: 'Steel is a critical input for our domestic shipbuilding industry.',
    states: ['USES shipbuilding → steel'],
  },
  {
    text: 'Polysilicon is a key building block for the semiconductor industry.',
    states: ['USES semiconductors → polysilicon'],
    not: ['USES polysilicon → semiconductors'],
  },
  {
    text: 'Lithium is a key component of batteries.',
    states: ['USES secondary batteries → lithium'],
  },
  {
    text: 'LG Energy Solution will supply batteries to Ford.',
    states: ['SUPPLIES LG Energy Solution → Ford Motor Company'],
  },
  {
    text: 'Intel, Samsung Electronics and TSMC announced new fabs.',
    states: [],
    not: [
      'PARTNERS_WITH Intel → Taiwan Semiconductor Manufacturing Company',
      'PARTNERS_WITH Samsung Electronics → Taiwan Semiconductor Manufacturing Company',
    ],
  },
  {
    text: 'A few months ago, China banned exports to the United States of gallium.',
    states: ['IMPOSES China → United States', 'IMPOSES China → gallium'],
    not: ['SUPPLIES China → United States'],
  },
  { text: 'China exports gallium to the United States.', states: ['SUPPLIES China → United States'] },
  {
    text: "Qatar accounts for about 30% of the world's helium production capacity.",
    states: ['PRODUCES Qatar → helium'],
  },
  {
    text: 'The Department of Defense awarded Albemarle $90 million through the Defense Production Act.',
    states: ['FUNDS U.S. Department of Defense → Albemarle', 'AFFECTS Defense Production Act → Albemarle'],
  },
  {
    text: 'BlueOval SK is a joint venture between Ford and SK On.',
    states: ['PARTNERS_WITH Ford Motor Company → SK On'],
    not: ['PARTNERS_WITH BlueOval SK → Ford Motor Company', 'PARTNERS_WITH BlueOval SK → SK On'],
  },
  {
    text: 'The agreement between the United States and Japan covers critical minerals.',
    states: ['PARTNERS_WITH United States → Japan'],
  },
  {
    text: 'Tariffs on steel from China and India rose.',
    states: [],
    not: ['PARTNERS_WITH China → India'],
  },
  {
    text: 'China imposed tariffs on steel and Japan banned exports of gallium.',
    states: ['IMPOSES China → steel', 'IMPOSES Japan → gallium'],
    not: ['IMPOSES China → gallium', 'IMPOSES Japan → steel'],
  },
  {
    text: 'President Biden’s Bipartisan Infrastructure Law, CHIPS and Science Act, and Inflation Reduction Act are spurring investment.',
    states: [
      'ENACTED_BY Infrastructure Investment and Jobs Act → United States',
      'ENACTED_BY CHIPS and Science Act → United States',
      'ENACTED_BY Inflation Reduction Act of 2022 → United States',
    ],
  },
  {
    text: 'President Biden directed the USTR to raise tariffs on imported batteries.',
    states: ['IMPOSES Office of the United States Trade Representative → secondary batteries'],
    not: ['IMPOSES United States → secondary batteries'],
  },
  {
    text: 'The Order directs the Secretary of Commerce to initiate an investigation under the Trade Expansion Act of 1962.',
    states: [],
    not: ['ENACTED_BY Trade Expansion Act of 1962 → Secretary of Commerce'],
  },
  {
    text: 'China currently controls much of the critical mineral supply chain.',
    states: [],
    not: ['IMPOSES China → critical minerals'],
  },
  {
    text: 'Since 2021, the Department of Commerce has imposed anti-dumping duties on steel.',
    states: ['IMPOSES U.S. Department of Commerce → steel'],
    not: ['ENACTED_BY anti-dumping duties → U.S. Department of Commerce'],
  },
  {
    text: 'The IRA supports EV batteries.',
    states: ['TARGETS Inflation Reduction Act of 2022 → secondary batteries'],
    not: ['TARGETS Inflation Reduction Act of 2022 → electric vehicles'],
  },
  {
    text: "Korea's answer to the Inflation Reduction Act was quick.",
    states: [],
    not: ['ENACTED_BY Inflation Reduction Act of 2022 → South Korea'],
  },
  {
    text: "Japan's version of the CHIPS Act passed.",
    states: [],
    not: ['ENACTED_BY CHIPS and Science Act → Japan'],
  },
  {
    text: 'Intel, Samsung Electronics, and TSMC produce chips.',
    states: [
      'PRODUCES Intel → semiconductors',
      'PRODUCES Samsung Electronics → semiconductors',
      'PRODUCES Taiwan Semiconductor Manufacturing Company → semiconductors',
    ],
    not: ['PARTNERS_WITH Intel → Taiwan Semiconductor Manufacturing Company'],
  },
  {
    text: 'President Trump strengthens U.S. supply chains by imposing tariffs on polysilicon.',
    states: ['IMPOSES United States → polysilicon'],
  },
  {
    text: 'The byproducts are gallium and germanium—the building blocks of semiconductors.',
    states: ['USES semiconductors → gallium', 'USES semiconductors → germanium'],
  },
  {
    text: 'Natural gas is the building block for semiconductors.',
    states: ['USES semiconductors → natural gas'],
  },
  {
    text: 'Critical minerals are essential building blocks of the economy, from technologies like wind turbines to semiconductors.',
    states: ['USES wind turbines → critical minerals', 'USES semiconductors → critical minerals'],
  },
  {
    text: 'Lithium is essential for batteries and electric vehicles.',
    states: ['USES secondary batteries → lithium', 'USES electric vehicles → lithium'],
  },
  {
    text: 'Nickel is critical to battery production, and cobalt is not vital to semiconductors.',
    states: ['USES secondary batteries → nickel', 'USES semiconductors → cobalt (negative)'],
  },
  {
    text: 'South32 received a Department of Energy award, and Intel received a grant from the Department of Commerce.',
    states: ['FUNDS U.S. Department of Energy → South32', 'FUNDS U.S. Department of Commerce → Intel'],
    not: ['FUNDS South32 → U.S. Department of Energy', 'FUNDS Intel → U.S. Department of Commerce'],
  },
  {
    text: 'For ethanol to capture a share of the U.S. gasoline market, ethanol producers will need new methods.',
    states: [],
    not: ['PRODUCES United States → gasoline'],
  },
  {
    text: 'Starting August 1, 2025, President Trump imposed tariffs on copper.',
    states: ['IMPOSES United States → copper'],
  },
  {
    text: 'Japan and Taiwan will stockpile nickel.',
    states: ['SECURES Japan → nickel', 'SECURES Taiwan → nickel'],
  },
  {
    text: 'The Department of the Treasury allocated $800 million under the Inflation Reduction Act.',
    states: ['ENACTED_BY Inflation Reduction Act of 2022 → U.S. Department of the Treasury'],
  },
  {
    text: 'Intel was awarded $8.5 billion under the CHIPS Act.',
    states: ['AFFECTS CHIPS and Science Act → Intel'],
    not: ['ENACTED_BY CHIPS and Science Act → Intel'],
  },
  {
    text: 'Syrah Technologies processes graphite in Mozambique.',
    states: ['PRODUCES Syrah Technologies → graphite'],
  },
  {
    text: 'The U.S.-Mexico-Canada Agreement covers trade with the United States.',
    states: [],
    not: ['ENACTED_BY United States–Mexico–Canada Agreement → United States'],
  },
  {
    text: '시그네틱스 (1966년), 모토롤라 (1967년), 도시바 (1969년) 등 미국 기업들이 한국에 공장을 세웠다.',
    states: ['BASED_IN 시그네틱스 → United States', 'BASED_IN 모토롤라 → United States'],
    not: ['BASED_IN Toshiba → United States', 'BASED_IN 시그네틱스 → South Korea'],
  },
  {
    text: '국회는 반도체특별법을 개정했다.',
    states: ['ENACTED_BY Semiconductor Special Act → National Assembly of Korea'],
  },
  {
    text: '한국은 IRA 개정을 요구했다.',
    states: [],
    not: ['ENACTED_BY Inflation Reduction Act of 2022 → South Korea'],
  },
  {
    text: 'The KORUS FTA is a trade agreement between the United States and the Republic of Korea.',
    states: [
      'PARTNERS_WITH United States → South Korea',
      'MEMBER_OF United States → Korea–United States Free Trade Agreement',
      'MEMBER_OF South Korea → Korea–United States Free Trade Agreement',
    ],
  },
  {
    text: 'The mine is the only domestic source for antimony, a necessary critical mineral for munitions.',
    states: ['USES munitions → antimony'],
    not: ['USES munitions → critical minerals'],
  },
  {
    text: "Germany supports TSMC's project to build and operate a fab in Japan.",
    states: ['LOCATED_IN Taiwan Semiconductor Manufacturing Company → Japan'],
    not: ['LOCATED_IN Taiwan Semiconductor Manufacturing Company → Germany'],
  },
  {
    text: 'Japan used its G7 presidency to promote semiconductors.',
    states: ['MEMBER_OF Japan → G7'],
  },
  {
    text: '한국은 MSP 의장국이다.',
    states: ['MEMBER_OF South Korea → Minerals Security Partnership'],
  },
  {
    text: 'The CPTPP was ratified by the United Kingdom in 2023.',
    states: [
      'ENACTED_BY Comprehensive and Progressive Agreement for Trans-Pacific Partnership → United Kingdom',
    ],
  },
  {
    text: '한미 FTA는 2011년 국회에서 비준되었다.',
    states: ['ENACTED_BY Korea–United States Free Trade Agreement → National Assembly of Korea'],
  },
  {
    text: 'Japan and the UK launched the UK-Japan Semiconductors Partnership.',
    states: ['TARGETS UK-Japan Semiconductors Partnership → semiconductors'],
  },
  {
    text: '정부는 반도체특별법을 제정했다.',
    states: ['TARGETS Semiconductor Special Act → semiconductors'],
  },
  {
    text: 'The Inflation Reduction Act was passed in 2022, and Korea makes semiconductors.',
    states: [],
    not: ['TARGETS Inflation Reduction Act of 2022 → semiconductors'],
  },
  {
    text: 'The United States-Australia Framework was signed in October.',
    states: [
      'ENACTED_BY United States-Australia Framework → United States',
      'ENACTED_BY United States-Australia Framework → Australia',
    ],
    not: ['MEMBER_OF United States → United States-Australia Framework'],
  },
  {
    text: 'The U.S.-Japan Trade Agreement entered into force in 2020.',
    states: [
      'MEMBER_OF United States → U.S.-Japan Trade Agreement',
      'MEMBER_OF Japan → U.S.-Japan Trade Agreement',
    ],
    not: ['ENACTED_BY U.S.-Japan Trade Agreement → Japan'],
  },
  {
    text: 'The U.S.-Mexico-Canada Agreement replaced NAFTA.',
    states: [
      'MEMBER_OF United States → United States–Mexico–Canada Agreement',
      'MEMBER_OF Mexico → United States–Mexico–Canada Agreement',
      'MEMBER_OF Canada → United States–Mexico–Canada Agreement',
    ],
  },
  {
    text: 'The U.S.-China Economic and Security Review Commission met.',
    states: [],
  },
  {
    text: '산업부는 「희소금속 공급망 협력 양해각서」를 체결했다.',
    states: ['SECURES 희소금속 공급망 협력 양해각서 → rare metals'],
  },
  {
    text: 'Critical minerals matter to the Critical Minerals Cooperation Agreement.',
    states: [],
    not: ['SECURES Critical Minerals Cooperation Agreement → critical minerals'],
  },
  {
    text: '한국·호주·탄자니아 3국 협력으로 흑연 공급망 다변화에 기여한다.',
    states: [
      'PARTNERS_WITH South Korea → Australia',
      'PARTNERS_WITH South Korea → United Republic of Tanzania',
      'PARTNERS_WITH Australia → United Republic of Tanzania',
    ],
  },
  {
    text: '한국과 캐나다의 협력이 확대되었다.',
    states: ['PARTNERS_WITH South Korea → Canada'],
  },
  {
    text: 'Korea-Canada cooperation expanded.',
    states: ['PARTNERS_WITH South Korea → Canada'],
  },
  {
    text: '한국 LG에너지솔루션-캐나다 기업간 리튬 공급 협력을 위한 MOU 3건이 체결되었다.',
    states: ['BASED_IN LG Energy Solution → South Korea'],
    not: ['PARTNERS_WITH South Korea → LG Energy Solution', 'PARTNERS_WITH LG Energy Solution → Canada'],
  },
  {
    text: '광해광업공단은 캐나다 정부와 정보교류를 확대한다.',
    states: ['PARTNERS_WITH Korea Mine Rehabilitation and Mineral Resources Corporation → Canada'],
  },
  {
    text: 'The U.S. Department of Commerce added firms to the list.',
    states: ['BASED_IN U.S. Department of Commerce → United States'],
  },
  {
    text: '광해광업공단은 캐나다 천연자원부와 협력한다.',
    states: [
      'BASED_IN Natural Resources Canada → Canada',
      'PARTNERS_WITH Korea Mine Rehabilitation and Mineral Resources Corporation → Natural Resources Canada',
    ],
  },
  {
    text: 'The Asian Development Bank lends to Vietnam.',
    states: [],
  },
  {
    text: 'The report quantifies the effects of China’s gallium export restrictions on the U.S. economy.',
    states: ['IMPOSES China → gallium'],
    not: ['IMPOSES China → United States'],
  },
  {
    text: 'The tables estimate the effects of varying Chinese export restrictions of gallium on U.S. gross domestic product.',
    states: ['IMPOSES China → gallium'],
    not: ['IMPOSES China → United States'],
  },
  {
    text: 'China imposed export restrictions on the United States.',
    states: ['IMPOSES China → United States'],
  },
  {
    text: 'The United States imposed tariffs on steel from all countries except for imports from Canada and Mexico.',
    states: ['IMPOSES United States → steel'],
    not: [
      'IMPOSES United States → Canada',
      'SUPPLIES Canada → United States',
      'IMPOSES United States → Mexico',
    ],
  },
  {
    text: 'The United States imposed tariffs on imports, with the exception of imports from Mexico.',
    states: [],
    not: ['IMPOSES United States → Mexico'],
  },
  {
    text: '현대제철은 대한민국의 철강 기업으로, 현대자동차그룹의 계열사이다.',
    states: ['OPERATES_IN Hyundai Steel → steel industry', 'BASED_IN Hyundai Steel → South Korea'],
    not: [
      'INVESTS_IN South Korea → Hyundai Steel',
      'INVESTS_IN Hyundai Motor Group → Hyundai Steel',
      'BASED_IN Hyundai Motor Group → South Korea',
    ],
  },
  {
    text: 'LG에너지솔루션은 대한민국의 배터리 회사로, LG그룹의 계열사이다.',
    states: [
      'OPERATES_IN LG Energy Solution → secondary batteries',
      'BASED_IN LG Energy Solution → South Korea',
    ],
    not: ['OPERATES_IN LG Group → secondary batteries'],
  },
  {
    text: '한국 배터리 기업 LG에너지솔루션의 공장이 가동된다.',
    states: [
      'OPERATES_IN LG Energy Solution → secondary batteries',
      'BASED_IN LG Energy Solution → South Korea',
    ],
  },
  {
    text: '삼성전자는 한국의 전자 기업으로, 1969년에 설립되었다.',
    states: ['BASED_IN Samsung Electronics → South Korea'],
  },
  {
    text: 'SK온은 SK이노베이션의 자회사이다.',
    states: ['INVESTS_IN SK Innovation → SK On'],
  },
  {
    text: 'Today marks the entry into force of the European Critical Raw Materials Act, which aims at ensuring a secure supply of critical raw materials.',
    states: [
      'ENACTED_BY Critical Raw Materials Act → European Union',
      'SECURES Critical Raw Materials Act → critical minerals',
    ],
  },
  {
    text: 'The Persian Gulf also exports large amounts of gypsum, which is often used in construction projects, but is not a significant supplier to the United States.',
    states: ['SUPPLIES Persian Gulf → United States (negative)'],
  },
  {
    text: 'Syrah processes natural graphite from its Balama, Mozambique mine, which received a commitment of up to $150 million.',
    states: [],
  },
  {
    text: 'TechMet will support a mining facility in Piauí, Brazil that will produce nickel and cobalt.',
    states: [],
    not: ['PRODUCES Brazil → nickel', 'PRODUCES Brazil → cobalt'],
  },
  {
    text: 'The ROK has demonstrated leadership on supply chain issues and has been an engaged and active member of the MSP.',
    states: ['MEMBER_OF South Korea → Minerals Security Partnership'],
  },
  {
    text: 'China refines roughly two-thirds of the nickel, lithium, and cobalt used in EV batteries.',
    states: [
      'PRODUCES China → nickel',
      'PRODUCES China → lithium',
      'PRODUCES China → cobalt',
      'USES secondary batteries → nickel',
      'USES secondary batteries → lithium',
      'USES secondary batteries → cobalt',
    ],
  },
  {
    text: 'Samsung Electronics produces chips, and SK hynix invested in Vietnam.',
    states: ['PRODUCES Samsung Electronics → semiconductors', 'INVESTS_IN SK hynix → Vietnam'],
    not: ['INVESTS_IN Samsung Electronics → Vietnam'],
  },
  {
    text: '산업통상자원부가 몽골과 ‘희소금속 공급망 협력 양해각서’에 서명했습니다. 박일준 차관은 몽골 광업중공업부 장관과 양해각서에 서명하고, 협력을 강화하기로 했다.',
    states: ['ENACTED_BY 희소금속 공급망 협력 양해각서 → 광업중공업부'],
  },
  {
    text: '산업부는 ‘한-몽골 광물 MOU’와 ‘한-칠레 리튬 업무협약’을 검토했다. 장관은 몽골 광업중공업부 장관과 MOU에 서명했다.',
    states: [],
    not: ['ENACTED_BY 한-몽골 광물 MOU → 광업중공업부', 'ENACTED_BY 한-칠레 리튬 업무협약 → 광업중공업부'],
  },
  {
    text: 'The Department of the Treasury is designating eight entities and two individuals located in Iran.',
    states: [],
    not: ['LOCATED_IN U.S. Department of the Treasury → Iran'],
  },
  {
    text: 'The State Department sanctioned one Vietnam-based entity, Zentron Shipping JSC, for its role.',
    states: ['BASED_IN Zentron Shipping JSC → Vietnam'],
  },
  {
    text: '(한국전력공사-GE Vernova) 암모니아 전소 및 CCUS 기술개발 협력',
    states: ['PARTNERS_WITH Korea Electric Power Corporation → GE Vernova'],
  },
  {
    text: '(SK E&S, HD한국조선해양-Plug Power) 블루수소 전주기 협력',
    states: [
      'PARTNERS_WITH HD Korea Shipbuilding & Offshore Engineering → Plug Power',
      'PARTNERS_WITH SK E&S → Plug Power',
    ],
  },
  {
    text: '(한국전력공사) 연료전지 협력, (GE Vernova) 가스터빈 협력',
    states: [],
    not: ['PARTNERS_WITH Korea Electric Power Corporation → GE Vernova'],
  },
  {
    text: '투자 계획은 ①삼성전자가 평택 파운드리, ②리벨리온이 판교 팹리스 밸리 등 민간기업이 발표함',
    states: ['OPERATES_IN Rebellions → fabless'],
    not: ['OPERATES_IN Samsung Electronics → fabless'],
  },
  {
    text: '산업부는 ‘희소금속 공급망 협력 양해각서’를 검토했다. 몽골 광업중공업부와 협정 및 MOU 3건을 체결했다.',
    states: [],
    not: ['ENACTED_BY 희소금속 공급망 협력 양해각서 → 광업중공업부'],
  },
  {
    text: '산업부는 ‘희소금속 공급망 협력 양해각서’를 검토했다. 몽골 광업중공업부 등 5개 기관과 총 12건의 계약과 MOU가 체결되었다.',
    states: [],
    not: ['ENACTED_BY 희소금속 공급망 협력 양해각서 → 광업중공업부'],
  },
  {
    text: '산업부는 ‘한-몽골 광물 협정’과 ‘한-칠레 리튬 협정’을 검토했다. 장관은 몽골 광업중공업부 장관과 협정에 서명했다.',
    states: [],
    not: ['ENACTED_BY 한-몽골 광물 협정 → 광업중공업부', 'ENACTED_BY 한-칠레 리튬 협정 → 광업중공업부'],
  },
  {
    text: 'The United States praised Korea for investing in Vietnam.',
    states: ['INVESTS_IN South Korea → Vietnam'],
    not: ['INVESTS_IN United States → Vietnam'],
  },
  {
    text: 'The United States praised Korea after investing in Vietnam.',
    states: ['INVESTS_IN United States → Vietnam'],
    not: ['INVESTS_IN South Korea → Vietnam'],
  },
  {
    text: 'Most solar panels are produced in China.',
    states: ['PRODUCES China → solar modules'],
  },
  {
    text: 'Samsung makes chips in Vietnam.',
    states: ['PRODUCES Samsung → semiconductors'],
    not: ['PRODUCES Vietnam → semiconductors'],
  },
  {
    text: "The Department of Energy launched the Inflation Reduction Act's Advanced Manufacturing Fund.",
    states: [],
    not: ['ENACTED_BY Inflation Reduction Act of 2022 → U.S. Department of Energy'],
  },
  {
    text: 'The Department of Commerce implemented the CHIPS Act.',
    states: ['ENACTED_BY CHIPS and Science Act → U.S. Department of Commerce'],
  },
  {
    text: 'The Clean Battery Initiative will strengthen critical mineral supply chains.',
    states: ['SECURES Clean Battery Initiative → critical minerals'],
    not: ['AFFECTS Clean Battery Initiative → critical minerals'],
  },
  {
    text: '한-몽골 총리회담에 이어 양국은 ‘희소금속 협력 양해각서’를 체결했다.',
    states: [
      'ENACTED_BY 희소금속 협력 양해각서 → South Korea',
      'ENACTED_BY 희소금속 협력 양해각서 → Mongolia',
    ],
  },
  {
    text: '한-미 양국은 반도체 포럼을 열었다. 양국 반도체 협회는 반도체 공급망 협력을 위한 ‘한미 반도체 양해각서’를 체결했다.',
    states: [],
    not: ['ENACTED_BY 한미 반도체 양해각서 → South Korea', 'ENACTED_BY 한미 반도체 양해각서 → United States'],
  },
  {
    text: 'Samsung Electronics and Tesla sign a supply agreement.',
    states: ['PARTNERS_WITH Samsung Electronics → Tesla'],
  },
  {
    text: 'United States and Japan Sign Critical Minerals Agreement\n\nThe Critical Minerals Agreement will strengthen supply chains.',
    states: [
      'ENACTED_BY Critical Minerals Agreement → United States',
      'ENACTED_BY Critical Minerals Agreement → Japan',
    ],
  },
  {
    text: 'The Mineral Security Partnership includes South Korea and Japan, and the tariffs include steel.',
    states: [
      'MEMBER_OF South Korea → Minerals Security Partnership',
      'MEMBER_OF Japan → Minerals Security Partnership',
    ],
  },
  {
    text: 'The United States will secure graphite, and Japan plans to secure nickel.',
    states: ['SECURES United States → graphite', 'SECURES Japan → nickel'],
  },
  {
    text: 'The licence went to Ocean Minerals Company, comprising Cyprus Minerals and Lockheed Martin Corporation (American companies).',
    states: ['BASED_IN Cyprus Minerals → United States', 'BASED_IN Lockheed Martin → United States'],
  },
  {
    text: 'The United States signed an agreement with Japan.',
    states: ['PARTNERS_WITH United States → Japan'],
  },
  {
    text: 'Intel received criticism from the Department of Commerce.',
    states: [],
  },
  {
    text: 'Critical minerals and batteries are found in Chile.',
    states: [],
    not: ['USES secondary batteries → critical minerals'],
  },
  {
    text: 'Critical minerals for batteries are found in Chile.',
    states: ['USES secondary batteries → critical minerals'],
  },
  {
    text: 'The United States is essential to semiconductors.',
    states: [],
  },
  {
    text: 'Congress could eliminate the Section 232 copper tariffs on Canada and Mexico.',
    states: [
      'IMPOSES Section 232 tariffs on copper → Canada',
      'IMPOSES Section 232 tariffs on copper → Mexico',
    ],
  },
  {
    text: 'The President did not impose Section 232 steel tariffs on Japan.',
    states: ['IMPOSES Section 232 tariffs on steel and aluminum → Japan (negative)'],
    not: ['IMPOSES Section 232 tariffs on steel and aluminum → Japan'],
  },
  {
    text: 'The Section 232 copper tariffs hurt Canada.',
    states: [],
    not: ['IMPOSES Section 232 tariffs on copper → Canada'],
  },
  {
    text: 'The view of the CHIPS and Science Act on Japan differs.',
    states: [],
    not: ['IMPOSES CHIPS and Science Act → Japan'],
  },
  {
    text: 'NOAA issued a licence to Ocean Minerals Company, comprising Cyprus Minerals and Lockheed Martin Corporation.',
    states: [
      'MEMBER_OF Cyprus Minerals → Ocean Minerals Company',
      'MEMBER_OF Lockheed Martin → Ocean Minerals Company',
    ],
    not: ['MEMBER_OF Cyprus Minerals → National Oceanic and Atmospheric Administration'],
  },
  {
    text: 'The EU comprises France and Germany.',
    states: ['MEMBER_OF France → European Union', 'MEMBER_OF Germany → European Union'],
    not: ['MEMBER_OF European Union → France'],
  },
  {
    text: 'In 2025, the United States imported copper products (25% by value from the EU and 20% from Canada).',
    states: ['SUPPLIES European Union → United States', 'SUPPLIES Canada → United States'],
  },
  {
    text: 'The United States imported copper (which Chile shipped from Peru).',
    states: [],
    not: ['SUPPLIES Peru → United States'],
  },
  {
    text: 'Through the agenda, the Department of Energy, the Department of Defense, and the Department of Commerce are funding Albemarle.',
    states: [
      'FUNDS U.S. Department of Energy → Albemarle',
      'FUNDS U.S. Department of Defense → Albemarle',
      'FUNDS U.S. Department of Commerce → Albemarle',
    ],
  },
  {
    text: 'Since 2021, the Department of Commerce has imposed duties on steel and the EU has followed.',
    states: ['IMPOSES U.S. Department of Commerce → steel'],
    not: ['IMPOSES U.S. Department of Commerce → European Union'],
  },
  {
    text: 'Lithium-ion batteries power electric vehicles.',
    states: ['USES electric vehicles → lithium-ion batteries'],
  },
  {
    text: 'Rare earth magnets power everything from wind turbines to electric motors.',
    states: ['USES wind turbines → rare earth magnets', 'USES electric motors → rare earth magnets'],
  },
  {
    text: 'The power of lithium in batteries is large.',
    states: [],
    not: ['USES secondary batteries → lithium'],
  },
  {
    text: 'Section 232 tariffs applied only to the copper content of the goods.',
    states: ['IMPOSES Section 232 of the Trade Expansion Act of 1962 → copper'],
    not: ['AFFECTS Section 232 of the Trade Expansion Act of 1962 → copper'],
  },
  {
    text: 'The Inflation Reduction Act applies to lithium.',
    states: ['AFFECTS Inflation Reduction Act of 2022 → lithium'],
    not: ['IMPOSES Inflation Reduction Act of 2022 → lithium'],
  },
  {
    text: 'Saudi Arabia is an important source of phosphate fertilizer.',
    states: ['PRODUCES Saudi Arabia → phosphate fertilizer'],
  },
  {
    text: 'President Trump imposed global safeguard tariffs on imports of solar cells and modules, pursuant to Section 201 of the Trade Act of 1974.',
    states: [
      'IMPOSES United States → solar cells',
      'IMPOSES Section 201 of the Trade Act of 1974 → solar cells',
      'ENACTED_BY Section 201 of the Trade Act of 1974 → United States',
    ],
  },
  {
    text: 'President Trump revolutionized international trade by using Section 232.',
    states: ['ENACTED_BY Section 232 of the Trade Expansion Act of 1962 → United States'],
  },
  {
    text: 'President Trump imposed safeguard tariffs on imports of solar cells.',
    states: ['IMPOSES United States → solar cells'],
  },
  {
    text: 'Ocean Management Inc., comprising Schlumberger Technology (an American company) and Canadian, German, and Japanese companies, applied.',
    states: [
      'MEMBER_OF Schlumberger Technology → Ocean Management Inc.',
      'BASED_IN Schlumberger Technology → United States',
    ],
    not: ['MEMBER_OF Canada → Ocean Management Inc.', 'MEMBER_OF Japan → Ocean Management Inc.'],
  },
  {
    text: 'Syrah Technologies, a U.S.-based company, produces graphite.',
    states: ['BASED_IN Syrah Technologies → United States', 'PRODUCES Syrah Technologies → graphite'],
    not: ['PRODUCES United States → graphite'],
  },
  {
    text: 'MP Materials disclosed that it was allocated $60 million through the Inflation Reduction Act.',
    states: ['AFFECTS Inflation Reduction Act of 2022 → MP Materials'],
  },
  {
    text: 'Reports about MP Materials say that it was allocated $60 million through the Inflation Reduction Act.',
    states: [],
    not: ['AFFECTS Inflation Reduction Act of 2022 → MP Materials'],
  },
  {
    text: 'The arrangement will bring lower European Union tariffs and lower costs for American consumers.',
    states: [],
    not: ['IMPOSES United States → European Union'],
  },
  {
    text: 'TSMC, which supplies Apple, is building a fab in Japan.',
    states: [
      'SUPPLIES Taiwan Semiconductor Manufacturing Company → Apple',
      'LOCATED_IN Taiwan Semiconductor Manufacturing Company → Japan',
    ],
    not: ['LOCATED_IN Apple → Japan'],
  },
  {
    text: "Chile, the world's second-largest lithium producer, exports most of its output to China.",
    states: ['PRODUCES Chile → lithium', 'SUPPLIES Chile → China'],
  },
  {
    text: 'Korea and the United States signed an agreement on critical minerals.',
    states: ['PARTNERS_WITH South Korea → United States'],
  },
  {
    text: 'Samsung Electronics and SK hynix signed agreements with a US chip designer.',
    states: [],
    not: ['PARTNERS_WITH Samsung Electronics → SK hynix'],
  },
  {
    text: 'The United States banned imports of gallium from China.',
    states: ['IMPOSES United States → gallium', 'IMPOSES United States → China'],
  },
  {
    text: 'The EU imported lithium from Chile.',
    states: ['SUPPLIES Chile → European Union'],
    not: ['IMPOSES European Union → Chile'],
  },
  {
    text: 'Sonnen GmbH distributes its home batteries in Austria, Italy and Sweden.',
    states: ['SUPPLIES Sonnen GmbH → Austria', 'SUPPLIES Sonnen GmbH → Sweden'],
  },
  {
    text: 'Samsung SDI sells batteries in Hungary.',
    states: ['SUPPLIES Samsung SDI → Hungary'],
  },
  // A firm's name before a product says whose product is sold, in a noun phrase as after a verb.
  {
    text: 'The sale of Westinghouse to Toshiba was completed in 2006.',
    states: ['ACQUIRES Toshiba → Westinghouse Electric Company'],
  },
  {
    text: 'The sale of Boeing aircraft to Qatar Airways was announced.',
    states: [],
    not: ['ACQUIRES Qatar Airways → Boeing'],
  },
  // A verb of making with a noun of another event as its object (`made investments`) makes nothing itself.
  {
    text: 'Qatar has made significant investments in the United States across hotels and tourism, financial services, technology, healthcare, and energy.',
    states: ['INVESTS_IN Qatar → United States'],
    not: ['PRODUCES Qatar → energy', 'PRODUCES Qatar → financial services'],
  },
  {
    text: 'China currently dominates global critical mineral production and supply chains.',
    states: ['PRODUCES China → critical minerals'],
  },
  {
    text: 'Samsung Electronics makes memory chips.',
    states: ['PRODUCES Samsung Electronics → memory semiconductors'],
  },
  // A firm that makes or builds something in a country does not supply that country.
  {
    text: 'Samsung SDI produces batteries in Hungary.',
    states: ['PRODUCES Samsung SDI → secondary batteries'],
    not: ['SUPPLIES Samsung SDI → Hungary'],
  },
];

const korean: Case[] = [
  {
    text: '상하이 자동차는 디이 자동차, 창안 자동차, 체리 자동차와 함께 중국 자동차 제조 회사 "빅5" 중 하나이다.',
    states: [],
    not: ['PRODUCES China → automobiles'],
  },
  {
    text: '중국은 자동차 제조를 확대했다.',
    states: ['PRODUCES China → automobiles'],
  },
  {
    text: 'UAE 및 이집트와는 양국 간 통상 협력과 교역을 확대하기 위한 신규 FTA 체결에 대해 논의하였다.',
    states: [],
    not: ['PARTNERS_WITH United Arab Emirates → Egypt'],
  },
  {
    text: '한국과 미국은 양국 간 협력을 확대했다.',
    states: ['PARTNERS_WITH South Korea → United States'],
  },
  {
    text: '수소 분야는 한국 H2KOREA, 현대차, 현대글로비스 등과 체코 수소협회(HYTEP) 등 12개 기업·기관들 간에 정보교류, 수소 충전인프라 구축을 위한 MOU가 체결되었다.',
    states: ['PARTNERS_WITH H2KOREA → HYTEP', 'PARTNERS_WITH Hyundai Glovis → HYTEP'],
    not: [
      'PARTNERS_WITH H2KOREA → Hyundai Motor Company',
      'PARTNERS_WITH Hyundai Motor Company → Hyundai Glovis',
    ],
  },
  {
    text: '상하이 자동차\n\n상하이대중(상하이VW) : 독일 폭스바겐과의 합작회사이며, 산타나 등을 제조',
    states: ['BASED_IN Volkswagen → Germany'],
    not: ['BASED_IN SAIC Motor → Germany'],
  },
  {
    text: '두산중공업은 2007년 베트남 두산비나 생산공장을 착공했다.',
    states: ['LOCATED_IN 두산비나 → Vietnam'],
  },
  {
    text: '대우건설은 사우디 건설사 알파나르(Alfanar)와 석유화학 협력 MOU를 체결했다.',
    states: ['PARTNERS_WITH Daewoo Engineering & Construction → Alfanar'],
    not: ['PARTNERS_WITH Daewoo Engineering & Construction → Saudi Arabia'],
  },
  {
    text: '대우건설은 사우디 건설사 알파나르와 석유화학 협력 MOU를 체결했다.',
    states: [],
    not: ['PARTNERS_WITH Daewoo Engineering & Construction → Saudi Arabia'],
  },
  {
    text: '희토류는 대부분 중국에서 생산된다. 북미에서 최종 조립된 전기차에 세액공제를 준다.',
    states: ['PRODUCES China → rare earths'],
    not: ['PRODUCES North America → electric vehicles'],
  },
  {
    text: '산업부는 올해 2월부터 운영 중인 「미국 관세 헬프데스크」에 더하여 4월 중 「철강 거점 무역관」을 지정한다.',
    states: [],
    not: ['IMPOSES Ministry of Trade, Industry and Energy → United States'],
  },
  {
    text: '정부는 인플레이션 감축법이 미국 상원을 통과한 직후 무역대표부에 우려를 전달했다.',
    states: [],
    not: ['ENACTED_BY Inflation Reduction Act of 2022 → Office of the United States Trade Representative'],
  },
  {
    text: '미국에 전기차를 수출하는 독일과 일본도 우려를 표명했다.',
    states: ['SUPPLIES Germany → United States', 'SUPPLIES Japan → United States'],
  },
  {
    text: '특히 미국에 전기차를 수출하고 있는 한국, 독일, 일본 등의 우려가 큰 만큼 대응이 필요하다.',
    states: [
      'SUPPLIES South Korea → United States',
      'SUPPLIES Germany → United States',
      'SUPPLIES Japan → United States',
    ],
  },
  {
    // A firm ranked in a sector works in it; a rank in a sector's exports says nothing of the kind.
    text: '세계 철강 4위인 포스코는 투자했다. 백색가전 세계 1위인 LG는 투자했다. 반도체 수출에서 2위인 삼성전자가 늘었다.',
    states: ['OPERATES_IN POSCO → steel industry', 'OPERATES_IN LG Group → home appliances'],
    not: ['OPERATES_IN Samsung Electronics → semiconductors'],
  },
  {
    // 과 right before a partnership's noun joins two nouns; after a word for parties it names the partner.
    text: '국방부·방사청의 역할분담과 협력관계를 이끌었다. 한국·일본의 기업과 협력을 강화한다.',
    states: ['PARTNERS_WITH Ministry of National Defense → Defense Acquisition Program Administration'],
    not: ['PARTNERS_WITH South Korea → Japan'],
  },
  {
    // A relative clause before a noun of an event keeps the topic; one before a noun of an actor does not.
    text: '한화디펜스는 이집트 국방부와 K9 자주포 수출계약을 체결하는 쾌거를 이루었다. 산업부는 반도체를 생산하는 기업을 지원한다.',
    states: ['PARTNERS_WITH 한화디펜스 → 이집트 국방부'],
    not: ['PRODUCES Ministry of Trade, Industry and Energy → semiconductors'],
  },
  {
    // A list closed by 등 and joined by 과 is the partner; the parentheses only say what each partner does.
    text: '한수원은 한전기술(설계), 두산에너빌리티(주기기), 한전연료(핵연료) 등과 팀 코리아를 구성하여 원전을 공급한다.',
    states: [
      'PARTNERS_WITH Korea Hydro & Nuclear Power → KEPCO Engineering & Construction',
      'PARTNERS_WITH Korea Hydro & Nuclear Power → Doosan Enerbility',
    ],
    not: ['MEMBER_OF KEPCO Engineering & Construction → Korea Hydro & Nuclear Power'],
  },
  {
    // The topic before a quotation is the speaker; the quoted clause has its own.
    text: 'PGE 사장은 “폴란드는 대규모 원자력에 투자해야 한다”고 말했다.',
    states: ['INVESTS_IN Poland → nuclear power'],
    not: ['INVESTS_IN PGE Polska Grupa Energetyczna → nuclear power'],
  },
  {
    text: '금번 공동위에서 양측은 우리 신남방정책과 호주의 인도-태평양 전략 간 공조방안을 논의하고, 제반 분야 양측 간 협력 강화 방안에 대해서도 의견을 교환하였다.',
    states: [],
    not: ['PARTNERS_WITH Australia → Indo-Pacific'],
  },
  {
    text: '6월 G7 계기 한-호주 정상회담에서 양국 정상은 협력을 논의했다.',
    states: ['PARTNERS_WITH South Korea → Australia'],
    not: ['PARTNERS_WITH G7 → South Korea', 'PARTNERS_WITH G7 → Australia'],
  },
  {
    text: 'HMM은 2019년 6월 세계 3대 해운동맹인 ‘디 얼라이언스(The Alliance)’에 가입할 수 있었다.',
    states: ['MEMBER_OF HMM Co. → 디 얼라이언스'],
  },
  {
    text: '한화증권은 대한민국 최초로 카자흐스탄에 진출하였다.',
    states: ['LOCATED_IN 한화증권 → Kazakhstan'],
    not: ['LOCATED_IN 한화증권 → South Korea'],
  },
  {
    text: 'LS그룹은 최근 배터리·전기차 분야에도 진출해 영역을 확장 중이다.',
    states: ['OPERATES_IN LS Group → secondary batteries', 'OPERATES_IN LS Group → electric vehicles'],
  },
  {
    text: '현대차는 미국 시장에 진출했다.',
    states: [],
    not: ['LOCATED_IN Hyundai Motor Company → United States'],
  },
  {
    text: 'SKE&S-현대자동차는 ‘인천 수소산업기반 구축 MOU’를 체결하여 향후 인천이 부생수소 생산 클러스터로 거듭날 수 있도록 적극 협력해 나가기로 하였다.',
    states: ['PARTNERS_WITH SK E&S → Hyundai Motor Company'],
    not: ['PRODUCES Hyundai Motor Company → by-product hydrogen', 'PRODUCES SK E&S → by-product hydrogen'],
  },
  {
    text: '관세청은 미국 관세정책 특별대응본부 및 산하에 특별조사단을 설치하였다.',
    states: [],
    not: ['LOCATED_IN Korea Customs Service → United States'],
  },
  {
    text: '(SK) 연료전지발전소 등 18.5, (한화) 그린수소 생산 등 1.3 (효성) 액화수소플랜트 등 1.2',
    states: ['PRODUCES Hanwha → green hydrogen'],
    not: ['PRODUCES Hanwha → liquefied hydrogen', 'PRODUCES SK Group → green hydrogen'],
  },
  {
    text: '아세안 지역 최초 완성차(현대자동차) 공장이 인도네시아에서 가동된다.',
    states: ['LOCATED_IN Hyundai Motor Company → ASEAN'],
  },
  {
    text: '한국의 AI반도체·데이터센터·제조 역량이 결합된다. 일본의 반도체·배터리 제조 역량이 높다.',
    states: ['PRODUCES Japan → semiconductors'],
    not: ['PRODUCES South Korea → data centers', 'PRODUCES South Korea → AI semiconductors'],
  },
  {
    text: '산업부와 美국방부는 운영 세칙을 합의하였다. 산업부와 英국방부는 운영 세칙을 합의하였다.',
    states: ['PARTNERS_WITH Ministry of Trade, Industry and Energy → U.S. Department of Defense'],
    not: [
      'PARTNERS_WITH Ministry of Trade, Industry and Energy → United States',
      'PARTNERS_WITH Ministry of Trade, Industry and Energy → United Kingdom',
    ],
  },
  {
    text: '미국 셰브런의 자회사인 칼텍스는 정유사이다.',
    states: ['INVESTS_IN Chevron → 칼텍스'],
    not: ['INVESTS_IN United States → 칼텍스'],
  },
  {
    text: '포스코, LX인터내셔널 등 우리 기업들이 참석했다. 삼성전자, 인텔 등 우리나라에 투자한 기업이 많다.',
    states: ['BASED_IN POSCO → South Korea', 'BASED_IN LX International → South Korea'],
    not: ['BASED_IN Intel → South Korea'],
  },
  {
    text: '한국은 미국산 돼지고기 등 일부 농축산물의 관세를 인하한다.',
    states: [],
    not: ['IMPOSES United States → agriculture'],
  },
  {
    text: '한국은 캐나다산 핵심광물을 수입한다.',
    states: ['SUPPLIES Canada → South Korea'],
  },
  {
    text: 'EU의 탄소국경조정제도는 철강과 알루미늄에 적용된다.',
    states: ['AFFECTS Carbon Border Adjustment Mechanism → aluminium'],
  },
  {
    text: '현대차는 현대모비스로부터 배터리를 공급받는다.',
    states: ['SUPPLIES Hyundai Mobis → Hyundai Motor Company'],
  },
  {
    text: '한국은 미국에서 LNG를 공급받는다.',
    states: ['SUPPLIES United States → South Korea'],
  },
  {
    text: '반도체 공정에 이용되는 포토레지스트가 중요하다.',
    states: ['USES semiconductors → photoresist'],
  },
  {
    text: '양국은 2022년 「한-캐나다 핵심광물 협력 이니셔티브」를 출범하였다. 캐나다와 한국은 「한-캐나다 핵심광물 협력 이니셔티브」를 출범했다.',
    states: ['ENACTED_BY 한-캐나다 핵심광물 협력 이니셔티브 → Canada'],
  },
  {
    text: '중국은 세계 코발트의 70%를 정제한다.',
    states: ['PRODUCES China → cobalt'],
  },
  {
    text: '도요타는 파나소닉과 전고체 배터리를 공동 개발한다.',
    states: ['PARTNERS_WITH Toyota → Panasonic', 'DEVELOPS Toyota → all-solid-state batteries'],
    not: ['DEVELOPS Toyota → Panasonic'],
  },
  {
    text: '도요타는 파나소닉과 함께 전고체 배터리를 개발한다.',
    states: ['PARTNERS_WITH Toyota → Panasonic'],
  },
  {
    text: '산업통상자원부 장관은 UAE 산업첨단기술부 장관과 「한-UAE 전략적 산업첨단기술 파트너십 MOU」에 서명하였다.',
    states: [
      'PARTNERS_WITH Ministry of Trade, Industry and Energy → Ministry of Industry and Advanced Technology',
      'ENACTED_BY 한-UAE 전략적 산업첨단기술 파트너십 MOU → Ministry of Industry and Advanced Technology',
    ],
  },
  {
    text: '캐나다 광산업체 퍼스트퀀텀은 구리를 생산한다.',
    states: ['PRODUCES 퍼스트퀀텀 → copper'],
    not: ['PRODUCES Canada → copper'],
  },
  {
    text: 'MOU는 산업부 장관과 폴란드 국유재산부 장관이 체결하였다.',
    states: ['PARTNERS_WITH Ministry of Trade, Industry and Energy → 국유재산부'],
    not: ['PARTNERS_WITH Ministry of Trade, Industry and Energy → Poland'],
  },
  {
    text: '현대중공업은 대한민국에 소재하고 있는 조선 회사이다.',
    states: ['BASED_IN HD Hyundai Heavy Industries → South Korea'],
    not: ['LOCATED_IN HD Hyundai Heavy Industries → South Korea'],
  },
  {
    // 소재 alone is a material; only 소재하다 says where something is.
    text: '(한국측) 산업부 소재융합산업정책관, 반도체산업협회 등이 참석하였다.',
    states: [],
    not: ['LOCATED_IN Ministry of Trade, Industry and Energy → South Korea'],
  },
  {
    text: '삼성전자는 미국 텍사스에 위치한 공장에서 반도체를 생산한다.',
    states: ['LOCATED_IN Samsung Electronics → United States'],
    not: ['BASED_IN Samsung Electronics → United States'],
  },
  {
    text: '양국은 디지털 전환, 모빌리티, 항공우주 등을 포함한 「첨단제조 이니셔티브」 추진에 합의하였다.',
    states: ['TARGETS 첨단제조 이니셔티브 → aerospace', 'TARGETS 첨단제조 이니셔티브 → future mobility'],
  },
  {
    text: '「첨단제조 이니셔티브」는 항공우주와 모빌리티를 포함한다.',
    states: ['TARGETS 첨단제조 이니셔티브 → aerospace'],
  },
  {
    text: '원전 수출 및 SMR 기술개발 등을 포함한 「넷 제로 가속화 프로그램 MOU」를 체결했다.',
    states: ['TARGETS 넷 제로 가속화 프로그램 MOU → small modular reactors'],
  },
  {
    text: '한국석유공사와 아부다비 국영석유회사(ADNOC : Abu Dhabi National Oil Company) 간 「국제공동비축사업 계약」이 체결되었다.',
    states: ['PARTNERS_WITH Korea National Oil Corporation → ADNOC'],
  },
  {
    text: '한국전력과 삼성전자 간에는 MOU가 체결되었다.',
    states: ['PARTNERS_WITH Korea Electric Power Corporation → Samsung Electronics'],
  },
  {
    text: '대만 TSMC는 반도체를 생산하고, 벨기에 유미코아(Umicore)는 양극재를 생산한다.',
    states: [
      'PRODUCES Taiwan Semiconductor Manufacturing Company → semiconductors',
      'PRODUCES Umicore → cathode materials',
    ],
    not: ['PRODUCES Taiwan → semiconductors', 'PRODUCES Belgium → cathode materials'],
  },
  {
    text: '두산에너빌리티는 베트남 두산비나 생산공장을 착공했다.',
    states: ['LOCATED_IN 두산비나 → Vietnam'],
  },
  {
    text: '참석 : 중기부 장관, 삼성전자 조립생산(파운드리) 사업부 사장, 삼성전자 상생협력센터장, 반도체 설계 전문기업(팹리스) 도전잇기(팹리스) 선정기업 5개사 대표',
    states: [],
    not: ['PRODUCES Samsung Electronics → fabless'],
  },
  {
    text: '미국 상무부는 10.7일(美 현지 시각) 반도체 생산장비에 대한 對중국 수출통제를 발표했다.',
    states: [],
    not: ['PRODUCES United States → semiconductors', 'PRODUCES U.S. Department of Commerce → semiconductors'],
  },
  {
    text: '삼성전자는 반도체 생산장비를 도입하고 미국에서 반도체를 생산한다.',
    states: ['PRODUCES Samsung Electronics → semiconductors'],
  },
  {
    text: '한국의 경우 지질자원연구원이 바닷물에서 리튬을 체광하는 기술을 확보했다.',
    states: [],
    not: ['SECURES South Korea → lithium'],
  },
  {
    text: '삼성전기는 초소형 MLCC를 생산하고 있으며, 삼성SDI는 전고체 배터리를 개발하고 있다.',
    states: [
      'PRODUCES Samsung Electro-Mechanics → multilayer ceramic capacitors',
      'DEVELOPS Samsung SDI → all-solid-state batteries',
    ],
    not: ['DEVELOPS Samsung Electro-Mechanics → multilayer ceramic capacitors'],
  },
  {
    text: '삼성전자는 미국 텍사스 오스틴의 반도체 공장에서 불화수소를 일본에서 대량 수입했다.',
    states: ['SUPPLIES Japan → Samsung Electronics'],
    not: ['SUPPLIES United States → Samsung Electronics'],
  },
  {
    text: '두산중공업은 원자력 발전 설비와 반도체 장비를 생산한다.',
    states: ['PRODUCES Doosan Enerbility → semiconductor equipment'],
    not: ['PRODUCES Doosan Enerbility → nuclear power'],
  },
  {
    text: '두산중공업은 원자력, 화력 등의 발전 설비, 환경 설비 등을 제작하여 국내외 시장에 공급하고 있다.',
    states: [],
    not: ['PRODUCES Doosan Enerbility → nuclear power'],
  },
  {
    text: '2019년 7월 4일, 일본은 반도체 관련 3개 품목에 대한 대한(對韓) 수출 규제를 발동하였다.',
    states: ['IMPOSES Japan → South Korea', 'IMPOSES Japan → semiconductors'],
    not: ['IMPOSES South Korea → semiconductors'],
  },
  {
    text: '(주요참석) 르노 니콜라 파리(Nicolas Paris) 한국 CEO, 코닝 반 홀(Vaughn Hall) 한국 CEO, 삼성전자 이재용 회장과 미국 상무장관',
    states: ['LOCATED_IN Renault → South Korea', 'LOCATED_IN Corning → South Korea'],
    not: ['LOCATED_IN Samsung Electronics → United States'],
  },
  {
    text: 'Talon Metals’ Tamarack nickel project is under development, and so is Samsung’s AI project.',
    states: ['PRODUCES Talon Metals → nickel'],
    not: ['PRODUCES Samsung → artificial intelligence'],
  },
  {
    text: '유미코아社의 이차전지 양극재 공장 증설과 에어리퀴드社의 반도체 특수가스 및 첨단소재 공장 증설이 포함된다.',
    states: [
      'PRODUCES Umicore → cathode materials',
      'PRODUCES Air Liquide → specialty gases',
      'PRODUCES Air Liquide → advanced materials',
    ],
    not: ['PRODUCES Umicore → secondary batteries'],
  },
  {
    text: '산업통상자원부는 지난 12.2일 미국이 첨단 반도체장비에 대한 수출통제 조치 개정안을 발표함에 따라, 반도체장비 업계와 간담회를 개최하였다.',
    states: ['IMPOSES United States → semiconductor equipment'],
    not: ['IMPOSES Ministry of Trade, Industry and Energy → semiconductor equipment'],
  },
  {
    text: '산업부는 미국이 관세를 인상하자 업계와 대책을 논의하였다. 중국은 희토류 수출을 통제하고 일본은 반도체 소재 수출을 규제하였다.',
    states: ['IMPOSES China → rare earths'],
  },
  {
    text: '일본 정부가 한일 수출규제를 해제하였다.',
    states: [],
    not: ['IMPOSES South Korea → Japan', 'IMPOSES Japan → South Korea'],
  },
  {
    text: '산업통상자원부는 미국 상무부와 국장급 화상회의를 개최하였다.',
    states: ['PARTNERS_WITH Ministry of Trade, Industry and Energy → U.S. Department of Commerce'],
  },
  {
    text: '산업통상자원부는 10.25(월), 미(美) 상무부와 국장급 화상회의를 개최하였다.',
    states: ['PARTNERS_WITH Ministry of Trade, Industry and Energy → U.S. Department of Commerce'],
    not: ['PARTNERS_WITH Ministry of Trade, Industry and Energy → United States'],
  },
  {
    text: '한국과 일본은 수출관리 정책대화를 집중 개최하였다.',
    states: ['PARTNERS_WITH South Korea → Japan'],
  },
  {
    text: '산업통상자원부는 캐나다와 핵심광물 공급망 협력 확대를 추진하고 있다.',
    states: ['PARTNERS_WITH Ministry of Trade, Industry and Energy → Canada'],
  },
  {
    text: '일본은 중국 흑연을 수입한다.',
    states: ['PRODUCES China → graphite', 'SUPPLIES China → Japan'],
  },
  {
    text: '칠레는 세계 최대의 구리 생산국이다.',
    states: ['PRODUCES Chile → copper'],
  },
  {
    text: 'LG에너지솔루션은 캐나다産 핵심광물을 북미 공장에 공급한다.',
    states: ['PRODUCES Canada → critical minerals'],
    not: ['SUPPLIES LG Energy Solution → Canada'],
  },
  {
    text: 'LG에너지솔루션은 캐나다産 핵심광물을 공급받고, 미국은 중국산 전기차에 관세를 부과했다.',
    states: ['PRODUCES Canada → critical minerals', 'PRODUCES China → electric vehicles'],
    not: ['PRODUCES United States → electric vehicles', 'PRODUCES LG Energy Solution → critical minerals'],
  },
  {
    text: 'SK이노베이션은 SK온 지분을 포스코에 매각했다.',
    states: ['ACQUIRES POSCO → SK On'],
  },
  {
    text: '우리나라는 탄자니아 정부와 호주 등 MSP 회원국들과 긴밀히 협력한다.',
    states: ['MEMBER_OF Australia → Minerals Security Partnership'],
    not: ['MEMBER_OF South Korea → Minerals Security Partnership', 'MEMBER_OF South Korea → Australia'],
  },
  {
    text: 'LG 에너지솔루션은 배터리를 만든다.',
    states: ['PRODUCES LG Energy Solution → secondary batteries'],
  },
  {
    text: '탄자니아 정부와 우리 기업 포스코 인터내셔널이 참여하고 있다.',
    states: ['BASED_IN POSCO International → South Korea'],
    not: ['BASED_IN POSCO International → United Republic of Tanzania'],
  },
  {
    text: '미국 상무부는 화웨이를 수출통제 명단에 등재했다.',
    states: ['AFFECTS Entity List → Huawei', 'ENACTED_BY Entity List → U.S. Department of Commerce'],
  },
  {
    // 對 (toward) before a country: where the flow or the investment goes.
    text: '한국의 對베트남 수출이 증가했다.',
    states: ['SUPPLIES South Korea → Vietnam'],
    not: ['SUPPLIES Vietnam → South Korea'],
  },
  {
    // A two-syllable name glued to a noun of making is what is made.
    text: '한국석유공사는 원유생산을 개시했다.',
    states: ['PRODUCES Korea National Oil Corporation → crude oil'],
  },
  {
    // 늘리다 (increase), like 확대하다, shares its subject with the noun it takes as object.
    text: '포스코는 철강 생산을 늘렸다.',
    states: ['PRODUCES POSCO → steel industry'],
  },
  {
    text: '블랙록과 골드만삭스는 삼성전자에 투자했다.',
    states: ['INVESTS_IN BlackRock → Samsung Electronics', 'INVESTS_IN Goldman Sachs → Samsung Electronics'],
  },
  {
    text: '한국의 대미 수출이 증가했다.',
    states: ['SUPPLIES South Korea → United States'],
  },
  {
    text: '삼성전자는 對美 투자를 확대했다.',
    states: ['INVESTS_IN Samsung Electronics → United States'],
  },
  {
    // 사 (a firm) between a name and its particle, read with the particle as one noun.
    text: '쌍용자동차는 1991년 2월 독일 메르세데스-벤츠사와 기술 제휴를 맺었다.',
    states: ['PARTNERS_WITH KG Mobility → Mercedes-Benz'],
  },
  {
    text: '산업통상자원부는 인도네시아 투자부와 ‘지속가능한 친환경 투자촉진 협력각서’를 체결했다.',
    states: [
      'ENACTED_BY 지속가능한 친환경 투자촉진 협력각서 → Ministry of Trade, Industry and Energy',
      'ENACTED_BY 지속가능한 친환경 투자촉진 협력각서 → Ministry of Investment and Downstreaming of Indonesia',
      'PARTNERS_WITH Ministry of Trade, Industry and Energy → Ministry of Investment and Downstreaming of Indonesia',
    ],
  },
  {
    text: 'EU 탈퇴 이후 영국은 CPTPP에 가입했다.',
    states: [
      'MEMBER_OF United Kingdom → Comprehensive and Progressive Agreement for Trans-Pacific Partnership',
    ],
    not: ['MEMBER_OF European Union → Comprehensive and Progressive Agreement for Trans-Pacific Partnership'],
  },
  {
    text: '현대자동차그룹의 자동차 제조사 현대자동차는 1967년에 설립되었다.',
    states: ['OPERATES_IN Hyundai Motor Company → automobiles'],
    not: ['OPERATES_IN Hyundai Motor Group → automobiles'],
  },
  {
    text: 'SK하이닉스는 SK그룹 계열의 대한민국 종합 반도체 회사이다.',
    states: ['OPERATES_IN SK hynix → semiconductors', 'BASED_IN SK hynix → South Korea'],
    not: ['OPERATES_IN SK Group → semiconductors', 'BASED_IN SK Group → South Korea'],
  },
  {
    text: '미국은 IRA를 통해 전기차 구매 시 최대 7,500달러의 세액공제를 제공한다.',
    states: ['TARGETS Inflation Reduction Act of 2022 → electric vehicles'],
  },
  {
    text: 'EU는 핵심원자재법을 통해 리튬 확보에 나섰다.',
    states: ['SECURES Critical Raw Materials Act → lithium', 'SECURES European Union → lithium'],
  },
  {
    text: '미국 CHIPS Act 및 대중국 반도체 수출 규제가 시행되었다.',
    states: [],
    not: ['IMPOSES CHIPS and Science Act → United States'],
  },
  {
    text: 'LG에너지솔루션은 GM과 합작법인 얼티엄셀즈를 설립했다.',
    states: ['PARTNERS_WITH LG Energy Solution → General Motors'],
  },
  {
    text: '미국은 반도체 산업을 지원한다.',
    states: [],
    not: ['FUNDS United States → semiconductors'],
  },
  {
    text: '산업부는 미국 상원을 통과하고 하원 표결을 앞두고 있는 인플레이션 감축법에 대해 논의했다.',
    states: ['ENACTED_BY Inflation Reduction Act of 2022 → U.S. Senate'],
  },
  {
    text: '산업부는 미국 상원을 통과한 「인플레이션 감축법」의 보조금 규정을 논의했다.',
    states: ['ENACTED_BY Inflation Reduction Act of 2022 → U.S. Senate'],
  },
  {
    text: 'SK이노베이션의 자회사인 SK온은 배터리를 만든다.',
    states: ['INVESTS_IN SK Innovation → SK On'],
    not: ['INVESTS_IN SK On → SK Innovation'],
  },
  {
    text: 'Officials from the Japanese Ministry of Economy, Trade and Industry, Ministry of Foreign Affairs and Ministry of Defense attended.',
    states: [
      'BASED_IN Ministry of Economy, Trade and Industry → Japan',
      'BASED_IN Ministry of Foreign Affairs → Japan',
      'BASED_IN Ministry of Defense → Japan',
    ],
  },
  {
    text: 'The Korean company Zentron Materials, Abrix Minerals Corp. and Celvo Lithium Inc. signed.',
    states: ['BASED_IN Zentron Materials → South Korea'],
    not: ['BASED_IN Abrix Minerals Corp. → South Korea'],
  },
  {
    text: 'Dutch semiconductor enterprise NXP joined the alliance.',
    states: ['OPERATES_IN NXP Semiconductors → semiconductors', 'BASED_IN NXP Semiconductors → Netherlands'],
  },
  {
    text: 'DFC is collaborating with the India-based International Solar Alliance and with Japan.',
    states: ['PARTNERS_WITH U.S. International Development Finance Corporation → Japan'],
    not: ['PARTNERS_WITH U.S. International Development Finance Corporation → India'],
  },
  {
    text: 'Honda and LG Energy Solution formed a joint venture in Ohio.',
    states: ['PARTNERS_WITH Honda → LG Energy Solution'],
  },
  {
    text: 'Honda and LG Energy Solution visited a joint venture in Ohio.',
    states: [],
    not: ['PARTNERS_WITH Honda → LG Energy Solution'],
  },
  {
    text: "Russia was Mongolia's second-largest source of imports in 2025.",
    states: ['SUPPLIES Russia → Mongolia'],
    not: ['SUPPLIES Mongolia → Russia'],
  },
  {
    text: '중국은 한국의 최대 흑연 공급국이다.',
    states: ['SUPPLIES China → South Korea'],
  },
  {
    text: 'Katanga Mining Ltd is majority-owned by Swiss commodity trader Glencore.',
    states: ['INVESTS_IN Glencore → Katanga Mining Ltd'],
    not: ['INVESTS_IN Switzerland → Katanga Mining Ltd'],
  },
  {
    text: 'Katanga Mining Ltd is owned by Switzerland and Glencore.',
    states: ['INVESTS_IN Switzerland → Katanga Mining Ltd', 'INVESTS_IN Glencore → Katanga Mining Ltd'],
  },
  {
    text: 'LG상사는 베트남 11-2 광구, 카자흐스탄 아다 광구 등을 통해 석유를 확보해 나가고 있다.',
    states: ['SECURES LX International → crude oil'],
    not: ['SECURES Vietnam → crude oil', 'SECURES Kazakhstan → crude oil'],
  },
  {
    text: 'The EU will secure lithium supply through the Critical Raw Materials Act.',
    states: ['SECURES Critical Raw Materials Act → lithium', 'SECURES European Union → lithium'],
  },
  {
    text: 'Through the CHIPS and Science Act, President Biden is making a $53 billion investment in semiconductors.',
    states: ['ENACTED_BY CHIPS and Science Act → United States'],
  },
  {
    text: 'Under the Inflation Reduction Act, Korea and Japan invested $10 billion in batteries.',
    states: [],
    not: ['ENACTED_BY Inflation Reduction Act of 2022 → South Korea'],
  },
  {
    text: 'Japan, Korea and Canada participate in the Minerals Security Partnership.',
    states: [
      'MEMBER_OF Japan → Minerals Security Partnership',
      'MEMBER_OF Canada → Minerals Security Partnership',
    ],
  },
  {
    text: 'Korea participated in the talks in Japan.',
    states: [],
    not: ['MEMBER_OF South Korea → Japan'],
  },
  {
    text: '양국은 한미 첨단산업 공급망 협력을 강화한다.',
    states: ['PARTNERS_WITH South Korea → United States'],
  },
  {
    text: '산업부-경산성 정책대화를 개최했다.',
    states: [
      'PARTNERS_WITH Ministry of Trade, Industry and Energy → Ministry of Economy, Trade and Industry',
    ],
  },
  {
    text: '미중 갈등 속에 한국은 반도체 협력을 강화한다.',
    states: [],
    not: ['PARTNERS_WITH United States → China', 'PARTNERS_WITH China → United States'],
  },
  {
    text: '한국은 수소 라운드테이블을 개최하여 IRA 관련 정책 질의 기회를 마련하였다.',
    states: [],
    not: ['ENACTED_BY Inflation Reduction Act of 2022 → South Korea'],
  },
  {
    text: '미국은 2022년 IRA를 도입하였다.',
    states: ['ENACTED_BY Inflation Reduction Act of 2022 → United States'],
  },
  {
    text: '혼다와 LG에너지솔루션은 합작법인을 설립했다.',
    states: ['PARTNERS_WITH Honda → LG Energy Solution'],
  },
  {
    text: '반도체: 미국·대만 중심의 생산기지 구축',
    states: ['PRODUCES Taiwan → semiconductors'],
  },
  {
    text: 'GM, 포드 등 주요 자동차 메이커가 참여했다.',
    states: ['OPERATES_IN General Motors → automobiles', 'OPERATES_IN Ford Motor Company → automobiles'],
  },
  {
    text: '포스코퓨처엠은 이차전지 양극재를 생산한다.',
    states: ['USES secondary batteries → cathode materials'],
  },
  {
    text: 'Prices of solar polysilicon fell in 2024.',
    states: ['USES solar power → polysilicon'],
  },
  {
    text: '수요산업  반도체\n웨이퍼  양극재',
    states: [],
    not: ['USES semiconductors → silicon wafers'],
  },
  {
    text: 'LG는 전기차용 배터리를 생산한다.',
    states: ['USES electric vehicles → secondary batteries', 'PRODUCES LG Group → secondary batteries'],
    not: ['PRODUCES LG Group → electric vehicles'],
  },
  {
    text: '[산업통상자원부] 핵심광물 협력 강화\n양자협력: 호주(‘21.12월), 베트남(‘22.12월)과 MOU',
    states: ['PARTNERS_WITH South Korea → Australia', 'PARTNERS_WITH South Korea → Vietnam'],
  },
  {
    text: '핵심광물 협력 강화\n양자협력: 호주(‘21.12월), 베트남(‘22.12월)과 MOU',
    states: [],
    not: ['PARTNERS_WITH Australia → Vietnam'],
  },
  {
    text: '한국은 중국으로부터 흑연을 수입하고, 일본은 니켈의 90%를 인도네시아에 의존한다.',
    states: ['SUPPLIES China → South Korea', 'SUPPLIES Indonesia → Japan'],
    not: ['SUPPLIES Indonesia → South Korea'],
  },
  {
    text: '한국은 유엔해양법협약의 당사국이다.',
    states: ['MEMBER_OF South Korea → United Nations Convention on the Law of the Sea'],
  },
  {
    text: '한국은 신약 개발 및 정밀 의료 분야에서도 경쟁력을 확대하고 있다. 삼성SDI는 전고체 배터리 개발에 나섰다.',
    states: ['DEVELOPS Samsung SDI → all-solid-state batteries'],
    not: ['DEVELOPS South Korea → precision medicine'],
  },
  {
    text: '리튬은 배터리의 핵심 원료이다.',
    states: ['USES secondary batteries → lithium'],
  },
  {
    text: '한국과 미국 간 협력이 강화되었고, 영국과 EU 간 무역 관세 및 규제가 증가했다.',
    states: ['PARTNERS_WITH South Korea → United States'],
    not: ['IMPOSES United Kingdom → European Union', 'IMPOSES European Union → United Kingdom'],
  },
  {
    text: '방사청-산업부-과기부 등 관계부처 간 협업을 강화한다.',
    states: [
      'PARTNERS_WITH Defense Acquisition Program Administration → Ministry of Trade, Industry and Energy',
      'PARTNERS_WITH Ministry of Trade, Industry and Energy → Ministry of Science and ICT',
    ],
  },
  {
    text: '우리 정부와 EU 집행위, 폴란드 정부 간 긴밀한 협의가 이어졌다.',
    states: ['PARTNERS_WITH South Korea → European Commission', 'PARTNERS_WITH European Commission → Poland'],
  },
  {
    text: '산업부와 美 상무부간 협력을 강화한다.',
    states: ['PARTNERS_WITH Ministry of Trade, Industry and Energy → U.S. Department of Commerce'],
  },
  {
    text: '양국은 한국의 국가인공지능전략위원회와 UAE 아부다비 첨단기술위원회 간의 협력 프레임워크를 체결하였다.',
    states: ['PARTNERS_WITH National Artificial Intelligence Committee → 첨단기술위원회'],
    not: [
      'PARTNERS_WITH United Arab Emirates → 첨단기술위원회',
      'PARTNERS_WITH South Korea → 첨단기술위원회',
    ],
  },
  {
    text: '고려아연은 켐코(계열사), 자회사(KZAM, KPC)와 함께 이차전지 소재 관련 그간 약 5천억원을 투자하였다.',
    states: [],
    not: ['INVESTS_IN KEMCO → Korea Zinc'],
  },
  {
    text: '(한) 지질자원연구원 - (인니) 반둥공과대학 간 공동연구센터 설립 합의각서(MOA) 체결(11.7)',
    states: [],
    not: ['PARTNERS_WITH Korea Institute of Geoscience and Mineral Resources → Indonesia'],
  },
  {
    text: '산업부는 미국 에너지부, 상무부와 공동으로 한-미 수소라운드테이블을 개최하였다.',
    states: [
      'PARTNERS_WITH Ministry of Trade, Industry and Energy → U.S. Department of Energy',
      'PARTNERS_WITH Ministry of Trade, Industry and Energy → U.S. Department of Commerce',
    ],
  },
  {
    text: '산업부는 미국 에너지부, 상무부와 함께 한-미 수소라운드테이블을 개최하였다.',
    states: [],
    not: ['PARTNERS_WITH Ministry of Trade, Industry and Energy → U.S. Department of Energy'],
  },
  {
    text: '칠레의 리튬 광산이 가동을 시작했다. 일본의 구리 제련소는 가동 중이다.',
    states: ['PRODUCES Chile → lithium', 'PRODUCES Japan → copper'],
    not: ['PRODUCES Chile → copper'],
  },
  {
    text: '중국은 갈륨과 게르마늄의 수출을 통제한다고 밝혔다.',
    states: ['IMPOSES China → gallium', 'IMPOSES China → germanium'],
  },
  { text: '인도네시아는 니켈 원광 수출을 금지했다.', states: ['IMPOSES Indonesia → nickel'] },
  { text: '리튬은 배터리 생산에 필수적인 소재다.', states: ['USES secondary batteries → lithium'] },
  {
    text: '산업통상자원부 2차관은 몽골 광업중공업부 장관과 「희소금속 공급망 협력 양해각서」에 서명하였다.',
    states: [
      'ENACTED_BY 희소금속 공급망 협력 양해각서 → Ministry of Trade, Industry and Energy',
      'ENACTED_BY 희소금속 공급망 협력 양해각서 → 광업중공업부',
      'PARTNERS_WITH Ministry of Trade, Industry and Energy → 광업중공업부',
    ],
    not: ['PARTNERS_WITH Ministry of Trade, Industry and Energy → Mongolia'],
  },
  {
    text: '영국은 미국 및 EU와의 협력 강화, 중국과의 반도체 거래 규제를 추진한다.',
    states: ['PARTNERS_WITH United Kingdom → European Union'],
    not: ['IMPOSES United States → semiconductors', 'IMPOSES United Kingdom → United States'],
  },
  {
    text: '미국 및 EU와의 협력 강화, 중국과의 반도체 거래 규제',
    states: [],
    not: ['IMPOSES United States → semiconductors'],
  },
  {
    text: '반도체: 미국·대만 중심의 생산기지 구축, 중국의 반도체 자급률 증가',
    states: ['PRODUCES United States → semiconductors', 'PRODUCES Taiwan → semiconductors'],
  },
  {
    text: '철강(포스코 일관제철소), 석유화학(롯데케미칼 석유화학플랜트), 자동차(현대차 완성차 공장) 등 핵심 산업분야에서 성과를 거두었다.',
    states: ['PRODUCES Hyundai Motor Company → automobiles'],
    not: [
      'PRODUCES POSCO → automobiles',
      'PRODUCES Lotte Chemical → steel industry',
      'PRODUCES Hyundai Motor Company → steel industry',
    ],
  },
  {
    text: '칠레는 리튬(매장량 세계1위‧생산량 세계2위),구리(매장량 세계1위‧생산량 세계1위) 등의 핵심광물을 다량 보유하고 있다.',
    states: ['PRODUCES Chile → lithium', 'PRODUCES Chile → copper'],
  },
  {
    text: '통상교섭본부장, EU 통상집행위원 면담 계기 철강 수입 규제 등 관련 우려 전달',
    states: [],
    not: [
      'IMPOSES Office of Trade Negotiations → steel industry',
      'IMPOSES Office of Trade Negotiations → European Union',
    ],
  },
  {
    text: '반도체 기업인 삼성전자는 공장을 완공했다.',
    states: ['OPERATES_IN Samsung Electronics → semiconductors'],
  },
  {
    text: '미국 기업인 100명이 삼성전자를 방문했다.',
    states: [],
    not: ['BASED_IN Samsung Electronics → United States'],
  },
  {
    text: '한미 양국은 가드레일 세부규정 마련 과정에서 지속적으로 협의해 왔다.',
    states: ['PARTNERS_WITH South Korea → United States'],
  },
  {
    text: 'Japan agreed to reduce tariffs on beef from the United States.',
    states: [],
    not: ['PARTNERS_WITH Japan → United States'],
  },
  {
    text: '포스코는 호주에서 리튬을 생산한다.',
    states: ['PRODUCES POSCO → lithium', 'LOCATED_IN POSCO → Australia'],
  },
  {
    text: "LG Energy Solution's battery production in Poland grew.",
    states: ['LOCATED_IN LG Energy Solution → Poland'],
  },
  {
    text: '* 참석기업 : (반도체) 어플라이드 머티어리얼즈, 램리서치, (바이오) 화이자, (자동차･항공) 보그워너, 보잉',
    states: [
      'OPERATES_IN Applied Materials → semiconductors',
      'OPERATES_IN Pfizer → bio-health',
      'OPERATES_IN Boeing → aviation',
    ],
    not: ['OPERATES_IN Pfizer → semiconductors', 'OPERATES_IN Applied Materials → aviation'],
  },
  {
    text: '* 벨기에 광업 회사로 DR콩고 Gecamines社 게르마늄 사업 참여중',
    states: [],
    not: ['OPERATES_IN Gécamines → mining industry'],
  },
  {
    text: '* DR콩고 Gecamines社 게르마늄 사업(핵심광물안보파트너십 사업) 참여중',
    states: [],
    not: ['MEMBER_OF Democratic Republic of the Congo → Minerals Security Partnership'],
  },
  {
    text: '한국 CPTPP 가입 추진',
    states: ['MEMBER_OF South Korea → Comprehensive and Progressive Agreement for Trans-Pacific Partnership'],
  },
  {
    text: '1998년 현대그룹 계열 현대자동차가 기아자동차를 인수하였다.',
    states: ['ACQUIRES Hyundai Motor Company → Kia'],
    not: ['ACQUIRES 현대그룹 → Kia'],
  },
  {
    text: '* SK실트론, 美 듀폰 웨이퍼 사업부 인수 발표',
    states: ['ACQUIRES SK Siltron → DuPont'],
  },
  {
    text: 'SK실트론은 듀폰 웨이퍼 사업부 인수 발표',
    states: ['ACQUIRES SK Siltron → DuPont'],
  },
  {
    text: '* 효성, 탄소섬유 공장 증설 발표(8.20)',
    states: ['PRODUCES Hyosung Group → carbon fiber'],
  },
  {
    text: '삼성전자 반도체 공장에서 불화수소를 사용한다.',
    states: ['PRODUCES Samsung Electronics → semiconductors'],
  },
  {
    text: '삼성전자가 TSMC의 반도체 공장을 방문했다.',
    states: ['PRODUCES Taiwan Semiconductor Manufacturing Company → semiconductors'],
    not: ['PRODUCES Samsung Electronics → semiconductors'],
  },
  {
    text: '美 반도체지원법 재정 인센티브의 세부 지원계획, 미국의 對중국 반도체장비 수출통제 등 주요 현안이 있다.',
    states: ['IMPOSES United States → China'],
    not: ['IMPOSES CHIPS and Science Act → China', 'IMPOSES CHIPS and Science Act → semiconductor equipment'],
  },
  {
    text: '미국의 대중국 반도체장비 수출통제를 발표했다.',
    states: ['IMPOSES United States → China'],
    not: ['IMPOSES China → United States'],
  },
  {
    text: '정부와 협력하여 한·미, 한·EU, 한·일 경제 협력 및 기술 동맹 강화',
    states: ['PARTNERS_WITH South Korea → United States', 'PARTNERS_WITH South Korea → Japan'],
    not: ['PARTNERS_WITH United States → Japan', 'PARTNERS_WITH European Union → Japan'],
  },
  {
    text: '특히, 유럽의 CBAM(탄소국경조정제도) 및 글로벌 환경 규제 강화에 따라 기술 개발이 중요하다.',
    states: [],
    not: ['IMPOSES Carbon Border Adjustment Mechanism → Europe'],
  },
  {
    text: '삼성전자는 산업통상자원부로부터 융자받았다.',
    states: ['FUNDS Ministry of Trade, Industry and Energy → Samsung Electronics'],
    not: ['FUNDS Samsung Electronics → Ministry of Trade, Industry and Energy'],
  },
  { text: '희토류는 중국이 생산하는 광물이다.', states: ['PRODUCES China → rare earths'] },
  {
    text: '현대자동차는 당시 영국 최대의 자동차 회사였던 브리티시 레일랜드의 부사장을 영입했다.',
    states: [],
    not: ['BASED_IN Hyundai Motor Company → United Kingdom'],
  },
  {
    text: 'SK하이닉스가 생산하는 HBM은 엔비디아에 공급된다.',
    states: ['PRODUCES SK hynix → high-bandwidth memory'],
  },
  {
    text: '미국 상원을 통과하고 하원 표결을 앞둔 인플레이션 감축법은 전기차를 지원한다.',
    states: ['ENACTED_BY Inflation Reduction Act of 2022 → U.S. Senate'],
    not: ['ENACTED_BY Inflation Reduction Act of 2022 → U.S. House of Representatives'],
  },
  {
    text: 'The Inflation Reduction Act passed the Senate in August.',
    states: ['ENACTED_BY Inflation Reduction Act of 2022 → U.S. Senate'],
  },
  {
    text: '일본 구마모토의 TSMC 팹이 가동을 시작했다.',
    states: ['LOCATED_IN Taiwan Semiconductor Manufacturing Company → Japan'],
  },
  {
    text: '중국의 IRA로 불리는 정책이 나왔다.',
    states: [],
    not: ['ENACTED_BY Inflation Reduction Act of 2022 → China'],
  },
  {
    text: '미국의 IRA는 시행 중이다.',
    states: ['ENACTED_BY Inflation Reduction Act of 2022 → United States'],
  },
  { text: '미국은 중국산 전기차에 관세를 부과했다.', states: ['IMPOSES United States → electric vehicles'] },
  {
    text: '삼성SDI와 스텔란티스는 미국에 합작공장을 건설한다.',
    states: [
      'LOCATED_IN Samsung SDI → United States',
      'LOCATED_IN Stellantis → United States',
      'PARTNERS_WITH Samsung SDI → Stellantis',
    ],
  },
  {
    text: '삼성SDI와 LG에너지솔루션은 미국에 배터리 공장을 건설한다.',
    states: ['LOCATED_IN Samsung SDI → United States'],
    not: ['PARTNERS_WITH Samsung SDI → LG Energy Solution'],
  },
  {
    text: 'LG에너지솔루션은 포드와 체결했던 배터리 공급 계약을 해지하지 않았다.',
    states: ['PARTNERS_WITH LG Energy Solution → Ford Motor Company'],
  },
  { text: '리튬, 니켈, 코발트 가격이 올랐다.', states: [], not: ['USES lithium → nickel'] },
  {
    text: '현대자동차는 1967년 미국 포드사와의 합작 회사로 세워졌다.',
    states: ['PARTNERS_WITH Hyundai Motor Company → Ford Motor Company'],
    not: ['BASED_IN Hyundai Motor Company → United States'],
  },
  {
    text: '삼성SDI는 스텔란티스와의 협력을 강화했다.',
    states: ['PARTNERS_WITH Samsung SDI → Stellantis'],
  },
  {
    text: '현대자동차는 미국 포드사의 공장을 인수했다.',
    states: [],
    not: ['PARTNERS_WITH Hyundai Motor Company → Ford Motor Company'],
  },
  {
    text: '현대자동차는 메르세데스-벤츠와 기술제휴 관계에 있었다.',
    states: ['PARTNERS_WITH Hyundai Motor Company → Mercedes-Benz'],
  },
  {
    text: '삼성전자는 대한민국의 반도체 기업이다.',
    states: [
      'BASED_IN Samsung Electronics → South Korea',
      'OPERATES_IN Samsung Electronics → semiconductors',
    ],
  },
  {
    text: '포스코인터내셔널은 포스코 기업집단에 속해 있는 대한민국의 종합상사이다.',
    states: [
      'BASED_IN POSCO International → South Korea',
      'OPERATES_IN POSCO International → general trading companies',
    ],
  },
  {
    text: '- 對러시아·우크라이나 교역비중 및 금융부문 익스포저(전체 해외 익스포저 중 0.4%)가 크지 않은 점 등 고려 시, 우리경제에 미치는 영향은 제한적이나,',
    states: [],
    not: ['IMPOSES Ukraine → Russia'],
  },
  {
    text: "산업통상자원부는 '20년부터 경기도, 화성시, KOTRA 등과 함께 ASML社와 긴밀히 협력해왔다.",
    states: [
      'PARTNERS_WITH Ministry of Trade, Industry and Energy → ASML Holding',
      'PARTNERS_WITH Korea Trade-Investment Promotion Agency → ASML Holding',
    ],
    not: ['PARTNERS_WITH Ministry of Trade, Industry and Energy → Korea Trade-Investment Promotion Agency'],
  },
  {
    text: '□ 10.6.(일), 경향신문은 「정부, 체코에 원전 수출해도 빌려준 돈 받기 어려울 수도」라는 제목하에 아래와 같이 보도하였음.',
    states: [],
    not: ['SUPPLIES The Kyunghyang Shinmun → Czech Republic'],
  },
  {
    text: '산업통상자원부는 「반도체 특별법」을 발표했다.',
    states: ['ENACTED_BY Semiconductor Special Act → Ministry of Trade, Industry and Energy'],
  },
  {
    text: '미국은 일본산 철강 관세 철폐를 발표했다.',
    states: ['IMPOSES United States → steel industry (negative)'],
    not: ['IMPOSES United States → steel industry'],
  },
  {
    text: '- (아랍에미리트(UAE)→한) 원유, 석유화학제품(일부), 대추야자 등 관세 철폐, 나프타 관세 감면(0.5→0.25%)',
    states: [],
    not: ['IMPOSES United Arab Emirates → crude oil', 'IMPOSES United Arab Emirates → naphtha'],
  },
  {
    text: '포스코인터내셔널의 최대 시장은 대한민국이다.',
    states: [],
    not: ['BASED_IN POSCO International → South Korea'],
  },
  {
    text: '삼성전자와 SK하이닉스는 반도체를 생산한다.',
    states: ['PRODUCES Samsung Electronics → semiconductors', 'PRODUCES SK hynix → semiconductors'],
    not: ['PARTNERS_WITH Samsung Electronics → SK hynix'],
  },
  {
    text: 'CPTPP에는 일본, 호주 등 11개국이 참여한다.',
    states: [
      'MEMBER_OF Japan → Comprehensive and Progressive Agreement for Trans-Pacific Partnership',
      'MEMBER_OF Australia → Comprehensive and Progressive Agreement for Trans-Pacific Partnership',
    ],
  },
  {
    text: '삼성전자는 애플에 반도체를 공급한 TSMC의 실적을 분석했다.',
    states: [],
    not: ['SUPPLIES Samsung Electronics → Apple'],
  },
  {
    text: '핵심광물안보파트너십에는 한·미·일·독·프 등 5개국이 참여한다.',
    states: [
      'MEMBER_OF Germany → Minerals Security Partnership',
      'MEMBER_OF France → Minerals Security Partnership',
    ],
    not: ['MEMBER_OF Germany → France'],
  },
  {
    text: '현대자동차그룹의 자동차 제조사 현대자동차는 1967년에 설립되었다.',
    // The annotation guide reads `the battery maker` as the company's business, not what it produces.
    states: ['OPERATES_IN Hyundai Motor Company → automobiles'],
    not: ['PRODUCES Hyundai Motor Group → automobiles', 'PRODUCES Hyundai Motor Company → automobiles'],
  },
  {
    text: '삼성전자는 세계 최대의 반도체 제조사이다.',
    states: ['OPERATES_IN Samsung Electronics → semiconductors'],
    not: ['PRODUCES Samsung Electronics → semiconductors'],
  },
  {
    text: 'Albemarle is a major lithium producer, and Chile is the largest producer of copper.',
    states: ['PRODUCES Albemarle → lithium', 'PRODUCES Chile → copper'],
  },
  {
    text: 'LG에너지솔루션은 GM과 배터리 공급 계약을 체결했다.',
    states: ['PARTNERS_WITH LG Energy Solution → General Motors'],
  },
  {
    text: 'LG에너지솔루션은 GM과 합작법인을 설립했다.',
    states: ['PARTNERS_WITH LG Energy Solution → General Motors'],
  },
  {
    text: '인플레이션감축법(IRA)에 근거한 전기차 보조금이 지급된다.',
    states: ['TARGETS Inflation Reduction Act of 2022 → electric vehicles'],
  },
  {
    text: 'IRA에 따른 배터리 보조금이 확대되었다.',
    states: ['TARGETS Inflation Reduction Act of 2022 → secondary batteries'],
  },
  {
    text: '정부는 포스코와 현대제철에 보조금을 지급했다.',
    states: [],
    not: ['PARTNERS_WITH POSCO → Hyundai Steel'],
  },
  {
    text: '한국과 미국은 핵심광물 협정을 체결했다.',
    states: ['PARTNERS_WITH South Korea → United States'],
  },
  {
    text: 'LG에너지솔루션은 미국 애리조나에 배터리 공장을 짓고 있다.',
    states: ['LOCATED_IN LG Energy Solution → United States'],
  },
  {
    text: 'Brexit 이후 영국과 EU 간 무역 관세 및 규제가 늘었다.',
    states: [],
    not: ['IMPOSES Brexit → United Kingdom', 'IMPOSES Brexit → European Union'],
  },
  // The possessor of a passive clause's subject, lent to the next clause, is that clause's subject, not its object.
  {
    text: '포드의 사정이 악화되어 2008년에 인도 타타그룹에게 랜드로버와 재규어를 매각하였다.',
    states: ['BASED_IN Tata Group → India'],
    not: ['ACQUIRES Tata Group → Ford Motor Company'],
  },
];

function figureTargets(text: string, title?: string): string[] {
  const g = importBytes(new TextEncoder().encode(text), {
    path: 'case.txt',
    lexicon,
    ...(title ? { title } : {}),
  });
  const name = new Map(g.nodes.map((n) => [n.id, n.nameEn ?? n.name]));
  return g.edges
    .filter((e) => e.type === 'MEASURES')
    .map((e) => `${name.get(e.source)} → ${name.get(e.target)}`);
}

describe('an amount of a possessor’s market', () => {
  it('measures the trade, not the possessor', () => {
    expect(
      figureTargets("MIIT estimates that China's software market grew to over $290 billion in 2011."),
    ).toEqual(['over $290 billion → software']);
    expect(figureTargets("China's exports grew to $3 trillion.")).toEqual(['$3 trillion → China']);
  });
});

describe('an article that leaves its title unsaid as the object', () => {
  const titled = (title: string, body: string) => {
    const g = importBytes(new TextEncoder().encode(`${title}\n\n${body}\n`), {
      path: 'case.txt',
      lexicon,
      title,
    });
    const name = new Map(g.nodes.map((n) => [n.id, n.nameEn ?? n.name]));
    return edgesOf(g, name);
  };

  it.each([
    [
      '인듐',
      '2012년 기준으로 중국(390톤)이 가장 많은 양을 생산하였고, 캐나다가 뒤를 이었다.',
      'PRODUCES China → indium',
    ],
    [
      '세계무역기구',
      '2005년 12월 11일 사우디 아라비아가 가입하였다.',
      'MEMBER_OF Saudi Arabia → World Trade Organization',
    ],
  ])('has a Korean subject act on the title’s entity in "%s"', (title, body, edge) => {
    expect(titled(title, body)).toContain(edge);
  });

  it.each([
    ['세계무역기구', '2001년 중국은 APEC에 가입하였다.', 'MEMBER_OF China → World Trade Organization'],
    [
      'World Trade Organization',
      'Montenegro became a member in 2012.',
      'MEMBER_OF Montenegro → World Trade Organization',
    ],
    ['인듐', '인듐은 1863년에 발견되었고, 중국은 희토류를 생산한다.', 'PRODUCES China → indium'],
  ])('leaves it out where the clause names its own object or is English, in "%s"', (title, body, edge) => {
    expect(titled(title, body)).not.toContain(edge);
  });

  it('leaves the title’s entity out of a line that describes a name glossed before a colon', () => {
    const body =
      '상하이 자동차는 중국의 자동차 기업이다.\n\n계열사\n\n상하이대중(상하이VW) : 폭스바겐과의 합작회사\n안지물류(安吉物流) : 물류회사';
    expect(titled('상하이 자동차', body)).toContain('OPERATES_IN SAIC Motor → automobiles');
    expect(titled('상하이 자동차', body)).not.toContain('OPERATES_IN SAIC Motor → logistics');
  });
});

describe('a list of names with their figures', () => {
  it('gives a figure after an item opened by a word the graph does not name to nothing else', () => {
    const text =
      'Iron and Steel\n\nDomestic Production and Use: Indiana accounted for an estimated 19% of total raw steel production, followed by Ohio, 8%; Texas, 5%; and Pennsylvania, 4%.';
    expect(figureTargets(text, 'Iron and Steel').filter((e) => /^(?:5|4)%/.test(e))).toEqual([]);
    expect(
      figureTargets(
        'Cobalt\n\nImport Sources (2020–23): Norway, 27%; Finland, 17%; and Japan, 14%.',
        'Cobalt',
      ),
    ).toEqual(expect.arrayContaining(['17% → Finland', '14% → Japan']));
  });

  it('gives a figure written against the next item’s noun to that noun, not to the name before it', () => {
    expect(figureTargets('매장량(‘21) : 니켈 21백만톤(세계 1위), 주석 80만톤(세계 2위)')).toEqual([
      '21백만톤 → nickel',
    ]);
    expect(figureTargets('매장량(‘21) : 니켈 21백만톤(세계 1위), 구리 80만톤(세계 2위)')).toEqual([
      '21백만톤 → nickel',
      '80만톤 → copper',
    ]);
  });

  it('keeps a field label after a name’s own line of fields as the name’s', () => {
    expect(
      figureTargets(
        '체코 진출 기업\n\n* 현대자동차 : 14억불 투자, 연간 33만대 생산, 현지채용 92%, 납세실적 4위',
      ),
    ).toContain('92% → Hyundai Motor Company');
  });
});

describe('companies named after their country', () => {
  it('are the companies, and a region named after a country is no country', () => {
    const names = clauseGraph(
      'China Unicom and China Telecom have also reportedly invested $1.6 billion and $1.9 billion, respectively, within Inner Mongolia.',
    ).names;
    expect([...names]).toEqual(expect.arrayContaining(['China Unicom', 'China Telecom']));
    expect(names.has('China')).toBe(false);
    expect(names.has('Mongolia')).toBe(false);
  });
});

describe('a Korean count in parentheses after a name', () => {
  it('measures that name, with a share after it in the same parentheses', () => {
    expect(
      figureTargets('1위 LG에너지솔루션(2,735건, 20.1%), 2위 삼성SDI(1,416건, 10.4%)가 1, 2위를 차지했다.'),
    ).toEqual(expect.arrayContaining(['2,735건 → LG Energy Solution', '1,416건 → Samsung SDI']));
  });
});

describe('an account in an article about a company', () => {
  it('is the company’s when the sentence names nothing else, and a market’s size is not', () => {
    expect(
      figureTargets(
        '삼성전기는 전자부품 기업이다. 2010년 영업이익은 7,340억 원의 실적을 기록했다. 전 세계 시장 규모는 500억 달러다.',
        '삼성전기',
      ),
    ).toEqual(['7,340억 원 → Samsung Electro-Mechanics']);
  });
});

describe('an amount in a chronology item of an article about a company', () => {
  it('is the company’s on a labelled line, but not the price of something else sold', () => {
    expect(
      figureTargets(
        '도시바는 일본의 전자 회사이다.\n\n- 2015년 매출액 6조엔\n- 2016년 의료사업을 7천억엔에 매각\n',
        '도시바',
      ),
    ).toEqual(['6조엔 → Toshiba']);
  });
});

describe('an amount given again in parentheses', () => {
  it('measures what the amount before it measures, a population its country', () => {
    expect(
      figureTargets(
        '인도네시아가 아세안 총 인구의 41%(2.74억명), 아세안 총 GDP의 약 34%(1.06조불)를 차지한다.',
      ),
    ).toEqual(['41% → Indonesia', '2.74억명 → Indonesia', '34% → Indonesia', '1.06조불 → Indonesia']);
  });
});

describe('a Korean count before a noun for what it counts', () => {
  it('counts that noun, not the name before it', () => {
    expect(
      figureTargets('EU가 철강 30개 품목에 대한 관세 인상을 추진한다. 정부는 반도체장비 24종을 통제했다.'),
    ).toEqual(['24종 → semiconductor equipment']);
  });
});

describe('durations and counts of firms', () => {
  it.each([['미국 기업 10개사가 한국에 투자했다.'], ['호주 정부는 10년간 5천만 호주달러를 투자할 것이다.']])(
    'measure nothing: "%s"',
    (text) => {
      expect(figureTargets(text).filter((e) => /10개사|10년/.test(e))).toEqual([]);
    },
  );
});

describe('who enacted a policy the sentence names', () => {
  it('is not a country that only describes the firms acting', () => {
    const text =
      'Most deals were related to projects in the initial stage (exploration, development). Chinese\ncompanies also dominate nickel mining in Indonesia, with a surge of investment since the ore export ban in 2020,\nincluding in supporting infrastructure from the Belt and Road initiative.';
    expect(allEdges(text)).not.toContain('ENACTED_BY Belt and Road Initiative → China');
  });

  it('is the country that is the subject', () => {
    expect(allEdges('China launched the Belt and Road Initiative in 2013.')).toContain(
      'ENACTED_BY Belt and Road Initiative → China',
    );
  });

  it('is not the agency that made a rule under it', () => {
    const edges = allEdges('EPA finalized this CAA Section 111 rulemaking in March 2024.');
    expect(edges.filter((e) => e.startsWith('ENACTED_BY'))).toEqual([]);
    expect(allEdges('EPA finalized the Clean Air Act in March 2024.')).toContain(
      'ENACTED_BY Clean Air Act → U.S. Environmental Protection Agency',
    );
  });
});

describe('an amount written against a name run on by capitalised words', () => {
  it('measures no name inside the longer one', () => {
    const edges = figureTargets(
      'The China Investment Corporation contributed USD 550 million to the Asia-Germany Industrial Promotion Capital.',
    );
    expect(edges.filter((e) => /→ (?:Asia|Germany)$/.test(e))).toEqual([]);
  });

  it('still measures a name the amount is written against', () => {
    expect(figureTargets('The Department of Energy awarded $30 million to Albemarle.')).toContain(
      '$30 million → Albemarle',
    );
  });
});

describe('amounts written with respectively', () => {
  it.each([
    'Samsung Electronics and SK hynix hold 40% and 30% of the market respectively.',
    '삼성전자와 SK하이닉스는 각각 40%, 30%의 점유율을 차지했다.',
  ])('pair in order with the actors listed before them: "%s"', (text) => {
    const edges = figureTargets(text);
    expect(edges).toContain('40% → Samsung Electronics');
    expect(edges).toContain('30% → SK hynix');
    expect(edges).not.toContain('30% → Samsung Electronics');
    expect(edges).not.toContain('40% → SK hynix');
  });

  it('pair in order with the actors a Korean sentence names one by one before 각각', () => {
    expect(
      figureTargets('최대주주는 한국수출입은행 2대주주는 국민연금공단이며 지분율은 각각 26.41% , 6.59%이다.'),
    ).toEqual(['26.41% → Export-Import Bank of Korea', '6.59% → National Pension Service']);
  });

  it('pair the last list of amounts with the list of actors before it, across a clause break and past an earlier amount', () => {
    const edges = figureTargets(
      'The U.S. tariff on passenger vehicles is 2.5%, but the EU, India, and China tariff cars at much higher rates, 10%, 70%, and 15% respectively.',
    );
    expect(edges).toEqual(expect.arrayContaining(['10% → European Union', '70% → India', '15% → China']));
    expect(edges.filter((e) => /^(?:10|70|15)% → automobiles$/.test(e))).toEqual([]);
  });

  it('pair nothing by respectively when it is said of other names', () => {
    expect(
      figureTargets(
        'The Department of Energy Loan Program Office closed a loan of $2.5 billion to Ultium Cells and issued a conditional commitment of $9.2 billion to BlueOval SK, joint ventures between General Motors and LG Energy and Ford and SK respectively.',
      ),
    ).toEqual(['$2.5 billion → Ultium Cells', '$9.2 billion → BlueOval SK']);
  });
});

describe('prices', () => {
  it.each([
    [
      'In 2024, the average U.S. warehouse price was $340 per kilogram, 42% more than in 2023.',
      /United States/,
    ],
    ['미국의 리튬 가격은 톤당 1만 달러로 30% 하락했다.', /United States/],
    ['Samsung Electronics sold DRAM at $3 per unit.', /Samsung/],
  ])('measure no country or firm: "%s"', (text, party) => {
    expect(figureTargets(text).filter((e) => party.test(e))).toEqual([]);
  });

  it('still measure the good priced', () => {
    const edges = figureTargets('Lithium prices fell 20% to $14,000 per ton.');
    expect(edges).toContain('$14,000 → lithium');
    expect(edges).toContain('20% → lithium');
  });
});

describe('a list of amounts in one role', () => {
  it('measures the one actor there is, each amount', () => {
    const edges = figureTargets(
      "China was Mongolia's primary trading partner, having accounted for 89% of Mongolian exports and 40% of Mongolian imports.",
    );
    expect(edges).toContain('89% → China');
    expect(edges).toContain('40% → China');
  });

  it('measures nothing when the amounts are of different kinds', () => {
    expect(figureTargets('배터리 3사는 향후 5년간 1.6조원을 차세대 배터리에 투자한다.')).not.toContain(
      '1.6조원 → secondary batteries',
    );
  });
});

describe('amounts in noun phrases', () => {
  it.each([
    ['The act provides $13 billion for semiconductor research.', '$13 billion → semiconductors'],
    [
      'It includes up to $500 million for the Cleveland-Cliffs plant.',
      'up to $500 million → Cleveland-Cliffs',
    ],
    ['The United States imported $16.2 billion worth of copper products.', '$16.2 billion → copper'],
    ['The act includes $39 billion in subsidies for chip manufacturing.', '$39 billion → semiconductors'],
    [
      'Companies have announced more than $120 billion in investments in battery supply chains.',
      'more than $120 billion → secondary batteries',
    ],
    [
      'China has invested over USD 50 billion in the semiconductor industry.',
      'over USD 50 billion → semiconductors',
    ],
    ['The Department of Defense invested $94 million in MP Materials.', '$94 million → MP Materials'],
    ['Panasonic announced a $4 billion plant in De Soto, Kansas.', '$4 billion → Panasonic'],
    ['UAE는 최대 5GW 규모 AI 데이터센터를 구축한다.', '5GW → data centers'],
    ['첫 200MW급 데이터센터를 가동한다.', '200MW → data centers'],
    ['MP Materials is announcing a new $200 million expansion.', '$200 million → MP Materials'],
    ['The Department of Energy had a budget of $5.5 billion.', '$5.5 billion → U.S. Department of Energy'],
    ["The Department of Energy's budget of $5.5 billion fell.", '$5.5 billion → U.S. Department of Energy'],
    [
      "China's share in the manufacturing of solar panels (such as polysilicon and wafers) exceeds 80%.",
      '80% → China',
    ],
    ['Worldwide lithium production increased by 18% in 2024.', '18% → lithium'],
    [
      'Despite growing dependence on foreign sources, the Department of Energy’s R&D budget declined by over 85 percent.',
      'over 85 percent → U.S. Department of Energy',
    ],
    ['삼성전기의 매출액은 8조원이다.', '8조원 → Samsung Electro-Mechanics'],
    ['현대차그룹은 24.3조원의 투자 계획을 발표했다.', '24.3조원 → Hyundai Motor Group'],
    ['* 효성, 탄소섬유 공장 증설에 1조원 투자 발표', '1조원 → Hyosung Group'],
    [
      'Temporary global 10% tariffs implemented under Section 122 of the Trade Act of 1974 expired.',
      '10% → Section 122 of the Trade Act of 1974',
    ],
    [
      'The United States secured a $350 billion investment pledge from South Korea.',
      '$350 billion → South Korea',
    ],
    ['The visit brought $600 billion in Saudi investment commitments.', '$600 billion → Saudi Arabia'],
    ['사우디아라비아의 6,000억 달러 투자 약속이 발표되었다.', '6,000억 달러 → Saudi Arabia'],
    ["Saudi Arabia's $600 billion investment commitment was announced.", '$600 billion → Saudi Arabia'],
  ])('measure the name an amount is for or counts in "%s"', (text, edge) => {
    expect(figureTargets(text)).toEqual([edge]);
  });

  it.each([
    'The talks covered $80 billion in Japanese tariffs.',
    'The United States imposed $350 billion in tariffs from 2018 on.',
    '일본의 300억 달러 관세가 발표되었다.',
  ])('give no amount of a measure that is not money given to the country named with it: "%s"', (text) => {
    expect(figureTargets(text)).toEqual([]);
  });

  it('give a total written after a list to none of its items, and an item’s own amount to the item', () => {
    expect(figureTargets('제목\n\n * 알루미늄, 구리, 니켈, 주석, 아연 5종 총 23만톤\n')).toEqual([]);
    expect(figureTargets('제목\n\n * 아연 23만톤\n')).toEqual(['23만톤 → zinc']);
  });

  it('give each share of a list wrapped across lines to the country written before it', () => {
    expect(figureTargets('Oxide: China, 76%; Belgium, 8%, India,\n 6%; and other, 10%.')).toEqual([
      '76% → China',
      '8% → Belgium',
      '6% → India',
    ]);
  });

  it("give an amount a Korean article's subjectless clause reads to the title's entity", () => {
    expect(
      figureTargets('LG디스플레이\n\n2012년 매출 29조 4,297억 원을 기록했다.', 'LG디스플레이'),
    ).toContain('29조 4,297억 원 → LG Display');
  });

  const titled = (text: string, title: string) => {
    const g = importBytes(new TextEncoder().encode(text), { path: 'case.txt', lexicon, title });
    const name = new Map(g.nodes.map((n) => [n.id, n.nameEn ?? n.name]));
    return g.edges.map((e) => `${e.type} ${name.get(e.source)} → ${name.get(e.target)}`);
  };

  it("give no participle that describes a noun the article's subject as its doer", () => {
    expect(
      titled('Sony initially manufactured lithium-polymer batteries based on licensed technology.', 'CATL'),
    ).not.toContain('PRODUCES Contemporary Amperex Technology → secondary batteries');
  });

  it("give a group's affiliates and subsidiaries no membership of the group", () => {
    const edges = titled(
      '한화그룹\n\n한화생명, 한화손해보험 등 2개의 계열사와 한화투자증권 등 1개의 손자회사로 구성돼 있다.',
      '한화그룹',
    );
    expect(edges.filter((e) => e.startsWith('MEMBER_OF'))).toEqual([]);
  });

  it('give an English clause whose subject is another name sharing a word with the title nothing of the title', () => {
    const text =
      'Motorola, Inc. was an American company.\n\nMotorola Mobility was sold to Google in 2012. Motorola sold its radio business to Dell.';
    const edges = titled(text, 'Motorola');
    expect(edges).not.toContain('SUPPLIES Motorola, Inc. → Google');
    expect(edges).toContain('ACQUIRES Google → Motorola Mobility');
  });

  it('give what an English clause includes to the title only through a subject that points back', () => {
    expect(titled('Intel\n\nCompetitors in PC chipsets include AMD and Nvidia.', 'Intel')).not.toContain(
      'MEMBER_OF Advanced Micro Devices → Intel',
    );
    expect(
      titled(
        'Minerals Security Partnership\n\nIts members include Japan and India.',
        'Minerals Security Partnership',
      ),
    ).toContain('MEMBER_OF Japan → Minerals Security Partnership');
  });

  it.each([
    ['- 1992년 10월 베트남지사 설치', 'LOCATED_IN Korea National Oil Corporation → Vietnam'],
    ['- 1996년 02월 영국 현지법인 KCCL 설립', 'LOCATED_IN Korea National Oil Corporation → United Kingdom'],
    ['2005.10 카자흐스탄사무소 개소', 'LOCATED_IN Korea National Oil Corporation → Kazakhstan'],
    [
      '- 2004년 09월 동해 가스전에서 천연가스 상업생산 개시',
      'PRODUCES Korea National Oil Corporation → natural gas',
    ],
  ])("give a chronology item's noun predicate the title's entity for its subject: %s", (item, edge) => {
    expect(titled(`한국석유공사\n\n연혁\n\n${item}\n`, '한국석유공사')).toContain(edge);
  });

  it.each([
    '베트남지사 설치를 검토하고 있다.',
    '- 영국 현지법인 설립 추진',
    '- 1996년 02월 포스코의 영국 현지법인 설립',
  ])("give an undated item's or another owner's noun predicate no subject from the title: %s", (item) => {
    expect(
      titled(`한국석유공사\n\n연혁\n\n${item}\n`, '한국석유공사').filter((e) =>
        /^(?:LOCATED_IN|PRODUCES) Korea National Oil Corporation → /.test(e),
      ),
    ).toEqual([]);
  });

  it('give a chronology item whose acting body is marked by 에서 no subject from the title', () => {
    const edges = titled(
      '쌍용자동차\n\n- 1986년 11월 동아자동차공업(주)을 쌍용정유(주)에서 인수\n',
      '쌍용자동차',
    );
    expect(edges.filter((e) => e.startsWith('ACQUIRES'))).not.toContain(
      'ACQUIRES SsangYong Motor → Dong-A Motor',
    );
    expect(edges.filter((e) => /^ACQUIRES (?:SsangYong|KG)/.test(e))).toEqual([]);
  });

  it('give a chronology item that opens with its own actor no subject from the title, and one that opens with what is done to the title', () => {
    const edges = titled(
      [
        '현대그룹',
        '',
        '현대그룹은 대한민국의 기업집단이다.',
        '',
        '- 1978년 5월 현대중공업에서 인천제철 인수 인계',
        '- 1983년 2월 현대전자산업 주식회사 설립',
        '- 1989년 10월 현대전자산업 개인용 컴퓨터 대한민국 최초 일본 수출',
        '- 1998년 12월 기아 인수',
      ].join('\n'),
      '현대그룹',
    );
    expect(
      edges.filter((e) => /^(?:SUPPLIES|ACQUIRES) 현대그룹 → (?:인천제철|Japan|현대전자산업)/.test(e)),
    ).toEqual([]);
    expect(edges).toContain('ACQUIRES 현대그룹 → Kia');
  });

  it('give an English clause with a subject of its own no subject from the title, but one whose subject is the title written otherwise', () => {
    const article =
      'Gallium\n\nOptoelectronic devices were used in aerospace applications, consumer goods, and telecommunications equipment.\n';
    expect(titled(article, 'Gallium').filter((e) => e.startsWith('USES'))).toEqual([]);
    expect(
      titled(
        'Lucid Motors\n\nLUCID MOTORS, INC. (formerly known as ATIEVA)[1] is an American automotive company.\n',
        'Lucid Motors',
      ),
    ).toContain('BASED_IN Lucid Group → United States');
  });

  it('give a chronology item that opens with a firm and a comma that firm as its actor, and the title none', () => {
    const edges = titled(
      '현대자동차그룹\n\n연혁\n\n1999년 3월 기아자동차와 아시아자동차 인수\n1999년 4월 현대자동차, 현대자동차써비스 주식회사 흡수 합병\n1999년 6월 기아자동차, 아시아자동차공업 주식회사와 판매법인 흡수 통합\n2015년 6월 현대제철, 포스코 인수\n',
      '현대자동차그룹',
    );
    expect(edges).toContain('ACQUIRES Hyundai Steel → POSCO');
    expect(
      edges.filter((e) =>
        /^(?:ACQUIRES Hyundai Motor Group → (?:Hyundai Motor Company|Hyundai Steel)|PARTNERS_WITH Hyundai Motor Group → Kia)$/.test(
          e,
        ),
      ),
    ).toEqual([]);
  });

  it('read a body founded in a country as no product of its founder', () => {
    const edges = titled('한국석유공사\n\n- 2008년 05월 미국 현지법인 ANKOR Energy 설립\n', '한국석유공사');
    expect(edges).toContain('LOCATED_IN Korea National Oil Corporation → United States');
    expect(edges.filter((e) => e.startsWith('PRODUCES'))).toEqual([]);
  });

  it('give a copula chained with -이자 the subject of the clause it leads into, not the title', () => {
    const text =
      '한국석유공사\n\n이와 관련, 중국 최대 기업이자 중국 최대의 기업사냥꾼 기업인 시노펙은 중국의 원유 개발 공기업이다.';
    const g = importBytes(new TextEncoder().encode(text), {
      path: 'case.txt',
      lexicon,
      title: '한국석유공사',
    });
    const name = new Map(g.nodes.map((n) => [n.id, n.nameEn ?? n.name]));
    const edges = g.edges.map((e) => `${e.type} ${name.get(e.source)} → ${name.get(e.target)}`);
    expect(edges).toContain('BASED_IN Sinopec → China');
    expect(edges).not.toContain('BASED_IN Korea National Oil Corporation → China');
  });

  it('give none to the title when an English clause has a subject of its own, if no name', () => {
    expect(
      figureTargets(
        'Rapidus\n\nThe semiconductor industry in Japan was highly competitive, with a global share reaching 50%.',
        'Rapidus',
      ),
    ).not.toContain('50% → Rapidus');
  });

  it('measure the programme or body whose name a parenthesis with one amount of money follows', () => {
    expect(
      figureTargets(
        'The Chips JU implements the Chips for Europe Initiative (expected total budget €15.8 billion until 2030).',
      ),
    ).toEqual(['€15.8 billion → Chips for Europe Initiative']);
    expect(figureTargets('The Inflation Reduction Act (IRA) gives credits worth $7,500.')).not.toContain(
      '$7,500 → Inflation Reduction Act',
    );
    expect(
      figureTargets('- 반도체 첨단패키징 선도기술개발사업 (’25~‘31, 총 2,744억원 (’25년 정부안 178억원))'),
    ).toEqual([
      '2,744억원 → 반도체 첨단패키징 선도기술개발사업',
      '178억원 → 반도체 첨단패키징 선도기술개발사업',
    ]);
    expect(
      figureTargets('The CHIPS Act (with $52.7 billion for Intel and TSMC) passed.').filter((e) =>
        e.endsWith('CHIPS and Science Act'),
      ),
    ).toEqual([]);
  });

  it('give a share to the phrase that `with` opens before an -ing verb, and to the place the clause before is about', () => {
    expect(
      figureTargets('China kept its lead, with electric cars accounting for almost half of all car sales.'),
    ).toEqual(['almost half → electric vehicles', 'almost half → China']);
    expect(
      figureTargets(
        'Markets in Asia are becoming centres of growth, with electric car sales jumping by over 60%.',
      ),
    ).toEqual(['over 60% → electric vehicles', 'over 60% → Asia']);
    expect(
      figureTargets('Tesla kept its lead, with electric cars accounting for almost half of all car sales.'),
    ).toEqual(['almost half → electric vehicles']);
  });

  it('measure what money is given to, written as the subsidy’s amount or as what is provided', () => {
    expect(figureTargets('미국 상무부는 인텔에 85억 달러의 보조금을 지급하기로 했다.')).toEqual([
      '85억 달러 → Intel',
    ]);
    expect(figureTargets('정부는 반도체 산업에 33조원을 지원한다.')).toEqual(['33조원 → semiconductors']);
  });

  it('measure the programme money goes through when the clause names no one it goes to', () => {
    expect(
      figureTargets(
        'The Department of Energy is announcing over $3 billion across 25 projects through the Bipartisan Infrastructure Law.',
      ),
    ).toEqual(['over $3 billion → Infrastructure Investment and Jobs Act']);
    expect(
      figureTargets(
        'Commerce and SK hynix signed terms to provide up to $450 million under the CHIPS and Science Act.',
      ),
    ).toEqual([]);
  });

  it('measure the holder of a share it meets, holds or controls', () => {
    expect(figureTargets('China controls 60% of lithium refining.')).toEqual(['60% → China']);
  });

  it('measure a name by both its change and its level', () => {
    expect(figureTargets("Korea's exports rose 5% to $600 billion.")).toEqual([
      '5% → South Korea',
      '$600 billion → South Korea',
    ]);
  });

  it('read an -ing word before a plural noun at the start of a sentence as describing it', () => {
    expect(
      figureTargets('Emerging markets grew, with electric car sales jumping by over 60% to almost 600 000.'),
    ).toEqual(['over 60% → electric vehicles', 'almost 600 000 → electric vehicles']);
  });

  it('measure the policy a tariff rate is imposed under', () => {
    expect(figureTargets('President Trump imposed 50% tariffs on copper under Section 232.')).toEqual([
      '50% → Section 232 of the Trade Expansion Act of 1962',
    ]);
  });

  it('measure the object a verb of level raises, before its subject', () => {
    expect(figureTargets('USTR is increasing Section 301 tariffs on Chinese semiconductors to 50%.')).toEqual(
      ['50% → Section 301 of the Trade Act of 1974'],
    );
  });

  it('measure the product, not the country its origin names', () => {
    expect(figureTargets('The EU intends to purchase $40 billion worth of U.S. AI chips.')).toEqual([
      '$40 billion → AI semiconductors',
    ]);
  });

  it('measure the name before parentheses of figures with every figure in them, and a rank glued to a name', () => {
    expect(
      figureTargets(
        '다출원 기업은 다이후쿠(608건, 33.3%), 세메스(248건, 13.6%), 티에스엠치(TSMC)(77건, 4.2%) 순이다.',
      ),
    ).toEqual([
      '608건 → Daifuku',
      '33.3% → Daifuku',
      '248건 → SEMES',
      '13.6% → SEMES',
      '77건 → Taiwan Semiconductor Manufacturing Company',
      '4.2% → Taiwan Semiconductor Manufacturing Company',
    ]);
    expect(figureTargets('2위한국 398건(21.8%), 3위대만 88건(4.8%) 순이다.')).toEqual([
      '398건 → South Korea',
      '21.8% → South Korea',
      '88건 → Taiwan',
      '4.8% → Taiwan',
    ]);
    expect(
      figureTargets('이차전지 산업 제품군(소재·부품·장비) 274종의 품목분류 기준을 담은 지침서를 발간하였다.'),
    ).toEqual([]);
  });

  it('measure the good, not the country it comes from', () => {
    expect(figureTargets('Japan will immediately increase imports of U.S. rice by 75%.')).toEqual([
      '75% → rice',
    ]);
  });

  it('measure no source a field names in parentheses before its colon', () => {
    expect(
      figureTargets('* 사용 후 배터리 시장규모(블룸버그 통신, ’18) : (’15년) 179억원 → (‘50년) 약 600조원'),
    ).toEqual([]);
  });

  it('measure no partner an item names with 와/과', () => {
    expect(
      figureTargets(
        'ㅇ 올해 미 관세국경보호청(CBP)·국토안보수사국(HSI) 등과 공조로 3,569억원 상당의 우회수출 행위 차단',
      ),
    ).toEqual([]);
  });

  it('measure no name whose label counts the items listed after its colon', () => {
    expect(figureTargets('- 중국(5개): 리튬이온 배터리 안전요건, 화장품 감독관리조례 개정')).toEqual([]);
    expect(figureTargets('삼성전자(608건, 33.3%)가 1위를 차지했다.')).toContain(
      '608건 → Samsung Electronics',
    );
  });

  it('measure no country or good a tariff rate falls on', () => {
    expect(figureTargets('The President restored a 25% tariff on steel.')).toEqual([]);
    expect(figureTargets('Under the deal, tariffs on cars were lowered to 15% for South Korea.')).toEqual([]);
    expect(
      figureTargets('On July 23, the United States imposed a 12.5% tariff on most South Korean goods.'),
    ).toEqual([]);
    expect(figureTargets('In 2018, the United States imposed a 25% tariff on steel imports.')).toEqual([]);
    expect(figureTargets('美, 반기별 우회수출 확인 기업 공개 및 40% 관세 부과 등 제재방침 발표')).toEqual([]);
    expect(figureTargets('The U.S. tariff on passenger vehicles is 2.5%.')).toEqual(['2.5% → United States']);
    expect(figureTargets('Indonesia will pay the United States a reciprocal tariff rate of 19%.')).toEqual([
      '19% → reciprocal tariffs',
    ]);
  });

  it('measure the country whose tariff a rate is, the nearest one written before the duty', () => {
    expect(
      figureTargets(
        'Before this deal, Indonesia’s simple average applied tariff was 8% while the U.S. average applied tariff was 3.3%.',
      ),
    ).toEqual(['8% → Indonesia', '3.3% → United States']);
  });

  it('measure the investor, not the country invested in, where investment is the subject', () => {
    expect(figureTargets('Saudi direct investment in the United States totaled $9.5 billion.')).toEqual([
      '$9.5 billion → Saudi Arabia',
    ]);
    expect(figureTargets('U.S. FDI in South Korea was $37.4 billion.')).toEqual([
      '$37.4 billion → United States',
    ]);
  });

  it('measure the act that provides a tax credit, not the sector it is for', () => {
    expect(
      figureTargets(
        'The CHIPS Act provides $52.7 billion for semiconductors. It also provides a 25 percent investment tax credit for semiconductor manufacturing.',
      ),
    ).toEqual(['$52.7 billion → semiconductors', '25 percent → CHIPS and Science Act']);
  });

  it('measure the recipient across the same amount written again in another currency', () => {
    expect(
      figureTargets(
        'Canada announced funding of up to C$7.5 million (US$5.6 million) to Fortune Minerals Limited.',
      ),
    ).toEqual(['up to C$7.5 million → Fortune Minerals Limited']);
  });

  it('measure what money is invested in, or with nothing named the investor', () => {
    expect(figureTargets('The Department of Defense has invested $94 million in E-VAC Magnetics.')).toEqual([
      '$94 million → E-VAC Magnetics',
    ]);
    expect(figureTargets('현대차는 미국에 76억 달러를 투자한다.')).toEqual([
      '76억 달러 → Hyundai Motor Company',
    ]);
    expect(figureTargets('CATL의 점유율은 37.5%로 1위를 차지했다.')).toEqual([
      '37.5% → Contemporary Amperex Technology',
    ]);
  });

  it('measure no government or public body by what it invests', () => {
    expect(figureTargets('The Department of Energy is investing $100 million into mining schools.')).toEqual(
      [],
    );
    expect(figureTargets('Japan will invest $550 billion to rebuild core American industries.')).toEqual([]);
    expect(figureTargets('Samsung is investing $17 billion to build a new fab.')).toEqual([
      '$17 billion → Samsung',
    ]);
  });

  it('measure the firm that owns, hires or pays the amount', () => {
    expect(figureTargets('현재 LG전자가 37.9% 지분을 소유하고 있다.')).toEqual(['37.9% → LG Electronics']);
    expect(figureTargets('LS그룹은 직원 1,450여 명을 신규로 채용할 계획이다.')).toEqual([
      '1,450여 명 → LS Group',
    ]);
    expect(figureTargets('퀄컴은 경기장 이름을 바꾸는 대가로 1800 만 달러를 지불했다.')).toEqual([
      '1800 만 달러 → Qualcomm',
    ]);
    expect(figureTargets('Rio Tinto paid $138.75 million to the government.')).toEqual([
      '$138.75 million → Rio Tinto',
    ]);
    expect(figureTargets('하이닉스는 1.85억 달러의 벌금을 냈다.')).toEqual(['1.85억 달러 → SK hynix']);
  });

  it('measure the possessor of a subject a copula gives an amount, past a count per person', () => {
    expect(figureTargets('대한민국의 명목 1인당 국내총생산은 28,739 달러이다.')).toEqual([
      '28,739 달러 → South Korea',
    ]);
  });

  it('measure each of the recipients listed by the amount given to each', () => {
    expect(
      figureTargets('DOD awarded contracts to Google and OpenAI for up to $200 million each.').sort(),
    ).toEqual(['up to $200 million → Google', 'up to $200 million → OpenAI']);
    expect(figureTargets('DOD awarded contracts to Google and OpenAI for up to $200 million.')).toEqual([]);
  });

  it.each([
    ['GS에너지와 셰브런이 각각 50%의 지분을 소유하고 있다.', ['50% → Chevron', '50% → GS Energy']],
    [
      'Samsung and SK hynix each invested $1 billion in the fund.',
      ['$1 billion → SK hynix', '$1 billion → Samsung'],
    ],
    ['Samsung and SK hynix invested $1 billion in the fund.', []],
  ])('measure each of the holders listed before `each` and the amount: "%s"', (text, edges) => {
    expect(figureTargets(text).sort()).toEqual(edges.sort());
  });

  it('measure no owner by the share written against another agent', () => {
    expect(
      figureTargets(
        'The joint venture is owned 50% by ChevronTexaco, 25% by ExxonMobil, 20% by KazMunaiGas of Kazakhstan, and 5% by LukArco of Russia.',
      ),
    ).not.toContain('50% → ExxonMobil');
  });

  it('measure no country by the shares a firm of it owns', () => {
    expect(figureTargets('한국 기업이 다나페트롤리엄의 지분 13%를 소유한 최대주주를 설득했다.')).toEqual([]);
  });

  it('measure no sector by the units of plants or ships it counts', () => {
    expect(figureTargets('윤석열 정부는 2030년까지 원전 10기 수출 목표를 선언했다.')).toEqual([]);
    expect(figureTargets('중국은 희토류 7종 수출을 통제했다.')).toEqual(['7종 → rare earths']);
  });

  it('measure no possessor of a noun before the verb of a share its subject holds', () => {
    expect(
      figureTargets(
        "Petroleum and natural gas are the cornerstones of Qatar's economy and account for more than 70% of total government revenue.",
      ),
    ).toEqual([]);
    expect(figureTargets('Qatar is a gas producer and accounts for 30% of helium production.')).toEqual([
      '30% → Qatar',
    ]);
  });

  it('measure no place a price moved in', () => {
    expect(
      figureTargets(
        'In Europe, these export controls limited the availability of tellurium; consequently, the annual average price for tellurium increased by 84% to an estimated $150 per kilogram in 2025.',
      ),
    ).not.toContain('84% → Europe');
    expect(
      figureTargets(
        'In China, falling electric car prices mean electric cars are projected to reach around 60% of sales in 2025.',
      ),
    ).toContain('around 60% → China');
  });

  it('measure no country a section is about from a field of an item under it', () => {
    expect(figureTargets('1. 미국\n◈ 설립연도 / 매출액 / 고용 : 1802년 / 226억불 / 3만 2천여명')).toEqual([]);
  });

  it('leave a share out of the whole it is a part of', () => {
    expect(figureTargets('Exports rose, and 20% of copper went abroad.')).not.toContain('20% → copper');
  });

  it('give way to the reading of the clause', () => {
    expect(figureTargets('Albemarle received $90 million for battery research.')).toEqual([
      '$90 million → Albemarle',
    ]);
  });
});

describe('figures in full sentences', () => {
  it("count the jobs an actor creates or adds as that actor's", () => {
    expect(
      figureTargets('Hanwha Q CELLS announced a $2.5 billion investment in Georgia, creating 2,500 jobs.'),
    ).toContain('2,500 jobs → Hanwha Qcells');
    expect(figureTargets('삼성전자는 평택에 공장을 짓고 일자리 3,000개를 창출한다.')).toContain(
      '3,000개 → Samsung Electronics',
    );
  });

  it('measure no country written before the Korean noun they measure, but a country they are written against', () => {
    expect(
      figureTargets('한수원이 8.25일, 3조원 규모의 이집트 엘다바 원전 건설 프로젝트를 수주하였다고 밝혔다.'),
    ).toEqual([]);
    expect(figureTargets('중국은 희토류를 생산한다. 생산량은 3만톤 규모의 중국이 1위이다.')).toContain(
      '3만톤 → China',
    );
  });

  it('in what a reporting verb reports, measure nothing of the reporter', () => {
    expect(
      figureTargets(
        'In 1966, it was reported by the Xinhua News Agency that up to 92% of the napalm being used in Vietnam was manufactured in Japan.',
      ),
    ).not.toContain('up to 92% → Xinhua News Agency');
  });

  it('in parentheses right after a Korean word that names nothing, measure nothing else', () => {
    expect(
      figureTargets(
        '(석박사) 핵심인력 양성 확대(50명→150명), 사용후 배터리 전문인력 양성(50명)(학부) 트랙 구축',
      ),
    ).toEqual([]);
    expect(figureTargets('정부는 무공해 상용차에 추가 혜택(200만 원)을 지원한다.')).toEqual([
      '200만 원 → commercial vehicles',
    ]);
    expect(figureTargets('흑연\n\n전세계 음극재 물질별 생산비중 : 인조흑연(76.3%), 천연흑연(19.4%)')).toEqual(
      ['76.3% → synthetic graphite', '19.4% → natural graphite'],
    );
  });

  it('measure what they are written against, not the name before them', () => {
    expect(figureTargets('In 2025, the United States imported copper products for $7.2 billion.')).toEqual(
      [],
    );
    expect(figureTargets('The Gulf supplies 40% of U.S. urea imports.')).toEqual([]);
    expect(figureTargets('점유율은 LG에너지솔루션(13.6%), SK온(10.7%) 순이었다.')).toEqual([
      '13.6% → LG Energy Solution',
      '10.7% → SK On',
    ]);
  });

  it('give a share in a parenthesis with a country to the name the parenthesis follows, never to the country', () => {
    expect(figureTargets('시장 현황\n점유율: 신에츠(日,29%), 섬코(日,24%), SK실트론(韓,18%)')).toEqual([
      '24% → SUMCO',
      '18% → SK Siltron',
    ]);
  });

  it('measure no item of a list with the count that closes it after 등', () => {
    expect(figureTargets('방문 개요\n참석자 : 삼성전자, 포스코인터, SK에코플랜트 등 18명')).toEqual([]);
    expect(figureTargets('방문 개요\n참석자 : 삼성전자, 포스코인터, SK에코플랜트 18명')).toEqual([
      '18명 → SK ecoplant',
    ]);
  });

  it('measure the firm an acquisition names with the price paid for it, and no firm with another firm’s price', () => {
    expect(figureTargets('Micron acquired Elpida Memory for $2.5 billion.')).toEqual([
      '$2.5 billion → Elpida Memory',
    ]);
    expect(figureTargets('마이크론은 25억 달러에 일본 엘피다 메모리를 인수하였다.')).toEqual([
      '25억 달러 → Elpida Memory',
    ]);
    expect(
      figureTargets('Micron acquired Elpida Memory in 2013 for $2.5 billion and Inotera for $4 billion.'),
    ).toEqual([]);
  });

  it.each([
    ['Electric car sales exceeded 17 million in 2024.', '17 million → electric vehicles'],
    ["Samsung Electronics' revenue fell 5%.", '5% → Samsung Electronics'],
    ['반도체 수출은 30.1% 감소했다.', '30.1% → semiconductors'],
    ['전기차 판매량은 1,700만 대를 돌파했다.', '1,700만 대 → electric vehicles'],
    ['포스코는 외국인 지분이 60%를 상회하였다.', '60% → POSCO'],
  ])('measure the subject whose level a verb of rising, falling or reaching gives: "%s"', (text, edge) => {
    expect(figureTargets(text)).toEqual([edge]);
  });

  it('count the name right after a count, not a name that only modifies the next noun', () => {
    expect(figureTargets('The additional 3.5 million electric cars sold in 2024 set a record.')).toEqual([
      '3.5 million → electric vehicles',
    ]);
    expect(figureTargets('The plant will make 3 million EV batteries.')).toEqual([]);
  });

  it.each([
    ['In 2024, electric car sales more than doubled to 125 000.', '125 000 → electric vehicles'],
    [
      'Electric car sales grew in 2024, reaching a sales share of more than 20%.',
      'more than 20% → electric vehicles',
    ],
  ])(
    'measure the subject past an opening phrase, `more than` and a participle after a comma: "%s"',
    (text, edge) => {
      expect(figureTargets(text)).toEqual([edge]);
    },
  );

  it.each([
    [
      'In Brazil, the largest car market in Latin America, electric car sales more than doubled to 125 000.',
      ['125 000 → electric vehicles', '125 000 → Brazil'],
    ],
    [
      'In Southeast Asia, electric car sales grew to represent 9% of all car sales.',
      ['9% → electric vehicles', '9% → Southeast Asia'],
    ],
    ['미국에서는 전기차 판매가 10% 증가했다.', ['10% → electric vehicles', '10% → United States']],
  ])(
    'of sales and shares also measure the country a fronted phrase sets the sentence in: "%s"',
    (text, edges) => {
      expect(figureTargets(text).sort()).toEqual([...edges].sort());
    },
  );

  it.each([
    ['The CHIPS Act authorizes $280 billion in new funding.', '$280 billion → CHIPS and Science Act'],
    [
      'The Inflation Reduction Act provides $370 billion in incentives.',
      '$370 billion → Inflation Reduction Act of 2022',
    ],
  ])('measure the policy that authorizes or provides them: "%s"', (text, edge) => {
    expect(figureTargets(text)).toEqual([edge]);
  });

  it.each([
    [
      'Subsidies waned, but the sales share of electric cars remained around 20%.',
      'around 20% → electric vehicles',
    ],
    ['China keeps leading, achieving a sales share of around 80%.', 'around 80% → China'],
    ['The sales share in the United States grows slowly, reaching around 20%.', 'around 20% → United States'],
    ['Chinese imports made up 75% of total sales.', '75% → China'],
  ])(
    'measure the holder past `but`, `achieve`, `make up` and a place the subject is in: "%s"',
    (text, edge) => {
      expect(figureTargets(text)).toEqual([edge]);
    },
  );

  it.each([
    [
      'In the United States, the Department of Energy awarded $30 million to Albemarle.',
      '$30 million → Albemarle',
    ],
    [
      'Electric car sales grew to represent 9% of car sales, with higher shares in Thailand.',
      '9% → electric vehicles',
    ],
  ])(
    'measure no country that only a grant is set in or that an oblique after the verb names: "%s"',
    (text, edge) => {
      expect(figureTargets(text)).toEqual([edge]);
    },
  );

  it('of a share held by an actor and its sector, measure the actor, but not one of two listed holders', () => {
    expect(figureTargets('한국 배터리 기업들은 세계 시장에서 50%의 점유율을 차지한다.')).toEqual([
      '50% → South Korea',
    ]);
    expect(figureTargets('한국과 배터리 산업이 세계 시장의 50%를 차지한다.')).toEqual([]);
    expect(figureTargets('Korea and the battery industry accounted for 50% of the market.')).toEqual([]);
  });

  it('measure no name in the obliques of such a verb', () => {
    expect(figureTargets('Exports to China rose 10% in 2024.')).toEqual([]);
  });

  it.each([
    ['The Department of Defense has awarded $45 million to MP Materials.', '$45 million → MP Materials'],
    [
      'The Loan Programs Office issued a $102 million loan to Syrah Technologies.',
      '$102 million → Syrah Technologies',
    ],
    [
      'The agency invested more than $94 million in Niron Magnetics.',
      'more than $94 million → Niron Magnetics',
    ],
  ])('measure the recipient or target they are written against: "%s"', (text, edge) => {
    expect(figureTargets(text)).toContain(edge);
  });

  it.each([
    [
      'The Department of Defense awarded Albemarle $90 million through the Defense Production Act.',
      '$90 million → Albemarle',
    ],
    [
      'MP Materials was allocated nearly $60 million through the Inflation Reduction Act.',
      'nearly $60 million → MP Materials',
    ],
    [
      'The Department of the Treasury allocated $800 million under the Inflation Reduction Act.',
      '$800 million → Inflation Reduction Act of 2022',
    ],
    ["Qatar accounts for about 30% of the world's helium production capacity.", 'about 30% → Qatar'],
    [
      "Chile produces about 24% of the world's copper, including about 40% of the United States' copper imports.",
      'about 24% → Chile',
    ],
    ['삼성전자가 세계 D램 시장의 40%를 차지한다.', '40% → Samsung Electronics'],
    ['Albemarle reported over $5.4 billion in revenue in 2024.', 'over $5.4 billion → Albemarle'],
    ['65% of all EV battery components are made in China.', '65% → China'],
    ['정부는 삼성전자에 5조 원을 지원한다.', '5조 원 → Samsung Electronics'],
  ])(
    'measure the recipient of a grant, the holder of a share or the earner of revenue their clause names: "%s"',
    (text, edge) => {
      expect(figureTargets(text)).toContain(edge);
    },
  );

  it.each([
    ['The Department of Energy awarded $30 million to Albemarle and MP Materials.'],
    ['Qatar does not account for 30% of world output.'],
    ['The Department of Energy and Albemarle will spend $30 million.'],
  ])('measure none of several names an amount is shared by, nor a negated share: "%s"', (text) => {
    expect(figureTargets(text)).toEqual([]);
  });

  it('are also found without their bound', () => {
    const g = importBytes(new TextEncoder().encode('Qatar accounts for about 30% of helium production.'), {
      path: 'case.txt',
      lexicon,
    });
    expect(g.nodes.find((n) => n.kind === 'Figure')?.aliases).toEqual(['30%']);
  });

  it('in an article about one company, measure that company when a field label stands before them', () => {
    const infobox = '삼성전자\n주요 사업 반도체\n매출액 300조 원 (2023)\n주요 주주 국민연금공단: 7.5%\n';
    const targets = figureTargets(infobox, '삼성전자');
    expect(targets).toContain('300조 원 → Samsung Electronics');
    expect(targets).toContain('7.5% → National Pension Service');
    expect(targets).not.toContain('300조 원 → semiconductors');
  });

  it('in a shareholder row, measure the holder written with its legal form and related parties', () => {
    const infobox = '현대제철\n주요 주주 | 기아주식회사 외 특수관계인 35.97% 국민연금 8.00% |\n';
    const targets = figureTargets(infobox, '현대제철');
    expect(targets).toContain('35.97% → Kia');
    expect(targets).not.toContain('35.97% → Hyundai Steel');
  });

  it.each([
    ['Hyundai will spend $5 billion to build a plant in the United States.'],
    ['Exports rose 12% as China cut prices.'],
  ])('measure nothing when a verb stands between them and a name: "%s"', (text) => {
    expect(figureTargets(text)).toEqual([]);
  });
});

describe('items under a policy heading', () => {
  const report = [
    '□ 유럽연합: 산업정책',
    '',
    '  ㅇ CBAM(탄소국경조정제도, 2023~)',
    '    - 철강, 시멘트 제품에 대해 탄소 배출량에 따른 관세 부과',
    '    - 동맹국(한국, 일본 등)과의 협력 강화',
    '    - 포스코, 현대제철 등의 기업들이 저탄소 설비 투자 확대',
    '',
  ].join('\n');

  it('state what their predicates say of the heading’s policy, and nothing of the names they only mention', () => {
    const edges = clauseEdgesOf(report);
    expect(edges).toContain('IMPOSES Carbon Border Adjustment Mechanism → steel industry');
    expect(edges).not.toContain('AFFECTS Carbon Border Adjustment Mechanism → Japan');
    expect(edges).not.toContain('AFFECTS Carbon Border Adjustment Mechanism → South Korea');
  });

  it('have the companies they open with act under that policy', () => {
    expect(allEdges(report)).toContain('AFFECTS Carbon Border Adjustment Mechanism → POSCO');
  });
});

describe('the clause rules', () => {
  it('are registered once each with an id that names their family', () => {
    const ids = [...CLAUSE_RULES, ...PHRASE_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(?:clause|phrase):[a-z-]+$/);
  });

  it.each(english)('read "$text" as stating what it states and not what it does not', expectCase);

  it.each(korean)('read "$text" as stating what it states and not what it does not', expectCase);

  it('give the country that acts in one clause no policy of the next clause that names other parties', () => {
    const edges = allEdges(
      [
        '한-인니 CEPA 발효',
        '',
        'ㅇ 아울러, 인도네시아는 역내포괄적경제동반자협정(RCEP)이 지난 9월 인도네시아 국내 절차가 완료됨에 따라, 내년 1.2일 발효 예정*이며, 한-필리핀 FTA는 ’21.10월 타결 이후 정식 서명을 위한 국내절차를 진행 중에 있다.',
      ].join('\n'),
    );
    expect(edges.filter((e) => e.startsWith('ENACTED_BY Korea–Philippines'))).toEqual([]);
  });

  it('give a noun predicate no subject from a verb that does not perform it', () => {
    const oversight = clauseEdges('Congress should exercise oversight of Section 232 copper tariffs.');
    expect(oversight.filter((e) => e.includes('Congress'))).toEqual([]);
    const evasion = clauseEdges(
      "The task force will prevent China's evasion of tariffs on steel and aluminum.",
    );
    expect(evasion.filter((e) => e.startsWith('IMPOSES China'))).toEqual([]);
  });

  it('take a side label in a Korean release as whose the bodies and firms after it are, and joined sides as partners', () => {
    const edges = allEdges(
      [
        '협력 현황',
        '* (韓) 산업통상자원부 장관 ↔ (일본) 경제산업성 장관',
        ' - (우리측) 외교부, 과학기술정보통신부 및 유관기관 등',
        ' - (우리 기업) 포스코인터내셔널, 삼성물산 등 20여 명',
        ' - (美기업) 퀄컴 CEO, GM 부회장',
        '(참석) 기획재정부 장관',
      ].join('\n'),
    );
    expect(edges).toEqual(
      expect.arrayContaining([
        'BASED_IN Ministry of Trade, Industry and Energy → South Korea',
        'BASED_IN Korean Ministry of Foreign Affairs → South Korea',
        'BASED_IN Ministry of Science and ICT → South Korea',
        'BASED_IN Qualcomm → United States',
        'BASED_IN General Motors → United States',
        'BASED_IN POSCO International → South Korea',
        'BASED_IN Samsung C&T → South Korea',
        'PARTNERS_WITH Ministry of Trade, Industry and Energy → Ministry of Economy, Trade and Industry',
      ]),
    );
    expect(edges.filter((e) => e.startsWith('BASED_IN Ministry of Economy and Finance'))).toEqual([]);
  });

  it('take a short form the text reads as a country for a side label, and a list wrapped after a comma as going on', () => {
    const edges = allEdges(
      [
        '참석자',
        '',
        ' - (인니) 투투카 아리아지 에너지광물자원부 석유가스청장(수석대표),',
        '',
        ' 석유가스청, 전력공사(PT.PLN), 반둥공과대학 등',
        '',
        '한편 석유가스청은 전력청과 협의했다.',
      ].join('\n'),
    );
    expect(edges).toContain('BASED_IN 석유가스청 → Indonesia');
    expect(edges.filter((e) => e.startsWith('BASED_IN 전력청'))).toEqual([]);
  });

  it('take a parenthesis glued to the word before it for a gloss, not a side label', () => {
    const edges = allEdges(
      [
        '포럼',
        '',
        '또한, 아시아태평양경제협력체(APEC) 기업인자문위원회(ABAC) 위원이자 아태경제협력센터 소장이 발표했다.',
      ].join('\n'),
    );
    expect(edges.filter((e) => e.startsWith('BASED_IN'))).toEqual([]);
  });

  it('end a side label at the next label, even one it does not know, after a mark or when it says it is a side', () => {
    const edges = allEdges(['MOU 체결 현황', '* (한) 산업부, (우) 투자대외무역부'].join('\n'));
    expect(edges).toContain('BASED_IN Ministry of Trade, Industry and Energy → South Korea');
    expect(edges.filter((e) => e.startsWith('BASED_IN 투자대외무역부'))).toEqual([]);
    const spaced = allEdges(
      ['참석자', '◇ (한국측) 산업부 장관, 롯데정밀화학 CEO 등 (인니측) 공기업부 장관, PTpupuk社 CEO'].join(
        '\n',
      ),
    );
    expect(spaced).toContain('BASED_IN Lotte Fine Chemical → South Korea');
    expect(spaced.filter((e) => e.startsWith('BASED_IN PTpupuk'))).toEqual([]);
  });

  it('take the countries a Korean line defining a partnership lists as taking part as its members', () => {
    const members = (line: string) =>
      allEdges(['핵심광물 협력을 논의했다.', line].join('\n')).filter((e) => e.startsWith('MEMBER_OF'));
    expect(
      members("* 핵심광물안보파트너십(MSP) : 美 주도로 '22.6월 출범, 한·미·일·캐 등 12개국 참여"),
    ).toEqual(
      expect.arrayContaining([
        'MEMBER_OF South Korea → Minerals Security Partnership',
        'MEMBER_OF Japan → Minerals Security Partnership',
        'MEMBER_OF Canada → Minerals Security Partnership',
      ]),
    );
    expect(members('MSP는 현재 14개국(한국(의장국), 미국, 영국) 및 EU 집행위 참여 중이다.')).toEqual(
      expect.arrayContaining([
        'MEMBER_OF South Korea → Minerals Security Partnership',
        'MEMBER_OF United Kingdom → Minerals Security Partnership',
      ]),
    );
    // Countries named in the line but not as those taking part are not members.
    expect(members('* 핵심광물안보파트너십(MSP) : 미국, 일본이 주도하고 한국, 캐나다 기업이 참여')).toEqual(
      [],
    );
  });

  it("read a commodity summary's import sources as suppliers of the country its domestic field is about", () => {
    const summary = (domestic: string) =>
      allEdges(
        [
          'ANTIMONY',
          '',
          domestic,
          '',
          'Import Sources (2020–2023): Ore and concentrates: Italy, 44%; China,5 23%; Belgium, 16%; and other, 7%.',
          '',
          'Events, Trends, and Issues: China announced export licenses. China, China and China again.',
        ].join('\n'),
      ).filter((e) => e.startsWith('SUPPLIES'));
    expect(
      summary(
        'Domestic Production and Use: No antimony was mined in the United States; U.S. smelters used feedstock from Canada.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'SUPPLIES Italy → United States',
        'SUPPLIES China → United States',
        'SUPPLIES Belgium → United States',
      ]),
    );
    expect(summary('Production: Antimony was mined in several places.')).toEqual([]);
    expect(
      summary(
        'Production: No domestic mine in the United States produced antimony. Domestic smelters in the United States used scrap.',
      ),
    ).toEqual(expect.arrayContaining(['SUPPLIES Italy → United States', 'SUPPLIES Belgium → United States']));
  });

  it('read a short form the text defines as its own entity, not the lexicon’s other meaning of it', () => {
    const edges = allEdges(
      'Note\n\nThe International Trade Administration (ITA) promotes exports. ITA has offices in 80 countries.',
    );
    expect(edges).toContain('MEASURES 80 countries → International Trade Administration');
    expect(edges.filter((e) => e.includes('Information Technology Agreement'))).toEqual([]);
  });

  it('read a short form a Korean name defines as that name, when it shares nothing with the lexicon’s meaning of it', () => {
    const edges = allEdges('제목\n\n정부는 수소 의무사용제도(RPS)를 도입한다. RPS는 수소산업을 지원한다.');
    expect(edges).toContain('TARGETS 수소 의무사용제도 → hydrogen');
    expect(edges.filter((e) => e.includes('Renewable Portfolio Standard'))).toEqual([]);
    expect(allEdges('제목\n\n미국의 인플레감축법(IRA)은 전기차를 지원한다.')).toContain(
      'TARGETS Inflation Reduction Act of 2022 → electric vehicles',
    );
  });

  it('read a pair word as both parties of the partnership noun it possesses', () => {
    const edges = allEdges('제목\n\n한국과 일본은 양국의 협력을 강화하기로 했다.');
    expect(edges.filter((e) => e.startsWith('PARTNERS_WITH'))).toEqual(['PARTNERS_WITH Japan → South Korea']);
  });

  it('make the two countries a pair word stands for partners, once', () => {
    const edges = allEdges('한일 수출규제 현안이 해소되었다. 양국은 수출관리 정책대화를 개최하였다.');
    expect(edges.filter((e) => e.startsWith('PARTNERS_WITH'))).toEqual(['PARTNERS_WITH Japan → South Korea']);
  });

  it('give a country that enacts no goal its clause heads for', () => {
    expect(
      allEdges('Canada has taken action to implement its tax credits on the road to the Paris Agreement.'),
    ).not.toContain('ENACTED_BY Paris Agreement → Canada');
    expect(allEdges('Canada has taken action to implement the Paris Agreement.')).toContain(
      'ENACTED_BY Paris Agreement → Canada',
    );
  });

  it('give no country or body a kind of policy every country has', () => {
    const names = clauseGraph("Japan's FTAs and the U.S. FTA network grew.").names;
    expect(names).toContain('free trade agreement');
    expect(
      allEdges("Japan's FTAs and the U.S. FTA network grew.").filter((e) => e.startsWith('ENACTED_BY')),
    ).toEqual([]);
  });

  it('base a company where its description after the comma says it is from', () => {
    expect(allEdges('Davie, Canada’s largest shipbuilder, has delivered ships.')).toContain(
      'BASED_IN Davie → Canada',
    );
    expect(allEdges('Republic of Korea-based HD-Hyundai is investing.')).toContain(
      'BASED_IN HD Hyundai → South Korea',
    );
    const partner = allEdges(
      'Konecranes, a Finnish-based crane manufacturer, grew; Konecranes, Canada’s partner, agreed.',
    );
    expect(partner).toContain('BASED_IN Konecranes → Finland');
    expect(partner).not.toContain('BASED_IN Konecranes → Canada');
  });

  it('give a sector-and-maker phrase only to the company it describes, not to another the sentence names', () => {
    const edges = allEdges('CATL, a Chinese battery maker, supplies Tesla.');
    expect(edges).toContain('OPERATES_IN Contemporary Amperex Technology → secondary batteries');
    expect(edges).not.toContain('OPERATES_IN Tesla → secondary batteries');
    expect(allEdges('BYD, CATL 등 세계 최대 배터리 기업 육성')).toContain(
      'OPERATES_IN BYD Company → secondary batteries',
    );
  });

  it('give a press release’s subject-less statements to the government of the body it opens with, and no one else', () => {
    const item = '양자협력: 호주(‘21.12월), 베트남(‘22.12월)과 MOU';
    expect(clauseEdges(`[산업통상자원부] 협력 강화\n${item}`)).toContain(
      'PARTNERS_WITH South Korea → Australia',
    );
    expect(clauseEdges(`협력 강화\n${item}`).filter((e) => e.includes('South Korea'))).toEqual([]);
  });

  it('know a U.S. body written with United States or US in full', () => {
    for (const form of ['United States', 'US', 'U.S.']) {
      const names = clauseGraph(`The ${form} Agency for International Development funds the project.`).names;
      expect(names).toContain('U.S. Agency for International Development');
    }
  });

  it('keep a negated effect with negative polarity', () => {
    expect(clauseEdges('인도네시아는 니켈 수출을 금지하지 않았다.')).toContain(
      'IMPOSES Indonesia → nickel (negative)',
    );
  });
});

describe("a release's profile box", () => {
  const lead =
    ' ㅇ 한편, 성윤모 장관은 라운드테이블 회의에 앞서 1.8.(수) 저녁(현지시각), 글로벌 화학소재 기업인 듀폰(DuPont)社의 존 켐프(Jon D. Kemp) 사장을 별도로 만났다.\n\n';
  const fields =
    ' ◈ 설립연도 / 매출액 / 고용 : 1802년 / 226억불 / 3만 2천여명 (’18년)\n\n ◈ 주요업종 : 반도체용 포토레지스트, AMOLED 및 디스플레이 화학제품 등\n\n ◈ 규모 : 전 세계 70여개국에 163개의 자회사 보유\n';

  it('states the fields of the company its heading names', () => {
    expect(allEdges(`${lead} < 듀폰社 개요 >\n\n${fields}`)).toContain('OPERATES_IN DuPont → semiconductors');
  });

  it('states them too when the heading stands as a section title', () => {
    const text = `참고\n\n < 듀폰社 개요 >\n\n${fields.replace(' (’18년)', '')}`;
    expect(allEdges(text)).toContain('OPERATES_IN DuPont → semiconductors');
  });

  it('gives the fields to no one under a heading that names no single company', () => {
    expect(allEdges(`${lead} < 투자가 라운드테이블 개요 >\n\n${fields}`)).not.toContain(
      'OPERATES_IN DuPont → semiconductors',
    );
  });
});

describe('production in a text about one material', () => {
  const titled = (title: string, text: string) => {
    const g = importBytes(new TextEncoder().encode(text), { path: 'case.txt', lexicon, title });
    const name = new Map(g.nodes.map((n) => [n.id, n.nameEn ?? n.name]));
    return g.edges.map((e) => `${e.type} ${name.get(e.source)} → ${name.get(e.target)}`);
  };
  const text =
    'Production in Indonesia increased by an estimated 13%. In the Philippines, production declined by an estimated 24%. Indonesia banned exports of ore.';

  it('is the production of that material in the place, the title naming it alone or beside its series', () => {
    for (const title of [
      'Nickel',
      'Nickel (Mineral Commodity Summaries 2026)',
      'Mineral Commodity Summaries 2026: Nickel',
    ])
      expect(titled(title, text)).toEqual(
        expect.arrayContaining(['PRODUCES Indonesia → nickel', 'PRODUCES Philippines → nickel']),
      );
  });

  it('is no production of the material where the sentence names another product or no production', () => {
    const edges = titled('Nickel', `${text} Lithium production in Chile rose.`);
    expect(edges).toContain('PRODUCES Chile → lithium');
    expect(edges).not.toContain('PRODUCES Chile → nickel');
    expect(titled('Nickel', 'Indonesia banned exports of ore.')).not.toContain('PRODUCES Indonesia → nickel');
  });

  it('is not measured by the shares of the uses a labelled list gives', () => {
    expect(
      titled(
        'Antimony (Mineral Commodity Summaries 2025)',
        'End uses were flame retardants, 39%; and other, 18%.\n',
      ),
    ).not.toContain('MEASURES 18% → antimony');
  });
});

describe("the items a possessor's products are said to be", () => {
  const cases: Case[] = [
    {
      text: "AMD's main products include microprocessors and graphics processors.",
      states: ['PRODUCES Advanced Micro Devices → microprocessors'],
    },
    {
      text: "Namibia's exports consist mainly of diamonds, beef and meat products.",
      states: ['PRODUCES Namibia → diamonds', 'PRODUCES Namibia → beef'],
    },
    {
      text: '동국제강(주)의 주력 제품으로는 철근, 후판, 냉연강판이 있다.',
      states: ['PRODUCES Dongkuk Steel → rebar', 'PRODUCES Dongkuk Steel → cold-rolled steel'],
    },
    {
      text: '포스코의 주요 제품은 열연강판과 냉연강판이다.',
      states: ['PRODUCES POSCO → hot-rolled steel', 'PRODUCES POSCO → cold-rolled steel'],
    },
    // What a country buys is not what it makes.
    { text: "China's imports include lithium and nickel.", states: [], not: ['PRODUCES China → lithium'] },
    { text: "POSCO's products do not include lithium.", states: [], not: ['PRODUCES POSCO → lithium'] },
    // The possessor must own the products noun, not another noun before it.
    {
      text: "China's partners' products include lithium.",
      states: [],
      not: ['PRODUCES China → lithium'],
    },
    { text: '포스코의 고객사 제품은 리튬이다.', states: [], not: ['PRODUCES POSCO → lithium'] },
  ];
  it.each(cases)('read "$text" as stating what it states and not what it does not', expectCase);
});
