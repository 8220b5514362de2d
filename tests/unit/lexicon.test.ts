import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphError } from '../../graph/errors';
import { ENTITY_KINDS } from '../../graph/model';
import {
  BUNDLED_LEXICON_DIR,
  type Lexicon,
  loadLexicon,
  normalizeSurface,
  surfaceForms,
} from '../../importer/lexicon/load';
import type { LexiconEntry } from '../../importer/lexicon/schema';

const SAMPLE = readFileSync(new URL('../../samples/000_dd9d7d845ba8a621.txt', import.meta.url), 'utf8');

let lexicon: Lexicon;
let byForm: Map<string, LexiconEntry>;

beforeAll(() => {
  lexicon = loadLexicon();
  byForm = new Map();
  for (const entry of lexicon.entries) {
    for (const form of surfaceForms(entry)) byForm.set(normalizeSurface(form), entry);
  }
});

const lookup = (form: string) => byForm.get(normalizeSurface(form));

describe('the bundled lexicon', () => {
  it('loads, validates and reports the version every data file declares', () => {
    const versions = readdirSync(BUNDLED_LEXICON_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(BUNDLED_LEXICON_DIR, f), 'utf8')).version);
    expect(versions.length).toBeGreaterThanOrEqual(7);
    expect(new Set(versions)).toEqual(new Set([lexicon.version]));
    expect(lexicon.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('covers every entity kind with a substantial number of entries', () => {
    const counts = new Map<string, number>();
    for (const e of lexicon.entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    for (const kind of ENTITY_KINDS) expect(counts.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(50);
    expect(lexicon.entries.length).toBeGreaterThanOrEqual(400);
  });

  it('has ids that are unique within each kind and indexed by kind and id', () => {
    const keys = lexicon.entries.map((e) => `${e.kind}:${e.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(lexicon.byKey.size).toBe(keys.length);
    expect(lexicon.byKey.get('Policy:us-ira')?.en).toBe('Inflation Reduction Act of 2022');
  });

  it('resolves every country, industry and parent reference to an entry of the right kind', () => {
    const parentKind = (kind: string) => (kind === 'Technology' ? 'Industry' : kind);
    for (const e of lexicon.entries) {
      if (e.country) expect(lexicon.byKey.has(`Country:${e.country}`), `${e.id}.country`).toBe(true);
      for (const i of e.industries)
        expect(lexicon.byKey.has(`Industry:${i}`), `${e.id}.industries ${i}`).toBe(true);
      for (const p of e.parents)
        expect(lexicon.byKey.has(`${parentKind(e.kind)}:${p}`), `${e.id}.parents ${p}`).toBe(true);
    }
  });

  it('gives no surface form to two entries, even ignoring case, spaces and middle dots', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of lexicon.entries) {
      for (const form of surfaceForms(e)) {
        const key = normalizeSurface(form);
        const other = owner.get(key);
        if (other && other !== `${e.kind}:${e.id}`) clashes.push(`${form}: ${other} / ${e.kind}:${e.id}`);
        owner.set(key, `${e.kind}:${e.id}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('gives every company a home country and at least one industry', () => {
    const companies = lexicon.entries.filter((e) => e.kind === 'Company');
    expect(companies.filter((c) => !c.country || c.industries.length === 0).map((c) => c.id)).toEqual([]);
  });

  it('makes every fund an organization, as the annotation guide does', () => {
    const funds = lexicon.entries.filter(
      (e) => /\bFund$/.test(e.en ?? '') || /(?:기금|펀드)$/.test(e.ko ?? ''),
    );
    expect(funds.length).toBeGreaterThan(10);
    expect(funds.filter((e) => e.kind !== 'Organization').map((e) => e.id)).toEqual([]);
  });

  it('keeps a narrower or wider thing apart from what it is part of, under its own name', () => {
    expect(lookup('자원개발')?.id).not.toBe(lookup('광업')?.id);
    expect(lookup('자원개발')?.parents).toContain(lookup('광업')?.id);
    expect(lookup('반도체 메가 클러스터')?.id).not.toBe(lookup('용인 반도체 클러스터')?.id);
    // A company's full name holds a country's name (`Aluminum Company of America`), which must not be read apart.
    expect(lookup('Aluminum Company of America')?.id).toBe(lookup('Alcoa')?.id);
  });

  it('records bloc membership on member countries', () => {
    expect(lookup('독일')?.parents).toContain('european-union');
    expect(lookup('베트남')?.parents).toContain('asean');
    expect(lookup('EU')?.parents).toContain('europe');
    expect(lookup('유럽')?.id).not.toBe(lookup('유럽연합')?.id);
  });
});

describe('countries', () => {
  it('are named in Korean as the Ministry of Foreign Affairs writes them, with the older spellings kept', () => {
    for (const [standard, older, id] of [
      ['에티오피아', '이디오피아', 'ethiopia'],
      ['투르크메니스탄', '트르크메니스탄', 'turkmenistan'],
      ['마셜 제도', '마샬군도', 'marshall-islands'],
      ['상투메 프린시페', '상토메프린시페', 'sao-tome-and-principe'],
    ] as const) {
      expect(lookup(standard)?.id).toBe(id);
      expect(lookup(older)?.id).toBe(id);
    }
  });

  it('include those whose package name is written with a comma', () => {
    expect(lookup('Moldova')?.id).toBe('moldova');
    expect(lookup('몰도바')?.id).toBe('moldova');
    expect(lookup('미크로네시아')?.id).toBe('micronesia');
  });
});

describe('entities of the sample report', () => {
  const rows: [form: string, kind: string, id: string][] = [
    ['인플레이션 감축법', 'Policy', 'us-ira'],
    ['IRA', 'Policy', 'us-ira'],
    ['CHIPS Act', 'Policy', 'us-chips-act'],
    ['CHIPS and Science Act', 'Policy', 'us-chips-act'],
    ['반도체 지원법', 'Policy', 'us-chips-act'],
    ['국방생산법', 'Policy', 'us-dpa'],
    ['DPA', 'Policy', 'us-dpa'],
    ['탄소국경조정제도', 'Policy', 'eu-cbam'],
    ['CBAM', 'Policy', 'eu-cbam'],
    ['핵심원자재법', 'Policy', 'eu-crma'],
    ['Critical Raw Materials Act', 'Policy', 'eu-crma'],
    ['그린딜', 'Policy', 'eu-green-deal'],
    ['Green Deal', 'Policy', 'eu-green-deal'],
    ['유럽 반도체 전략', 'Policy', 'eu-chips-act'],
    ['GDPR', 'Policy', 'eu-gdpr'],
    ['중국제조 2025', 'Policy', 'cn-made-in-china-2025'],
    ['MIC 2025', 'Policy', 'cn-made-in-china-2025'],
    ['반도체 굴기', 'Policy', 'cn-semiconductor-rise'],
    ['대중국 반도체 수출 규제', 'Policy', 'us-china-chip-export-controls'],
    ['일본 수출 규제', 'Policy', 'jp-export-restrictions-2019'],
    ['Brexit', 'Policy', 'uk-brexit'],
    ['UK Advanced Manufacturing Plan', 'Policy', 'uk-advanced-manufacturing-plan'],
    ['Net Zero Strategy', 'Policy', 'uk-net-zero-strategy'],
    ['영국 반도체 전략', 'Policy', 'uk-semiconductor-strategy'],
    ['Battery Strategy', 'Policy', 'uk-battery-strategy'],
    ['Fintech Growth Strategy', 'Policy', 'uk-fintech-strategy'],
    ['K-배터리 발전 전략', 'Policy', 'kr-k-battery-strategy'],
    ['K-반도체 벨트', 'Policy', 'kr-k-semiconductor-strategy'],
    ['바이오경제 2.0', 'Policy', 'kr-bioeconomy-2'],
    ['첨단전략산업육성법', 'Policy', 'kr-strategic-industries-act'],
    ['규제 샌드박스', 'Policy', 'kr-regulatory-sandbox'],
    ['CPTPP', 'Policy', 'cptpp'],
    ['자유무역협정', 'Policy', 'fta'],
    ['FTA', 'Policy', 'fta'],
    ['탄소중립', 'Policy', 'carbon-neutrality'],
    ['미국', 'Country', 'united-states'],
    ['중국', 'Country', 'china'],
    ['일본', 'Country', 'japan'],
    ['대만', 'Country', 'taiwan'],
    ['한국', 'Country', 'south-korea'],
    ['우리나라', 'Country', 'south-korea'],
    ['영국', 'Country', 'united-kingdom'],
    ['유럽연합', 'Country', 'european-union'],
    ['EU', 'Country', 'european-union'],
    ['유럽', 'Country', 'europe'],
    ['아세안', 'Country', 'asean'],
    ['인도', 'Country', 'india'],
    ['중동', 'Country', 'middle-east'],
    ['중남미', 'Country', 'latin-america'],
    ['호주', 'Country', 'australia'],
    ['러시아', 'Country', 'russia'],
    ['우크라이나', 'Country', 'ukraine'],
    ['아프리카', 'Country', 'africa'],
    ['반도체', 'Industry', 'semiconductor'],
    ['메모리 반도체', 'Industry', 'memory-semiconductor'],
    ['시스템 반도체', 'Industry', 'system-semiconductor'],
    ['비메모리', 'Industry', 'system-semiconductor'],
    ['파운드리', 'Industry', 'foundry'],
    ['이차전지', 'Industry', 'secondary-battery'],
    ['배터리', 'Industry', 'secondary-battery'],
    ['바이오헬스', 'Industry', 'bio-health'],
    ['바이오의약품', 'Industry', 'biopharmaceutical'],
    ['바이오시밀러', 'Industry', 'biosimilar'],
    ['신재생에너지', 'Industry', 'renewable-energy'],
    ['태양광', 'Industry', 'solar'],
    ['풍력', 'Industry', 'wind'],
    ['해상풍력', 'Industry', 'offshore-wind'],
    ['수소', 'Industry', 'hydrogen'],
    ['디지털·AI', 'Industry', 'ai'],
    ['AI', 'Technology', 'artificial-intelligence'],
    ['AI 산업', 'Industry', 'ai'],
    ['클라우드', 'Industry', 'cloud'],
    ['핀테크', 'Industry', 'fintech'],
    ['금융', 'Industry', 'finance'],
    ['자동차', 'Industry', 'automobile'],
    ['전기차', 'Industry', 'electric-vehicle'],
    ['조선', 'Industry', 'shipbuilding'],
    ['석유화학', 'Industry', 'petrochemical'],
    ['철강', 'Industry', 'steel'],
    ['항공우주', 'Industry', 'aerospace'],
    ['첨단소재', 'Industry', 'advanced-materials'],
    ['친환경 산업', 'Industry', 'green-industry'],
    ['소재·부품·장비', 'Industry', 'materials-parts-equipment'],
    ['삼성전자', 'Company', 'samsung-electronics'],
    ['삼성', 'Company', 'samsung'],
    ['LG', 'Company', 'lg-group'],
    ['SK하이닉스', 'Company', 'sk-hynix'],
    ['LG에너지솔루션', 'Company', 'lg-energy-solution'],
    ['삼성SDI', 'Company', 'samsung-sdi'],
    ['SK온', 'Company', 'sk-on'],
    ['셀트리온', 'Company', 'celltrion'],
    ['삼성바이오로직스', 'Company', 'samsung-biologics'],
    ['한국전력', 'Company', 'kepco'],
    ['TSMC', 'Company', 'tsmc'],
    ['인텔', 'Company', 'intel'],
    ['엔비디아', 'Company', 'nvidia'],
    ['SMIC', 'Company', 'smic'],
    ['BYD', 'Company', 'byd'],
    ['CATL', 'Company', 'catl'],
    ['한국반도체산업협회', 'Organization', 'ksia'],
    ['한국배터리산업협회', 'Organization', 'kbia'],
    ['한국에너지공단', 'Organization', 'kea'],
    ['산업통상자원부', 'Organization', 'motie'],
    ['상무부', 'Organization', 'us-doc'],
    ['유럽연합 집행위원회', 'Organization', 'european-commission'],
    ['국무원', 'Organization', 'cn-state-council'],
    ['WTO', 'Organization', 'wto'],
    ['Berne Union', 'Organization', 'berne-union'],
    ['번 유니언', 'Organization', 'berne-union'],
    ['희토류', 'Material', 'rare-earths'],
    ['리튬', 'Material', 'lithium'],
    ['니켈', 'Material', 'nickel'],
    ['코발트', 'Material', 'cobalt'],
    ['원유', 'Material', 'crude-oil'],
    ['천연가스', 'Material', 'natural-gas'],
    ['석탄', 'Material', 'coal'],
    ['우라늄', 'Material', 'uranium'],
    ['불화수소', 'Material', 'hydrogen-fluoride'],
    ['포토레지스트', 'Material', 'photoresist'],
    ['알루미늄', 'Material', 'aluminium'],
    ['시멘트', 'Material', 'cement'],
    ['원자재', 'Material', 'raw-materials'],
    ['AI 반도체', 'Technology', 'ai-semiconductor'],
    ['전고체 배터리', 'Technology', 'all-solid-state-battery'],
    ['리튬이온 배터리', 'Technology', 'lithium-ion-battery'],
    ['리튬인산철', 'Technology', 'lfp-battery'],
    ['LFP', 'Technology', 'lfp-battery'],
    ['배터리 재활용', 'Industry', 'battery-recycling'],
    ['ESS', 'Technology', 'ess'],
    ['에너지저장장치', 'Technology', 'ess'],
    ['수소 연료전지', 'Technology', 'fuel-cell'],
    ['고효율 태양광 셀', 'Technology', 'high-efficiency-solar-cell'],
    ['CBDC', 'Technology', 'cbdc'],
    ['중앙은행 디지털화폐', 'Technology', 'cbdc'],
    ['블록체인', 'Technology', 'blockchain'],
    ['암호화폐', 'Technology', 'cryptocurrency'],
    ['스마트 팩토리', 'Technology', 'smart-factory'],
    ['디지털 트윈', 'Technology', 'digital-twin'],
    ['양자컴퓨터', 'Technology', 'quantum-computing'],
    ['빅데이터', 'Technology', 'big-data'],
    ['머신러닝', 'Technology', 'machine-learning'],
    ['정밀의료', 'Technology', 'precision-medicine'],
    ['유전자 치료제', 'Technology', 'gene-therapy'],
    ['AI 신약 개발', 'Technology', 'ai-drug-discovery'],
    ['7nm', 'Technology', 'process-7nm'],
    ['3nm', 'Technology', 'process-3nm'],
  ];
  const sampleKey = normalizeSurface(SAMPLE);

  it.each(rows)('"%s" is a %s entry (%s) and occurs in the report', (form, kind, id) => {
    expect(sampleKey).toContain(normalizeSurface(form));
    const entry = lookup(form);
    expect(entry, form).toBeDefined();
    expect([entry?.kind, entry?.id]).toEqual([kind, id]);
  });

  it.each([
    ['IRA', 'united-states'],
    ['CHIPS Act', 'united-states'],
    ['CBAM', 'european-union'],
    ['중국제조 2025', 'china'],
    ['일본 수출 규제', 'japan'],
    ['Brexit', 'united-kingdom'],
    ['반도체 특별법', 'south-korea'],
    ['K-칩스법', 'south-korea'],
    ['삼성전자', 'south-korea'],
    ['TSMC', 'taiwan'],
    ['상무부', 'united-states'],
    ['합참', 'south-korea'],
    ['육군', 'south-korea'],
    ['안보실', 'south-korea'],
  ])('"%s" is enacted by or based in %s', (form, country) => {
    expect(lookup(form)?.country).toBe(country);
  });

  it("keeps Korea's semiconductor laws apart from the US CHIPS Act", () => {
    const ids = ['반도체 특별법', 'K-칩스법', '칩스법', 'EU Chips Act'].map((f) => lookup(f)?.id);
    expect(ids).toEqual(['kr-semiconductor-special-act', 'kr-k-chips-act', 'us-chips-act', 'eu-chips-act']);
  });

  it('keeps a listed subsidiary apart from its parent, and refined products apart from refining', () => {
    expect(lookup('PetroChina')?.id).toBe('petrochina');
    expect(lookup('CNPC')?.id).toBe('cnpc');
    expect([lookup('석유제품')?.kind, lookup('petroleum products')?.kind]).toEqual(['Material', 'Material']);
    expect(lookup('정유')?.kind).toBe('Industry');
  });

  it('knows charging networks, state lenders and mid-sized suppliers with their home countries', () => {
    expect(['EVgo', 'ChargePoint', 'EDGE Group', 'Asus'].map((f) => lookup(f)?.kind)).toEqual([
      'Company',
      'Company',
      'Company',
      'Company',
    ]);
    expect(lookup('EDGE Group')?.country).toBe('uae');
  });

  it('names the compounds, grades and forms of a material apart from the material', () => {
    const ids = [
      '수산화리튬',
      'lithium carbonate',
      '인조흑연',
      'natural graphite',
      'coking coal',
      '무연탄',
      '농축우라늄',
    ];
    expect(ids.map((f) => lookup(f)?.id)).toEqual([
      'lithium-hydroxide',
      'lithium-carbonate',
      'synthetic-graphite',
      'natural-graphite',
      'coking-coal',
      'anthracite',
      'enriched-uranium',
    ]);
    expect(['리튬', 'graphite', '석탄', 'uranium'].map((f) => lookup(f)?.id)).toEqual([
      'lithium',
      'graphite',
      'coal',
      'uranium',
    ]);
  });

  it('leaves trade agreements without a single enacting country', () => {
    for (const form of ['CPTPP', 'RCEP', 'FTA', '한미 FTA', 'IPEF'])
      expect(lookup(form)?.country, form).toBeUndefined();
  });
});

describe('forms that would create false entities', () => {
  it.each([
    ['정부'],
    ['기업'],
    ['산업'],
    ['전략'],
    ['정책'],
    ['시장'],
    ['기술'],
    ['제약'],
    ['가전'],
    ['기계'],
    ['건설'],
    ['게임'],
    ['요소'],
    ['대두'],
    ['현대'],
    ['메타'],
    ['전기'],
    ['전자'],
    ['위탁생산'],
    ['개인정보보호법'],
    ['탄소중립 전략'],
    ['Fed'],
    ['defense'],
    ['display'],
    ['mining'],
    ['game'],
    ['precursor'],
    ['Green New Deal'],
  ])('"%s" is not a surface form', (form) => {
    expect(lookup(form)).toBeUndefined();
  });
});

describe('surfaceForms', () => {
  it('lists ko, en and aliases once each, in that order', () => {
    const forms = surfaceForms({
      id: 'x',
      kind: 'Policy',
      ko: '가',
      en: 'A',
      aliases: ['B', '가', 'C'],
      industries: [],
      parents: [],
      abbreviations: [],
      listForms: [],
    });
    expect(forms).toEqual(['가', 'A', 'B', 'C']);
  });
});

describe('user lexicon files', () => {
  let dir: string;
  const write = (name: string, content: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return file;
  };
  const failure = (paths: string[]): GraphError => {
    try {
      loadLexicon(paths);
    } catch (error) {
      if (error instanceof GraphError) return error;
      throw error;
    }
    throw new Error('expected loadLexicon to fail');
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lexicon-test-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds new entries, extends bundled ones and marks the version', () => {
    const file = write('user.json', {
      version: '0.1.0',
      entries: [
        {
          id: 'acme-batteries',
          kind: 'Company',
          ko: '애크미배터리',
          en: 'Acme Batteries',
          country: 'south-korea',
          industries: ['secondary-battery'],
        },
        { id: 'us-ira', kind: 'Policy', aliases: ['인플레법'], industries: ['automobile'] },
      ],
    });
    const merged = loadLexicon([file]);
    expect(merged.version).toBe(`${lexicon.version}+user`);
    expect(merged.entries.length).toBe(lexicon.entries.length + 1);
    expect(merged.byKey.get('Company:acme-batteries')?.country).toBe('south-korea');
    const ira = merged.byKey.get('Policy:us-ira')!;
    expect(ira.aliases).toEqual(expect.arrayContaining(['IRA', '인플레법']));
    expect(ira.ko).toBe('인플레이션 감축법');
    expect(ira.country).toBe('united-states');
    expect(ira.industries).toEqual(expect.arrayContaining(['secondary-battery', 'automobile']));
    expect(loadLexicon().byKey.get('Policy:us-ira')?.aliases).not.toContain('인플레법');
  });

  it('keeps a renamed entry reachable by its bundled name', () => {
    const file = write('rename.json', {
      version: '1.0.0',
      entries: [{ id: 'us-ira', kind: 'Policy', ko: '인플레 감축법(미국)' }],
    });
    const ira = loadLexicon([file]).byKey.get('Policy:us-ira')!;
    expect(ira.ko).toBe('인플레 감축법(미국)');
    expect(surfaceForms(ira)).toContain('인플레이션 감축법');
  });

  it('rejects a bad field, naming the file and the field path', () => {
    const file = write('bad-id.json', {
      version: '1.0.0',
      entries: [
        { id: 'fine', kind: 'Material', ko: '물질' },
        { id: 'Not Kebab', kind: 'Material', ko: '다른 물질' },
      ],
    });
    const error = failure([file]);
    expect(error.code).toBe('INVALID_LEXICON');
    expect(error.details).toMatchObject({ file, field: 'entries[1].id' });
    expect(error.message).toContain(file);
  });

  it('rejects a new entry that has neither a Korean nor an English name', () => {
    const file = write('nameless.json', {
      version: '1.0.0',
      entries: [{ id: 'nameless', kind: 'Material', aliases: ['무명'] }],
    });
    expect(failure([file]).details).toMatchObject({ file, field: 'entries[0].ko' });
  });

  it('rejects an entry of an unknown kind', () => {
    const file = write('bad-kind.json', {
      version: '1.0.0',
      entries: [{ id: 'someone', kind: 'Person', ko: '사람' }],
    });
    const error = failure([file]);
    expect(error.code).toBe('INVALID_LEXICON');
    expect(error.details).toMatchObject({ file, field: 'entries[0].kind' });
  });

  it('rejects a reference to an entry that does not exist', () => {
    const file = write('bad-ref.json', {
      version: '1.0.0',
      entries: [{ id: 'x-act', kind: 'Policy', ko: '엑스법', country: 'atlantis' }],
    });
    expect(failure([file]).details).toMatchObject({ file, field: 'entries[0].country' });
  });

  it('rejects a surface form already claimed by another entry, blaming the user file', () => {
    const file = write('clash.json', {
      version: '1.0.0',
      entries: [{ id: 'new-chip-law', kind: 'Policy', ko: '신반도체법', aliases: ['CHIPS Act'] }],
    });
    const error = failure([file]);
    expect(error.details).toMatchObject({ file, field: 'entries[0].aliases[0]' });
    expect(error.message).toContain('Policy:us-chips-act');
  });

  it('rejects parents that form a cycle', () => {
    const file = write('cycle.json', {
      version: '1.0.0',
      entries: [
        { id: 'loop-a', kind: 'Industry', ko: '고리가', parents: ['loop-b'] },
        { id: 'loop-b', kind: 'Industry', ko: '고리나', parents: ['loop-a'] },
      ],
    });
    const error = failure([file]);
    expect(error.code).toBe('INVALID_LEXICON');
    expect(error.message).toContain('cycle');
  });

  it('reports malformed JSON with the file and line', () => {
    const file = write(
      'broken.json',
      '{\n  "version": "1.0.0",\n  "entries": [\n    { "id": "x", }\n  ]\n}\n',
    );
    const error = failure([file]);
    expect(error.code).toBe('INVALID_LEXICON');
    expect(error.details).toMatchObject({ file, line: 4 });
  });

  it('reports a missing file as an I/O error', () => {
    const file = join(dir, 'missing.json');
    expect(failure([file])).toMatchObject({ code: 'IO_ERROR', details: { file } });
  });
});
