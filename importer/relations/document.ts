import type { EdgeType, Evidence } from '../../graph/model';
import type { CleanText } from '../clean';
import {
  ANAPHOR,
  anaphorFits,
  anaphorKind,
  COMPANIES_NEXT,
  COMPANIES_OF,
  COMPANY_DESCRIPTION,
  COMPANY_DESCRIPTIONS,
  COMPANY_NOUN,
  CONJUNCTION,
  CONJUNCTION_KO_EN,
  COURT,
  DAY_DATE,
  DEVELOP_CUE,
  ENACT_CUE,
  ENGLISH_FUNCTION_WORD,
  FIGURE_OF,
  FIGURE_TOWARD,
  GROUP_TERM,
  IMPLICATION_WORDS,
  INFOBOX_FIELDS,
  INPUT_CUE,
  INPUT_FOR,
  ITEM_OPENING,
  KIND_ANAPHOR,
  KO_FIRM_WORDS,
  LAW_WORD_AFTER,
  LAW_WORD_BEFORE,
  LIST_JOINER,
  MEASURE,
  NONE_WORDS,
  NOT_A_LAW,
  PAIR_ANAPHOR,
  POLICY_TITLE_REST,
  PROFILE_HEADING,
  RECORD_FIELD,
  RESPONSE_AFTER,
  RESPONSE_CUE,
  SECURE_CUE,
  STATUS_ITEM,
  STATUS_WORDS,
  STRATEGY_WORDS,
  TERM_LABEL,
} from '../cues';
import { ACTOR_KINDS, type Entity, FIRM_KINDS, lexiconId as lexId, mayOwn, SECTOR_KINDS } from '../entities';
import { type FigureMatch, findFigures } from '../figures';
import type { GraphBuilder } from '../graph-builder';
import { analyserFor, type Languages } from '../language';
import type { Matcher, Mention } from '../mentions';
import { type Block, type Section, type Segmented, sectionPath } from '../segment';
import { blankMentions, CITATION_MARK, clauses, sentenceAround, sentences } from '../sentences';
import { joinLines, type Line, type Span } from '../span';
import { parseEntityRows, parseRoadmap, roadmapTerms } from '../tables';
import type { PredicateLexicon } from './predicates';
import { givenToEach } from './rules/figure-measure';
import { figureScene } from './rules/figure-scene';
import { SentenceProposals } from './sentence-cache';

/**
 * Turns the segmented document into nodes and edges. Two sources of relations:
 * - structure: an industry section's strategies, a country section's policies and its 시사점, a policy
 *   heading's bullet points, strategy tables and the roadmap table;
 * - sentences: patterns that state a relation (`미국의 IRA`, `대만 TSMC`, `배터리 원자재(리튬, …)`,
 *   a policy and the industries it supports in one clause).
 * Names merely listed side by side are never linked to each other.
 */

type Mode = 'strategy' | 'implication' | 'policy' | 'status' | 'none';
/** The longest parent text read as a heading that makes the items under it strategies. */
const HEADING_LENGTH = 60;
/** Nouns for a thing done: signed, held, launched, finished, approved, begun, completed. */
const EVENT_NOUNS = '체결|개최|서명|출범|완료|승인|착공|준공';
/** A heading's last word that reports a thing done or names a project: its items are facts about it, not strategies. */
const REPORTING_HEAD = new RegExp(`(?:${EVENT_NOUNS}|프로젝트)\\s*$`);
/** Nouns for an event attended or held, which end an item that reports it. */
const EVENT_DONE = new RegExp(`(?:${EVENT_NOUNS}|참석|방문|면담|합의)(?:함|됨|하였음|했음|되었음)?\\.?\\s*$`);
/** A parenthesis that ends a heading or an item: its dates or sums (`… 참석(10.10.)`). */
const TRAILING_PARENTHESIS = /\s*\([^()]*\)\s*$/;
/** A Korean sentence's declarative ending, or the past of the nominal style of reports (`… 체결되었음`). */
const FULL_SENTENCE_KO = /(?:[가-힣]다|[었았였했됐]음)\.?\s*$/;
/** A past clause conceded before an outcome: `… 수출중단 위기였으나, … 수출 가능`, `… 불투명했으나 … 확보`. */
const PAST_CONCESSION_KO = /[었았였했됐](?:으나|지만|는데)/;
/** What ought to be done: `… 해야 한다`, `… 할 필요가 있다`, `… 이 필요하다`. */
const OUGHT_KO = /(?:야\s*(?:한다|할\s*것이다)|필요(?:가\s*있|하)다|바람직하다)\.?\s*$/;
/**
 * `ㅇ … 협력 MOU를 체결하여, … 강화될 것으로 기대된다.`, `- … 장관회의(10.10.) 참석`: an item written as a finished
 * sentence that does not say what ought to be done, one that ends on an event done, or one that tells what had stood in
 * the way before its outcome, reports; a strategy item names an aim (`… 시장 개척`) or an ought (`… 강화해야 한다.`).
 */
function reportsEvent(item: string): boolean {
  const text = item.trim();
  return (
    (FULL_SENTENCE_KO.test(text) && !OUGHT_KO.test(text)) ||
    EVENT_DONE.test(text.replace(TRAILING_PARENTHESIS, '')) ||
    PAST_CONCESSION_KO.test(text)
  );
}
/** A label, a colon and a list of two or more commas: a field of names, not a heading. */
const LABELLED_LIST = /^[^:：]{1,24}[:：][^,，]*[,，][^,，]*[,，]/;
/** Words for a plan, whose items are its strategies. */
const PLAN_WORDS = /전략|방안|과제|계획|대책|로드맵|strateg|plan\b|roadmap/i;
/** A chronology entry's date label at the start of a line: `◇ (‘21.12)`, `(’22.5)`, `2022.5.`. */
const DATED_ENTRY =
  /^[\s◇◆□■ㅇ○•*-]*(?:\(\s*[‘’'`]?\d{2,4}\s*[.년]\s*\d{1,2}\s*월?\s*\)|\d{4}\.\s?\d{1,2}\.?\s)/;
/** The reference mark (※) that opens a note in Korean official texts. */
const NOTE_MARK = /^\s*※/;
/** Brackets, bullets and spaces around a heading's words. */
const HEADING_FRAME = /[\s【】<>＜＞[\]「」『』｢｣*□■ㅇ○◦•·\-–—:]/g;

/** Whether a heading's text is the mention's name alone, besides brackets, bullets and a parenthesis after it. */
function headingIsName(text: string, m: Mention): boolean {
  return (
    text.slice(0, m.from).replace(HEADING_FRAME, '') === '' &&
    text
      .slice(m.to)
      .replace(/\([^()]*\)/g, '')
      .replace(HEADING_FRAME, '') === ''
  );
}

/** One clause of a block, with its mentions and its text with the names blanked out (for cue words). */
interface Clause {
  block: Block;
  span: Span;
  ms: Mention[];
  a: number;
  b: number;
  cues: string;
  ctx: Context;
}

interface Context {
  mode: Mode;
  industry: { entity: Entity; evidence: Evidence | undefined } | undefined;
  country: { entity: Entity; evidence: Evidence | undefined } | undefined;
  policy: { entity: Entity; evidence: Evidence | undefined } | undefined;
}

/** `한국 배터리 기업 LG에너지솔루션`: a companies noun right before the company it describes. */
const APPOSED_COMPANIES = new RegExp(
  String.raw`(?:${KO_FIRM_WORDS}|그룹|companies|firms|makers|producers)\s*(?:인|들인|,)?\s*$`,
  'i',
);
/** A Korean topic particle right after a name: `신진공업은 …`. */
const KOREAN_TOPIC = /^(?:은|는)\s/;
/** A bare Korean noun for a kind of agreement, standing alone before its particle. */
const BARE_KIND_KO =
  /(?<![가-힣A-Za-z·‘'「｢『"“])(양해각서|협력각서|각서|협정|협약|MOU)(?=은|는|이|가|을|를|의|에|도|과|와|\s)/gu;
/** The words for a memorandum, any of which a text may use for the same kind of instrument. */
const MEMORANDUM = ['양해각서', '협력각서', '각서', '업무협약', 'MOU'];
/** `총 35건(19개국, AfDB)의 계약과 MOU가`, `MOU 3건`: a count of instruments around a bare kind noun says there are many. */
const COUNTED_BEFORE = /\d\s*건(?:의|\s|\(|,)[^.]{0,60}$/;
const COUNTED_AFTER = /^\s*\d+\s*건/;
/** A name for an agreement between parties. */
const BILATERAL_NAME =
  /\b(?:agreement|framework|memorandum|MOU|MOC|partnership|treaty|accord|arrangement|compact|dialogue)\b|협정|각서|협약|약정|파트너십|프레임워크/i;
/** An agreement or treaty, which has parties, as opposed to a partnership, memorandum or framework two sides set up. */
const AGREEMENT_NAME = /\b(?:agreement|treaty|accord|FTA)\b|협정|조약/i;
/**
 * Whether a name's countries are all written as one hyphened chain (`United States-Australia`,
 * `U.S.-Mexico-Canada`), with no other name joined to it.
 */
function paired(surface: string, countries: readonly { from: number; to: number }[]): boolean {
  const chain = [...countries].sort((x, y) => x.from - y.from);
  const first = chain[0];
  const last = chain.at(-1);
  if (!first || !last || chain.length < 2) return false;
  if (chain.some((c, i) => i > 0 && !/^\s?[-–/]\s?$/.test(surface.slice(chain[i - 1]!.to, c.from))))
    return false;
  return !/[-–/]\s?$/.test(surface.slice(0, first.from)) && !/^\s?[-–/]/.test(surface.slice(last.to));
}
/** A name that speaks of a supply, its chain or its security. */
const SUPPLY_IN_NAME = /\bsecur|\bsuppl|공급|확보|수급|안보/i;

const NO_CONTEXT: Context = { mode: 'none', industry: undefined, country: undefined, policy: undefined };
export interface AnalyzeInput {
  documentId: string;
  clean: CleanText;
  segmented: Segmented;
  matcher: Matcher;
  /** Matches country names only, to read them inside other names. */
  countryMatcher: Matcher;
  /** Matches lexicon materials only, to read them inside other names. */
  materialMatcher: Matcher;
  /** Matches lexicon industries and technologies only, to read them inside other names. */
  sectorMatcher: Matcher;
  language: 'ko' | 'en';
  /** The only bloc within a region (lexicon ids): Europe → European Union. */
  blocOf: (regionId: string) => Entity | undefined;
  /** The lexicon policies a country (lexicon id) enacted. */
  policiesOf: (countryId: string) => readonly Entity[];
  /** Entities by node id, to follow an organization's lexicon country. */
  entityById: (nodeId: string) => Entity | undefined;
  /** Second names the text gave to lexicon entities, by node id. */
  extraAliases: Map<string, Set<string>>;
  builder: GraphBuilder;
  title: string;
  languages: Languages;
  predicates: PredicateLexicon;
}

export function analyze(input: AnalyzeInput): void {
  new Analyzer(input).run();
}

class Analyzer {
  private readonly doc: string;
  private readonly sections: Section[];
  private readonly blocks: Block[];
  private readonly b: GraphBuilder;
  private readonly mentionCache = new Map<Span, Mention[]>();
  private readonly strategyByText = new Map<string, string>();
  private readonly blockNode = new Map<number, string>();
  private counter = 0;
  private readonly countries: Matcher;
  private readonly parents = new Set<number>();
  private lastPolicy: Entity | undefined;
  /** The policy a whole document is about, when its title is that policy's name. */
  private documentPolicy: Entity | undefined;
  /** What a capitalised anaphor (`the Agreement`) stood for when the document first used it. */
  private readonly definedTerms = new Map<string, Entity>();
  /** The policies the document's title names, when it is more than one policy's name. */
  private headlinePolicies: Entity[] = [];
  /**
   * Every policy the document has named so far, the one named last at the end: for a bare Korean kind noun
   * (`양해각서에 서명`) and for an anaphor whose noun no policy of its sentence fits (`동 법안`).
   */
  private readonly policiesNamed = new Set<Entity>();
  /** The sector the last roster of firms was labelled with, for the size-labelled lines under it. */
  private lastRoster: { industry: Entity; evidence: Evidence | undefined } | undefined;
  /** The entity a document is about when its title is only that name (`현대자동차`, `CHIPS and Science Act`). */
  private documentTopic: Entity | undefined;
  /** The company or body each section titled as its profile (`< 듀폰社 개요 >`) is about. */
  private readonly profiles = new Map<number, Entity | undefined>();
  private readonly headingActors = new Map<number, Entity | undefined>();
  /** The same for a profile's heading written as a paragraph, for the blocks right after it. */
  private profile: { entity: Entity; section: number | undefined; until: number } | undefined;
  /** The government whose body issued the document, for the statements a press release leaves without a subject. */
  private issuer: Entity | undefined;
  /** The country the document names most (null until computed). */
  private home: Entity | undefined | null = null;
  private readonly titlePolicies = new Map<number, Entity | undefined>();
  private lastSection: number | undefined = -1;
  /** Group terms the text defined (`the “Participants”`), by term, with the names they gather. */
  private readonly groups = new Map<string, Naming>();
  /** The last two countries a passage named alone together, for `the two countries` and `양국`. */
  private lastPair: Naming | undefined;
  /** The one entity of each kind the last passage naming that kind named, for `the company`, `해당 기업`. */
  private readonly lastOfKind = new Map<string, Naming>();
  /**
   * Mentions that stand for a group or a name said elsewhere (`the Participants`, `its`), with the passage
   * that names it: groups first, then pronouns.
   */
  private readonly standIns = new WeakMap<Span, { mention: Mention; evidence: Evidence | undefined }[]>();
  /** The amounts of a span, found once for the clause engine and for the figure nodes. */
  private readonly spanFigures = new WeakMap<Span, FigureMatch[]>();
  /** What the clause engine read each amount of a span as measuring, by the amount's offset. */
  private readonly figureReadings = new WeakMap<Span, Map<number, Entity>>();
  /** Of those, the readings a phrase gives (`X (총 2,744억원)`, `$13 billion for …`), which hold in items too. */
  private readonly phraseReadings = new WeakMap<Span, Map<number, Entity>>();
  /** Every name a clause reads an amount as measuring, for an amount given to each of several. */
  private readonly figureShares = new WeakMap<Span, Map<number, Entity[]>>();
  /** The countries the clause engine read each figure's clause as set in (`In Brazil, …`), by offset. */
  private readonly figureScenes = new WeakMap<Span, Map<number, Entity[]>>();
  private readonly paths = new Map<number | undefined, string[]>();
  private readonly proposals = new SentenceProposals();

  /** The first paragraph under a document's headline, before which its items are sub-headlines; -1 with no headline. */
  private headlineBody: number | undefined;

  constructor(private readonly input: AnalyzeInput) {
    this.doc = input.documentId;
    this.sections = input.segmented.sections;
    this.blocks = input.segmented.blocks;
    this.b = input.builder;
    this.countries = input.countryMatcher;
    for (const b of this.blocks) if (b.parent !== undefined) this.parents.add(b.parent);
  }

  private mentions(span: Span): Mention[] {
    let m = this.mentionCache.get(span);
    if (!m) {
      m = withoutTimeZones(
        span.text,
        withoutDepartments(span.text, withoutDateline(span.text, this.input.matcher.find(span))),
      );
      this.mentionCache.set(span, m);
    }
    return m;
  }

  private sectionId(ordinal: number | undefined): string {
    return ordinal === undefined ? this.doc : `${this.doc}:section:${ordinal + 1}`;
  }

  private pathOf(ordinal: number | undefined): string[] {
    let path = this.paths.get(ordinal);
    if (!path) {
      path = sectionPath(this.sections, ordinal).map((s) => this.sectionId(s));
      this.paths.set(ordinal, path);
    }
    return path;
  }

  private ev(span: Span, from: number, to: number, section: number | undefined, rule: string) {
    return this.b.evidence(span, from, to, this.pathOf(section), rule);
  }

  private entityNode(e: Entity): string {
    if (this.b.hasNode(e.nodeId)) return e.nodeId;
    const extra = this.input.extraAliases.get(e.nodeId) ?? [];
    const name = this.input.language === 'en' ? (e.nameEn ?? e.name) : e.name;
    const aliases = [...e.forms, ...extra].filter((f) => f !== name);
    this.b.node(e.nodeId, e.kind, {
      name,
      nameKo: e.nameKo,
      nameEn: e.nameEn,
      aliases,
      properties: { ...(e.discovered ? { discovered: true } : {}), ...(e.generic ? { generic: true } : {}) },
    });
    return e.nodeId;
  }

  run() {
    this.documentAndSections();
    const title = { text: this.input.title };
    const titleNames = this.input.matcher.find(title);
    this.documentPolicy = onlyPolicy(title.text, titleNames);
    this.headlinePolicies = [
      ...new Set(titleNames.filter((m) => m.entity.kind === 'Policy').map((m) => m.entity)),
    ];
    this.documentTopic = onlyName(title.text, titleNames);
    // `[산업통상자원부] …`: a press release opens its title or its text with the body that issued it.
    const bracket = ISSUER.exec(title.text) ?? ISSUER.exec(this.input.clean.text);
    const body = bracket
      ? this.input.matcher.find({ text: bracket[1]! }).find((m) => m.entity.kind === 'Organization')
      : undefined;
    this.issuer = body?.entity.country ? this.input.entityById(`country:${body.entity.country}`) : undefined;
    for (const block of this.blocks) this.block(block);
  }

  private documentAndSections() {
    const { builder: b, title } = this.input;
    b.node(this.doc, 'Document', { name: title });
    for (const s of this.sections) {
      const id = this.sectionId(s.ordinal);
      const label = s.number ? `${s.number} ${s.title.text}` : s.title.text;
      b.node(id, 'Section', { name: label, properties: { number: s.number ?? null, level: s.level } });
      const e = this.ev(s.title, 0, s.title.text.length, s.ordinal, 'structure:heading');
      b.mention(id, e);
      b.edge('PART_OF', id, this.sectionId(s.parent), [e]);
      for (const m of this.mentions(s.title)) this.recordMention(m, s.title, s.ordinal);
      // A headline states relations too ("美 IRA 세액공제 지침 확정", "China curbs graphite exports").
      const asBlock: Block = {
        index: -1,
        kind: 'paragraph',
        marker: '',
        span: s.title,
        section: s.ordinal,
        parent: undefined,
        line: 0,
      };
      this.sentenceRelations(asBlock, s.title, this.mentions(s.title), NO_CONTEXT);
    }
  }

  private recordMention(m: Mention, span: Span, section: number | undefined) {
    const id = this.entityNode(m.entity);
    if (m.entity.kind === 'Policy') {
      this.purposeInName(m, span, section);
      this.sectorInName(m, span, section);
    }
    if (m.entity.kind === 'Policy' || m.entity.kind === 'Organization') this.countryInName(m, span, section);
    if (m.entity.kind === 'Technology') this.makerInName(m, span, section);
    if (!this.b.mentionsFull(id)) this.b.mention(id, this.ev(span, m.from, m.to, section, 'mention'));
    const sectionId = this.sectionId(section);
    if (this.b.evidenceFull('MENTIONED_IN', id, sectionId)) return;
    const sentence = sentenceAround(span.text, m.from, m.to);
    this.b.edge('MENTIONED_IN', id, sectionId, [
      this.ev(span, sentence[0], sentence[1], section, 'mention:section'),
    ]);
  }

  /**
   * `EU Green Deal`, `영국 반도체 전략`, `UK Semiconductor Strategy`: the name itself says who enacted it;
   * `U.S. Department of Commerce`, `캐나다 천연자원부`: whose body it is.
   */
  private countryInName(m: Mention, span: Span, section: number | undefined) {
    const surface = span.text.slice(m.from, m.to);
    const policy = m.entity.kind === 'Policy';
    const countries = this.countries.find({ text: surface });
    const distinct = new Set(countries.map((c) => c.entity));
    if (
      policy &&
      distinct.size === countries.length &&
      BILATERAL_NAME.test(surface) &&
      paired(surface, countries)
    ) {
      // `U.S.-Japan Trade Agreement`, `U.S.-Mexico-Canada Agreement`: the countries an agreement's name joins are
      // its parties; those a partnership's, memorandum's or framework's name joins set it up (`UK-Japan Digital
      // Partnership`, `United States-Australia Framework`).
      const agreement = AGREEMENT_NAME.test(surface);
      for (const country of distinct) {
        const ev = this.ev(span, m.from, m.to, section, 'pattern:parties-in-name');
        if (!agreement) {
          this.b.edge('ENACTED_BY', this.entityNode(m.entity), this.entityNode(country), [ev]);
          continue;
        }
        this.b.edge('MEMBER_OF', this.entityNode(country), this.entityNode(m.entity), [ev]);
      }
      return;
    }
    if (distinct.size > 1) return;
    // `미국수출입은행`, `영국성공회연금위원회`: a Korean body's name may open with its country's name, written solid.
    if (countries.length === 0 && !policy && /^[가-힣]{4,}$/.test(surface)) {
      // The longest country name the body's name opens with: `인도네시아…` is Indonesia, not India.
      let country: Entity | undefined;
      for (let n = 5; n >= 2 && !country; n--) {
        const found = this.countries.find({ text: surface.slice(0, n) });
        if (found.length === 1 && found[0]!.from === 0 && found[0]!.to === n) country = found[0]!.entity;
      }
      if (country && !country.region && (!m.entity.country || m.entity.country === lexId(country)))
        this.b.edge('BASED_IN', this.entityNode(m.entity), this.entityNode(country), [
          this.ev(span, m.from, m.to, section, 'pattern:country-in-name'),
        ]);
      return;
    }
    const inner = this.input.matcher.find({ text: surface }).length === 1 ? countries[0] : undefined;
    if (inner?.from !== 0 || inner.to >= surface.length) return;
    // `Uruguay Round Agreement`, `Doha Round`: a round of talks is named after where it opened, not who made it.
    if (/^\s+Round\b/.test(surface.slice(inner.to))) return;
    // "European Climate Law": a region's adjective names the one bloc in that region that makes laws.
    const country = this.input.blocOf(lexId(inner.entity)) ?? inner.entity;
    // `Asian Infrastructure Plan`: a region enacts nothing.
    if (country.region || (m.entity.country && m.entity.country !== lexId(country))) return;
    if (!policy && blocBody(m.entity, country)) return;
    this.b.edge(policy ? 'ENACTED_BY' : 'BASED_IN', this.entityNode(m.entity), this.entityNode(country), [
      this.ev(span, m.from, m.to, section, 'pattern:country-in-name'),
    ]);
  }

  /**
   * `Framework For Securing of Supply in the Mining and Processing of Critical Minerals`, `희소금속 공급망 협력
   * 양해각서`: a policy whose name speaks of supply or its security secures the materials its name holds.
   */
  private purposeInName(m: Mention, span: Span, section: number | undefined) {
    if (!SUPPLY_IN_NAME.test(span.text.slice(m.from, m.to))) return;
    this.linkInName(m, span, section, this.input.materialMatcher, 'SECURES', 'pattern:purpose-in-name');
  }

  /**
   * `National Semiconductor Strategy`, `UK-Japan Semiconductors Partnership`, `반도체특별법`: a policy named
   * after a sector or technology is aimed at it.
   */
  private sectorInName(m: Mention, span: Span, section: number | undefined) {
    this.linkInName(m, span, section, this.input.sectorMatcher, 'TARGETS', 'pattern:sector-in-name');
  }

  /** `NVIDIA H200`, `Boeing 787-9`: a product named by its maker and a model number is the maker's product. */
  private makerInName(m: Mention, span: Span, section: number | undefined) {
    const surface = span.text.slice(m.from, m.to);
    const model = MODEL_NUMBER.exec(surface);
    if (!model || !/[A-Z-]/.test(model[0])) return;
    const name = surface.replace(MODEL_NUMBER, '');
    const maker = this.input.matcher.find({ text: name }).find((x) => x.from === 0 && x.to === name.length);
    if (maker?.entity.kind !== 'Company') return;
    this.b.edge('PRODUCES', this.entityNode(maker.entity), this.entityNode(m.entity), [
      this.ev(span, m.from, m.to, section, 'pattern:maker-in-name'),
    ]);
  }

  /** Links the named thing `m` to each entity `matcher` finds inside its name. */
  private linkInName(
    m: Mention,
    span: Span,
    section: number | undefined,
    matcher: Matcher,
    type: EdgeType,
    rule: string,
  ) {
    for (const inner of new Set(matcher.find({ text: span.text.slice(m.from, m.to) }).map((x) => x.entity))) {
      this.b.edge(type, this.entityNode(m.entity), this.entityNode(inner), [
        this.ev(span, m.from, m.to, section, rule),
      ]);
    }
  }

  // ---------------------------------------------------------------- context

  /** A title's label entity: `반도체 산업`, `미국: …`, `유럽연합(EU): …`, `4.1 반도체 산업: …`. */
  private label(span: Span, kinds: Entity['kind'][]): Mention | undefined {
    const ms = this.mentions(span);
    const first = ms[0];
    if (!first || first.from > 1 || !kinds.includes(first.entity.kind)) return undefined;
    const rest = span.text.slice(first.to).replace(/^\s*\([^)]*\)/, '');
    if (/^\s*[:：]/.test(rest)) return first;
    if (first.entity.kind === 'Industry' && /^\s*(?:산업|industry|sector)?\s*$/i.test(rest)) return first;
    if (first.entity.kind === 'Country' && rest.trim() === '') return first;
    return undefined;
  }

  /** `CHIPS and Science Act(2022)`, `국방생산법(DPA) 활용`, `EU Green Deal(그린딜, 2019~현재)`. */
  private policyTitle(span: Span, ms: Mention[]): Mention | undefined {
    let i = 0;
    if (ms[0]?.entity.kind === 'Country' && ms[0].from <= 1 && ms[1]?.from === ms[0].to + 1) i = 1;
    const m = ms[i];
    if (m?.entity.kind !== 'Policy' || m.from > (i === 0 ? 2 : ms[0]!.to + 1)) return undefined;
    const rest = span.text
      .slice(m.to)
      .replace(/\([^)]*\)/g, '')
      .trim();
    return POLICY_TITLE_REST.test(rest) ? m : undefined;
  }

  private titles(block: Block): { span: Span; section: number | undefined; isSection: boolean }[] {
    const out: { span: Span; section: number | undefined; isSection: boolean }[] = [];
    for (let p = block.parent; p !== undefined; p = this.blocks[p]!.parent) {
      const a = this.blocks[p]!;
      out.push({ span: a.span, section: a.section, isSection: false });
    }
    for (const s of sectionPath(this.sections, block.section).reverse()) {
      out.push({ span: this.sections[s]!.title, section: s, isSection: true });
    }
    return out;
  }

  /**
   * `소부장 특화단지,\n\n초격차 기술과 공급망의 핵심기지로 육성\n\n- …`: an unnumbered first heading with at most one short
   * line before it is the document's headline; the items right under it, before the body's first paragraph, are
   * sub-headlines that sum the document up, not the strategies of a section.
   */
  private subHeadline(block: Block, section: number | undefined): boolean {
    const s = section === undefined ? undefined : this.sections[section];
    if (s?.ordinal !== 0 || s.number !== undefined) return false;
    if (this.headlineBody === undefined) {
      const before = this.blocks.filter((b) => b.section === undefined);
      const body = this.blocks.find((b) => b.section === section && b.kind === 'paragraph');
      this.headlineBody =
        before.length <= 1 && before.every((b) => b.kind === 'paragraph' && b.span.text.length <= 80) && body
          ? body.index
          : -1;
    }
    return block.index < this.headlineBody;
  }

  private context(block: Block): Context {
    const ctx: Context = { mode: 'none', industry: undefined, country: undefined, policy: undefined };
    let modeSet = false;
    for (const [depth, t] of this.titles(block).entries()) {
      const text = t.span.text;
      const ms = this.mentions(t.span);
      if (!ctx.industry) {
        const m = this.label(t.span, ['Industry']);
        if (m)
          ctx.industry = {
            entity: m.entity,
            evidence: this.ev(t.span, 0, text.length, t.section, 'structure:industry-section'),
          };
      }
      if (!ctx.country) {
        const m = this.label(t.span, ['Country']);
        const countries = [...new Set(ms.filter((x) => x.entity.kind === 'Country').map((x) => x.entity))];
        const only =
          t.isSection && countries.length === 1 && !ms.some((x) => x.entity.kind === 'Industry')
            ? countries[0]
            : undefined;
        const entity = m?.entity ?? only;
        if (entity)
          ctx.country = {
            entity,
            evidence: this.ev(t.span, 0, text.length, t.section, 'structure:country-section'),
          };
      }
      const policy = this.policyTitle(t.span, ms);
      const policyTitle = !t.isSection && depth <= 1 && policy !== undefined;
      if (!ctx.policy && policyTitle && !modeSet) {
        ctx.policy = {
          entity: policy.entity,
          evidence: this.ev(t.span, 0, text.length, t.section, 'structure:policy-heading'),
        };
      }
      if (modeSet || NEWS_HEADLINE_KO.test(text)) continue;
      // Only a heading names what the items under it are (strategies, implications, status): a parent that is a full
      // sentence or longer than a heading (`□ 산업부는 … 협력 양해각서에 서명하였다`) states facts, whatever heading is
      // above it, and so does a note the reference mark opens (`※ MSP 추진 사업 (현재 총 21개 추진 중)`).
      if (
        NONE_WORDS.test(text) ||
        NOTE_MARK.test(text) ||
        (!t.isSection && (FULL_SENTENCE.test(text) || text.trim().length > HEADING_LENGTH))
      )
        ctx.mode = 'none';
      else if (IMPLICATION_WORDS.test(text)) ctx.mode = 'implication';
      else if (policyTitle) ctx.mode = 'policy';
      else if (STATUS_WORDS.test(text)) ctx.mode = 'status';
      // `ㅇ 이번 회의에서는 … 수급안정화 방안 등에 대해서 논의`: a long item ending on a noun reports; a heading is short.
      // `【 핵심광물 공급망 협력 양해각서 】`: a heading that is only a policy's name says what its items are about,
      // not that they are strategies (unless the policy is a plan: `2030 이차전지 산업 발전 전략`).
      // … nor does a dated entry of a chronology (`◇ (’22.5) 정부, 원전 수출 목표 선언`): its items are events; nor one
      // that reports what was done (`… 협력 MOU 3건 체결`), names a project (`K-엔비디아 육성 프로젝트(…)`) or labels a
      // list (`주요 전략적 투자자 : SK, 삼성, KT`).
      else if (
        STRATEGY_WORDS.test(text) &&
        text.length <= HEADING_LENGTH &&
        !(t.isSection && this.subHeadline(block, t.section)) &&
        !(PLAN_WORDS.test(text) ? [] : ms).some(
          (m) => m.entity.kind === 'Policy' && headingIsName(text, m),
        ) &&
        !DATED_ENTRY.test(text) &&
        !REPORTING_HEAD.test(text.replace(TRAILING_PARENTHESIS, '')) &&
        !LABELLED_LIST.test(text)
      )
        ctx.mode = 'strategy';
      else continue;
      modeSet = true;
    }
    return ctx;
  }

  // ---------------------------------------------------------------- blocks

  private block(block: Block) {
    const span = block.span;
    const ms = this.mentions(span);
    for (const m of ms) this.recordMention(m, span, block.section);
    this.infoboxField(block, span, ms);
    if (block.kind === 'table') {
      this.table(block);
      return;
    }
    this.roster(block, span, ms);
    this.sideLabels(block, span, ms);
    this.definitionMembers(block, span, ms);
    this.importSources(block, span, ms);
    const ctx = this.context(block);
    const resolved = this.withAnaphora(block, span, ms);
    this.sentenceRelations(block, span, resolved, ctx, this.withGroups(block, span, resolved));
    if (block.kind === 'footnote' || block.kind === 'topic') {
      this.figures(block, span, ms, ctx, undefined);
      return;
    }
    const hasChildren = this.parents.has(block.index);
    let nodeId: string | undefined;
    const termLabel = TERM_LABEL.exec(span.text);
    if (termLabel && block.kind !== 'paragraph') {
      nodeId = this.roadmapItem(
        block.section,
        span,
        termLabel[0].length,
        span.text.length,
        termToKey(termLabel[1]!),
        undefined,
        undefined,
      );
    } else if (block.kind === 'paragraph') {
      // Paragraphs give sentence relations only.
    } else if (block.kind === 'subtopic' && hasChildren) {
      // A heading over bullets, not a statement of its own.
    } else if (this.policyLedItem(block, span, ms, ctx)) {
      // "- The CHIPS Act provides $39 billion …" under a country heading describes that country's policy.
    } else if (this.countrySummary(block, span, ms)) {
      // "ㅇ 미국: CHIPS Act, IRA 등 …" states which country enacted what.
    } else if (ctx.mode === 'strategy' && !reportsEvent(span.text)) {
      nodeId = this.strategy(block, span, ms, ctx);
    } else if (ctx.mode === 'implication') {
      nodeId = this.implication(block, span, ms, ctx, 0);
    } else if (block.kind === 'subtopic' && IMPLICATION_WORDS.test(span.text.split(/[:：]/)[0] ?? '')) {
      const colon = span.text.search(/[:：]/);
      if (colon > 0) nodeId = this.implication(block, span, ms, { ...ctx, mode: 'implication' }, colon + 1);
    }
    if (ctx.mode === 'policy' && ctx.policy) this.policyItem(block, span, ms, ctx);
    if (nodeId) this.blockNode.set(block.index, nodeId);
    this.figures(block, span, ms, ctx, nodeId);
    // `… 예타도 추진 중이다. 과기정통부는 … GPU 대비 ①…, ②… 달성하겠다는 계획이다.`: the sentence that opens the numbered
    // items says what they are, or the one right before them when they start a sentence (`전략은 다음과 같다. ① …`); a
    // strategy word in an earlier sentence does not.
    // (A word in the name of a signed instrument, `네옴 철도 협력 MOU는 … ①…`, says what the instrument is; its items are
    // what it covers, not strategies.)
    const lead = (span.text.split(/[①-⑳]/)[0] ?? '').trimEnd();
    const leadSentence = lead.slice(sentences(lead).at(-1)?.[0] ?? 0).replace(INSTRUMENT_PHRASE, ' ');
    if (/[①-⑳]/.test(span.text) && block.kind === 'paragraph' && STRATEGY_WORDS.test(leadSentence)) {
      this.inlineStrategies(block, span, ctx);
    }
  }

  /**
   * `산업 분야 운수장비업`, `주요 주주 한국산업은행: 49.7%`: in an article about one entity, a short line that
   * opens with an infobox label states that field of the article's subject.
   */
  private infoboxField(block: Block, span: Span, ms: Mention[]) {
    // A paragraph written as a profile's heading opens one for the few blocks after it.
    if (PROFILE_HEADING.test(span.text)) {
      const entity = profiled(ms);
      this.profile = entity ? { entity, section: block.section, until: block.index + 8 } : undefined;
    }
    const opened =
      this.profile && this.profile.section === block.section && block.index <= this.profile.until
        ? this.profile.entity
        : undefined;
    const topic = this.documentTopic ?? this.profileOf(block.section) ?? opened;
    if (!topic) return;
    // The source's lines, which a paragraph joins: a jump in source offsets is a removed line break.
    const breaks = [0];
    for (let i = 1; i < span.text.length; i++) if (span.src[i]! > span.src[i - 1]! + 1) breaks.push(i);
    breaks.push(span.text.length);
    for (let k = 0; k + 1 < breaks.length; k++) {
      const from = breaks[k]!;
      const to = breaks[k + 1]!;
      const line = span.text.slice(from, to).trimEnd();
      const field = line.length <= 120 ? INFOBOX_FIELDS.find((f) => f.label.test(line)) : undefined;
      if (field) {
        const start = from + field.label.exec(line)![0].length;
        const evidence = this.ev(span, from, to, block.section, 'structure:infobox-field');
        for (const m of ms) {
          if (m.from < start || m.to > to || !field.kinds.includes(m.entity.kind) || m.entity === topic)
            continue;
          const [source, target] = field.toSubject ? [m.entity, topic] : [topic, m.entity];
          // The field's line does not name the subject: the title's mention is the second passage.
          const titled = this.b.nodeMentions(this.entityNode(topic))[0];
          this.b.edge(field.type, this.entityNode(source), this.entityNode(target), [evidence, titled]);
        }
      }
    }
  }

  /** `< 듀폰社 개요 >`, `[기업 현황] 솔브레인`: a section titled as one company's profile is about that company. */
  private profileOf(section: number | undefined): Entity | undefined {
    if (section === undefined) return undefined;
    if (!this.profiles.has(section)) {
      const title = this.sections[section]!.title;
      this.profiles.set(
        section,
        PROFILE_HEADING.test(title.text) ? profiled(this.mentions(title)) : undefined,
      );
    }
    return this.profiles.get(section);
  }

  /** The firm or body a section's heading names, when the heading is only its name (`대우자동차` over an era). */
  private headingActor(section: number | undefined): Entity | undefined {
    if (section === undefined) return undefined;
    if (!this.headingActors.has(section)) {
      const title = this.sections[section]!.title;
      const [only, ...more] = this.mentions(title);
      const whole =
        only !== undefined &&
        more.length === 0 &&
        FIRM_KINDS.has(only.entity.kind) &&
        title.text.slice(0, only.from).trim() === '' &&
        title.text.slice(only.to).trim() === '';
      this.headingActors.set(section, whole ? only.entity : undefined);
    }
    return this.headingActors.get(section);
  }

  private policyLedItem(block: Block, span: Span, ms: Mention[], ctx: Context): boolean {
    const first = ms[0];
    if (!ctx.country || ctx.mode === 'implication' || first?.entity.kind !== 'Policy') return false;
    if (!/^\s*(?:(?:the|a|an)\s+)?$/i.test(span.text.slice(0, first.from)) || RESPONSE_CUE.test(span.text))
      return false;
    const heading = this.ev(span, first.from, first.to, block.section, 'structure:policy-item');
    this.policyItem(block, span, ms, {
      ...ctx,
      mode: 'policy',
      policy: { entity: first.entity, evidence: heading },
    });
    return true;
  }

  /**
   * `이 법은`, `동법`, `the act`: the policy last named (or the one the section is about), as an extra
   * mention for sentence relations. The anaphor itself is not recorded as a mention of the policy.
   */
  private withAnaphora(block: Block, span: Span, ms: Mention[]): Mention[] {
    const out = [...ms];
    if (block.section !== this.lastSection) {
      this.lastSection = block.section;
      this.lastPolicy = undefined;
      this.lastOfKind.clear();
    }
    const isLaw = (e: Entity | undefined) => (e && !NOT_A_LAW.test(e.nameEn ?? e.name) ? e : undefined);
    let changed = false;
    for (const m of span.text.matchAll(ANAPHOR)) {
      const at = m.index!;
      const kind = anaphorKind(m[0]);
      const fits = (e: Entity | undefined) =>
        e && anaphorFits(kind, [e.nameEn, e.nameKo, e.name]) ? e : undefined;
      const last =
        fits(isLaw(this.documentPolicy)) ??
        fits(isLaw(this.titlePolicy(block.section))) ??
        fits(isLaw(this.lastPolicy));
      const previous = ms.filter((x) => x.to <= at && x.entity.kind === 'Policy').at(-1);
      const before = ms.findLast(
        (x) => x.to <= at && x.entity.kind === 'Policy' && fits(isLaw(x.entity)),
      )?.entity;
      // `United States and Japan Sign Critical Minerals Agreement` … `The Agreement`: a headline's policy
      // of the same kind.
      const noun = /\s(\p{L}+)$/u.exec(m[0])?.[1]?.toLowerCase();
      // `entered into a critical minerals agreement; the agreement does not …`: an indefinite phrase with the
      // same noun brought in what the anaphor stands for, a policy the text does not name.
      const indefinite = noun
        ? [
            ...span.text
              .slice(0, at)
              .matchAll(new RegExp(`\\b(?:a|an|another)\\s+(?:[\\w-]+\\s+){0,4}${noun}\\b`, 'gi')),
          ].at(-1)?.index
        : undefined;
      const unnamed = indefinite !== undefined && (!previous || previous.from < indefinite);
      // `the Agreement on Mutual Recognition Between …`: the start of a title, not an anaphor.
      if (
        /\s\p{Lu}/u.test(m[0]) &&
        /^\s+(?:on|of|between|for)\s+(?:the\s+)?\p{Lu}/u.test(span.text.slice(at + m[0].length))
      )
        continue;
      const headlined = this.headlinePolicies.filter(
        (e) => noun && (e.nameEn ?? '').toLowerCase().endsWith(` ${noun}`),
      );
      // `the Agreement`, capitalised, is a defined term: it names what it named before, whatever came between.
      const defined = /\s\p{Lu}/u.test(m[0]) ? this.definedTerms.get(m[0].toLowerCase()) : undefined;
      // `동 법안` after other policies in between: the last policy the document named that the noun fits.
      const recent = kind ? [...this.policiesNamed].findLast((e) => fits(isLaw(e))) : undefined;
      const headline = headlined.length === 1 ? headlined[0] : undefined;
      // The headline's policy may be the one the indefinite phrase brought in; no other can.
      const entity = unnamed ? (defined ?? headline) : (defined ?? before ?? last ?? recent ?? headline);
      if (!entity || ms.some((x) => x.from < at + m[0].length && x.to > at)) continue;
      if (/\s\p{Lu}/u.test(m[0])) this.definedTerms.set(m[0].toLowerCase(), entity);
      out.push({ entity, from: at, to: at + m[0].length });
      changed = true;
    }
    // `‘희소금속 공급망 협력 양해각서’에 서명했습니다 … 장관과 양해각서에 서명하고`: Korean has no articles, so a
    // bare kind noun is the one policy of that kind the document has named, when it has named one.
    for (const m of span.text.matchAll(BARE_KIND_KO)) {
      const at = m.index!;
      const named = [
        ...this.policiesNamed,
        ...ms.filter((x) => x.to <= at && x.entity.kind === 'Policy').map((x) => x.entity),
      ];
      const heads = MEMORANDUM.includes(m[1]!) ? MEMORANDUM : [m[1]!];
      const kinds = new Set(
        named.filter((e) => heads.some((head) => e.name.replace(/\s/g, '').endsWith(head))),
      );
      if (
        kinds.size !== 1 ||
        COUNTED_BEFORE.test(span.text.slice(sentenceStart(span.text, at), at)) ||
        COUNTED_AFTER.test(span.text.slice(at + m[1]!.length)) ||
        ms.some((x) => x.from < at + m[1]!.length && x.to > at)
      )
        continue;
      out.push({ entity: [...kinds][0]!, from: at, to: at + m[1]!.length });
      changed = true;
    }
    for (const x of ms)
      if (x.entity.kind === 'Policy') {
        this.policiesNamed.delete(x.entity);
        this.policiesNamed.add(x.entity);
      }
    // `MP Materials disclosed that it was allocated $60 million`: `it` or `they` opening a clause after
    // `that`/`and` is the sentence's subject, a name at its start.
    for (const m of span.text.matchAll(PRONOUN_SUBJECT)) {
      const at = m.index! + m[0].length - m[1]!.length;
      const start = sentenceStart(span.text, at);
      const subject = ms.find((x) => x.from >= start && x.to <= at);
      if (
        !subject ||
        !ACTOR_KINDS.has(subject.entity.kind) ||
        !/^(?:(?:the|The)\s+)?$/.test(span.text.slice(start, subject.from))
      )
        continue;
      out.push({ entity: subject.entity, from: at, to: at + m[1]!.length });
      this.antecedent(span, block, out.at(-1)!, subject);
      changed = true;
    }
    // `Syrah processes graphite from its Balama, Mozambique mine`: `its` is the sentence's subject when no
    // other actor is named between them.
    for (const m of span.text.matchAll(POSSESSIVE_PRONOUN)) {
      const at = m.index!;
      const start = sentenceStart(span.text, at);
      const before = ms.filter((x) => x.from >= start && x.to <= at && ACTOR_KINDS.has(x.entity.kind));
      const subject = before[0];
      if (
        !subject ||
        new Set(before.map((x) => x.entity)).size !== 1 ||
        !/^(?:(?:the|The)\s+)?$/.test(span.text.slice(start, subject.from)) ||
        ms.some((x) => x.from < at + m[0].length && x.to > at)
      )
        continue;
      out.push({ entity: subject.entity, from: at, to: at + m[0].length });
      this.antecedent(span, block, out.at(-1)!, subject);
      changed = true;
    }
    // `CATL is a battery maker. It supplies Tesla.`: `It` opening a sentence is the name the sentence before
    // opened with, or, with none, the entity the article is about.
    for (const m of span.text.matchAll(SENTENCE_IT)) {
      const at = m.index! + m[0].lastIndexOf(m[1]!);
      if (ms.some((x) => x.from < at + 2 && x.to > at)) continue;
      const before = span.text.slice(0, at).trimEnd().replace(CITED_END, '');
      const previous = at > 0 ? sentenceStart(span.text, Math.max(0, before.length - 1)) : at;
      // `The act includes … It also invests`: the opener may be an anaphor resolved above.
      const opener =
        previous < at
          ? out.filter((x) => x.from >= previous && x.to <= at).sort((x, y) => x.from - y.from)[0]
          : undefined;
      const leads =
        opener !== undefined &&
        IT_KINDS.has(opener.entity.kind) &&
        /^(?:(?:the|The)\s+)?$/.test(span.text.slice(previous, opener.from));
      const entity = leads ? opener.entity : previous === at ? this.documentTopic : undefined;
      if (!entity) continue;
      out.push({ entity, from: at, to: at + 2 });
      if (leads) this.antecedent(span, block, out.at(-1)!, opener);
      changed = true;
    }
    const policies = ms.filter((x) => x.entity.kind === 'Policy');
    this.lastPolicy = policies.at(-1)?.entity ?? this.lastPolicy;
    return changed ? out.sort((x, y) => x.from - y.from) : ms;
  }

  /**
   * `the Participants` after `A and B (together, the “Participants”)`, `the two countries`, `양국`: each member of
   * the group as a mention at the words that stand for it, for the clause engine only; the passage that
   * names the members is kept as the link's second passage.
   */
  private withGroups(block: Block, span: Span, ms: Mention[]): Mention[] {
    const text = span.text;
    const defined: [number, number][] = [];
    for (const m of text.matchAll(GROUP_TERM)) {
      const at = m.index!;
      const start = sentenceStart(text, at);
      const members = distinctEntities(
        ms.filter((x) => x.from >= start && x.to <= at && ACTOR_KINDS.has(x.entity.kind)),
      );
      if (members.length < 2) continue;
      defined.push([at, at + m[0].length]);
      this.groups.set(m[1]!.replace(/\s/g, '').toLowerCase(), {
        members,
        span,
        from: start,
        to: at + m[0].length,
        section: block.section,
        rule: 'reference:group-term',
      });
    }
    const added: { mention: Mention; evidence: Evidence | undefined }[] = [];
    /** The words at `[from, to)` stand for each member; the link quotes the passage that named them. */
    const stand = (from: number, to: number, naming: Naming) => {
      if (defined.some(([a, b]) => from < b && to > a) || ms.some((x) => x.from < to && x.to > from)) return;
      const evidence = this.ev(naming.span, naming.from, naming.to, naming.section, naming.rule);
      for (const entity of naming.members) added.push({ mention: { entity, from, to }, evidence });
    };
    for (const [term, group] of this.groups) {
      const word = /^[a-z]/.test(term) ? `\\b(?:the|both|all|these)\\s+${term}\\b` : `(?<![가-힣])${term}`;
      for (const m of text.matchAll(new RegExp(word, 'gi'))) stand(m.index!, m.index! + m[0].length, group);
    }
    for (const m of text.matchAll(PAIR_ANAPHOR)) {
      const at = m.index!;
      // `양국`, `the two countries` are two states; `양측`, `both sides` may be a state and a bloc (한-EU), never a region
      // (`호주의 인도-태평양 전략`).
      const states = !/sides|양측/i.test(m[0]);
      const fits = (e: Entity) => e.kind === 'Country' && !e.region && (!states || isState(e));
      const fitting = ms.filter((x) => x.to <= at && fits(x.entity));
      const before = distinctEntities(fitting);
      // `UAE 및 이집트와는 양국 간 통상 협력`: two states that one 와 joins to the clause are each a partner of its
      // subject; the pair word stands for the subject and each, not for the two.
      const last = fitting.slice(-2);
      const partners =
        last.length === 2 &&
        /^\s*(?:및|와|과|,|·)\s*$/.test(text.slice(last[0]!.to, last[1]!.from)) &&
        /^\s*[와과](?:는|도)?\s*$/.test(text.slice(last[1]!.to, at));
      if (partners) continue;
      const group =
        before.length === 2
          ? { members: before, span, from: 0, to: at, section: block.section, rule: 'reference:pair' }
          : this.lastPair?.members.every(fits)
            ? this.lastPair
            : undefined;
      if (group) stand(at, at + m[0].length, group);
    }
    for (const m of text.matchAll(KIND_ANAPHOR)) {
      const g = m.groups ?? {};
      const kind =
        g.company || g.companyKo || g.companyKo2
          ? 'Company'
          : g.country || g.countryKo
            ? 'Country'
            : 'Organization';
      const at = m.index!;
      const before = ms.filter((x) => x.to <= at && x.entity.kind === kind);
      const named = distinctEntities(before);
      // Two of the kind before it leave `the company` ambiguous: it stands for neither.
      const last = before.at(-1);
      const antecedent =
        named.length === 1 && last
          ? {
              members: named,
              span,
              from: last.from,
              to: last.to,
              section: block.section,
              rule: 'reference:kind',
            }
          : named.length === 0
            ? this.lastOfKind.get(kind)
            : undefined;
      if (antecedent) stand(at, at + m[0].length, antecedent);
    }
    for (const kind of ['Company', 'Country', 'Organization']) {
      const named = ms.filter((x) => x.entity.kind === kind);
      const distinct = distinctEntities(named);
      const last = named.at(-1);
      if (distinct.length === 1 && last)
        this.lastOfKind.set(kind, {
          members: distinct,
          span,
          from: last.from,
          to: last.to,
          section: block.section,
          rule: 'reference:kind',
        });
      else if (distinct.length > 1) this.lastOfKind.delete(kind);
    }
    const countries = distinctEntities(ms.filter((x) => x.entity.kind === 'Country'));
    if (countries.length === 2)
      this.lastPair = {
        members: countries,
        span,
        from: 0,
        to: text.length,
        section: block.section,
        rule: 'reference:pair',
      };
    if (added.length === 0) return ms;
    this.standIns.set(span, [...added, ...(this.standIns.get(span) ?? [])]);
    return [...ms, ...added.map((a) => a.mention)].sort((x, y) => x.from - y.from);
  }

  /** The passage naming a group's members or a pronoun's name, when a link's end stands in its passage so. */
  private groupEvidence(span: Span, from: number, to: number, ...ends: Entity[]): Evidence | undefined {
    const within = (g: { mention: Mention }) =>
      ends.includes(g.mention.entity) && g.mention.from >= from && g.mention.to <= to;
    return this.standIns.get(span)?.find(within)?.evidence;
  }

  /** `it`, `its`: the name a pronoun was read as, as the second passage of the links it takes part in. */
  private antecedent(span: Span, block: Block, pronoun: Mention, name: Mention) {
    const list = this.standIns.get(span) ?? [];
    list.push({
      mention: pronoun,
      evidence: this.ev(span, name.from, name.to, block.section, 'reference:pronoun'),
    });
    this.standIns.set(span, list);
  }

  /** The policy named by the nearest section heading at or before `ordinal` that is only a policy's name. */
  private titlePolicy(ordinal: number | undefined): Entity | undefined {
    if (ordinal === undefined || ordinal < 0) return undefined;
    if (this.titlePolicies.has(ordinal)) return this.titlePolicies.get(ordinal);
    let found: Entity | undefined;
    for (let o = ordinal; !found && o >= 0; o--) {
      if (o < ordinal && this.titlePolicies.has(o)) {
        found = this.titlePolicies.get(o);
        break;
      }
      const title = this.sections[o]!.title;
      found = onlyPolicy(title.text, this.mentions(title));
    }
    this.titlePolicies.set(ordinal, found);
    return found;
  }

  /**
   * `조선사 : (대형) HD현대중공업, 한화오션 …`, then `(중형) 대한조선, 케이조선`: a roster of firms under a label that names
   * their sector's firms; the parallel size labels under it go on with the same roster.
   */
  private roster(block: Block, span: Span, ms: Mention[]) {
    const label = ROSTER_LABEL.exec(span.text);
    const sized = /^\s*\([^()]{1,6}\)\s/.test(span.text);
    const firms = ms.filter((m) => m.entity.kind === 'Company' && m.from >= (label?.[0].length ?? 0));
    const listed = firms.length >= 2 && !/[.。]\s*$|다\.?\s*$/.test(span.text);
    if (label && listed) {
      const sector = this.input.sectorMatcher
        .find({ text: label[1]! })
        .find((m) => m.entity.kind === 'Industry' && m.from === 0 && m.to === label[1]!.length);
      this.lastRoster = sector
        ? {
            industry: sector.entity,
            evidence: this.ev(span, 0, label[1]!.length, block.section, 'structure:roster'),
          }
        : undefined;
    } else if (!(sized && listed)) this.lastRoster = undefined;
    const roster = this.lastRoster;
    if (!roster || !listed) return;
    const whole = this.ev(span, 0, span.text.length, block.section, 'structure:roster');
    for (const firm of firms)
      this.b.edge('OPERATES_IN', this.entityNode(firm.entity), this.entityNode(roster.industry), [
        whole,
        roster.evidence,
      ]);
  }

  /**
   * `* MSP(핵심광물안보파트너십) : 美 주도로 출범, 한·미·일·캐 등 12개국 참여`, `MSP는 현재 14개국(한국, 미국, …) 참여
   * 중`: a sentence that defines a partnership or body, or opens with it as its topic, and lists the countries
   * that take part in it names its members.
   */
  private definitionMembers(block: Block, span: Span, ms: Mention[]) {
    if (this.input.language !== 'ko') return;
    for (const [start, end] of sentences(span.text)) this.sentenceMembers(block, span, ms, start, end);
  }

  private sentenceMembers(block: Block, span: Span, ms: Mention[], start: number, end: number) {
    const text = span.text;
    const head = ms.find((m) => m.from >= start && m.to <= end);
    if (!head || (head.entity.kind !== 'Policy' && head.entity.kind !== 'Organization')) return;
    if (!/^\s*(?:[*※○□▪•·◦-]\s*)?$/.test(text.slice(start, head.from))) return;
    if (!/^\s*(?:\([^)]{0,80}\))?\s*(?:[:：]|은|는)/.test(text.slice(head.to, end))) return;
    for (const cue of text.slice(head.to, end).matchAll(TAKE_PART_KO)) {
      const at = head.to + cue.index!;
      const before = ms.filter((m) => m.to <= at && m.from > head.to);
      const members: Mention[] = [];
      // `14개국(한국, 미국, …) 및 EU 집행위 참여`: the list the count's parentheses hold.
      const close = countedListEnd(text, at);
      let k = before.length - 1;
      if (close !== undefined) while (k >= 0 && before[k]!.to > close) k--;
      else if (k < 0 || !LIST_CLOSE_KO.test(text.slice(before[k]!.to, at))) continue;
      for (; k >= 0; k--) {
        const m = before[k]!;
        if (m.entity.kind !== 'Country' || m.entity.region) break;
        members.unshift(m);
        const previous = before[k - 1];
        if (
          !previous ||
          !/^\s*(?:\([^()]{1,12}\)\s*)?(?:[·,]\s*(?:및\s*)?|(?:및|와|과)\s*)$/.test(
            text.slice(previous.to, m.from),
          )
        )
          break;
      }
      if (members.length < 2) continue;
      for (const m of members)
        this.b.edge('MEMBER_OF', this.entityNode(m.entity), this.entityNode(head.entity), [
          this.ev(span, head.from, at + cue[0].length, block.section, 'structure:definition-members'),
        ]);
    }
  }

  /**
   * `(韓) 한국석유공사 ↔ (UAE) ADNOC`, `(우리측) 외교부, 산업통상자원부`, `(캐) 마그나 - (韓) LGES`: in Korean releases a
   * side's label in parentheses says whose the bodies and firms after it are, up to the next label or line end;
   * two sides joined by ↔ or a dash are the parties of one agreement or venture.
   */
  private sideLabels(block: Block, span: Span, ms: Mention[]) {
    if (this.input.language !== 'ko' || (!span.text.includes('(') && !span.text.includes('（'))) return;
    const labels: { from: number; to: number; country: Entity }[] = [];
    const written = [...span.text.matchAll(SIDE_LABEL)];
    for (const m of written) {
      const word = m[1]!;
      // `아시아태평양경제협력체(APEC)`: a parenthesis glued to the word before it glosses that word; it labels nothing.
      if (/[\p{L}\p{N}]$/u.test(span.text.slice(0, m.index!))) continue;
      const country = OUR_SIDE.test(word)
        ? this.input.entityById('country:south-korea')
        : (this.input.countryMatcher
            .find({ text: word })
            .find((c) => c.from === 0 && c.to === word.length && !c.entity.region)?.entity ??
          // `(인니)`: a short form the text's own reading found there.
          ms.find(
            (c) =>
              c.entity.kind === 'Country' &&
              !c.entity.region &&
              c.from > m.index! &&
              c.to < m.index! + m[0].length &&
              span.text.slice(c.from, c.to) === word,
          )?.entity);
      if (country) labels.push({ from: m.index!, to: m.index! + m[0].length, country });
    }
    if (labels.length === 0) return;
    // `(한) 산업부, (우) 투자대외무역부`, `… 등 (인니측) 공기업부`: a label this reader does not know still opens the other
    // side, after a mark or a line's start, or anywhere when it says it is a side (`측`).
    const opens = written
      .filter(
        (m) => /측\s*[)）]$/.test(m[0]) || /(?:^|[,:：↔·\-–—]|\n)\s*$/.test(span.text.slice(0, m.index!)),
      )
      .map((m) => m.index!);
    const sides = labels.map((label, k) => {
      const next = Math.min(
        labels[k + 1]?.from ?? span.text.length,
        opens.find((at) => at >= label.to) ?? span.text.length,
      );
      const lineEnd = span.text.indexOf('\n', label.to);
      const end = Math.min(next, lineEnd < 0 ? span.text.length : lineEnd);
      const members = ms.filter(
        (m) =>
          m.from >= label.to &&
          m.to <= end &&
          (m.entity.kind === 'Company' || m.entity.kind === 'Organization') &&
          (m.entity.country === undefined || m.entity.country === lexId(label.country)),
      );
      return { label, end, members };
    });
    for (const { label, members } of sides)
      for (const m of members)
        this.b.edge('BASED_IN', this.entityNode(m.entity), this.entityNode(label.country), [
          this.ev(span, label.from, m.to, block.section, 'structure:side-label'),
        ]);
    for (let k = 0; k + 1 < sides.length; k++) {
      const [a, b] = [sides[k]!, sides[k + 1]!];
      const last = a.members.at(-1);
      if (!last || b.members.length === 0 || a.members.length > 3 || b.members.length > 3) continue;
      if (!SIDES_JOINED.test(span.text.slice(last.to, b.label.from))) continue;
      const ev = this.ev(span, a.label.from, b.members.at(-1)!.to, block.section, 'structure:side-label');
      for (const x of a.members)
        for (const y of b.members)
          this.b.edge('PARTNERS_WITH', this.entityNode(x.entity), this.entityNode(y.entity), [ev]);
    }
  }

  /**
   * `Import Sources (2020–23): Metal, oxide, and salts: Norway, 27%; Finland, 17%; …`: an agency's commodity summary lists
   * the countries its own country imports from, each with its share; each of them supplies the country the document is
   * about (the one it names most).
   */
  private importSources(block: Block, span: Span, ms: Mention[]) {
    const field = IMPORT_SOURCES.exec(span.text);
    if (!field) return;
    const home = this.homeCountry();
    if (!home) return;
    const end = span.text.slice(field.index).search(NEXT_FIELD);
    const to = end < 0 ? span.text.length : field.index + end;
    for (const m of ms) {
      if (m.from < field.index || m.to > to || m.entity.kind !== 'Country' || m.entity.region) continue;
      if (m.entity.nodeId === home.nodeId || !SHARE_AFTER.test(span.text.slice(m.to, m.to + 16))) continue;
      this.b.edge('SUPPLIES', this.entityNode(m.entity), this.entityNode(home), [
        this.ev(span, field.index, m.to, block.section, 'structure:import-sources'),
      ]);
    }
  }

  /**
   * The country whose imports the document is about: the first one its `Domestic …:` field names (`Domestic Production
   * and Use: … in the United States`), else the one most often named in a sentence that says `domestic`; computed once.
   */
  private homeCountry(): Entity | undefined {
    if (this.home !== null) return this.home;
    const text = this.input.clean.text;
    /** The country named most often in these extents, if one is named more than any other. */
    const most = (extents: [number, number][], least: number) => {
      const counts = new Map<string, { entity: Entity; n: number }>();
      for (const [a, b] of extents)
        for (const m of this.input.countryMatcher.find({ text: text.slice(a, b) })) {
          if (m.entity.region) continue;
          const c = counts.get(m.entity.nodeId) ?? { entity: m.entity, n: 0 };
          c.n++;
          counts.set(m.entity.nodeId, c);
        }
      const [top, second] = [...counts.values()].sort((x, y) => y.n - x.n);
      return top && top.n >= least && top.n > (second?.n ?? 0) ? top.entity : undefined;
    };
    const field = DOMESTIC_FIELD.exec(text);
    const fieldEnd = field ? text.slice(field.index + field[0].length).search(NEXT_FIELD) : -1;
    this.home =
      (field
        ? most([[field.index, fieldEnd < 0 ? text.length : field.index + field[0].length + fieldEnd]], 1)
        : undefined) ??
      most(
        sentences(text).filter(([a, b]) => /\bdomestic\b/i.test(text.slice(a, b))),
        2,
      );
    return this.home;
  }

  private countrySummary(block: Block, span: Span, ms: Mention[]): boolean {
    const label = this.label(span, ['Country']);
    if (!label) return false;
    const policies = ms.filter((m) => m.entity.kind === 'Policy');
    if (policies.length === 0) return false;
    for (const p of policies) {
      if (p.entity.country && p.entity.country !== lexId(label.entity)) continue;
      this.b.edge('ENACTED_BY', this.entityNode(p.entity), this.entityNode(label.entity), [
        this.ev(span, 0, span.text.length, block.section, 'structure:country-label'),
      ]);
    }
    return true;
  }

  private newId(kind: string) {
    this.counter++;
    return `${this.doc}:${kind}:${this.counter}`;
  }

  private parentNode(block: Block): string {
    for (let p = block.parent; p !== undefined; p = this.blocks[p]!.parent) {
      const id = this.blockNode.get(p);
      if (id) return id;
    }
    return this.sectionId(block.section);
  }

  private strategy(block: Block, span: Span, ms: Mention[], ctx: Context): string | undefined {
    const labelM = this.label(span, ['Industry', 'Country']);
    const from = labelM ? span.text.indexOf(':', labelM.to) + 1 || labelM.to : 0;
    // `… 교육 과정 운영 지원,`: the comma or semicolon that runs the list on is no part of the item.
    const text = span.text
      .slice(from)
      .trim()
      .replace(/\s*[,;，、]$/, '');
    // `On July 10, the Administration announced …`, `8.11일 간담회가 …`: an item dated to the day reports an
    // event; a strategy is undated or dated by year.
    if (text.length < 4 || DAY_DATE.test(text) || RECORD_FIELD.test(text)) return undefined;
    const id = this.strategyNode(text);
    const whole = this.ev(span, 0, span.text.length, block.section, 'structure:strategy-item');
    this.b.mention(id, whole);
    this.b.edge('PART_OF', id, this.parentNode(block), [whole]);
    const served = new Set<Entity>();
    if (labelM?.entity.kind === 'Industry') served.add(labelM.entity);
    const inText = ms.filter((m) => m.from >= from);
    if (served.size === 0 && ctx.industry) {
      this.b.edge('SERVES', id, this.entityNode(ctx.industry.entity), [ctx.industry.evidence, whole]);
      served.add(ctx.industry.entity);
    }
    if (served.size === 0) for (const m of inText) if (m.entity.kind === 'Industry') served.add(m.entity);
    for (const e of served) this.b.edge('SERVES', id, this.entityNode(e), [whole]);
    this.linkItem(id, span, inText, block, served, ctx);
    return id;
  }

  /** One Strategy node per wording: a summary that repeats a strategy adds evidence to the same node. */
  private strategyNode(text: string): string {
    const key = text.replace(/\s+/g, ' ');
    let id = this.strategyByText.get(key);
    if (!id) {
      id = this.newId('strategy');
      this.strategyByText.set(key, id);
      this.b.node(id, 'Strategy', { name: truncate(text), properties: { text } });
    }
    return id;
  }

  private implication(
    block: Block,
    span: Span,
    ms: Mention[],
    ctx: Context,
    from: number,
  ): string | undefined {
    const text = span.text.slice(from).trim();
    if (text.length < 4) return undefined;
    const id = this.newId('implication');
    this.b.node(id, 'Implication', { name: truncate(text), properties: { text } });
    const whole = this.ev(span, 0, span.text.length, block.section, 'structure:implication-item');
    this.b.mention(id, whole);
    this.b.edge('PART_OF', id, this.sectionId(block.section), [whole]);
    if (ctx.country)
      this.b.edge('IMPLIES', this.entityNode(ctx.country.entity), id, [ctx.country.evidence, whole]);
    if (ctx.policy)
      this.b.edge('IMPLIES', this.entityNode(ctx.policy.entity), id, [ctx.policy.evidence, whole]);
    const inText = ms.filter((m) => m.from >= from);
    this.linkItem(id, span, inText, block, new Set(), ctx);
    return id;
  }

  /** Strategy/implication/roadmap item → the entities its text names. */
  private linkItem(id: string, span: Span, ms: Mention[], block: Block, skip: Set<Entity>, ctx: Context) {
    const whole = this.ev(span, 0, span.text.length, block.section, 'sentence:item');
    for (const m of ms) {
      if (skip.has(m.entity)) continue;
      const target = this.entityNode(m.entity);
      let type: EdgeType = 'CONCERNS';
      // `반도체 첨단패키징 선도기술개발사업 (’25~‘31, …)`, `MASGA 프로젝트`: an item that is only a programme's name,
      // with its dates and sums in parentheses, is that programme, not a response to it.
      const named = m.from === 0 && onlyParentheses(span.text.slice(m.to));
      if (m.entity.kind === 'Policy' && !named && (RESPONSE_CUE.test(span.text) || ctx.mode === 'strategy'))
        type = 'RESPONDS_TO';
      else if (m.entity.kind === 'Material' && SECURE_CUE.test(span.text)) type = 'SECURES';
      if (type === 'CONCERNS' && this.b.hasEdge('IMPLIES', target, id)) continue;
      this.b.edge(type, id, target, [whole]);
      if (m.entity.kind === 'Company' && ctx.industry && this.companyFits(m.entity, ctx.industry.entity)) {
        this.b.edge('OPERATES_IN', target, this.entityNode(ctx.industry.entity), [
          ctx.industry.evidence,
          whole,
        ]);
      }
    }
  }

  private companyFits(company: Entity, industry: Entity): boolean {
    if (company.industries.length === 0) return true;
    const id = lexId(industry);
    return company.industries.includes(id) || industry.parents.some((p) => company.industries.includes(p));
  }

  /** Bullet points under a policy heading describe that policy. */
  private policyItem(block: Block, span: Span, ms: Mention[], ctx: Context) {
    const policy = ctx.policy!.entity;
    const pid = this.entityNode(policy);
    const heading = ctx.policy!.evidence;
    if (ctx.country && (!policy.country || policy.country === lexId(ctx.country.entity))) {
      this.b.edge('ENACTED_BY', pid, this.entityNode(ctx.country.entity), [heading, ctx.country.evidence]);
    }
    // The heading is the item's subject (`CBAM` … `- 철강, 시멘트 … 제품에 대해 관세 부과`): what the item's
    // predicates say, they say of the policy.
    this.clauseRelations(block, span, ms, { entity: policy, evidence: heading });
  }

  private roadmapItem(
    section: number | undefined,
    span: Span,
    from: number,
    to: number,
    term: string,
    horizon: string | undefined,
    track: string | undefined,
  ): string | undefined {
    const text = span.text.slice(from, to).trim();
    if (text.length < 2) return undefined;
    const id = this.newId('roadmap');
    const properties: Record<string, string> = { term, text };
    if (horizon) properties.horizon = horizon;
    if (track) properties.track = track;
    this.b.node(id, 'RoadmapItem', { name: truncate(track ? `${track} · ${text}` : text), properties });
    const ev = this.ev(span, from, to, section, 'structure:roadmap');
    this.b.mention(id, ev);
    this.b.edge('PART_OF', id, this.sectionId(section), [ev]);
    const seen = new Set<Entity>();
    for (const m of this.mentions(span)) {
      if (m.from < from || m.to > to || seen.has(m.entity)) continue;
      seen.add(m.entity);
      const type: EdgeType = ['Industry', 'Technology', 'Policy'].includes(m.entity.kind)
        ? 'SCHEDULES'
        : 'CONCERNS';
      this.b.edge(type, id, this.entityNode(m.entity), [ev]);
    }
    return id;
  }

  // ---------------------------------------------------------------- tables

  private table(block: Block) {
    const region = block.table!;
    const header = region.header.text;
    const terms = roadmapTerms(header);
    const ctx = this.context(block);
    if (terms.length >= 2) {
      for (const row of parseRoadmap(this.input.clean, region, terms.length)) {
        const track = row.label.text.trim();
        row.cells.forEach((cell, i) => {
          const t = terms[i];
          if (t) this.roadmapItem(block.section, cell, 0, cell.text.length, t.term, t.horizon, track);
        });
      }
      return;
    }
    const isLabel = (text: string) => {
      const ms = this.input.matcher.find({ text });
      const m = ms[0];
      return (
        ms.length === 1 &&
        m !== undefined &&
        m.entity.kind === 'Industry' &&
        m.from <= 1 &&
        text.length - m.to <= 4
      );
    };
    const rows = parseEntityRows(this.input.clean, region, isLabel);
    if (rows.length < 2) {
      for (const cell of this.cellsOf(block)) this.sentenceRelations(block, cell, this.mentions(cell), ctx);
      return;
    }
    const statusColumn = /현황|status|현재/i.test(header);
    for (const row of rows) {
      const industry = this.input.matcher.find(row.label)[0]?.entity;
      if (!industry) continue;
      const labelEv = this.ev(row.label, 0, row.label.text.length, block.section, 'structure:table-row');
      let inStatus = statusColumn;
      row.cells.forEach((cell, i) => {
        const prevCell = row.cells[i - 1];
        if (inStatus && i > 0 && prevCell && this.gapBefore(cell, prevCell)) inStatus = false;
        const text = cell.text.trim();
        if (inStatus || (STATUS_ITEM.test(text) && /시장|점유율|성장|%/.test(text))) {
          this.figures(
            block,
            cell,
            this.mentions(cell),
            { ...ctx, industry: { entity: industry, evidence: labelEv } },
            undefined,
          );
          return;
        }
        for (const part of splitTableCell(cell)) {
          const ms = this.mentions(part);
          const id = this.strategyFromCell(block, part, industry, labelEv);
          if (id)
            this.linkItem(id, part, ms, block, new Set([industry]), {
              ...ctx,
              mode: 'strategy',
              industry: { entity: industry, evidence: labelEv },
            });
        }
      });
    }
  }

  /** Cells of a table we cannot read as rows: runs of lines between blank lines. */
  private cellsOf(block: Block): Span[] {
    const cells: Span[] = [];
    let run: Line[] = [];
    for (const line of [...block.table!.lines, undefined]) {
      if (line && !line.blank) {
        run.push(line);
        continue;
      }
      if (run.length > 0) cells.push(joinLines(this.input.clean, run));
      run = [];
    }
    return cells;
  }

  /** A status column ends where a blank line precedes a new `-` item. */
  private gapBefore(cell: Span, prev: Span): boolean {
    return /\n[ \t]*\n/.test(this.b.sourceSlice(prev.src[prev.src.length - 1]!, cell.src[0]!));
  }

  private strategyFromCell(
    block: Block,
    cell: Span,
    industry: Entity,
    labelEv: Evidence | undefined,
  ): string | undefined {
    const text = cell.text.trim();
    if (text.length < 4) return undefined;
    const id = this.strategyNode(text);
    const ev = this.ev(cell, 0, cell.text.length, block.section, 'structure:strategy-table');
    this.b.mention(id, ev);
    this.b.edge('PART_OF', id, this.sectionId(block.section), [ev]);
    this.b.edge('SERVES', id, this.entityNode(industry), [labelEv, ev]);
    return id;
  }

  private inlineStrategies(block: Block, span: Span, ctx: Context) {
    const marks = [...span.text.matchAll(/[①-⑳]/g)].map((m) => m.index!);
    if (countedItems(span.text, marks)) return;
    marks.forEach((start, k) => {
      // `(과제② : 7 Star-Ship 프로젝트) 5년간 …`: a number inside a parenthesised label numbers the label's title.
      const label = /^\s*[:：]?\s*([^()]+?)\s*\)/.exec(span.text.slice(start + 1));
      const opened = span.text.lastIndexOf('(', start) > span.text.lastIndexOf(')', start);
      const end = marks[k + 1] ?? span.text.length;
      const sentenceEnd = span.text.slice(start, end).search(/다\.\s|다\.$/);
      let from = start + 1;
      let to = sentenceEnd > 0 ? start + sentenceEnd + 2 : end;
      if (opened && label) {
        from = start + 1 + label.index + label[0].indexOf(label[1]!);
        to = from + label[1]!.length;
      }
      const part: Span = { text: span.text.slice(from, to), src: span.src.subarray(from, to) };
      const id = this.strategy({ ...block, span: part }, part, this.mentions(part), ctx);
      if (id) this.blockNode.set(block.index, id);
    });
  }

  // ---------------------------------------------------------------- sentences

  /** Relations the clause engine reads in each sentence of a span (importer/relations/registry.ts). */
  private clauseRelations(
    block: Block,
    span: Span,
    ms: Mention[],
    subject?: { entity: Entity; evidence: Evidence | undefined },
  ) {
    const text = span.text;
    const figures = this.figuresOf(span);
    const readings = new Map<number, Entity>();
    this.figureReadings.set(span, readings);
    const phrased = new Map<number, Entity>();
    this.phraseReadings.set(span, phrased);
    const shares = new Map<number, Entity[]>();
    this.figureShares.set(span, shares);
    const scenes = new Map<number, Entity[]>();
    this.figureScenes.set(span, scenes);
    // `대우자동차` over `… 1998년 1월 쌍용자동차 인수`: a section headed by another company's name is that company's
    // history, whose subjectless sentences are its own, not the title's; under a body's name they are no one's. And a
    // Korean topic (`신진공업은 …. 일본 토요타와 합작하여`) stays the subject of the paragraph's sentences that leave
    // theirs unsaid.
    const heading = this.headingActor(block.section);
    const titled =
      heading === undefined || heading === this.documentTopic
        ? (this.documentTopic ?? this.issuer)
        : heading.kind === 'Company'
          ? heading
          : undefined;
    let carried: Entity | undefined;
    let i = 0;
    for (const [a, b] of sentences(text)) {
      while (i < ms.length && ms[i]!.from < a) i++;
      let j = i;
      while (j < ms.length && ms[j]!.to <= b) j++;
      const inside = ms.slice(i, j);
      const topic = subject?.entity ?? carried ?? titled;
      const opening = inside.find((m) => FIRM_KINDS.has(m.entity.kind));
      if (opening && KOREAN_TOPIC.test(text.slice(opening.to, b))) carried = opening.entity;
      const amounts = new Map(
        figures.filter((f) => f.from >= a && f.to <= b).map((f) => [figureArgument(f), f] as const),
      );
      if (inside.length + amounts.size < (topic ? 1 : 2)) continue;
      const names = [
        ...inside.map((m) => ({ entity: m.entity, from: m.from - a, to: m.to - a })),
        ...[...amounts].map(([entity, f]) => ({ entity, from: f.from - a, to: f.to - a })),
      ].sort((x, y) => x.from - y.from);
      const { languages, predicates } = this.input;
      const input = { text: text.slice(a, b), names, languages, predicates, ...(topic ? { topic } : {}) };
      // `CHIPS Act` … `- 인텔, 삼성전자, TSMC 등의 기업들이 미국 내 생산시설 확충`: under a policy's heading, the
      // companies an item has acting do so under that policy.
      if (subject?.entity.kind === 'Policy') {
        const evidence = this.ev(span, a, b, block.section, 'structure:policy-item');
        for (const company of leadingSubjects(text, inside, a))
          this.b.edge('AFFECTS', this.entityNode(subject.entity), this.entityNode(company.entity), [
            evidence,
            subject.evidence,
          ]);
      }
      for (const p of this.proposals.of(input)) {
        if (p.source.kind === 'Figure') {
          const at = amounts.get(p.source);
          if (at && p.rule === figureScene.id)
            scenes.set(at.from, [...(scenes.get(at.from) ?? []), p.target]);
          // A clause's reading of an amount comes first; a phrase's (`$13 billion for …`) fills in.
          else if (
            at &&
            p.target.kind !== 'Figure' &&
            !(p.rule.startsWith('phrase:') && readings.has(at.from))
          ) {
            readings.set(at.from, p.target);
            if (p.rule.startsWith('phrase:')) phrased.set(at.from, p.target);
            else shares.set(at.from, [...(shares.get(at.from) ?? []), p.target]);
          }
          continue;
        }
        if (subject && p.source !== subject.entity && p.target !== subject.entity) continue;
        // `한국은 … IRA 관련 정책 질의 … 기회를 마련`: a policy the lexicon knows as another country's is not this one's.
        if (p.type === 'ENACTED_BY' && p.target.kind === 'Country' && !mayOwn(p.target, p.source)) continue;
        // `The Court of International Trade ruled that … tariffs under Section 122`: a court rules on a policy, never enacts it.
        if (p.type === 'ENACTED_BY' && COURT.test(`${p.target.name} ${p.target.nameEn ?? ''}`)) continue;
        const evidence = this.ev(span, a + p.from, a + p.to, block.section, p.rule);
        // A subject the sentence leaves to the title: the title's mention is the second passage.
        const topicEvidence =
          p.rule !== 'clause:topic-subject'
            ? this.groupEvidence(span, a + p.from, a + p.to, p.source, p.target)
            : (subject?.evidence ?? this.b.nodeMentions(this.entityNode(p.source))[0]);
        this.b.edge(
          p.type,
          this.entityNode(p.source),
          this.entityNode(p.target),
          [evidence, topicEvidence],
          p.negative ? { polarity: 'negative' } : undefined,
        );
      }
    }
  }

  /**
   * A clause without a finite verb (`IRA: 전기차 배터리, 태양광 … 세제 혜택`, `보조금 지원 확대`): reports write
   * items so, and there a policy and what its item names are related by the item itself. Full sentences
   * are left to the clause engine, which reads who does what.
   */
  private telegraphic(clause: string): boolean {
    const analyser = analyserFor(this.input.languages, clause);
    return !analyser.tokens(clause).some((t) => t.pos === 'VERB' || /E[FC]/.test(t.tag));
  }

  private sentenceRelations(block: Block, span: Span, ms: Mention[], ctx: Context, withGroups = ms) {
    this.clauseRelations(block, span, withGroups);
    const text = span.text;
    let carried: Mention | undefined;
    for (const [a, b] of clauses(text)) {
      if (a > 0 && /[.!?。]\s*$/.test(text.slice(Math.max(0, a - 3), a))) carried = undefined;
      const named = within(ms, a, b);
      const inClause = this.withMeasures(named, text, a, b);
      if (inClause.length === 0) continue;
      const clause: Clause = { block, span, ms: inClause, a, b, cues: blankMentions(text, named, a, b), ctx };
      this.adjacency(block, span, inClause);
      carried = this.enactment(clause, carried);
      this.uses(clause);
      this.companies(clause);
    }
  }

  /**
   * Measures written as verbs — `Indonesia banned exports of nickel ore`, `중국이 흑연에 대한 수출 통제를
   * 도입` — become mentions of the country's lexicon policy on those materials, at the words that state it.
   */
  private withMeasures(ms: Mention[], text: string, a: number, b: number): Mention[] {
    const measure = MEASURE.exec(text.slice(a, b));
    const materials = ms.filter((m) => m.entity.kind === 'Material');
    if (!measure || materials.length === 0 || ms.some((m) => m.entity.kind === 'Policy')) return ms;
    const from = a + measure.index;
    const to = from + measure[0].length;
    const added: Mention[] = [];
    for (const country of new Set(ms.filter((m) => m.entity.kind === 'Country').map((m) => m.entity))) {
      for (const policy of this.input.policiesOf(lexId(country))) {
        const covers = materials.some((m) => namesMaterial(policy, m.entity));
        if (covers && MEASURE.test([...policy.forms].join(' '))) added.push({ entity: policy, from, to });
      }
    }
    return added.length === 0 ? ms : [...ms, ...added].sort((x, y) => x.from - y.from || x.to - y.to);
  }

  /** Who enacted a policy: `미국은 … IRA를 시행`, `The EU adopted CBAM`, `X is a United States federal law`. */
  private enactment(clause: Clause, carried: Mention | undefined): Mention | undefined {
    const { block, span, ms, a, b, cues: clauseText, ctx } = clause;
    const text = span.text;
    const first = ms[0]!;
    const second = ms[1];
    const countryOrg =
      first.entity.kind === 'Country' &&
      second?.entity.kind === 'Organization' &&
      /^\s*$/.test(text.slice(first.to, second.from)) &&
      this.isSubject(second, text, a);
    // `Chinese companies … under the Belt and Road Initiative`: the firms a country's name describes act, not it.
    const firms = first.entity.kind === 'Country' && COMPANIES_NEXT.test(text.slice(first.to));
    const own =
      countryOrg ||
      (this.isSubject(first, text, a) && ['Country', 'Organization'].includes(first.entity.kind) && !firms)
        ? first
        : undefined;
    const subject = own ?? (first.entity.kind === 'Country' ? undefined : carried);
    const policies = ms.filter((m) => m.entity.kind === 'Policy' && !this.ownCountryBefore(ms, m, text));
    if (policies.length === 0) return subject;
    const ev = (rule: string) => this.ev(span, a, b, block.section, rule);
    const enactCue = ENACT_CUE.test(clauseText);
    const link = (p: Mention, enactor: Entity, rule: string, needsCue: boolean) => {
      const home = enactor.kind === 'Country' ? lexId(enactor) : enactor.country;
      if (p.entity.country && p.entity.country !== home) return;
      if (needsCue && !p.entity.country && !enactCue) return;
      if (this.isResponse(p, text)) return;
      // `launched the CHIPS Act’s … Fund`: a policy written as a possessor owns what was enacted.
      if (/^['’]s?\s/.test(text.slice(p.to))) return;
      // `EPA finalized this CAA Section 111 rulemaking`: a policy that modifies a noun for what is made under it names
      // the law the rule is made under, not what was enacted.
      if (MADE_UNDER.test(text.slice(p.to, b))) return;
      // `… to remain at the forefront of the global race to net-zero`: a goal the clause heads for is not enacted.
      if (/\b(?:to|toward|towards)\s+(?:the\s+|a\s+)?$/i.test(text.slice(Math.max(0, p.from - 16), p.from)))
        return;
      this.b.edge('ENACTED_BY', this.entityNode(p.entity), this.entityNode(enactor), [ev(rule)]);
    };
    if (own?.entity.kind === 'Country') {
      for (const p of policies) if (p.from > own.to) link(p, own.entity, 'sentence:country-subject', true);
    }
    // `The Department of Commerce imposed duties`: the body the sentence names enacted it; its country is
    // world knowledge the sentence does not state.
    if (subject?.entity.kind === 'Organization' && enactCue)
      for (const p of policies) link(p, subject.entity, 'sentence:organization-subject', true);
    // Definitions: "IRA는 … 미국의 연방법이다", "The CRMA is a regulation of the European Union".
    const defined = this.isSubject(first, text, a) && first.entity.kind === 'Policy' ? first : undefined;
    if (defined) {
      for (const c of ms.filter((m) => m.entity.kind === 'Country' && m.from > defined.to)) {
        const after = text.slice(c.to, Math.min(b, c.to + 24));
        const before = text.slice(Math.max(a, c.from - 24), c.from);
        if (LAW_WORD_AFTER.test(after) || LAW_WORD_BEFORE.test(before))
          link(defined, c.entity, 'sentence:definition', false);
      }
    }
    if (ctx.country && block.kind === 'paragraph' && this.topicIntro(block)) {
      for (const p of policies) {
        if (p.entity.country && p.entity.country !== lexId(ctx.country.entity)) continue;
        this.b.edge('ENACTED_BY', this.entityNode(p.entity), this.entityNode(ctx.country.entity), [
          ctx.country.evidence,
          ev('structure:country-section'),
        ]);
      }
    }
    return subject;
  }

  /** `미국은`, `EU(유럽연합)가`, `미국 정부가`, or an English clause that opens with the name. */
  private isSubject(m: Mention, text: string, clauseStart: number, ofCopula = false): boolean {
    const after = text.slice(m.to, m.to + 72);
    if (
      /^\s*(?:\([^)]{1,60}\))?\s*(?:정부|당국|의회|국회|행정부|산업|업계)?\s*(?:은|는|이|가|도|에서는)(?=\s|$)/.test(
        after,
      )
    )
      return true;
    const lead = text.slice(clauseStart, m.from);
    return (
      /^[\s,]*(?:(?:the|a|an)\s+)?$/i.test(lead) &&
      /^[A-Za-z]/.test(text.slice(m.from, m.to)) &&
      (/^\s*(?:\([^)]*\))?\s*(?:['’]s\s+\w+\s+)?(?:has|have|had|is|was|will|would|on|in|last|this|earlier|also|[a-z]+(?:ed|s)\b)/.test(
        after,
      ) ||
        // `U.S. FDI in South Korea was $37.4 billion`: the name before the head of the subject of a copula.
        (ofCopula && COPULA_SUBJECT_HEAD.test(after)))
    );
  }

  /** A policy named as what others respond to: `…에 맞서`, `…에 대응해`, `in response to …`. */
  private isResponse(p: Mention, text: string): boolean {
    return (
      RESPONSE_AFTER.test(text.slice(p.to, p.to + 24)) ||
      /(?:in response to|against|to counter|countering|to meet|to comply with|in compliance with|in line with|following|after|before|since|prior to)\s+(?:the\s+)?(?:\S+\s+)?$/i.test(
        text.slice(Math.max(0, p.from - 30), p.from),
      ) ||
      /^['’]s\s+(?:passage|enactment|adoption)/.test(text.slice(p.to, p.to + 16))
    );
  }

  /** `미국의 청정경쟁법`: the policy already carries another country right before it. */
  private ownCountryBefore(ms: Mention[], p: Mention, text: string): boolean {
    const i = ms.indexOf(p);
    const prev = ms[i - 1];
    return (
      prev?.entity.kind === 'Country' &&
      /^(?:\s*\([^)]{1,20}\))?\s*(?:의|['’]s?)?\s*['‘’“”"]?\s*$/.test(text.slice(prev.to, p.from))
    );
  }

  private topicIntro(block: Block): boolean {
    const parent = block.parent === undefined ? undefined : this.blocks[block.parent];
    return parent?.kind === 'topic' && this.label(parent.span, ['Country']) !== undefined;
  }

  /** `미국의 IRA`, `EU CBAM`, `대만 TSMC`, `미국의 인텔 및 엔비디아`, `SMIC(중국 …)`. */
  private adjacency(block: Block, span: Span, ms: Mention[]) {
    const text = span.text;
    ms.forEach((m, i) => {
      if (m.entity.kind !== 'Country') return;
      let k = i + 1;
      // `Chinese battery maker CATL`: the sector a company noun names is part of the description.
      while (SECTOR_KINDS.has(ms[k]?.entity.kind ?? '') && ms[k + 1]?.entity.kind === 'Company') k++;
      if (k > i + 1 && !COMPANY_NOUN.test(text.slice(m.to, ms[k]!.from))) k = i + 1;
      let next = ms[k];
      const gap = next ? text.slice(m.to, next.from) : '';
      // `일본의 4위도요타`: a rank between the country and the name is part of the description.
      const plain =
        k === i + 1 &&
        /^(?:\s*\([^)]{1,20}\))?\s*(?:의|['’]s?)?\s*(?:\d{1,2}\s*위\s*)?['‘’“”"]?\s*$/.test(gap);
      // `Taiwan-based TSMC`, `Korean steelmaker POSCO`, `Chinese groups such as Huayou Cobalt`.
      const apposition = next?.entity.kind === 'Company' && COMPANY_NOUN.test(gap);
      if (!next || !(plain || apposition)) return;
      const country = this.entityNode(m.entity);
      // `Chile's World Trade Organization (WTO) obligations`, `한국의 OECD 분담금`: a country's dealings with an
      // international body are a member's.
      if (international(next.entity) && plain && /['’]s?|의/.test(gap)) {
        this.b.edge('MEMBER_OF', country, this.entityNode(next.entity), [
          this.ev(span, m.from, next.to, block.section, 'pattern:country-adjacent'),
        ]);
        return;
      }
      while (next) {
        const e = next.entity;
        const ev = this.ev(span, m.from, next.to, block.section, 'pattern:country-adjacent');
        if (e.kind === 'Policy' && (!e.country || e.country === lexId(m.entity))) {
          this.b.edge('ENACTED_BY', this.entityNode(e), country, [ev]);
        } else if (
          (e.kind === 'Company' || e.kind === 'Organization') &&
          (e.country ? e.country === lexId(m.entity) : !international(e)) &&
          !blocBody(e, m.entity)
        ) {
          this.b.edge('BASED_IN', this.entityNode(e), country, [
            this.ev(span, m.from, next.to, block.section, 'pattern:country-adjacent'),
          ]);
        } else break;
        const after = ms[k + 1];
        const joiner = text.slice(next.to, after?.from);
        // `the Japanese Ministry of Finance, Ministry of Foreign Affairs and …`: a
        // list of public bodies under one country word; a list of firms may name others' firms.
        if (
          !after ||
          !(
            /^\s*(?:및|와|과|and|&)\s*$/.test(joiner) ||
            (e.kind === 'Organization' && /^\s*[,·]\s*(?:and\s+|및\s+)?$/.test(joiner))
          ) ||
          after.entity.kind !== e.kind
        )
          break;
        k++;
        next = after;
      }
    });
    // `시그네틱스 (1966년), 모토롤라 (1967년) 등 미국 기업들이`: the firms a list before `등 <country> 기업` names are that
    // country's.
    ms.forEach((m, i) => {
      if (m.entity.kind !== 'Country') return;
      // (`등 우리 기업들이`: the country's own form may end in the word for firms.)
      if (!FIRMS_AFTER_KO.test(text.slice(m.to)) && !FIRMS_END_KO.test(text.slice(m.from, m.to))) return;
      let k = i - 1;
      let gap = LISTED_BEFORE_KO;
      while (k >= 0 && gap.test(text.slice(ms[k]!.to, ms[k + 1]!.from))) {
        const e = ms[k]!.entity;
        if (e.kind === 'Company' && (!e.country || e.country === lexId(m.entity)))
          this.b.edge('BASED_IN', this.entityNode(e), this.entityNode(m.entity), [
            this.ev(span, ms[k]!.from, m.to, block.section, 'pattern:country-adjacent'),
          ]);
        gap = LIST_SEPARATOR_KO;
        k--;
      }
    });
    ms.forEach((m, i) => {
      const country = ms[i + 1];
      if (m.entity.kind !== 'Policy' || country?.entity.kind !== 'Country') return;
      if (!/^\s+(?:of|by)\s+(?:the\s+)?$/i.test(text.slice(m.to, country.from))) return;
      if (m.entity.country && m.entity.country !== lexId(country.entity)) return;
      this.b.edge('ENACTED_BY', this.entityNode(m.entity), this.entityNode(country.entity), [
        this.ev(span, m.from, country.to, block.section, 'pattern:policy-of-country'),
      ]);
    });
    // `Davie, Canada’s largest shipbuilder`, `Bollinger, a U.S.-based shipbuilder`: the description after the
    // comma says where the company is from.
    ms.forEach((m, i) => {
      const country = ms[i + 1];
      if (m.entity.kind !== 'Company' || country?.entity.kind !== 'Country') return;
      if (!/^,\s+(?:an?\s+)?$/.test(text.slice(m.to, country.from))) return;
      const described = DESCRIBED_FROM.exec(text.slice(country.to, country.to + 80));
      if (!described) return;
      if (m.entity.country && m.entity.country !== lexId(country.entity)) return;
      this.b.edge('BASED_IN', this.entityNode(m.entity), this.entityNode(country.entity), [
        this.ev(span, m.from, country.to + described[0].length, block.section, 'pattern:company-described'),
      ]);
    });
    ms.forEach((m, i) => {
      const country = ms[i + 1];
      if (m.entity.kind !== 'Company' || country?.entity.kind !== 'Country') return;
      if (!/^,?\s+(?:of|from)\s+(?:the\s+)?$/i.test(text.slice(m.to, country.from))) return;
      if (m.entity.country && m.entity.country !== lexId(country.entity)) return;
      this.b.edge('BASED_IN', this.entityNode(m.entity), this.entityNode(country.entity), [
        this.ev(span, m.from, country.to, block.section, 'pattern:company-of-country'),
      ]);
    });
    for (const m of ms) {
      if (m.entity.kind !== 'Company' && m.entity.kind !== 'Organization') continue;
      const paren = /^\s*\(([^)]{1,40})\)/.exec(text.slice(m.to));
      if (!paren) continue;
      const inside = ms.filter(
        (x) => x.entity.kind === 'Country' && x.from > m.to && x.to <= m.to + paren[0].length,
      );
      // `주요 특허청(IP5: 한국, 미국, 중국, …)`: a list of countries is what the name covers, not where it is from.
      const inner = inside.length === 1 ? inside[0] : undefined;
      if (inner && (!m.entity.country || m.entity.country === lexId(inner.entity))) {
        this.b.edge('BASED_IN', this.entityNode(m.entity), this.entityNode(inner.entity), [
          this.ev(span, m.from, m.to + paren[0].length, block.section, 'pattern:company-parenthetical'),
        ]);
      }
    }
  }

  /** `배터리 원자재(리튬, 니켈)`, `리튬, 니켈 등 배터리 및 반도체 원자재`, `배터리 생산에 필수적인 희토류`. */
  private uses({ span, ms, block, a, b }: Clause) {
    const section = block.section;
    const materials = ms.filter((m) => m.entity.kind === 'Material');
    if (materials.length === 0) return;
    const text = span.text;
    const ev = () => this.ev(span, a, b, section, 'pattern:industry-input');
    /** Materials written right after `from` as one list: `(불화수소, 포토레지스트 등)`, `적인 희토류·리튬`. */
    const listAfter = (from: number) => {
      const chain: Mention[] = [];
      let at = from;
      for (const mat of materials.filter((x) => x.from >= from)) {
        const gap = text.slice(at, mat.from);
        const ok =
          chain.length === 0 ? /^[\s(:]*(?:\S{0,4}(?:인|적인)\s*)?$/.test(gap) : CONJUNCTION.test(gap);
        if (!ok) break;
        chain.push(mat);
        at = mat.to;
      }
      return chain;
    };
    /** Materials written right before `to` as one list ending in 등: `리튬, 니켈, 희토류 등`. */
    const listBefore = (to: number) => {
      const chain: Mention[] = [];
      let at = to;
      for (const mat of materials.filter((x) => x.to <= to).reverse()) {
        const gap = text.slice(mat.to, at);
        const ok = chain.length === 0 ? /^\s*등(?:의)?\s*$/.test(gap) : CONJUNCTION.test(gap);
        if (!ok) break;
        chain.unshift(mat);
        at = mat.from;
      }
      return chain;
    };
    ms.forEach((m, i) => {
      if (m.entity.kind !== 'Industry' && m.entity.kind !== 'Technology') return;
      let j = i;
      while (
        j + 1 < ms.length &&
        ms[j + 1]!.entity.kind === m.entity.kind &&
        CONJUNCTION.test(text.slice(ms[j]!.to, ms[j + 1]!.from))
      )
        j++;
      const cue = INPUT_CUE.exec(text.slice(ms[j]!.to, Math.min(b, ms[j]!.to + 12)));
      if (!cue) return;
      for (const mat of [...listAfter(ms[j]!.to + cue[0].length), ...listBefore(m.from)]) {
        this.b.edge('USES', this.entityNode(m.entity), this.entityNode(mat.entity), [ev()]);
      }
    });
    // "lithium and cobalt are key inputs for batteries", "음극재에 쓰이는 흑연" reversed.
    materials.forEach((mat, i) => {
      const rest = text.slice(mat.to, b);
      const cue = INPUT_FOR.exec(rest);
      if (!cue) return;
      let u = ms.findIndex((m) => m.from >= mat.to + cue[0].length && m.from <= mat.to + cue[0].length + 8);
      // `used in EV batteries`: in a compound the last name is the user.
      while (u >= 0 && ms[u + 1] && /^[ \t]+$/.test(text.slice(ms[u]!.to, ms[u + 1]!.from))) u++;
      const user = ms[u];
      if (!user || (user.entity.kind !== 'Industry' && user.entity.kind !== 'Technology')) return;
      // `used in electric vehicle drivetrain motors`: a plain noun after the name is what uses it.
      const after = /^[ \t]+([a-z][a-z-]*)/.exec(text.slice(user.to))?.[1];
      if (after && !FUNCTION_WORD.test(after)) return;
      let k = i;
      const chain = [mat];
      while (k > 0 && CONJUNCTION.test(text.slice(materials[k - 1]!.to, materials[k]!.from)))
        chain.unshift(materials[--k]!);
      for (const m of chain)
        this.b.edge('USES', this.entityNode(user.entity), this.entityNode(m.entity), [ev()]);
    });
  }

  /** Companies: `삼성전자, SK하이닉스 등의 AI 반도체 … 개발` (DEVELOPS), `BYD, CATL 등 … 배터리 기업` (OPERATES_IN). */
  private companies({ span, ms, block, a, b, ctx }: Clause) {
    const section = block.section;
    const text = span.text;
    const companies = ms.filter((m) => m.entity.kind === 'Company');
    if (companies.length === 0) return;
    const ev = () => this.ev(span, a, b, section, 'pattern:company');
    const last = companies.at(-1)!;
    const afterGroup = text.slice(last.to, b);
    const following = ms.filter((m) => m.from >= last.to);
    const tech = following[0];
    if (
      tech &&
      tech.entity.kind === 'Technology' &&
      /^\s*(?:등)?\s*(?:의|들의)?\s*$/.test(text.slice(last.to, tech.from)) &&
      DEVELOP_CUE.test(afterGroup)
    ) {
      // Only the companies listed together right before the technology: `A, B 등의 X`, not `A의 Y, B의 X`.
      const group = [last];
      for (let i = companies.length - 1; i > 0; i--) {
        if (!CONJUNCTION_KO_EN.test(text.slice(companies[i - 1]!.to, companies[i]!.from))) break;
        group.unshift(companies[i - 1]!);
      }
      for (const c of group)
        this.b.edge('DEVELOPS', this.entityNode(c.entity), this.entityNode(tech.entity), [ev()]);
    }
    const industryHere = ms.filter((m) => m.entity.kind === 'Industry');
    for (const c of companies) {
      // `대한민국의 철강 기업으로, 현대자동차그룹의 계열사이다`: a company named as another noun's possessor is
      // not one of the companies a description names, unless the description stands right before it.
      const possessor = /^\s*의/.test(text.slice(c.to)) && !APPOSED_COMPANIES.test(text.slice(a, c.from));
      for (const ind of industryHere) {
        const between = ind.from > c.to ? text.slice(c.to, ind.from) : '';
        const stated = TRADE_STATED.test(text.slice(ind.to, Math.min(b, ind.to + 12)));
        // `현대자동차그룹의 자동차 제조사 현대자동차`: a possessor is the sector's company only when the
        // sector-and-maker phrase names no company of its own.
        const direct =
          /^\s*(?:등)?\s*(?:의|들의)\s*$/.test(between) && !namesItsCompany(ind, companies, text);
        if (
          ((stated && !possessor && describedAs(c, ind, companies, text)) ||
            direct ||
            ctx.industry?.entity === ind.entity) &&
          this.companyFits(c.entity, ind.entity)
        ) {
          this.b.edge('OPERATES_IN', this.entityNode(c.entity), this.entityNode(ind.entity), [ev()]);
        }
      }
      if (industryHere.length === 0 && ctx.industry && this.companyFits(c.entity, ctx.industry.entity)) {
        this.b.edge('OPERATES_IN', this.entityNode(c.entity), this.entityNode(ctx.industry.entity), [
          ctx.industry.evidence,
          ev(),
        ]);
      }
      const country = ms.find(
        (m) =>
          m.entity.kind === 'Country' &&
          lexId(m.entity) === c.entity.country &&
          m.to <= c.from &&
          COMPANIES_OF.test(text.slice(m.to, Math.min(c.from, m.to + 30))) &&
          // `한국의 불화수소 기업들은 … 삼성전자나 SK하이닉스 등에 납품`: a group with its own case particle is
          // another party of the clause, not a description of the company.
          !/(?:기업|업체|업계|회사|제조사)(?:들)?(?:은|는|이|가|을|를)\s/.test(text.slice(m.to, c.from)) &&
          !possessor,
      );
      const home =
        country?.entity ??
        (ctx.country && lexId(ctx.country.entity) === c.entity.country ? ctx.country.entity : undefined);
      if (home)
        this.b.edge('BASED_IN', this.entityNode(c.entity), this.entityNode(home), [
          ev(),
          country ? undefined : ctx.country?.evidence,
        ]);
    }
  }

  // ---------------------------------------------------------------- figures

  private figuresOf(span: Span): FigureMatch[] {
    let found = this.spanFigures.get(span);
    if (!found) {
      found = findFigures(span.text);
      this.spanFigures.set(span, found);
    }
    return found;
  }

  private figures(block: Block, span: Span, ms: Mention[], ctx: Context, owner: string | undefined) {
    const measured = new Map<FigureMatch, string | undefined>();
    for (const f of this.figuresOf(span)) {
      const id = this.newId('figure');
      const properties: Record<string, string | number> = { value: f.value, unit: f.unit, raw: f.raw };
      if (f.year !== undefined) properties.year = f.year;
      if (f.qualifier !== undefined) properties.qualifier = f.qualifier;
      // `about 30%` is also found as `30%`.
      const bare = f.qualifier ? f.raw.slice(f.qualifier.length).replace(/^\s+(?:an?\s+)?/, '') : undefined;
      // `up to 4,000 jobs`: a count is named with the noun it counts, as the text writes it.
      const noun = f.counted ? /^\S+(.*)$/.exec(f.counted)![1]! : '';
      const name = `${f.raw}${noun}`;
      const aliases = [...new Set([bare, f.counted, noun ? f.raw : undefined])].filter(
        (a): a is string => a !== undefined && a !== name,
      );
      this.b.node(id, 'Figure', { name, properties, ...(aliases.length > 0 ? { aliases } : {}) });
      const [sa, sb] =
        clauses(span.text).find(([x, y]) => x <= f.from && f.to <= y) ??
        sentenceAround(span.text, f.from, f.to);
      const ev = this.ev(span, sa, sb, block.section, 'figure');
      this.b.mention(id, this.ev(span, f.from, f.to, block.section, 'figure'));
      const before = glossed(
        ms.filter((m) => m.to <= f.from && m.from >= sa),
        span.text,
        f.from,
      );
      /** What stands between the name before the figure and the figure. */
      const lead = before ? span.text.slice(before.to, f.from) : '';
      // `$40 billion worth of U.S. AI chips`: a country right before another name only says where it is from.
      const first = ms.find((m) => m.from >= f.to);
      const second = first ? ms.find((m) => m.from >= first.to) : undefined;
      const next =
        first?.entity.kind === 'Country' && second && /^[ \t]+$/.test(span.text.slice(first.to, second.from))
          ? second
          : first;
      // `40% of U.S. imports`, `40% of the United States' imports`: a name that modifies the next noun is
      // not what the figure counts.
      const after = next ? span.text.slice(next.to, next.to + 24) : '';
      // `USD 550 million to the Asia-Germany Industrial Promotion Capital`: a name run on by capitalised words is part
      // of a longer name the text gives.
      const modifies =
        next !== undefined &&
        (/^(?:['’](?:s\b)?|의\s)/.test(after) ||
          /^(?:[-–]\p{Lu}\p{Ll}*)?\s\p{Lu}\p{Ll}+\s\p{Lu}/u.test(after) ||
          (/^\s+[a-z][a-z-]+/.test(after) && !ENGLISH_FUNCTION_WORD.test(after.trimStart())) ||
          // `3조원 규모의 이집트 엘다바 원전 건설 프로젝트`: a country before a Korean noun only says whose that is.
          (next.entity.kind === 'Country' && /^[ \t]+[가-힣]{2}/.test(after)));
      // `$30 million to Albemarle and MP Materials`: an amount written against a list is shared by it.
      const listed =
        next !== undefined &&
        ms.some((m) => m.from >= next.to && LIST_JOINER.test(span.text.slice(next.to, m.from)));
      // `C$7.5 million (US$5.6 million) to Fortune`: the amount again in another currency is no gap.
      const gap = next ? span.text.slice(f.to, next.from).replace(AMOUNT_GLOSS, '') : '';
      const right =
        next &&
        !modifies &&
        !listed &&
        FIGURE_OF.test(gap) &&
        // `49.7% 금융위원회: 8.5%`: a name right after a figure with nothing between starts the next field.
        gap.trim() !== '' &&
        gap.length <= 14
          ? next
          : undefined;
      const toward =
        next && !right && !modifies && !listed && gap.length <= 48 && FIGURE_TOWARD.test(gap)
          ? next
          : undefined;
      // `3.5 million electric cars sold`, `over 11 million EVs`: a count right before a name counts it.
      const counted =
        next &&
        !right &&
        f.unit === 'count' &&
        COUNTED_KINDS.has(next.entity.kind) &&
        /^\s+(?:(?:new|additional|more|such)\s+)?$/i.test(span.text.slice(f.to, next.from)) &&
        COUNT_HEAD_END.test(after)
          ? next
          : undefined;
      const subjectPolicy = ms.find(
        (m) =>
          m.entity.kind === 'Policy' && m.from >= sa && m.to <= f.from && this.isSubject(m, span.text, sa),
      );
      const subject = ms.find(
        (m) => m.from >= sa && m.to <= f.from && this.isSubject(m, span.text, sa, true),
      );
      // In a full sentence a figure measures only what it is written against: `of X`, `X(10.7%)`, or the
      // policy the sentence is about. Items and tables (no finite verb) state figures for their subject.
      const item = this.telegraphic(span.text.slice(sa, sb));
      const read = item ? undefined : this.figureReadings.get(span)?.get(f.from);
      // `- 반도체 첨단패키징 선도기술개발사업 (’25~‘31, 총 2,744억원)`: a phrase that ties the amount to a name
      // says more than the item it sits in.
      const phrased = this.phraseReadings.get(span)?.get(f.from);
      const adjacent = before && /^\s*[(:]?\s*$/.test(lead) ? before : undefined;
      // In items and tables a figure belongs to a name on its own line (infobox rows, list lines).
      // `India,\n 6%`: a line wrapped right after the name and its comma still writes the figure against it.
      const sameLine = (m: Mention | undefined) =>
        m !== undefined &&
        (!span.text.slice(m.to, f.from).includes('\n') ||
          /^[,:]?[ \t]*\n[ \t]*$/.test(span.text.slice(m.to, f.from)))
          ? m
          : undefined;
      // A label word between a name and the figure (`플랜트 매출액 15조 원`) makes it a field of the article's
      // subject, not of that name; `A 외 특수관계인: 49.7%` (A and its related parties) is still A's.
      // (`2016년 의료사업을 7천억엔에 캐논에 매각`: words with an object's particle before the amount are a clause
      // about something else, the amount its price; no label.)
      const beforeFigure = span.text.slice(
        Math.max(before?.to ?? sa, span.text.lastIndexOf('\n', f.from) + 1),
        f.from,
      );
      const labelled =
        /[\p{L}]{2,}/u.test(beforeFigure.replace(RELATED_PARTIES, '').replace(PARTICLES, '')) &&
        !/[가-힣](?:을|를)\s/.test(beforeFigure);
      // An article about an actor or a sector gives its fields on labelled lines; one about a material lists what the
      // material goes to (`flame retardants, 39%; … other, 18%`), shares of the material that measure those uses.
      const topic = this.documentTopic?.kind === 'Material' ? undefined : this.documentTopic;
      // `2010년 영업이익은 7,340억 원의 실적을 기록했다`, `Revenue rose to $2 billion`: in an article about a company, a
      // sentence that names nothing else and gives one of its accounts (sales, profit, loss, capital) gives the company's.
      const ownAccount =
        !item &&
        topic?.kind === 'Company' &&
        !ms.some((m) => m.from >= sa && m.to <= sb) &&
        ACCOUNT_WORD.test(span.text.slice(sa, f.from));
      // `효성, 탄소섬유 공장 증설에 1조원 투자`: an item that opens with an actor and a comma is that actor's, and an
      // amount of money is never a quantity of a material.
      const lineStart = span.text.lastIndexOf('\n', f.from) + 1;
      // `Belgium, 8%, India, 6%`: once a figure follows the opener, later figures belong to the names after it.
      const opener = item
        ? itemOpener(ms, span.text, Math.max(sa, lineStart), f.from, this.figuresOf(span))
        : undefined;
      const money = /^[A-Z]{3}$/.test(f.unit);
      // `알루미늄, 구리, …, 아연 6종 총 23만톤`, `A, B and C, a combined 40%`: a total after a list counts the whole list.
      const listTotal =
        before !== undefined &&
        /(?:[,·]\s*|\band\s+|[와과]\s+)$/.test(span.text.slice(Math.max(0, before.from - 5), before.from)) &&
        LIST_TOTAL.test(lead);
      // `CBP 등과 공조로 3,569억원 상당의 … 차단`: a partner joined by 와/과 is not what the amount measures.
      const partner =
        before !== undefined &&
        /^(?:\([^()]*\))?(?:\s*[·,]\s*[^\s()·,]+(?:\([^()]*\))?)*\s*(?:등)?(?:과|와)(?:의)?\s/.test(lead);
      // `시장규모(블룸버그 통신, ’18) : (’15년) 179억원`: a name in the parentheses before a field's colon is its source.
      const source = before !== undefined && /^[^()]*\)\s*:/.test(lead);
      // `니켈 21백만톤(세계 1위), 주석 80만톤`: after a name with its own figure, a figure written against a noun that
      // opens the next item of the list is that noun's, even when the noun names nothing this reader knows.
      // So is one after `; Texas,` in `Ohio, 8%; Texas, 5%`: an item that opens with a word of its own.
      const ahead = span.text.slice(Math.max(0, f.from - 40), f.from);
      const itemName = NEXT_ITEM_NAME.exec(ahead);
      const itemFrom = itemName ? f.from - ahead.length + itemName.index : f.from;
      const nextItem =
        (before !== undefined && /^\s*\d/.test(lead) && NEXT_ITEM_NOUN.test(lead)) ||
        (itemName !== null &&
          /\d/.test(ahead.slice(0, itemName.index)) &&
          !ms.some((m) => m.from >= itemFrom && m.to <= f.from));
      const nearest =
        (money && before?.entity.kind === 'Material') || listTotal || partner || source ? undefined : before;
      const loose = item
        ? labelled && topic
          ? undefined
          : (sameLine(subject) ?? sameLine(opener) ?? sameLine(nearest))
        : adjacent;
      // `a 12.5% tariff on South Korean goods`, `a 25 percent investment tax credit`: a rate of a duty or a credit
      // measures the measure, not what it falls on.
      const rate =
        f.unit === '%' &&
        (RATE_AFTER.test(span.text.slice(f.to, f.to + 32)) || RATE_BEFORE.test(span.text.slice(sa, f.from)));
      // `the U.S. average applied tariff was 3.3%`, `Indonesia's tariff on cars is 8%`: a country that the duty's noun
      // is written for levies it, and the rate is that country's.
      const levier = rate
        ? ms.find(
            (m) => m.entity.kind === 'Country' && m.from >= sa && LEVIED.test(span.text.slice(m.to, f.from)),
          )
        : undefined;
      // `the U.S. warehouse price was $340 per kilogram, 42% more than in 2023`, `톤당 1만 달러`: a price, and how
      // it moved, measure the good priced; never a country, firm or body.
      const priced =
        PER_UNIT.test(span.text.slice(f.to, f.to + 24)) ||
        UNIT_PRICE.test(span.text.slice(Math.max(sa, f.from - 8), f.from)) ||
        PRICE_WORD.test(span.text.slice(sa, f.from));
      // `3만 2천여명`, `40여 명`: a count of people is a company's or a body's staff, or a country's population, never a
      // sector's.
      const people = /명$/.test(f.raw);
      // `원전 10기`, `선박 5척`: units of plants or ships count the things a sector builds or runs, not the sector (a count of
      // vehicles or sites, `전기차 83,047대`, `반도체 2곳`, is read as the sector's).
      const units = /\d\s*여?\s*[기척]$/.test(f.raw);
      const fits = (e: Entity | undefined) =>
        e &&
        (!rate || e.kind === 'Policy' || e === levier?.entity) &&
        (!units || e.kind !== 'Industry') &&
        (!priced || e.kind === 'Material') &&
        (!people ||
          e.kind === 'Company' ||
          e.kind === 'Organization' ||
          (e.kind === 'Country' && /인구|population/i.test(span.text.slice(sa, f.from))))
          ? e
          : undefined;
      const node = (e: Entity | undefined) => (fits(e) ? this.entityNode(e!) : undefined);
      // `의류(5%)`: a figure in parentheses right after a word that names nothing the graph has is that word's (an
      // amount of money after a benefit, `추가 혜택(200만 원)`, is still the beneficiary's).
      const glossOfOther =
        !money &&
        GLOSSED_WORD.test(span.text.slice(Math.max(0, f.from - 12), f.from)) &&
        /^\s*\)/.test(span.text.slice(f.to)) &&
        !ms.some((m) => /^\s*\(\s*$/.test(span.text.slice(m.to, f.from))) &&
        !this.figuresOf(span).some((g) => g !== f && /^\s*\(\s*$/.test(span.text.slice(g.to, f.from)));
      // `중국(5개): 리튬이온 배터리 안전요건, …`: a count in a label's parentheses before a colon counts the items listed
      // after it, not the name it follows.
      const countsList = /^\s*[)）]\s*[:：]/.test(span.text.slice(f.to, f.to + 4)) && /개$/.test(f.raw);
      // A duration (`25년간`, `for 10 years`) and a count of firms (`10개사`, `three companies`) quantify nothing
      // the graph names.
      const untied = UNTIED.test(f.raw) || f.unit === 'years' || glossOfOther || nextItem || countsList;
      const paired = untied ? undefined : respectively(f, this.figuresOf(span), ms, span.text, sa, sb);
      // `희토류 7종`, `원전 4기`, `BRICS 5개국`: a Korean count follows what it counts, right after it.
      const koreanCount =
        !countsList && (f.unit === 'count' || f.unit === 'units') && KOREAN_COUNTER.test(f.raw);
      // `알루미늄, 구리, …, 아연 6종`: a count right after a list counts the whole list, not its last item.
      const afterList =
        before !== undefined &&
        /(?:[,·]\s*|[와과]\s+)$/.test(span.text.slice(Math.max(0, before.from - 3), before.from));
      // `리튬 1개, 흑연 5개, … 희토류 9개 사업`: counts paired with names in a list count what the list ends on.
      const pairedCounts =
        /^\s*[,·]\s*[가-힣A-Za-z][^\s,\d]*\s*\d/.test(span.text.slice(f.to, f.to + 24)) ||
        (before !== undefined &&
          /\d\s*[가-힣]{1,3}\s*[,·]\s*$/.test(span.text.slice(Math.max(0, before.from - 12), before.from)));
      // `철강 30개 품목`: a count before a noun for what it counts counts that noun, not the name before it.
      const countsNoun = COUNTED_NOUN_AFTER.test(span.text.slice(f.to, f.to + 8));
      const leader = figureLeader(f, this.figuresOf(span), span.text);
      const target = leader
        ? measured.get(leader)
        : koreanCount
          ? !before ||
            !/^\s*(?:\)\s*\()?\(?\s*$/.test(lead) ||
            // `다이후쿠(608건, 33.3%), 세메스(248건, …)`: a count in parentheses right after a name is that name's.
            ((listTotal || countsNoun || afterList || pairedCounts) && !/\(\s*$/.test(lead))
            ? node(read)
            : node(before.entity)
          : untied
            ? undefined
            : ((paired ? this.entityNode(paired) : undefined) ??
              node(levier?.entity) ??
              (ctx.mode === 'policy' && ctx.policy ? this.entityNode(ctx.policy.entity) : undefined) ??
              node(phrased) ??
              owner ??
              node(right?.entity) ??
              node(counted?.entity) ??
              node(read) ??
              node(toward?.entity) ??
              node(subjectPolicy?.entity) ??
              node(loose?.entity) ??
              (item && labelled && topic ? this.entityNode(topic) : undefined) ??
              (ownAccount ? this.entityNode(topic!) : undefined) ??
              (item && ctx.industry ? this.entityNode(ctx.industry.entity) : undefined));
      measured.set(f, target);
      // Under a policy's heading the heading is half the statement: quote it too.
      const underPolicy =
        ctx.mode === 'policy' && ctx.policy && target === this.entityNode(ctx.policy.entity);
      if (target) this.b.edge('MEASURES', id, target, [ev, underPolicy ? ctx.policy?.evidence : undefined]);
      // `contracts to Google and OpenAI for up to $200 million each`, `A와 B가 각각 50%의 지분을`: an amount given to
      // each is each one's.
      if (target && read && this.entityNode(read) === target && givenToEach(span.text, f, sa))
        for (const other of this.figureShares.get(span)?.get(f.from) ?? [])
          if (other !== read) this.b.edge('MEASURES', id, this.entityNode(other), [ev]);
      // A price, and how it moved, is the good's, never the place's (`In Europe, … the price increased by 84%`).
      const priceMoved = priced && PRICE_MOVED.test(span.text.slice(sa, f.from));
      const places = item || untied || priceMoved ? [] : (this.figureScenes.get(span)?.get(f.from) ?? []);
      for (const place of places.map((e) => this.entityNode(e)).filter((n) => n !== target))
        this.b.edge('MEASURES', id, place, [this.ev(span, sa, sb, block.section, figureScene.id)]);
      if (!target && places.length === 0) this.b.edge('PART_OF', id, this.sectionId(block.section), [ev]);
    }
  }
}

/**
 * `다이후쿠(608건, 33.3%)`, `398건(21.8%)`: parentheses that hold only figures give them in other terms; a figure after
 * the first in them, or first in them right after another figure, measures what that first figure measures.
 */
function figureLeader(f: FigureMatch, all: readonly FigureMatch[], text: string): FigureMatch | undefined {
  const open = text.lastIndexOf('(', f.from);
  const close = text.indexOf(')', f.to);
  if (open < 0 || close < 0 || text.lastIndexOf(')', f.from) > open) return undefined;
  const inside = all.filter((g) => g.from > open && g.to <= close);
  let rest = text.slice(open + 1, close);
  for (const g of [...inside].reverse())
    rest = rest.slice(0, g.from - open - 1) + rest.slice(g.to - open - 1);
  if (!/^[\s,·/]*$/.test(rest)) return undefined;
  if (inside[0] !== f) return inside[0];
  return all.find((g) => g.to <= open && /^\s*$/.test(text.slice(g.to, open)));
}

/** A signed instrument's name and the words before it: `네옴 철도 협력 MOU`, `공급망 협력 양해각서`. */
const INSTRUMENT_PHRASE = /(?:[^\s,.·]+\s+){0,3}[^\s,.·]*(?:MOU|MoU|양해각서|업무협약|협약|협정|각서)/g;

/**
 * `… ①지상장비 협력 총괄계약, ②잠수함 공동개발, ③KF-21 부품 공동생산 등 3건의 협력 MOU를 체결`: numbered items that a count
 * of as many things sums up right after the last are those things, not strategies.
 */
function countedItems(text: string, marks: readonly number[]): boolean {
  const last = marks.at(-1);
  if (last === undefined) return false;
  const count = /^[^①-⑳]*?\s등\s*(\d+)\s*(?:건|개|종)/.exec(text.slice(last + 1));
  return count !== null && Number(count[1]) === marks.length;
}

/**
 * `European Commission`, `EU 집행위원회`, `유럽의회`: a body named by a bloc is one of the bloc's own institutions, which
 * no one calls based in it.
 */
function blocBody(body: Entity, country: Entity): boolean {
  return body.kind === 'Organization' && country.bloc === true;
}

/**
 * A body the lexicon knows without a home country is an international one (`Chile's WTO obligations`, `한국의 IEA
 * 가입`): a country before its name says whose dealings with it these are, not where it is.
 */
function international(e: Entity): boolean {
  return e.kind === 'Organization' && !e.discovered && e.country === undefined;
}

/** The one company or body a profile's heading (`< 듀폰社 개요 >`) names, if it names one. */
function profiled(ms: readonly Mention[]): Entity | undefined {
  const named = distinctEntities(
    ms.filter((m) => m.entity.kind === 'Company' || m.entity.kind === 'Organization'),
  );
  return named.length === 1 ? named[0] : undefined;
}

/**
 * `JAMG and Taiyuan Coal Gasification Group may own 40.05% and 13.38% stake respectively`: with `respectively`
 * (`각각`), as many amounts as the actors listed before them pair up in order; the actor paired with `f`.
 */
function respectively(
  f: FigureMatch,
  all: readonly FigureMatch[],
  ms: readonly Mention[],
  text: string,
  sa: number,
  sb: number,
): Entity | undefined {
  if (!/\brespectively\b|각각/.test(text.slice(sa, sb))) return undefined;
  // (`the EU, India, and China tariff cars at 10%, 70%, and 15% respectively`: the list may run over clauses.)
  const [ta, tb] = sentenceAround(text, f.from, f.to);
  const inSpan = all.filter((g) => g.from >= ta && g.to <= tb && g.unit === f.unit);
  // `… is 2.5%, but the EU, India, and China tariff cars at 10%, 70%, and 15% respectively`: the amounts paired are
  // the last list of them; an amount before it is said of something else.
  let runStart = inSpan.length - 1;
  while (runStart > 0 && LIST_JOINER.test(text.slice(inSpan[runStart - 1]!.to, inSpan[runStart]!.from)))
    runStart--;
  const amounts = inSpan.slice(Math.max(runStart, 0));
  if (!amounts.includes(f)) return undefined;
  const first = amounts[0];
  if (!first || amounts.length < 2) return undefined;
  const actors = ms.filter((m) => m.from >= ta && m.to <= first.from && ACTOR_KINDS.has(m.entity.kind));
  // The one list of actors last before the amounts, its items joined by `and`, `,` or `와` and nothing else.
  let start = actors.length - 1;
  while (start > 0 && LIST_JOINER.test(text.slice(actors[start - 1]!.to, actors[start]!.from))) start--;
  const list = actors.slice(Math.max(start, 0));
  if (list.length === amounts.length) return list[amounts.indexOf(f)]?.entity;
  // `최대주주는 A, 2대주주는 B이며 지분율은 각각 26.41%, 6.59%이다`: with no list, 각각 right before the amounts gives
  // them to the actors the whole sentence names before, one each.
  if (!/각각\s*$/.test(text.slice(0, first.from))) return undefined;
  const named = distinctEntities(
    ms.filter((m) => m.from >= ta && m.to <= first.from && ACTOR_KINDS.has(m.entity.kind)),
  );
  const each = all.filter((g) => g.from >= ta && g.to <= tb && g.unit === f.unit);
  return named.length === each.length ? named[each.indexOf(f)] : undefined;
}

/** `$340 per kilogram`, `$9,000 a ton`: an amount for each unit of a good is its price. */
const PER_UNIT =
  /^\s*(?:per|a|an)\s+(?:metric\s+)?(?:kilogram|kg|ton|tonne|pound|lb|ounce|oz|barrel|gallon|liter|litre|MWh|kWh)s?\b/i;
/** `톤당 1만 달러`, `kg당`: the Korean price for each unit, written before the amount. */
const UNIT_PRICE = /(?:톤|kg|킬로그램|배럴|온스|파운드|리터)당\s*$/;
/** A price named before the amount in its clause: `the price was`, `가격은`. */
const PRICE_WORD = /\bprices?\b|가격|단가|시세/i;
/** A price as the subject of the verb right before the amount: `the price for tellurium increased by`, `가격은 30%`. */
const PRICE_MOVED =
  /(?:\bprices?\b(?:\s+(?:for|of|in)\s+\S+){0,3}\s+(?:increased|rose|fell|declined|decreased|dropped|jumped|climbed|soared|averaged|was|were)(?:\s+(?:by|to|about|nearly|approximately|an|estimated))*\s*|(?:가격|단가|시세)(?:은|는|이|가)\s*(?:\S+\s+){0,3})$/i;

/** A country that `the two countries` and `양국` can stand for: a state, not a bloc or a region (APEC, 동남아). */
function isState(e: Entity): boolean {
  return e.kind === 'Country' && !e.bloc && !e.region;
}

/** A Korean word and the parenthesis a figure opens right after it: `의류(`. */
const GLOSSED_WORD = /[가-힣]\(\s*$/;

/** Nouns a Korean count is written before when it counts them: `30개 품목`, `5개 분야`, `3개 기업`. */
const COUNTED_NOUN_AFTER =
  /^\s?(?:품목|기업|업체|사업|분야|국가|기관|과제|항목|종류|업종|지역|부처|개사|프로젝트)/;
/** A company's accounts: what an encyclopedia article states as the company's figures. */
const ACCOUNT_WORD =
  /매출|영업이익|영업손실|순이익|순손실|당기순|자본금|시가총액|\b(?:revenues?|sales|net (?:income|profit|loss)|operating (?:income|profit|loss)|profits?|losses|earnings|market capitali[sz]ation)\b/i;
/** Korean counters of things a report counts, other than firms, people and vehicles: `7종`, `24기`, `5,070건`, `2배`. */
const KOREAN_COUNTER = /\d\s*여?\s*(?:개국|개소|개|건|종|배|기)$/;
/** A count of firms: `10개사`, `7社`, `3개 기업`, `three companies`. */
const UNTIED = /(?:개사|社|개\s?(?:기업|업체|회사)|\b(?:companies|firms))$/;

/** The actor an item opens with, a comma after it (`효성, …`, `* SK실트론, …`), before `to`. */
function itemOpener(
  ms: readonly Mention[],
  text: string,
  from: number,
  to: number,
  figures: readonly FigureMatch[],
): Mention | undefined {
  const first = ms.find((m) => m.from >= from && m.to <= to);
  if (!first || !ACTOR_KINDS.has(first.entity.kind)) return undefined;
  const claimed = figures.some((g) => g.from >= first.to && g.to < to);
  const other = ms.some((m) => m.from >= first.to && m.to <= to && m.entity !== first.entity);
  if (claimed && other) return undefined;
  return ITEM_OPENING.test(text.slice(from, first.from)) && /^\s*,/.test(text.slice(first.to))
    ? first
    : undefined;
}

/**
 * The companies a sentence opens with as its subject: `인텔, 삼성전자, TSMC 등의 기업들이 …`, `삼성전자는 …`,
 * `Intel and Samsung are expanding …`.
 */
function leadingSubjects(text: string, ms: readonly Mention[], from: number): Mention[] {
  const list: Mention[] = [];
  let at = from;
  for (const m of ms) {
    if (
      m.entity.kind !== 'Company' ||
      !/^[\s,·]*(?:and|및|와|과)?[\s,·]*(?:-\s*)?$/.test(text.slice(at, m.from))
    )
      break;
    list.push(m);
    at = m.to;
  }
  if (list.length === 0) return [];
  const after = text.slice(at, at + 24);
  const subject =
    /^\s*(?:등(?:의)?\s*)?(?:[가-힣]+\s*)?(?:은|는|이|가)\s/.test(after) ||
    /^\s+(?:are|is|has|have|will|plan|\w+s\b|\w+ed\b)/.test(after);
  return subject ? list : [];
}

/**
 * `CATL, a Chinese battery maker, supplies Tesla`, `BYD, CATL 등 … 배터리 기업`, `battery maker CATL`: whether the
 * sector-and-maker phrase at `industry` describes `company` — it follows the company or the list the company
 * closes, or the company follows it right away — rather than another company the sentence names.
 */
function describedAs(
  company: Mention,
  industry: Mention,
  companies: readonly Mention[],
  text: string,
): boolean {
  // `벨기에 광업 회사로 DR콩고 Gecamines社 …`: a description that ends in a case particle is said of the clause's
  // subject, not of the name after it.
  if (company.from >= industry.to)
    return (
      company.from - industry.to <= 16 && !FIRM_WORD_WITH_PARTICLE.test(text.slice(industry.to, company.from))
    );
  // `SK그룹 계열의 반도체 회사`: the group a company belongs to is not the company the phrase describes, nor is a
  // possessor when the phrase names its company right after (`현대자동차그룹의 자동차 제조사 현대자동차`).
  if (/(?:계열|산하|소속|휘하)의/.test(text.slice(company.to, industry.from))) return false;
  if (namesItsCompany(industry, companies, text)) return false;
  const between = companies.filter((k) => k.from >= company.to && k.to <= industry.from);
  let at = company;
  for (const k of between) {
    if (!CONJUNCTION_KO_EN.test(text.slice(at.to, k.from))) return false;
    at = k;
  }
  return true;
}

/** After a country in a company's description: `’s largest shipbuilder`, `-based port equipment manufacturer`. */
const DESCRIBED_FROM = new RegExp(
  String.raw`^(?:-based|['’]s?)\s+(?:[A-Za-z-]+\s+){0,4}?(?:${COMPANY_DESCRIPTIONS}|${COMPANY_DESCRIPTION}|groups?)\b`,
);

/** After a country: a word for firms (`미국 기업들이`, `국내 업체`). */
const FIRMS_AFTER_KO = new RegExp(`^\\s*(?:${KO_FIRM_WORDS})`);
/** A word for firms closing a name's form: `우리 기업들`. */
const FIRMS_END_KO = new RegExp(`(?:${KO_FIRM_WORDS})들?$`);
/** A word for firms with its particle (`기업들이`, `업체로`). */
const FIRM_WORD_WITH_PARTICLE = new RegExp(`(?:${KO_FIRM_WORDS})(?:들)?(?:으로|로|은|는|이|가|을|를|에)\\s`);
/** Between the last listed name and the country: its parenthesis, then `등`. */
const LISTED_BEFORE_KO = /^\s*(?:\([^()]{0,20}\))?\s*등\s+$/;
/** Between two listed names: a parenthesis, then a comma, `·`, `와`/`과` or `및`. */
const LIST_SEPARATOR_KO = /^\s*(?:\([^()]{0,20}\))?\s*(?:,|·|와|과|및)\s*$/;
/** Only a maker noun between a sector and the company it describes: `자동차 제조사 현대자동차`, `battery maker CATL`. */
const MAKER_NOUN = new RegExp(
  String.raw`^\s*(?:제조업체|${KO_FIRM_WORDS}|maker|manufacturer|producer|company|firm)\s*$`,
  'i',
);
/** After a sector: a word saying a firm works in it (`배터리 기업`, `철강 생산`, `chip maker`). */
const TRADE_STATED = new RegExp(`${KO_FIRM_WORDS}|업계|생산|사업|company|companies|firm|maker|producer`, 'i');

/** Whether the sector-and-maker phrase at `industry` names its company right after: `자동차 제조사 현대자동차`. */
function namesItsCompany(industry: Mention, companies: readonly Mention[], text: string): boolean {
  return companies.some((k) => k.from >= industry.to && MAKER_NOUN.test(text.slice(industry.to, k.from)));
}

/** `[산업통상자원부]` opening a press release's title or text. */
const ISSUER = /^\s*\[([^\]\n]{2,30})\]/;

/** What a bare count can count: `17 million electric cars`, `600 000 tonnes of lithium` is a quantity instead. */
const COUNTED_KINDS = new Set(['Industry', 'Technology', 'Material', 'Company']);
/** After a counted name: the end of its phrase, not a noun it modifies (`3 million EV batteries`). */
const COUNT_HEAD_END =
  /^(?:\s*(?:[.,;:)]|$)|\s+(?:sold|produced|made|built|installed|registered|exported|imported|on|in|by|were|are|was|is|will|have|has|and|or|to|for|from|of|at|that|which|worldwide|globally|last|this|each|per|a)\b)/i;

/** Names a reference can stand for, and the passage that named them, quoted when the reference is used. */
interface Naming {
  members: Entity[];
  span: Span;
  from: number;
  to: number;
  section: number | undefined;
  rule: string;
}

function distinctEntities(ms: readonly Mention[]): Entity[] {
  return [...new Set(ms.map((m) => m.entity))];
}

/** Where the sentence (or line) holding `at` begins, past its leading spaces; `U.S.` ends no sentence. */
function sentenceStart(text: string, at: number): number {
  let start = Math.max(sentenceAround(text, at, at)[0], text.lastIndexOf('\n', at) + 1);
  while (start < at && /\s/.test(text[start]!)) start++;
  return start;
}

/** `… that it was allocated`, `… and they plan`: a pronoun opening a clause, group 1. */
const PRONOUN_SUBJECT =
  /\b(?:that|and)\s+(it|they)\b(?=\s+(?:\w+\s+)?(?:is|was|are|were|has|have|had|will|would|can|could|plans?|\w+ed|\w+s)\b)/g;
/** `its` before the noun it possesses. */
const POSSESSIVE_PRONOUN = /\bits(?=\s+[\w‘“'"-])/g;
/** Words that end a noun phrase rather than continue it: conjunctions, prepositions, auxiliaries. */
const FUNCTION_WORD =
  /^(?:and|or|but|nor|in|on|for|of|to|with|by|from|at|as|such|that|which|who|is|are|was|were|be|been|will|would|can|could|may|might|must|should|has|have|had|do|does|did|than|via|into|onto|across|through|under|over|since|while|because|including|like)$/;
/** What a sentence-opening `It` may stand for: a subject, or a policy (`The Act … It provides …`). */
const IT_KINDS = new Set([...ACTOR_KINDS, 'Policy']);
/** Citation marks that close a sentence's text: `countering China.:1`. */
const CITED_END = new RegExp(`${CITATION_MARK}+$`);
/**
 * `It` opening a sentence before a verb: `It supplies`, `It is headquartered`, `It also operates`; not the
 * empty subject of `It is unclear whether …`, `It was expected that …`.
 */
const SENTENCE_IT = new RegExp(
  String.raw`(?:^|[.!?]${CITATION_MARK}*\s+)(It)\s+(?!(?:is|was)\s+(?:not\s+)?\w+\s+(?:that|whether|to|for|if)\b)(?=(?:also\s+|then\s+|now\s+)?(?:is|was|has|had|will|would|can|plans?|\w+s|\w+ed)\b)`,
  'g',
);

/**
 * A statement rather than a heading: a Korean sentence (`…서명하였다.`), a report item that opens with its topic
 * (`정부는 … 대응함`, `산업통상자원부는 10.25(월), … 논의`), or an English sentence of eight words or more.
 */
const FULL_SENTENCE = /다\.?\s*$|^[가-힣A-Za-z]{1,15}(?:은|는)\s|^(?:\S+\s+){7,}\S*[a-z]\.\s*$/;
/** `정부, 美인플레감축법 … 총력 대응`: a Korean news headline, its subject set off by a comma, states a fact. */
const NEWS_HEADLINE_KO = /^[가-힣·]{1,12},\s/;

/** A duty or its rate right after a percentage: `a 12.5% tariff`, `25% ad valorem duties`, `15% 관세`. */
const RATE_AFTER =
  /^\s*(?:ad valorem\s+|additional\s+|reciprocal\s+)?(?:(?:tariffs?|duty|duties|levy|levies)\b|(?:[a-z-]+\s+){0,2}tax\s+credits?\b|관세|세율)/i;

/** After a name at the start of a clause, the rest of the subject it modifies, then a copula. */
const COPULA_SUBJECT_HEAD =
  /^(?:['’]s)?(?:\s+[A-Za-z-]+){1,3}(?:\s+(?:in|to|from|with)\s+[^,;()]{1,40}?)?\s+(?:is|was|are|were)\s/;

/**
 * From a country to the figure, the duty's noun it levies and a copula: `'s simple average applied tariff was `,
 * ` most-favored nation (MFN) tariff on passenger vehicles is `.
 */
const LEVIED =
  /^(?:['’]s?)?\s+(?:(?!(?:an?|the|to|on|for)\s)[\w()-]+\s+){0,5}(?:tariffs?|duty|duties)(?:\s+rates?)?(?:\s+on\s+[^,;.]{1,60}?)?\s+(?:is|was|are|were|averaged|stood\s+at)\s+(?:about\s+|around\s+|only\s+|just\s+)?$/i;

/** `tariffs … were lowered to 15%`, `the tariff on cars is 2.5%`, `관세를 25%로`: a duty's rate, set, changed or stated. */
const RATE_BEFORE =
  /(?:\b(?:tariffs?|duty|duties|levies)\b[^.;]{0,80}\b(?:to|at|by|from|is|was|are|were|of)|관세(?:율)?(?:를|을|는|가)?)\s+$/i;

/** A parenthesis holding an amount right after another: `(US$5.6 million)`, `(약 16조 원)`. */
const AMOUNT_GLOSS = /^\s*\([^()\n]{0,12}\d[^()\n]{0,28}\)/;

/** An amount as an argument for the clause engine; the proposals name it by this object. */
function figureArgument(f: FigureMatch): Entity {
  return {
    nodeId: `figure@${f.from}`,
    kind: 'Figure',
    name: f.raw,
    nameKo: undefined,
    nameEn: undefined,
    forms: new Set(),
    country: undefined,
    industries: [],
    parents: [],
    discovered: true,
  };
}

/** Korean particles and joiners, which are no label (`삼성전자의 20%`, `A와 B: 10%`). */
/** `주식회사 외 특수관계인`, `외 3인`: a holder's legal form and related parties, in a shareholder list. */
const RELATED_PARTIES = /^\s*(?:주식회사|㈜)?(?:\s*외\s*(?:특수관계인|\d+\s?인))?/u;
const PARTICLES = /(?:^|\s)(?:의|은|는|이|가|와|과|및|등|약)(?=\s|$)|^[의은는이가와과]/gu;

/**
 * The mentions inside `[a, b)`, from mentions sorted by start: a binary search to the first, so one long
 * paragraph of many clauses costs clauses × log(mentions), not clauses × mentions.
 */
function within(ms: readonly Mention[], a: number, b: number): Mention[] {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.from < a) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < ms.length && ms[i]!.from < b; i++) if (ms[i]!.to <= b) out.push(ms[i]!);
  return out;
}

/** `흑연 수출 통제` names graphite: a policy named after a material is the one acting on it. */
function namesMaterial(policy: Entity, material: Entity): boolean {
  const forms = [...policy.forms].map((f) => f.toLowerCase());
  return [...material.forms].some((f) => f.length >= 2 && forms.some((pf) => pf.includes(f.toLowerCase())));
}

/** The policy a heading or title consists of (`인플레이션 감축법`, `CBAM(탄소국경조정제도)`), if any. */
/** The entity a title consists of: one name and at most two other characters in `length`. */
function soleName(length: number, ms: readonly Mention[]): Entity | undefined {
  const only = ms[0];
  return ms.length === 1 && length - (only!.to - only!.from) <= 2 ? only!.entity : undefined;
}

/**
 * The one name a title is, also when a series it belongs to stands around it in parentheses or before a colon
 * (`Nickel (Mineral Commodity Summaries 2026)`, `Mineral Commodity Summaries 2025: Lithium`).
 */
function onlyName(text: string, ms: readonly Mention[]): Entity | undefined {
  // (`s`: a title may hold a carriage return or a line separator, which `.` would not cross.)
  const series = /^(?:[^:()]*:\s*)?(.*?)(?:\s*\([^()]*\))?\s*$/s.exec(text.trim())!;
  const from = text.indexOf(series[1]!);
  const inside = ms.filter((m) => m.from >= from && m.to <= from + series[1]!.length);
  return inside.length === ms.length ? soleName(series[1]!.length, inside) : undefined;
}

/**
 * `WASHINGTON -- The Department …`, `SEOUL, Dec. 4 (Yonhap) -- …`: the place a news item was filed from opens
 * its first line in capitals before a dash; it is no party to what the item says.
 */
const DATELINE =
  /^\s*[A-Z][A-Z .'’-]+[A-Z.](?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)*\s*(?:\([^()]{1,30}\)\s*)?(?:--|—|–|-)\s/;

function withoutDateline(text: string, ms: Mention[]): Mention[] {
  const line = DATELINE.exec(text);
  return line ? ms.filter((m) => m.from >= line[0].length) : ms;
}

/** `10.7일(美 현지 시각)`: the country whose clock dates an event is no party to it. */
function withoutTimeZones(text: string, ms: Mention[]): Mention[] {
  return ms.filter((m) => m.entity.kind !== 'Country' || !/^\s*현지\s?(?:시각|시간)/.test(text.slice(m.to)));
}

/** `서강대 화학과 교수`: a Korean university's department of a field is no sector. */
function withoutDepartments(text: string, ms: Mention[]): Mention[] {
  return ms.filter(
    (m) =>
      !(m.entity.kind === 'Industry' || m.entity.kind === 'Technology') ||
      !/^(?:공학)?과\s*(?:교수|학생|학과장|졸업|연구실)/.test(text.slice(m.to)),
  );
}

function onlyPolicy(text: string, ms: readonly Mention[]): Entity | undefined {
  const entity = soleName(text.length, ms);
  return entity?.kind === 'Policy' ? entity : undefined;
}

function termToKey(label: string): string {
  if (/단기|short/i.test(label)) return 'short';
  if (/중기|mid|medium/i.test(label)) return 'mid';
  return 'long';
}

function truncate(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** A no-dash table cell such as `미국·유럽 협력, 반도체 소재 국산화, 인재 양성` holds several items. */
function splitTableCell(cell: Span): Span[] {
  const text = cell.text;
  if (!/,\s/.test(text) || /\([^)]*,/.test(text)) return [cell];
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/,\s+/g)) {
    out.push({ text: text.slice(start, m.index!), src: cell.src.subarray(start, m.index!) });
    start = m.index! + m[0].length;
  }
  out.push({ text: text.slice(start), src: cell.src.subarray(start) });
  return out.every((p) => p.text.trim().length >= 4) ? out : [cell];
}

/** Between a list's last name and an amount: a total of the list (`6종 총`, `a combined`, `in total`). */
const LIST_TOTAL = /(?:총|합계|모두|합쳐|등|\b(?:combined|total|altogether|together)\b)[^,.;]{0,6}$/i;
/** A commodity summary's field about its own country: `Domestic Production and Use:`. */
const DOMESTIC_FIELD = /(?:^|\n)\s*Domestic [A-Z]?[a-z][^:\n]{0,40}:/;
/** The field of a commodity summary that lists where imports come from. */
const IMPORT_SOURCES = /\bImport Sources\b[^:\n]{0,24}:/;
/** The next field after it (`Tariff:`, `Depletion Allowance:`): a capitalised label and a colon after a line break. */
const NEXT_FIELD = /\n\s*\n|\n\s*[A-Z][A-Za-z ,]{2,40}:(?!\s*\d)/;
/** `, 27%`, `,5 76%`: a country's share written after it (a footnote mark may sit between). */
const SHARE_AFTER = /^\s*,\s*(?:\d\s+)?\d{1,3}(?:\.\d+)?%/;
/**
 * Where the list a count of countries holds in parentheses ends, when the parentheses close a little before
 * `at`: `14개국(한국(의장국), 미국, …) 및 EU 집행위 참여`.
 */
function countedListEnd(text: string, at: number): number | undefined {
  const close = text.lastIndexOf(')', at);
  if (close < 0 || at - close > 16 || text.slice(close + 1, at).includes('(')) return undefined;
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0)
      return /\d+\s*개국\s*$/.test(text.slice(0, i)) ? close : undefined;
  }
  return undefined;
}

/**
 * The name a figure is written after: the last before it, unless that is a country inside a parenthesis that glosses
 * the word before it (`신에츠(日,29%)`, `SK실트론(韓,18%)`): the country and the share are that word's, so the share
 * goes to the name the parenthesis follows, or to none when the word is no name the text knows.
 */
function glossed(before: readonly Mention[], text: string, at: number): Mention | undefined {
  const last = before.at(-1);
  if (last?.entity.kind !== 'Country' || !/^\s*[,，]\s*$/.test(text.slice(last.to, at))) return last;
  const open = text.lastIndexOf('(', last.from);
  if (open <= 0 || !/^\s*$/.test(text.slice(open + 1, last.from)) || !/[\p{L}\p{N}]/u.test(text[open - 1]!))
    return last;
  const owner = before.at(-2);
  return owner && owner.to === open ? owner : undefined;
}

/** Taking part in a partnership or body: `참여`, `가입`, `회원국`. */
const TAKE_PART_KO = /(?:참여|가입|회원국)/g;
/** Between the last country of a list and `참여`: `등 12개국`, `이`. */
const LIST_CLOSE_KO = /^\s*(?:등\s*)?(?:\d+\s*개국\s*)?(?:이|가)?\s*$/;
/** A side's label: `(韓)`, `(UAE측)`, `(우리 기업)`; group 1 is the country's word. */
/** What an agency makes under a law it names before: `(Section 111) rulemaking`, `rules`, `standards`. */
const MADE_UNDER =
  /^(?:\s+(?:Section|Sec\.|§)\s*\d+[A-Za-z]*)?\s+(?:rulemakings?|rules?|regulations?|standards?|guidance|guidelines)\b/;
/** A list's next item opened by a capitalised word and a comma, after a semicolon: `…; and Pennsylvania, 4%`. */
const NEXT_ITEM_NAME = /;\s*(?:and\s+)?\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)*,\s*$/u;
/** A list's next item opened by a Korean noun right before a figure, after a comma: `…, 주석 80만톤`. */
const NEXT_ITEM_NOUN = /[,;]\s*(?!(?:연간|총|약|최대|최소|누적|각각|모두|합계|전체)\s*$)[가-힣]{2,}\s*$/;
const SIDE_LABEL = /[(（]\s*([^()（）\s]{1,10}?)(?:\s?(?:측|기업|정부))?\s*[)）]/gu;
/** `우리`, `한국`: the labels a Korean release gives its own side. */
const OUR_SIDE = /^(?:우리|한국|韓|한)$/;
/** What joins two sides: `↔`, `-`, `–`, with the job titles after a side's body (`장관`). */
const SIDES_JOINED = /^[\s가-힣]{0,12}[↔\-–—][\s*]*$/;
/** A label of a roster of one sector's firms: `조선사 :`, `반도체 기업 :`; group 1 is the sector's word. */
const ROSTER_LABEL = /^\s*([가-힣A-Za-z]{1,10}?)\s*(?:사|기업|기업들|업체|업계)\s*[:：]/u;
/** A model number ending a product's name: `H200`, `MI325X`, `787-9`. */
const MODEL_NUMBER = /\s(?:[A-Z]{1,4}-?)?\d{2,4}(?:-\d{1,3})?[A-Z]{0,3}$/;

/** Whether a text holds nothing but parenthetical remarks (nested ones too) and spaces. */
function onlyParentheses(text: string): boolean {
  let rest = text;
  for (let previous = ''; rest !== previous; ) {
    previous = rest;
    rest = rest.replace(/\([^()]*\)/g, '');
  }
  return rest.trim() === '';
}
