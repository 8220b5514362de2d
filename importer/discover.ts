import type { EntityKind } from '../graph/model';
import { COMPANY_DESCRIPTION, COMPANY_DESCRIPTIONS, KO_FIRM_WORDS, OWNER_PARTICIPLE } from './cues';
import { type Entity, formKey, HANGUL, nodeIdFor, SECTOR_KINDS, slugify } from './entities';
import { finalConsonant, NO_FINAL } from './language/hangul';
import type { Analyser } from './language/types';
import shapes from './lexicon/name-shapes.json';
import { escapeRegExp, Matcher } from './mentions';

/**
 * Finds names the lexicon does not know yet, and second names of known ones, from the way reports write
 * them: `탄소국경조정제도(CBAM)`, `IRA(인플레이션 감축법)`, `CHIPS and Science Act(반도체 지원법)`,
 * quoted plan names (‘영국 첨단산업 전략’), Korean law names (`…법`) and English titles (`… Act`, `… Strategy`).
 */

const POLICY_END_KO =
  /(?:법|법안|협정|제도|전략|계획|정책|규제|이니셔티브|프로그램|로드맵|방향|지원책|조례|규정|특별법|시행령|각서|지침|지침안|방안|대책|협약|가이드라인|파트너십|선언|성명|프레임워크|비전|프로젝트|구상|MOU|MOA|MoU|LOI)$/;
/** The words an English policy's title ends with (`Inflation Reduction Act`, `Battery Investment Scheme`). */
const POLICY_HEADS_EN =
  'Act|Law|Strategy|Plan of Action|Programme of Action|Program of Action|Plan|Agreement|Regulation|Directive|Deal|Initiative|Programme|Program|Scheme|Schemes|Mechanism|Framework|Reserve|Partnership|Pact|Accord|Treaty|Convention|Protocol|Compact|Standards|Memorandum of Understanding|Joint Statement|Joint Declaration';
const POLICY_END_EN = new RegExp(`(?:${POLICY_HEADS_EN}|MOU|MoU)$`);
/** A title-case English policy title, not the office or board named after it (`Loan Programs Office`). */
const ENGLISH_TITLE = new RegExp(
  String.raw`\b((?:(?:[A-Z][A-Za-zÀ-ÖØ-öø-ÿ0-9&.'’–-]*|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:and|of|for|the|on|in|to|&)\s+)?){1,7}(?:Act\s+(?:19|20)\d{2}(?![\d/–-])|${POLICY_HEADS_EN}))\b(?!\s+(?:Office|Offices|Manager|Director|Administrator|Committee|Council|Board|Agency|Consultancy|Center|Centre|Hall|PTE|Pte|Ltd|Inc|LLC|Corporation|Company|Group|Holdings)\b)`,
  'g',
);
const RELATION_LABEL =
  /^(?:(?:Strategic|Comprehensive|Global|Economic|Enhanced|Special|Bilateral|Trilateral|Future-Oriented|Close)\s+)+(?:Partnership|Pact|Accord)$/;
const COMPANY_END =
  /(?:Co\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|Company|LLC|PLC|plc|GmbH|Associates|Ventures|Enterprises|Materials|Minerals|Metals|Resources|Magnetics|Cells|Group|Holdings|Electronics|Motors?|Manufacturing|Technologies|Solutions|Industries|Chemicals?|Steel|Semiconductors?|Systems|전자|화학|제철|중공업|솔루션|그룹|홀딩스|오션|해양|자동차|모비스|시스템|케미칼|정밀화학|에너지솔루션)$/;
/** Affiliates of a business group named in importer/lexicon/name-shapes.json: 한화시스템, 롯데정밀화학, KG케미칼, 한화디펜스(대표이사 …). */
const GROUP_AFFILIATE = new RegExp(
  `(?<![\\p{L}\\p{N}])((${shapes.businessGroups.map(escapeRegExp).join('|')})[가-힣A-Za-z]{1,10})(?=[\\s,.()·]|$)`,
  'gu',
);
const BUSINESS_KINDS = new Set<string>(['Industry', 'Material', 'Technology']);
const TRAILING_PARTICLE =
  /(?:으로부터|로부터|에서부터|에게서|으로서|로서|으로써|로써|에서는|에게는|으로는|로는|에서|에게|으로|과의|와의|까지|부터|처럼|보다|은|는|이|가|을|를|의|에|과|와|도|로|만)$/;
const GROUP_PREFIX = new RegExp(
  `^(${shapes.businessGroups.map(escapeRegExp).join('|')})([가-힣]{2,}|[A-Z]{2,})$`,
);

/**
 * `포스코 인터내셔널`, `LG 에너지솔루션`: an affiliate written without a space (`포스코인터내셔널`) is also
 * written with one after its group's name.
 */
export function spacedAffiliateForm(form: string): string | undefined {
  const m = GROUP_PREFIX.exec(form);
  return m ? `${m[1]} ${m[2]}` : undefined;
}

/** A news agency in parentheses is a dateline, not a second name (importer/lexicon/name-shapes.json). */
const NEWS_AGENCY = new RegExp(`^(?:${shapes.newsAgencies.map(escapeRegExp).join('|')})$`, 'i');
const ORG_END =
  /(?:협회|위원회|공단|연구원|기구|은행|공사|재단|Association|Agency|Commission|Council|Institute|Organization|Organisation|Bank|Ministry|Department|Union|Bureau|Survey|Service|Authority|Administration|Office|Board|Committee|Representative|Parliament|Congress|Senate|Fund|Consortium|Workers|Steelworkers|University)$/;
const TAX_CREDIT_KO =
  /(?<![\p{L}\p{N}])([\uac00-\ud7a3]{2,8}세액공제)(?=[\s,.)]|$|[을를이가은는의에과와도으로및])/gu;
const NOT_LAW =
  /(?:방법|불법|해법|기법|문법|용법|요법|수법|화법|입법|사법|헌법|합법|편법|위법|적법|공법|어법|비법|작법|세법|명령|법령|지령|요령|수령|강령|사령|대령|본령|연령|고령|점령|발령|가령|설령|대통령령|총리령)$/;
const DESCRIPTOR =
  /(?:기업|회사|국가|최대|세계|중심|위한|이상|이하|기준|예:|예시|등$|\s등\s|및|또는|경우|분야|관련|산업군|혁신 단지)/;
const YEAR_TAIL =
  /\s*[,，]\s*(?:(?:19|20)\d{2}|[‘'’]\d{2})(?:\s*[~\-–]\s*(?:(?:19|20)\d{2}|현재|present)?)?\s*$/i;
const ONLY_YEAR = /^(?:(?:19|20)\d{2}|[‘'’]\d{2})(?:\s*[~\-–]\s*(?:(?:19|20)\d{2}|현재|present)?)?$/i;
const TITLE_WORD = /^(?:[A-Z0-9][A-Za-zÀ-ÖØ-öø-ÿ0-9&.'’–-]*|and|of|for|the|a|on|in|to|&)$/;
const LEADING_STOP =
  /^(?:(?:Billion|Million|Trillion|Thousand|The|A|An|In|On|Under|This|That|These|Its|Their|Our|By|With|From|For|And|Of|Beyond|Through|After|Before|Since|During|As|Following|Unlike|Like|Despite|Without|Within|Via|Per|Amid|Against|Toward|Towards|Including|Expand|Extend|Adopt|Implement|Introduce|Pass|Enact|Strengthen|Support|Create|Establish|Launch|Use|Apply|Revise|Amend|Repeal|Reform|Both|Each|Every|New)\s+)+/i;

/** `Royal Dutch Shell-owned `, `Beijing-based `, `state-backed `: a modifier naming an owner, base or backer. */
const OWNER_PREFIX = new RegExp(
  String.raw`^(?:[A-Z][\w.&'’]*\s+){0,3}[A-Za-z][\w.&'’]*-${OWNER_PARTICIPLE}\s+(?=[A-Z])`,
);

/** A headline up to its verb: `United States and Japan Sign `, `EU Adopts `, `Korea Joins the `. */
const HEADLINE_SUBJECT =
  /^.*?\b(?:Signs?|Signed|Launch(?:es)?|Launched|Announces?|Announced|Unveils?|Unveiled|Adopts?|Adopted|Reach(?:es)?|Reached|Conclude[sd]?|Finali[sz]e[sd]?|Renews?|Renewed|Joins?|Joined|Approves?|Approved|Pass(?:es)?|Passed|Enters?|Entered|Strikes?|Struck|Seals?|Sealed|Inks?|Inked|Agrees?|Agreed|Welcomes?|Welcomed|Extends?|Extended|[A-Z][a-z]+ifies|Strengthens|Deepens|Expands|Secures|Advances|Delivers|Establishes|Celebrates|Bolsters|Boosts|Protects|Restores|Outlines|Commits|Invests)\s+(?:(?:the|a|an|New|Historic|Landmark|Unprecedented|Major|Bold|Groundbreaking|Sweeping)\s+)*(?=[A-Z0-9])/;

/** A deal named only by words for deals: `Trade Deal`, `Historic Reciprocal Trade Agreement`. */
const GENERIC_DEAL =
  /^(?:(?:Trade|Economic|Free|Reciprocal|Bilateral|Historic|Landmark|Major|Investment|Tariff|Comprehensive|Strategic|Partnership|Cooperation|Defense|Defence|Security|and)\s+)+(?:Deal|Agreement|Framework|Partnership|Pact|Accord)(?:\s+with\b.*)?$/;

export interface Discovery {
  /** New entities that the text names but the lexicon lacks. */
  entities: Entity[];
  /** Extra forms for known entities, by node id. */
  aliases: Map<string, Set<string>>;
  /** Short forms the text defines for a known entity that the lexicon gives to another (`ITA`), by node id. */
  defined: Map<string, Set<string>>;
}

function nameLike(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 48) return false;
  if (/[,;:·]/.test(t) && !/^[A-Z0-9 &.-]+$/.test(t)) return false;
  if (/^[\d\s.,~%-]+$/.test(t) || ONLY_YEAR.test(t)) return false;
  // `('25.上)`, `('25~'29)`, `('25.3분기)`: a date or period, whatever its marks.
  if (
    /\d/.test(t) &&
    /^(?:上|下|分期|반기|분기|월|년|말|초|H[12]|Q[1-4])*$/.test(t.replace(/[\d\s'’‘.,~\-–/→%]/g, ''))
  )
    return false;
  if (DESCRIPTOR.test(t)) return false;
  return t.split(/\s+/).length <= 6;
}

/** `Taiwan Semiconductor Manufacturing Co` ~ `TSMC`: the acronym's letters are the words' initials. */
function initialsMatch(name: string, acronym: string): boolean {
  const initials = name
    .replace(/['’]s\b/g, '')
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  const letters = acronym.replace(/[^A-Z]/g, '');
  return (
    letters.length >= 2 &&
    initials.startsWith(letters.slice(0, Math.min(letters.length, initials.length))) &&
    initials.length >= letters.length - 1
  );
}

/** The known entity a lower-case run of words ends with, when the acronym is that name's initials (`integrated circuits`, `ICs`). */
function knownLowerCaseEnd<T>(
  words: string,
  acronym: string,
  known: (name: string) => T | undefined,
): T | undefined {
  const all = words.split(/\s+/);
  if (!/^[a-z]/.test(all.at(-1) ?? '')) return undefined;
  const letters = acronym.replace(/s$/, '').toLowerCase();
  for (let k = Math.max(0, all.length - 5); k < all.length; k++) {
    const tail = all.slice(k).join(' ');
    const initials = tail
      .split(/[\s-]+/)
      .filter((w) => !/^(?:of|and|the|for|in|on|to)$/.test(w))
      .map((w) => w[0])
      .join('')
      .toLowerCase();
    const entity = initials === letters ? known(tail) : undefined;
    if (entity) return entity;
  }
  return undefined;
}

/** `Department for Business, `, `Ministry of Economy, `: a body's name that goes on after a comma. */
const BODY_THEN_COMMA =
  /\b(?:Department|Ministry|Office)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*,\s*$/;

/** Two or more words set in capitals, each of three letters or more but `OF`, `AND`, `THE`, `FOR`, `&`. */
const CAPITALS_NAME = /^(?:[A-Z]{3,}|OF|AND|THE|FOR|&)(?:\s+(?:[A-Z]{3,}|OF|AND|THE|FOR|&))+$/;

function titleCase(name: string): string {
  return name
    .split(' ')
    .map((w, k) =>
      k > 0 && /^(?:OF|AND|THE|FOR)$/.test(w) ? w.toLowerCase() : w[0] + w.slice(1).toLowerCase(),
    )
    .join(' ');
}

/** `USTR`, `COP 28`, and a plural one: `integrated circuits (ICs)`. */
function isAcronym(s: string): boolean {
  return /^[A-Z][A-Z0-9&.-]{1,9}s?(?:\s\d{2,4})?$/.test(s.trim());
}

/** `Department of Commerce`, `U.S. Bureau of Industry and Security`, `Secretary of Energy`. */
const ORG_START =
  /^(?:U\.S\.\s+|US\s+|the\s+)?(?:Department|Ministry|Bureau|Office|Secretary|Agency|Directorate|Council|Commission|University|Academy|Institute)\s+of\s+[A-Z]/;

function kindFromShape(name: string): EntityKind | undefined {
  const t = name.trim();
  if (GENERIC_NAME.test(t)) return undefined;
  if (ORG_START.test(t)) return 'Organization';
  if (POLICY_END_EN.test(t) || (POLICY_END_KO.test(t) && !NOT_LAW.test(t))) return 'Policy';
  if (ORG_END.test(t)) return 'Organization';
  if (COMPANY_END.test(t)) return 'Company';
  return undefined;
}

/** `Latest Company to Invest in U.S.`: a headline's words for some company, no company's name. */
const GENERIC_NAME_EN =
  /^(?:(?:The|A|An|Latest|First|Last|New|Next|Other|Another|Leading|Major|Largest|Biggest|Top|Several|Many|Some|Each|Every|Any)\s+)+(?:Company|Companies|Corporation|Corporations|Firm|Firms|Group|Groups|Manufacturer|Manufacturers)$/;
const GENERIC_NAME =
  /^(?:전략|계획|정책|법|법안|제도|협정|규제|방향|지원책|로드맵|프로그램|정부|산업|기업|시장|비전|프로젝트|구상|현지법인|법인|자회사|본사|지사|지점|사무소|합작사|합작법인|계열사|모회사|공기업|협약|업무협약|양해각서|각서|협력각서|계약|합의서|협정서)$/;
const GENERIC_ACRONYM = /^(?:MOU|MOA|LOI|LOA|NDA|JV)s?$/;
const ENDS_WITH_PARTICLE =
  /(?:의|은|는|이|가|을|를|와|과|에|로|으로|에서|에게|부터|까지|도|운|인|한|된|던|적|(?<=[가-힣])(?:이자|이며|이고|이면서))$/;
const STOP_TOKEN =
  /^(?:그리고|및|또는|특히|또한|즉|등|이른바|소위|대표적인|새로운|주요|기존|위해|위한|통해|통한|대한|따른|관한|같은|의한|인해|이번|금번|해당|관련|각|동|본|이|그|양국|양측)$/;

/**
 * The name written right before `(`: a run of title-case words, or the Korean words touching it, at most
 * four and none ending in a particle (`미국의 인플레이션 감축법(IRA)` → `인플레이션 감축법`).
 */
function nameBefore(text: string, paren: number): string | undefined {
  const head = text.slice(Math.max(0, paren - 80), paren).replace(/\s+$/, '');
  const quoted = /[‘“"「｢『']([^’”"」｣』'\n]{2,60})[’”"」｣』']$/.exec(head);
  if (quoted) return quoted[1]!.trim();
  const latin =
    /(?<![가-힣A-Za-z0-9&.'’–-])([A-Z0-9][A-Za-z0-9&.'’–-]*(?:\s+(?:[A-Z0-9][A-Za-z0-9&.'’–-]*|and|of|for|the|on|in|to|&))*)$/.exec(
      head,
    );
  // `The 2015 Joint Comprehensive Plan of Action (JCPOA)`: the year before a title dates it and is no word of it.
  if (latin?.[1] && /^[A-Z0-9]/.test(latin[1]) && !HANGUL.test(head.slice(-1)))
    return latin[1].replace(LEADING_STOP, '').replace(/^(?:19|20)\d{2}\s+(?=[A-Z])/, '');
  const clause = head.split(/[,.;:·"'‘’“”「」｢｣『』()]/).at(-1) ?? '';
  const tokens = clause.trim().split(/\s+/).filter(Boolean);
  const picked: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && picked.length < 4; i--) {
    const token = tokens[i]!;
    if (STOP_TOKEN.test(token) || /\d|부터$|까지$|년$|월$/.test(token)) break;
    if (picked.length > 0 && (ENDS_WITH_PARTICLE.test(token) || !/[\p{L}\p{N}]/u.test(token))) break;
    picked.unshift(token);
  }
  const name = picked.join(' ');
  return name === '' || GENERIC_NAME.test(name) ? undefined : name;
}

/** Two-letter runs of Hangul in a name, without the head nouns every law, plan or body may end with. */
function hangulPairs(name: string): Set<string> {
  const pairs = new Set<string>();
  for (const word of name.replace(GENERIC_HEADS_KO, ' ').match(/[가-힣]+/g) ?? [])
    for (let i = 0; i + 1 < word.length; i++) pairs.add(word.slice(i, i + 2));
  return pairs;
}
const GENERIC_HEADS_KO = /제도|정책|법안|협정|전략|계획|위원회|협회|기구|공사|기금/g;

/**
 * Whether a Korean name shares a third of its letter pairs with a Korean name the entity has (`인플레감축법` and
 * `인플레이션 감축법`), the heads every law or body ends with left out; an entity with no Korean name is given the benefit.
 */
function koreanNamesAlike(name: string, entity: Entity): boolean {
  const mine = hangulPairs(name);
  const korean = [...entity.forms].filter((f) => HANGUL.test(f));
  if (mine.size === 0 || korean.length === 0) return true;
  return korean.some((f) => {
    const theirs = hangulPairs(f);
    const shared = [...mine].filter((p) => theirs.has(p)).length;
    return shared / mine.size >= 1 / 3;
  });
}

/**
 * `U.S.-South Korea Free Trade Agreement (KORUS FTA)`: a long name of the entity's kind whose last words end
 * one of the entity's known names is another name of it.
 */
function sameHead(name: string, entity: Entity): boolean {
  if (kindFromShape(name) !== entity.kind) return false;
  const tail = name.split(/\s+/).slice(-3).join(' ').toLowerCase();
  return tail.split(' ').length >= 3 && [...entity.forms].some((f) => f.toLowerCase().endsWith(tail));
}

function cleanParenthetical(inner: string): string | undefined {
  // `(‘ESMC')`, `("CATL")`: a short name defined in quotes.
  const t = inner
    .replace(YEAR_TAIL, '')
    .trim()
    .replace(/^[‘'“"]([^‘’'“”"]+)[’'”"]$/, '$1');
  // `KADOC Ltd(현지법인)`: a word for what kind of body it is, not another name of it.
  if (t === '' || ONLY_YEAR.test(t) || GENERIC_NAME.test(t)) return undefined;
  return t;
}

const keysOfKnown = new WeakMap<readonly Entity[], Map<string, Entity>>();

/** Surface-form keys of the known entities, computed once per entity list. */
function knownKeys(known: readonly Entity[]): Map<string, Entity> {
  let keys = keysOfKnown.get(known);
  if (!keys) {
    keys = new Map();
    for (const e of known) {
      for (const f of e.forms) {
        const key = formKey(f);
        if (!keys.has(key)) keys.set(key, e);
      }
    }
    keysOfKnown.set(known, keys);
  }
  return keys;
}

/**
 * `Mineral Security Partnership` ~ `Minerals Security Partnership`: an English name of two words or more, each
 * word without a plural -s, so that a name written with one word's number changed is the same name.
 */
function numberKey(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^[A-Za-z][A-Za-z.'’-]*$/.test(w))) return undefined;
  return words.map((w) => w.toLowerCase().replace(/(?<=[a-z]{3}[^s])s$/, '')).join(' ');
}

const numberKeysOfKnown = new WeakMap<readonly Entity[], Map<string, Entity>>();

function knownNumberKeys(known: readonly Entity[]): Map<string, Entity> {
  let keys = numberKeysOfKnown.get(known);
  if (!keys) {
    keys = new Map();
    for (const e of known)
      for (const f of e.forms) {
        const key = numberKey(f);
        if (key !== undefined && !keys.has(key)) keys.set(key, e);
      }
    numberKeysOfKnown.set(known, keys);
  }
  return keys;
}

export function discover(
  texts: readonly string[],
  known: readonly Entity[],
  matcher = new Matcher(known),
  /** Korean morphology, for firms' names the text writes without a gloss (`광산업체 퍼스트퀀텀은`). */
  korean?: Analyser,
): Discovery {
  const knownByKey = knownKeys(known);
  /** Aliases found in this text, on top of the known forms. */
  const aliasByKey = new Map<string, Entity>();
  const aliases = new Map<string, Set<string>>();
  const defined = new Map<string, Set<string>>();
  const found = new Map<string, Entity>();

  const knownByNumber = knownNumberKeys(known);
  const resolve = (name: string): Entity | undefined => {
    const key = formKey(name);
    return knownByKey.get(key) ?? aliasByKey.get(key) ?? found.get(key);
  };
  const sameButNumber = (name: string): Entity | undefined => {
    const key = numberKey(name);
    return key === undefined ? undefined : knownByNumber.get(key);
  };
  const wholeMention = (name: string): Entity | undefined => {
    const direct = resolve(name);
    if (direct) return direct;
    const ms = matcher.find({ text: name });
    const only = ms[0];
    if (ms.length === 1 && only && only.from === 0 && only.to === name.length) return only.entity;
    return undefined;
  };
  const addAlias = (entity: Entity, form: string) => {
    const key = formKey(form);
    if (knownByKey.has(key) || aliasByKey.has(key) || found.has(key) || GENERIC_NAME.test(form.trim()))
      return;
    // Not a clipped known name ("감축법"), nor a known name with words in front ("2026년부터 탄소국경조정제도").
    if (
      [...entity.forms].some((f) => (key.length <= 4 && formKey(f).endsWith(key)) || key.endsWith(formKey(f)))
    )
      return;
    const set = aliases.get(entity.nodeId) ?? new Set<string>();
    set.add(form);
    aliases.set(entity.nodeId, set);
    aliasByKey.set(key, entity);
  };
  const suffixEntity = (name: string): Entity | undefined => {
    const words = name.split(/\s+/);
    for (let i = 1; i < words.length; i++) {
      // `Section 201 of the Trade Act of 1974` is a part of the act, not the act with words in front.
      if (/^(?:of|the)$/i.test(words[i - 1]!)) continue;
      // `Title 17 Clean Energy Financing Program`: a cited title or section number belongs to the name.
      if (i === 2 && /^(?:Title|Section|Article|Chapter|Part)$/.test(words[0]!) && /^\d/.test(words[1]!))
        continue;
      // `15th Five-Year Plan` is one of a series, not the series with a word in front.
      if (i === 1 && /^\d{1,2}(?:st|nd|rd|th)$/.test(words[0]!)) continue;
      const rest = words.slice(i).join(' ');
      const hit = wholeMention(rest) ?? sameButNumber(rest);
      // `U.S.-Jordan Free Trade Agreement`: a kind of policy every country has, with its parties in front, is one.
      const parties = () =>
        matcher.find({ text: words.slice(0, i).join(' ') }).some((k) => k.entity.kind === 'Country');
      if (hit?.generic && parties()) return undefined;
      // `이집트 국방부`, `체코 산업부`: another country's body, named as a Korean one is, is that country's own.
      if (
        i === 1 &&
        hit?.kind === 'Organization' &&
        hit.country !== undefined &&
        matcher
          .find({ text: words[0]! })
          .some((k) => k.entity.kind === 'Country' && k.entity.nodeId !== `country:${hit.country}`)
      )
        return undefined;
      if (hit) {
        if (!wholeMention(rest)) addAlias(hit, rest);
        return hit;
      }
    }
    return undefined;
  };
  /** `described`: the text calls the name a company (`…, a California-based company`). */
  const addNew = (kind: EntityKind, written: string[], described = false) => {
    // `Royal Dutch Shell-owned Billiton Company`: who owns, backs or leads it is no part of its name.
    const names = written.map((n) => n.replace(OWNER_PREFIX, ''));
    // `5E Advanced Materials, a California-based company`: a company's name may end with what it works in.
    // … and a company's arm the country it is in (`Samsung SDI America`).
    const trade = (hit: Entity) =>
      described && kind === 'Company' && (SECTOR_KINDS.has(hit.kind) || hit.kind === 'Country');
    if (
      names.some((n) => {
        const hit = suffixEntity(n);
        return hit !== undefined && !trade(hit);
      })
    )
      return;
    create(kind, names);
  };
  /** A new entity for `names`, or their aliases for the entity one of them already names. */
  const create = (kind: EntityKind, names: string[]) => {
    const existing = names.map((n) => resolve(n) ?? sameButNumber(n)).find((e) => e !== undefined);
    if (existing) {
      for (const n of names) addAlias(existing, n);
      return;
    }
    const en = names.find((n) => !HANGUL.test(n));
    const ko = names.find((n) => HANGUL.test(n));
    const primary = (ko && !isAcronym(ko) ? ko : undefined) ?? en ?? names[0]!;
    const entity: Entity = {
      nodeId: nodeIdFor(kind, slugify(en && !isAcronym(en) ? en : primary)),
      kind,
      name: primary,
      nameKo: ko,
      nameEn: en,
      forms: new Set(names),
      country: undefined,
      industries: [],
      parents: [],
      discovered: true,
    };
    for (const n of names) found.set(formKey(n), entity);
  };
  /** `중기부 자체 …`: a word naming a body, country or firm before a plan says whose it is; it is no word of its name. */
  const planOwner = (word: string) =>
    ['Organization', 'Country', 'Company'].includes(wholeMention(word)?.kind ?? '');

  for (const text of texts) {
    // A(B) pairs.
    for (const m of text.matchAll(/\(([^()\n]{1,80})\)/g)) {
      const paren = m.index!;
      let inner = cleanParenthetical(m[1]!);
      const written = nameBefore(text, paren)?.replace(/^[A-Z][A-Za-z.]+['’]s\s+/, '');
      // `IMPERIAL CHEMICAL INDUSTRIES (ICI)`: a name set in capitals before its initials is read in title case.
      const before =
        written && CAPITALS_NAME.test(written) && initialsMatch(written, inner ?? '')
          ? titleCase(written)
          : written;
      if (!inner || !before || NEWS_AGENCY.test(inner) || /[=]/.test(inner)) continue;
      const start = text.lastIndexOf(before, paren);
      if (start >= 0 && BODY_THEN_COMMA.test(text.slice(Math.max(0, start - 60), start))) continue;
      // `블랙록 마이닝(Black Rock Mining, BRM)社`: the original name and its acronym, and 社 says a company.
      const glossed = HANGUL.test(before) ? NAME_AND_ACRONYM.exec(inner) : null;
      if (glossed) {
        inner = glossed[1]!;
        const company = /^\s*社/.test(text.slice(paren + m[0].length));
        // `호주 블랙록 마이닝`: the country before the name is where the company is from, not its name.
        const [first, ...rest] = before.split(/\s+/);
        const name = rest.length > 0 && wholeMention(first!)?.kind === 'Country' ? rest.join(' ') : before;
        if (company && !wholeMention(name) && !wholeMention(inner)) {
          addNew('Company', [name, inner, glossed[2]!]);
          continue;
        }
      }
      // `영국 석유회사 다나 페트롤리엄(Dana Petroleum)`: after a word for a firm, a Hangul name glossed in Latin letters
      // is a company's, and the gloss its original name.
      const firm = HANGUL.test(before) && /^[A-Z]/.test(inner) ? FIRM_THEN_NAME.exec(before) : null;
      if (firm && !GENERIC_NAME.test(firm[1]!)) {
        const known = wholeMention(inner);
        if (known?.kind === 'Company') addAlias(known, firm[1]!);
        else if (!known && !wholeMention(firm[1]!) && nameLike(inner))
          addNew('Company', [firm[1]!, inner], true);
        continue;
      }
      const left = wholeMention(before);
      // `핵심광물 협력 업무협약(MOU)`, `협력 MOU(이그린글로벌)`: the acronym of a kind of instrument names every instrument
      // of that kind, not this one.
      if (GENERIC_ACRONYM.test(before)) continue;
      if (GENERIC_ACRONYM.test(inner)) {
        const kind = kindFromShape(before);
        if (!left && kind && nameLike(before)) addNew(kind, [before]);
        continue;
      }
      const right = wholeMention(inner);
      // `used in integrated circuits (ICs)`: a known name in lower case ends the words before the acronym of its words.
      const lowerKnown =
        !left && !right && isAcronym(inner) ? knownLowerCaseEnd(before, inner, wholeMention) : undefined;
      if (lowerKnown) {
        addAlias(lowerKnown, inner);
        continue;
      }
      // `International Trade Administration (ITA)`, where the lexicon's ITA is a WTO agreement: the text's own
      // definition holds in this text.
      if (left && right && left !== right && isAcronym(inner) && initialsMatch(before, inner)) {
        const set = defined.get(left.nodeId) ?? new Set<string>();
        set.add(inner);
        defined.set(left.nodeId, set);
      }
      if (left && right) continue;
      // `수소 의무사용제도(RPS)`, where the lexicon's RPS is the renewable portfolio standard: a Korean name that shares
      // nothing with the Korean names of what the acronym means elsewhere defines it anew in this text.
      const redefined =
        !left &&
        right !== undefined &&
        isAcronym(inner) &&
        HANGUL.test(before) &&
        !koreanNamesAlike(before, right);
      if (redefined) {
        const kind = kindFromShape(before);
        if (kind && nameLike(before)) {
          addNew(kind, [before]);
          const entity = found.get(formKey(before));
          if (entity) defined.set(entity.nodeId, new Set([...(defined.get(entity.nodeId) ?? []), inner]));
        }
        continue;
      }
      // `CHIPS and Science Act (P.L. 117-167)`, `Trade Promotion Authority (TPA; P.L. 114-26)`: a law's public-law
      // number is another name of it.
      const publicLaw = PUBLIC_LAW.exec(m[1]!)?.[0];
      const law = left ?? (kindFromShape(before) === 'Policy' ? resolve(before) : undefined);
      if (publicLaw && law?.kind === 'Policy') {
        const number = /\d{2,3}-\d{1,3}/.exec(publicLaw)![0];
        for (const form of [
          `P.L. ${number}`,
          `Pub. L. ${number}`,
          `Pub. L. No. ${number}`,
          `Public Law ${number}`,
        ])
          addAlias(law, form);
        if (!left) continue;
      }
      if (left && nameLike(inner) && (isAcronym(inner) || HANGUL.test(inner) !== HANGUL.test(before))) {
        addAlias(left, inner);
      } else if (
        right &&
        nameLike(before) &&
        (isAcronym(before) ||
          HANGUL.test(inner) !== HANGUL.test(before) ||
          initialsMatch(before, inner) ||
          sameHead(before, right))
      ) {
        if (before.length <= 48) addAlias(right, before);
      } else if (!left && !right && nameLike(inner) && nameLike(before)) {
        const kind = kindFromShape(before) ?? kindFromShape(inner);
        const pairOk =
          isAcronym(inner) ||
          isAcronym(before) ||
          HANGUL.test(inner) !== HANGUL.test(before) ||
          initialsMatch(before, inner);
        if (kind && pairOk) addNew(kind, [before, inner]);
      }
    }
    // Quoted plan and law names.
    // (Corner brackets may hold apostrophes, and an apostrophe before a digit shortens a year:
    // `「미래차 부품산업 기본계획('25~'29)」`. Korean releases also quote with the marks turned round, `’수소경제 기본계획‘`.)
    for (const m of text.matchAll(
      /[「｢]([^」｣\n]{2,60})[」｣]|『([^』\n]{2,60})』|《([^》\n]{2,60})》|[‘“"'](?!\d{2}(?!\d))([^’”"'「｢『\n]{2,60})[’”"']|’(?!\d{2}(?!\d))([^’‘\n]{2,60})‘/g,
    )) {
      // `「K-조선 미래비전 : 모두의 힘으로, 더 큰 미래로」`: a subtitle after a colon is no part of the name.
      const titled = m[4] === undefined && m[5] === undefined;
      const quoted = (m[1] ?? m[2] ?? m[3])?.split(/\s[:：]\s/)[0] ?? m[4] ?? m[5]!;
      if ((m[0].startsWith("'") || m[5] !== undefined) && !HANGUL.test(quoted)) continue;
      const name = quoted
        .replace(/\*+$/, '')
        .replace(/\s*\([^)]*\)\s*$/, '')
        .trim();
      // `‘가장 중요한 전략’`, `‘새로운 전략’` judge; `‘지속가능한 친환경 투자촉진 협력각서’` is the title of a signed instrument,
      // and `해운` (shipping) a noun.
      // Title marks (「」, 『』, 《》) and a document's head noun (`‘… 대응방안’`, `‘… 로드맵’`) say it is a title, whatever
      // its words: `「석유화학산업의 경쟁력 강화 및 지원에 관한 특별법」`, `‘자동차 생태계 강화를 위한 긴급 대응대책’`.
      const title = titled || DOCUMENT_HEAD_KO.test(name);
      const modifier =
        !title &&
        !/(?:각서|협정|협약|선언)$/.test(name) &&
        name
          .split(/\s+/)
          .slice(0, -1)
          .some((w) => /(?:는|은|된|던|한|없는|있는)$|[가-힣]{2}운$/.test(w));
      const quotedJudgement = /^\s*(?:이라는|라는|이란|란)/.test(text.slice(m.index! + m[0].length));
      if (modifier || quotedJudgement) continue;
      // `「민·관합동 IRA이후 배터리 산업발전 전략」`: inside corner brackets a middle dot joins a title's words, not a list.
      const titleLike = title ? titleShape(name) : nameLike(name);
      if (!wholeMention(name) && kindFromShape(name) === 'Policy' && titleLike) addNew('Policy', [name]);
    }
    // `ㅇ (1호 안건) 수소산업 생태계 경쟁력 강화방안`: an item that is only a plan's title, after an optional label in
    // parentheses, names that plan, when its words are the bare nouns a plan's name is made of.
    const title = korean ? ITEM_TITLE_KO.exec(text)?.[1] : undefined;
    if (title) {
      const name = planNameBefore(title, korean!, planOwner);
      if (name === title && !wholeMention(title)) addNew('Policy', [title]);
    }
    // `광산업체 퍼스트퀀텀은`, `미국 기업 앨버말은`: after a word for a firm, up to three words up to a particle, each of
    // them holding a proper noun, are the firm's name (`기업 경쟁력은`, `업체 관계자는` are common nouns).
    for (const m of korean ? text.matchAll(FIRM_WORD) : []) {
      const words = text
        .slice(m.index! + m[0].length)
        .split(/\s+/, 3)
        .map((w) => w.replace(/[,.)]$/, ''));
      const end = words.findIndex((w) => withoutParticle(w) !== w);
      if (end < 0) continue;
      const parts = words.slice(0, end + 1).map((w, k) => (k === end ? withoutParticle(w) : w));
      if (!parts.every((w) => /^[가-힣]{2,}$/.test(w))) continue;
      const proper = parts.map((w) => korean!.tokens(w));
      if (proper[0]?.[0]?.pos !== 'PROPN' || !proper.every((ts) => ts.some((t) => t.pos === 'PROPN')))
        continue;
      const name = parts.join(' ');
      if (wholeMention(name) || matcher.find({ text: name }).length > 0) continue;
      if (DESCRIPTOR.test(name) || KO_COMPANY_GENERIC.test(name)) continue;
      addNew('Company', [name], true);
    }
    // `대우그룹`, `쌍용그룹`: a proper noun before 그룹 names a business group (`워킹그룹`, `실무그룹` are common nouns).
    for (const m of korean && text.includes('그룹') ? text.matchAll(KO_GROUP) : []) {
      const name = m[1]!;
      const proper = korean!.tokens(name)[0]?.tag.startsWith('NNP') === true;
      if (proper && !wholeMention(name)) addNew('Company', [name]);
    }
    // Korean tax credits named by what they credit: one word ending in 세액공제 (`투자세액공제`, `생산세액공제`).
    for (const m of text.includes('세액공제') ? text.matchAll(TAX_CREDIT_KO) : []) {
      if (!wholeMention(m[1]!)) addNew('Policy', [m[1]!]);
    }
    // A Korean plan's or instrument's name written without quotes, as the object of the verb that adopts it
    // (`산업부는 중소·벤처기업 수출지원 방안을 발표했다`, title style `범부처 비상수출대책 마련`): the bare nouns before
    // the head up to the word that carries a particle.
    for (const m of korean && PLAN_HEAD_KO.test(text) ? text.matchAll(PLAN_OBJECT_KO) : []) {
      const name = planNameBefore(
        text.slice(Math.max(0, m.index! - 60), m.index! + m[1]!.length),
        korean!,
        planOwner,
      );
      if (name && !wholeMention(name)) addNew('Policy', [name]);
    }
    if (korean && /제\s?\d{1,2}\s?차/.test(text)) {
      // `제2차 경제개발 5개년 계획`: a plan numbered in its series is named, whatever the sentence does with it.
      for (const m of text.matchAll(ORDINAL_PLAN_KO)) {
        const words = m[1]!.split(/\s+/);
        const middle = words.slice(1, -1);
        const bare = bareNounsBefore(middle, korean, () => false);
        if (bare?.length === middle.length && !wholeMention(words.join(' ')))
          addNew('Policy', [words.join(' ')]);
      }
    }
    if (korean && /에\s?(?:관한|대한)/.test(text)) {
      // `전략적 투자에 관한 양해각서`, `… 안정화에 관한 법률`: an instrument titled by what it is about; the bare nouns
      // before `에 관한` are that title's.
      for (const m of text.matchAll(ABOUT_TITLE_KO)) {
        const words = text.slice(Math.max(0, m.index! - 60), m.index! + m[1]!.length).split(/\s+/);
        const head = words.pop()!;
        let kept = bareNounsBefore(words, korean, planOwner);
        // `산업 육성 및 공급망 안정화에 관한 법률`: `및` joins two subjects of one title.
        const joiner = kept && words.length - kept.length - 1;
        if (kept && joiner && words[joiner] === '및') {
          const more = bareNounsBefore(words.slice(0, joiner), korean, planOwner);
          if (more?.length) kept = [...more, '및', ...kept];
        }
        const about = [...(kept ?? []), head].join(' ');
        if (kept === undefined || about.replace(/[\s·-]/g, '').length < 4) continue;
        const name = `${about}${m[0].slice(m[1]!.length)}`.trim();
        if (!wholeMention(name)) addNew('Policy', [name]);
      }
    }
    // Korean law and decree names: one word ending in 법 or 령, at least four syllables (`수출무역관리령`).
    const lawNames = /[법령]/.test(text)
      ? text.matchAll(
          /(?<![\p{L}\p{N}])([\uac00-\ud7a3A-Za-z0-9·]{3,24}[법령])(?=[\s,.)]|$|[을를이가은는의에과와도으로상])/gu,
        )
      : [];
    for (const m of lawNames) {
      // `반도체지원법·인플레감축법`: laws joined by `·` are a list of laws, each named whole.
      const parts = m[1]!.split('·');
      const names =
        parts.length > 1 && parts.every((p) => p.length >= 3 && /[법령]$/.test(p)) ? parts : [m[1]!];
      for (const name of names)
        if (name.length >= 4 && !NOT_LAW.test(name) && !wholeMention(name)) addNew('Policy', [name]);
    }
    // Affiliates of Korean business groups: 한화시스템, 롯데정밀화학, KG케미칼.
    for (const m of text.matchAll(GROUP_AFFILIATE)) {
      // `LG디스플레이)`: a known name that ends like a particle keeps its last syllable.
      if (wholeMention(m[1]!)) continue;
      const name = m[1]!.replace(TRAILING_PARTICLE, '');
      const rest = name.slice(m[2]!.length);
      // `SK하이닉스대한민국종합`: fields run together hold a second known name; `현대자동차공업사` only extends one.
      // `LG반도체`, `한화솔라에너지`, `LG히타치`: the group's name, then words that end on the business it is in, or
      // the name of the partner it is with, names an affiliate.
      const runsOn = matcher
        .find({ text: name })
        .some(
          (k) =>
            k.from > 0 &&
            !(
              k.to === name.length &&
              (BUSINESS_KINDS.has(k.entity.kind) || (k.from === m[2]!.length && k.entity.kind === 'Company'))
            ),
        );
      // `고려하여`, `현대화된`: a group's name followed by a light verb (하다, 되다) is a word that starts alike.
      if (
        rest.length >= 2 &&
        !/^[의은는이가과와도를을에]/.test(rest) &&
        !/^(?:하(?:여|고|는|다|며|면|기|지|게|였|던)|한(?:다|$)|할|함|합니|해(?:서|야|도|$)|했|되|돼|됐|화(?:$|된|되|하|를|가|는|의|에))/.test(
          rest,
        ) &&
        !runsOn &&
        // `최태원 SK회장`: a person's title after the group is no affiliate.
        !/^(?:명예회장|부회장|회장|사장|부사장|대표이사|대표|의장|총수|CEO|측)$/.test(rest) &&
        // `CJSC`: a legal form that starts like a group's name is no affiliate of it.
        !LEGAL_WORD.test(name) &&
        !wholeMention(name)
      )
        addNew('Company', [name]);
    }
    // English titles: "Inflation Reduction Act", "UK Semiconductor Strategy".
    const titles = /[A-Z]/.test(text) ? text.matchAll(ENGLISH_TITLE) : [];
    // `U.S.-Jordan Agreement on Reciprocal Trade`, `Partnership for Global Infrastructure`: a kind, then `on` or `for`
    // and what it is about in title case; never a date, nor a country alone (`a Strategy for China`).
    const about = /[A-Z]/.test(text)
      ? [...text.matchAll(KIND_ON_TITLE)].filter((m) => {
          const tail = m[2]!.trim();
          // `Agreement on Reciprocal, Fair, and Balanced Trade`: a list of words goes on after a comma.
          const listed = /^,\s*(?:and\s+)?[A-Z]/.test(text.slice(m.index! + m[0].length));
          return !listed && !MONTH_OR_DAY.test(tail) && wholeMention(tail)?.kind !== 'Country';
        })
      : [];
    // `… Trade Agreement. The Agreement`, `… replaced NAFTA. The Act`: a full stop after a word ends a sentence and the
    // name before it.
    const covered = (m: RegExpMatchArray) =>
      about.some((a) => a.index! <= m.index! && m.index! + m[0].length <= a.index! + a[0].length);
    // `Department for Business, Energy and Industrial Strategy`: words after a body's name and a comma are more of it.
    const inBody = (m: RegExpMatchArray) =>
      BODY_THEN_COMMA.test(text.slice(Math.max(0, m.index! - 60), m.index!));
    const pieces = [...[...titles].filter((m) => !covered(m) && !inBody(m)), ...about].flatMap((m) =>
      m[1]!.split(/(?<=[a-z]{2}|[A-Z]{2})\.\s+/),
    );
    for (const piece of pieces) {
      // `Trump Announces Trade Deal with Jordan`: in a headline, whose every word is capitalised, a deal named only by
      // words for deals is no name.
      if (HEADLINE_SUBJECT.test(piece) && GENERIC_DEAL.test(piece.replace(HEADLINE_SUBJECT, ''))) continue;
      const name = piece
        // `United States and Japan Sign Critical Minerals Agreement`: a headline's verb ends its subject.
        .replace(HEADLINE_SUBJECT, '')
        .replace(LEADING_STOP, '')
        // `U.S. Government’s Federal Strategy`: a possessor before the name is not part of it, nor is anything before
        // it (`Positive Technologies and Singapore’s Computer Security Initiative`).
        .replace(/^(?:.*\s)?[A-Z][A-Za-z.]+['’]s\s+/, '')
        // `Establishing the Mineral Security Partnership`: an -ing word before `the` is a verb and its object.
        .replace(/^[A-Z][a-z]{2,}ing\s+the\s+/, '')
        // `Building on Historic Progress Under the CHIPS and Science Act`: a preposition inside a heading opens a
        // phrase; the name is what follows it.
        .replace(/^(?:.*\s)?(?:Under|Through|Via|Amid|Beyond|Following)\s+(?:the\s+)?/, '')
        .trim();
      if (
        name.split(/\s+/).length >= 2 &&
        name !== 'Public Law' &&
        name.split(/\s+/).every((w) => TITLE_WORD.test(w)) &&
        // `Comprehensive Strategic Partnership` labels a relation between countries; it names no agreement.
        !RELATION_LABEL.test(name) &&
        // `Inflation Reduction Act 2022`: a known act with its year after it is that act.
        !wholeMention(name.replace(/\s+(?:19|20)\d{2}$/, ''))
      ) {
        addNew('Policy', [name]);
      }
    }
    // `the Treaty of Rome`, `Treaty of San Francisco`: a treaty named head first, after the place it was signed.
    for (const m of /[A-Z]/.test(text) ? text.matchAll(TREATY_OF_PLACE) : []) {
      if (!MONTH_OR_DAY.test(m[2]!) && !wholeMention(m[1]!)) addNew('Policy', [m[1]!]);
    }
  }
  // `캐나다 3社(Avalon, Electra, Snow Lake)`, `국내 2개사(A·B)`: the names a count of companies lists.
  for (const text of texts)
    for (const m of text.matchAll(COUNTED_COMPANIES))
      for (const name of m[1]!.split(/\s*[,·]\s*/)) {
        const t = name.replace(/\s*(?:등|and)\s*$/, '').trim();
        if (nameLike(t) && !wholeMention(t) && !/^\d/.test(t)) addNew('Company', [t]);
      }
  // `시그네틱스 (1966년), 페어차일드와 모토롤라 (1967년), 도시바 (1969년) 등 미국 기업들이`: the other names of a list
  // before `등 … 기업` that holds a known firm are firms too.
  for (const text of texts)
    for (const m of text.matchAll(LISTED_FIRMS_KO)) {
      const items = m[1]!
        .replace(/\s*\([^()]*\)/g, '')
        .split(/\s*(?:,|·|(?<=[\uac00-\ud7a3A-Za-z])(?:와|과)\s|및)\s*/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
      if (items.length < 2 || !items.every((item) => FIRM_ITEM.test(item))) continue;
      // A list of common nouns (`촉진, 기술개발 및 이전 등 우리 기업`) names no firm; one known firm shows it is a list of firms.
      if (!items.some((item) => wholeMention(item)?.kind === 'Company')) continue;
      for (const item of items)
        if (nameLike(item) && !GENERIC_NAME.test(item) && !wholeMention(item)) addNew('Company', [item]);
    }
  // `DONG Energy, Chevron, ExxonMobil, Husky Energy, and Cairn Energy`: in a list of names of which two or more are
  // known firms and none is known as anything else, the other names are firms too.
  for (const text of texts)
    for (const m of /[A-Z]/.test(text) ? text.matchAll(LISTED_NAMES_EN) : []) {
      const items = m[0]
        .split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/)
        // `… and Cairn Energy. The …`: a full stop ends the last name, unless it ends a legal form or an initial.
        .map((item) => item.replace(/(?<!\b(?:Inc|Corp|Co|Ltd|[A-Z]))\.(?:\s.*)?$/, ''));
      const kinds = items.map((item) => wholeMention(item)?.kind);
      if (kinds.filter((k) => k === 'Company').length < 2 || kinds.some((k) => k && k !== 'Company'))
        continue;
      items.forEach((item, i) => {
        if (!kinds[i] && nameLike(item) && !NOT_LISTED_FIRM.test(item)) addNew('Company', [item], true);
      });
    }
  // `기자재사 : 세진중공업, SB선보, 한라IMS … 대표`, `(소형) 동성조선, 디섹, 삼원중공업 대표`: a roster of firms under a
  // label that names a kind of firm, or of the firms whose heads attend.
  for (const text of texts)
    for (const line of text.split('\n')) {
      const m = KO_ROSTER.exec(line.trim());
      if (!m || (!m[1] && !m[3])) continue;
      const items = m[2]!.split(/\s*,\s*/);
      if (items.length < 2 || !items.every((item) => ROSTER_ITEM.test(item))) continue;
      for (const item of items)
        if (nameLike(item) && !GENERIC_NAME.test(item) && !wholeMention(item)) addNew('Company', [item]);
    }
  for (const text of texts) discoverByShape(text, wholeMention, addNew, addAlias);
  for (const text of texts)
    for (const c of compounds(text, matcher))
      if (!c.names.some((n) => wholeMention(n))) create(c.kind, c.names);
  // `Today the Commission has inaugurated …`: in a text about the EU that names no other commission, the
  // Commission is the European Commission.
  const eu = texts.some((t) => EU_CONTEXT.test(t));
  const european = resolve('European Commission');
  if (eu && european && !texts.some((t) => OTHER_COMMISSION.test(t))) addAlias(european, 'Commission');
  const companies = [...new Set(found.values())].filter((e) => e.kind === 'Company' && e.nameEn);
  const whole = texts.join('\n');
  // `Motorola Mobility and Motorola Solutions`: a first word several firms' names share is short for none of them; a
  // name without its legal form (`Motorola, Inc.` → `Motorola`) is short for that firm alone.
  const claims = new Map<string, { company: Entity; exact: boolean }[]>();
  for (const company of companies)
    for (const { form, exact } of shortForms(company.nameEn!, whole))
      claims.set(form, [...(claims.get(form) ?? []), { company, exact }]);
  for (const [form, by] of claims) {
    const exact = by.filter((c) => c.exact);
    const owner = exact.length === 1 ? exact[0] : exact.length === 0 && by.length === 1 ? by[0] : undefined;
    if (owner && !resolve(form)) addAlias(owner.company, form);
  }
  // `the U.S.-Jordan Agreement on Reciprocal Trade` … `the Agreement on Reciprocal Trade`: a policy's name without the
  // parties in front of it is that policy.
  const policies = [...new Set(found.values())].filter((e) => e.kind === 'Policy');
  for (const short of policies)
    for (const long of policies) {
      const prefix = long.name.endsWith(` ${short.name}`) ? long.name.slice(0, -short.name.length) : '';
      if (!prefix || !matcher.find({ text: prefix }).some((k) => k.entity.kind === 'Country')) continue;
      for (const form of short.forms) {
        long.forms.add(form);
        found.set(formKey(form), long);
      }
    }
  return { entities: [...new Set(found.values())], aliases, defined };
}

/** A treaty named head first by a place: group 1 the name, group 2 the place. */
const TREATY_OF_PLACE =
  /\b((?:Treaty|Convention|Protocol|Statute|Peace)\s+of\s+([A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)?))\b(?!\s+(?:and|of|on|for)\s+[A-Z])/g;
/**
 * A policy named by its kind and what it is about: group 1 the name, group 2 the words after `on`/`for`. A date that
 * opens the next sentence is no word of it (`… Partnership on Nuclear-Powered Submarines\nOn March 13, 2023, …`).
 */
const KIND_ON_TITLE =
  /\b((?:[A-Z][A-Za-z0-9.'’-]*\s+){0,3}(?:Agreement|Framework|Partnership|Accord|Treaty|Convention|Protocol|Arrangement|Initiative|Act|Strategy|Plan|Program|Programme|Memorandum of Understanding)\s+(?:on|for)\s+(?:(?:the|a|an)\s+)?((?!(?:Between|With|Among|Against)\b)[A-Z][A-Za-z-]+(?:\s+(?:(?:and|of|the)\s+)?(?!(?:Between|With|Among|Against)\b|(?:On|In|By|Since)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][A-Za-z-]+){0,4}(?:\s+(?:19|20)\d{2})?))\b/g;
const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const TITLE_WORD_OR_JOINER = /^(?:[A-Z][A-Za-z0-9&'’.-]*|of|and|for|the|on|&)$/;
/**
 * Government bodies written out: `Department of the Interior`, `U.S. Geological Survey`, `Loan Programs Office`;
 * `Department of Commerce and Department of Energy` is two.
 */
const ORG_NAME =
  /(?<!\.)\b((?:U\.S\.\s+)?(?:(?:Department|Ministry|Bureau|Office|Secretary|Agency|University)\s+of\s+(?:the\s+)?(?:(?!(?:Department|Ministry|Bureau|Office|Secretary|Agency)\s+of\b)[A-Z][A-Za-z&'’-]*(?!\.\S)\s*(?:and\s+)?){1,4}|(?:(?:[A-Z]\.){2,}\s+|[A-Z](?:[A-Za-z&'’-]|\.(?=[A-Za-z-]))*\s+(?:(?:of|for|on)\s+(?:the\s+)?|and\s+)?){1,5}(?:Agency|Bureau|Survey|Service|Authority|Administration|Office|Commission|Council|Committee|Representative|Association|Institute|Consortium|Steelworkers|Workers|Court|Exchange|University|Center|Centre|Laboratory|Foundation|Assembly|Parliament|Corps|Forum|Hub|Bank)))\b/g;
/** A US public law's number: `P.L. 117-167`, `Pub. L. No. 117-169`, `Public Law 116-113`. */
const PUBLIC_LAW = /(?:P\.\s?L\.|Pub\.\s?L\.(?:\s+No\.)?|Public\s+Law)\s+\d{2,3}-\d{1,3}/;
/** An EU act by number: `Regulation (EU) 2023/1115`, `Council Regulation (EC) No 1225/2009`, `Directive 2014/95/EU`. */
const EU_ACT =
  /(?:(?:Council|Commission)\s+)?(?:(?:Implementing|Delegated)\s+)?(?:Regulation|Directive|Decision)\s+(?:\((?:EU|EC|EEC|Euratom)\)\s+(?:No\.?\s+)?\d{1,4}\/\d{1,4}|\d{2,4}\/\d{1,4}\/(?:EU|EC|EEC))/;
/**
 * Legal instruments cited by number: `Section 232`, `Proclamation 10896`, `H.R. 735`, `P.L. 119-21`, an EU act, a
 * UN resolution (`Resolution 2270`).
 */
const CITED_INSTRUMENT = new RegExp(
  String.raw`\b(Section\s+\d{1,4}[A-Z]?(?:\s+of\s+the\s+(?:[A-Z][A-Za-z-]*\s+){1,5}Act(?:\s+of\s+\d{4})?)?|Proclamation\s+\d{3,5}|H\.R\.\s+\d{1,5}|S\.\s+\d{1,5}(?=[\s,;.)])|${PUBLIC_LAW.source}|${EU_ACT.source}|Resolution\s+\d{3,4}(?!\/)|Title\s+\d{1,3}\s+(?:[A-Z][A-Za-z-]*\s+){0,4}Program)`,
  'g',
);
/** A presidential order by number, in any of the ways reports cite it: `Executive Order 14105`, `EO 14257`, `E.O. 14285`, `Executive Order [EO] 14105`. */
const EXECUTIVE_ORDER =
  /\b(?:Executive\s+Order\s+(?:\[E\.?O\.?\]\s+|\(E\.?O\.?\)\s+)?(?:No\.\s+)?|E\.\s?O\.\s+|EO\s+)(\d{4,5})\b/g;
/** One measure taken under a cited instrument: `Section 232 copper tariffs`, `Section 301 steel duties`. */
const INSTRUMENT_MEASURE = /\b(Section\s+\d{1,4}[A-Z]?\s+((?:[A-Za-z-]+\s+){1,2})(?:tariffs|duties))\b/gi;
/** A programme named by its acronym: `the MINER program`, `SCALEUP Program`, `the CHIPS for America Fund`. */
const ACRONYM_PROGRAM =
  /\b(([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)?)\s+(?:[Pp]rogram(?:me)?|[Ii]nitiative|[Ff]und|[Ff]acility|[Pp]artnership))\b/g;
/** An English title with its year: `Trade Expansion Act of 1962`. */
const ACT_OF_YEAR = /\b((?:[A-Z][A-Za-z-]*\s+(?:(?:and|of|for|on)\s+)?){1,6}Act\s+of\s+\d{4})\b/g;
/** Sectors a firm's name may end with (`Royal Jordanian Airlines`), which the lexicon also knows as sectors. */
const SECTOR_NAME_END = 'Airlines|Airways|Pharmaceuticals|Electronics|Chemicals|Shipbuilding|Aerospace';
const SECTOR_END = new RegExp(`^(?:${SECTOR_NAME_END})$`);
/**
 * The legal forms a registered company's name ends with, in the countries that write them in Latin letters; a short
 * form drops these, but not the plural or the forms written only as `GMBH`, `S.p.A.` and `B.V.`.
 */
const LEGAL_FORMS_DROPPED = String.raw`Co\.|Company|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|LLC|LLP|L\.?P\.|LP|PLC|plc|AG|SE|GmbH|N\.V\.|S\.A\.(?:\s+de\s+C\.V\.)?|SA|SpA|NV|S\.L\.|S\.r\.l\.|[CPO]?JSC|P(?:te|ty)\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|Tbk\.?|K\.K\.|Oyj`;
const LEGAL_FORMS = String.raw`${LEGAL_FORMS_DROPPED}|Companies|GMBH|S\.p\.A\.|B\.V\.`;
/** A company's legal form at the end of its name: `Co.`, `Co., Ltd.`, `Inc.`, `Corporation`, `Limited`. */
const LEGAL_FORM = new RegExp(
  String.raw`,?\s+(?:${LEGAL_FORMS_DROPPED})(?:,?\s+(?:Ltd\.?|Limited|Inc\.?))?$`,
);
/** Trade words a company's name may end with. */
const TRADE_HEADS =
  'Materials|Magnetics|Technologies|Technology|Cells|Motors|Holdings|Minerals|Metals|Resources|Associates|Ventures|Enterprises|Solutions|Group|Asset Management|Capital Management|Capital Partners|Venture Partners|Venture Capital';
const TRADE_HEAD_ONLY = new RegExp(`^(?:${TRADE_HEADS})$`);
/** Companies by legal form or a trade word after a proper name: `MP Materials`, `Essex Minerals Co.`, `Sun Ocean Ventures, Inc.` */
const COMPANY_NAME = new RegExp(
  String.raw`\b((?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9&'’-]*\s+(?:(?:&|and|of)\s+)?){1,6}(?:${LEGAL_FORMS}|${TRADE_HEADS}|${SECTOR_NAME_END})(?:\s+(?:Corporation|Company|Group|Holdings|Co\.))?(?:,?\s+(?:Ltd\.?|Limited|Inc\.))?)(?![A-Za-z])`,
  'g',
);
/** A proper name, a comma and a legal form: group 1 the name, group 2 the comma and form. */
const COMMA_LEGAL_FORM =
  /\b((?:[A-Z][A-Za-z0-9&'’-]*\s+){0,3}[A-Z][A-Za-z0-9&'’-]*)(,\s+(?:Inc\.|Ltd\.|LLC|Corp\.))(?![A-Za-z])/g;
/** A word a company's name ends with, whatever follows. */
const COMPANY_HEAD = new RegExp(`^(?:${LEGAL_FORMS}|${TRADE_HEADS})$`);
const LEGAL_WORD = new RegExp(`^(?:${LEGAL_FORMS})$`);
/** Words before `Group` that make it a group of people (`Working Group`). */
const GROUP_OF_PEOPLE =
  /^(?:Working|Advisory|Contact|Expert|Experts|Study|Steering|Task|Action|Consultative|Negotiating|Interest|Coordination|Technical|Friends|Parliamentary|Research|Focus|Peer|Review)$/;
/** Title-case words that describe rather than name (`Critical Materials`, `Advanced Technologies`). */
const DESCRIPTIVE_WORD =
  /^(?:Critical|Advanced|Raw|Battery|Active|Strategic|Key|Essential|Energy|Anode|Cathode|Construction|Building|Clean|New|Other|Such|These|Those|This|The|American|Chinese|Korean|Japanese|European|Global|National|Domestic|Foreign|Rare|Earth|Permanent|Magnet|Magnets|Semiconductor|Composite|Basic|Key|Emerging|All|Many|Several|Some|U\.S\.|US)$/;
/** Words that open a phrase about bodies but never a body's own name: `Other Federal Agencies`, `These Councils`. */
const ONLY_DESCRIBES =
  /^(?:Other|Such|These|Those|This|The|New|All|Many|Several|Some|Key|Emerging|U\.S\.|US)$/;
/** Trade words that a company's short name drops: `E-VAC Magnetics` is `E-VAC` after its first mention. */
const TRADE_WORD =
  /^(?:Materials|Minerals|Metals|Resources|Magnetics|Technologies|Technology|Holdings|Group|Electronics|Industries|Chemicals?|Systems|Solutions|Energy|Mining|Motors?|Semiconductors?|Cells)$/;
/** Title-case words that start company names but are ordinary English words on their own. */
const ORDINARY_WORD =
  /^(?:General|United|National|International|First|Applied|Standard|Western|Eastern|Northern|Southern|Central|Pacific|Atlantic|Federal|Royal|Union|Allied|Consolidated|Ocean|Sun|Metal|Steel|Lithium|Nickel|Copper|Cobalt|Graphite|Silicon|Solar|Power|Green|Blue|Red|Black|White|Great|Modern|Future|Smart|Digital|Mining|Mineral|Minerals|Energy)$/;

/**
 * Shorter forms a text uses for a company it has named in full, `exact` when only the legal form is dropped:
 * `Lockheed Martin Corporation` → `Lockheed Martin`, `Motorola, Inc.` → `Motorola`; `E-VAC Magnetics`, `Syrah
 * Technologies` → `E-VAC`, `Syrah`, when the first word is no ordinary word, the text never writes it in lower case,
 * and it stands alone somewhere (not before another capitalised word, which would make it part of another name).
 */
function shortForms(name: string, text: string): { form: string; exact: boolean }[] {
  const out: { form: string; exact: boolean }[] = [];
  const standsAlone = (form: string) =>
    text.includes(form) &&
    new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(form)}(?![\\p{L}\\p{N}-])(?!\\s+[A-Z])`, 'u').test(text);
  const bare = name.replace(LEGAL_FORM, '');
  const words = bare.split(/\s+/);
  const first = words[0]!;
  // `Total SA` is not `Total` where the text also writes `total`.
  const writtenLower =
    text.includes(first.toLowerCase()) && new RegExp(`\\b${escapeRegExp(first.toLowerCase())}\\b`).test(text);
  if (
    bare !== name &&
    standsAlone(bare) &&
    (words.length >= 2 || (/^[A-Z][A-Za-z0-9-]+$/.test(first) && !ORDINARY_WORD.test(first) && !writtenLower))
  )
    out.push({ form: bare, exact: true });
  if (
    words.length === 2 &&
    TRADE_WORD.test(words[1]!) &&
    /^[A-Z][A-Za-z0-9-]+$/.test(first) &&
    !DESCRIPTIVE_WORD.test(first) &&
    !ORDINARY_WORD.test(first) &&
    !writtenLower &&
    standsAlone(first)
  )
    out.push({ form: first, exact: false });
  return out;
}

/** A word for a firm at the end of a word, then a space and a Hangul syllable. */
const FIRM_WORD = new RegExp(`(?:${KO_FIRM_WORDS})(?:인)? (?=[가-힣])`, 'g');
/** A word for a firm (`기업`, `석유회사`, `광산업체`), then the name after it. */
const FIRM_THEN_NAME = new RegExp(
  String.raw`^(?:.*\s)?[가-힣]*(?:${KO_FIRM_WORDS}|社)\s+(?!(?:간|사이|등|및|중|들)(?:\s|$))([가-힣][가-힣\s]{1,20})$`,
);
/** A list of names, each perhaps with a parenthesis, then `등`, up to two words and a word for firms. */
const LISTED_FIRMS_KO = new RegExp(
  String.raw`((?:[\uac00-\ud7a3A-Za-z0-9&.-]{2,20}(?:\s*\([^()]{1,20}\))?\s*(?:,|·|와|과|및)\s*)+[\uac00-\ud7a3A-Za-z0-9&.-]{2,20}(?:\s*\([^()]{1,20}\))?)\s*등\s+(?:[\uac00-\ud7a3]+\s+){0,2}(?:${KO_FIRM_WORDS})`,
  'gu',
);
/**
 * A line listing firms: an optional label that ends in a word for firms (`조선사 :`, `금융기관 :`), an optional size
 * tag (`(중형)`), names joined by commas, and an optional title of their heads (`대표`, `행장`).
 */
const KO_ROSTER =
  /^(?:[-·•*]\s*)?(?:([가-힣]{0,8}(?:사|기업|업체|은행|금융기관)\s*[:：])\s*)?(?:\([가-힣]{1,6}\)\s*)?((?:[가-힣A-Za-z0-9&]{2,14}\s*,\s*)+[가-힣A-Za-z0-9&]{2,14})(?:\s+(대표|대표이사|사장|행장|회장|CEO))?$/u;
/** One firm of a roster: a word of Hangul, Latin capitals and digits, with at least one Hangul or capital letter. */
const ROSTER_ITEM = /^(?=.*[가-힣A-Z])[가-힣A-Za-z0-9&]{2,14}$/u;
/** One listed firm: a single word of letters (`도시바`, `KMI`), no particle or verb ending. */
const FIRM_ITEM = /^(?:[\uac00-\ud7a3]{2,10}|[A-Z][A-Za-z0-9&.-]{1,19})$/u;
/** One name in title case, up to four words. */
const LISTED_NAME_EN = String.raw`[A-Z][A-Za-z0-9&.'’-]*(?:\s+(?:[A-Z][A-Za-z0-9&.'’-]*|&)){0,3}`;
/** Three or more names joined by commas and a last `and` or `or`. */
const LISTED_NAMES_EN = new RegExp(
  String.raw`(?<![A-Z][\p{L}\p{N}&.'’-]*\s)${LISTED_NAME_EN}(?:\s*,\s*${LISTED_NAME_EN}){1,}\s*,?\s+(?:and|or)\s+${LISTED_NAME_EN}(?![\p{L}\p{N}])`,
  'gu',
);
/** Words a list of firms may hold that name no firm: determiners, months, titles. */
const NOT_LISTED_FIRM =
  /^(?:The|This|These|Other|Others|Mr|Mrs|Ms|Dr|President|Secretary|Minister|Chairman|CEO|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** A count of companies and the names it lists in parentheses: `3社(Avalon, Electra, Snow Lake)`. */
const COUNTED_COMPANIES = /\d+\s*(?:社|개사|개\s?기업|개\s?업체)\s*\(([^()]{2,160})\)/g;
/** `Black Rock Mining, BRM`: a name in Latin letters and its acronym, inside a Korean name's parenthesis. */
const NAME_AND_ACRONYM = /^([A-Z][A-Za-z0-9&.'’ -]{2,60}?),\s*([A-Z][A-Z0-9&]{1,9})$/;
/** Korean government bodies and funds: `해양수산부`, `산림청`, `방위사업청`, `수소경제펀드`; short words ending so (`일부`, `요청`) are not. */
const KO_ORG =
  /(?<![\p{L}\p{N}])((?:[가-힣]{1,3}-[가-힣]{1,4} )?(?:[가-힣]{2,5}·)?[가-힣]{3,10}(?:부|청|위원회|공사|공단|협회|진흥원|연구원|기금|펀드|재단))(?=[\s,.()·]|$|[은는이가을를의에과와도로])/gu;
const KO_WORKING_BODY =
  /(?<![\p{L}\p{N}])((?:[가-힣]{1,3}-[가-힣A-Z]{1,6} )?(?:[가-힣A-Za-z0-9·-]{2,12} ){0,2}[가-힣A-Za-z0-9·-]{1,12} ?(?:TF|태스크포스|협의체|협의회|장관회의|지원센터|신고센터|협력센터|얼라이언스|위원회|포럼))(?=[\s,.()·]|$|[은는이가을를의에과와도로])/gu;
/** Kinds of working body, not one of them: `다자협의체` (a multilateral body), `민관 협의회`, `관계부처 TF`. */
const KO_BODY_KIND =
  /^(?:다자|양자|민관|민관합동|정부|공동|관계부처|범정부|부처|실무|합동|국제|관련|해당|각종)\s?(?:협의체|협의회|위원회|포럼|TF|태스크포스)$/;
/** A country's name, then a body's: a ministry, an agency, a committee, a parliament or an armed service. */
const KO_COUNTRY_BODY =
  /(?<![\p{L}\p{N}])([가-힣]{2,8})\s([가-힣]{1,8}(?:부|성|청|위원회)|의회|상원|하원|육군|해군|공군)(?=[\s,.)·]|$|[은는이가을를의에과와도로]|측|장관|대변인)/gu;
/** A name, then its chief executive in parentheses: `에코프로비엠(대표 최문호)`, `한화디펜스(대표이사 손재일)`. */
const KO_CHIEF_GLOSS =
  /(?<![\p{L}\p{N}])([가-힣][가-힣A-Za-z0-9&]{1,13})\s?\((?:대표이사|대표)\s+[가-힣]{2,4}\)/gu;
/** A word ending in 그룹 (group), its particle left out: `대우그룹은`. */
const KO_GROUP = /(?<![\p{L}\p{N}])([가-힣]{2,6}그룹)(?=[\s,.)(·]|$|[은는이가을를의에과와도로])/gu;
/** A Korean bank's name: a word ending in 은행. */
const KO_BANK = /(?<![\p{L}\p{N}])([가-힣A-Z]{2,8}은행)(?=[\s,.)·]|$|[은는이가을를의에과와도로])/gu;
/** Kinds of bank, not banks: `시중은행` (commercial banks), `국책은행` (state banks), `중앙은행`. */
const KO_BANK_KIND =
  /^(?:시중|국책|중앙|지방|외국|외국계|인터넷|상업|투자|개발|민간|국내|해외|대형|주요|일반|저축|협력|주거래|채권|민영|국영|각국|거래|전체)은행$/;
/** Laboratories (up to two words before the last) and government programmes (up to three) named by their work. */
const KO_NAMED_BY_WORK: readonly [RegExp, EntityKind][] = [
  [
    /(?<![\p{L}\p{N}])((?:[가-힣A-Za-z0-9]{2,12} ){0,2}[가-힣A-Za-z0-9]{1,12} ?연구소)(?=[\s,.()·]|$|[은는이가을를의에과와도로])/gu,
    'Organization',
  ],
  [
    /(?<![\p{L}\p{N}-])((?:[가-힣A-Za-z0-9-]{2,12} ){0,4}[가-힣A-Za-z0-9]{0,12}(?:지원|개발|육성|구축|융자|보증|실증|보급|양성|시범|비축|보전|도입) ?사업)(?=[\s,.()·'’」]|$|[은는이가을를의에과와도로])/gu,
    'Policy',
  ],
];
/** Words that make a laboratory or programme a kind, not one of them: `국내 연구소`, `연구개발사업`, `각종 지원사업`. */
const KO_WORK_GENERIC =
  /^(?:국내|해외|글로벌|공동|전문|첨단|핵심|민간|정부|국책|정부출연|대학|기업|부설|각종|관련|신규|기존|주요|다양한|해당|이|그|동|연구|연구개발|기술개발|지원|개발|육성|구축|융자|보증|실증|보급|양성|시범|비축|보전|도입|R&D|정부지원|재정지원)$/;
const NOT_KO_ORG = new RegExp(
  `(?:정부|일부|내부|외부|전부|본부|남부|북부|동부|서부|중부|(?<!통)상부|하부|간부|세부|지도부|수뇌부|집행부|사령부|조건부|요청|신청|재요청|시청|도청)$|^(?:${shapes.placesLikeBodies.map(escapeRegExp).join('|')})$`,
);
/** Countries whose provinces Korean writes with a body's suffix (importer/lexicon/name-shapes.json). */
const PROVINCE_SUFFIX: Readonly<Record<string, string>> = shapes.provincesBySuffix;

/** Korean company names by a trade word that only firms end in: `대우중공업`, `포스코케미칼`, `푸르덴셜자산운용`. */
const KO_COMPANY =
  /(?<![\p{L}\p{N}])([가-힣A-Z]{2,8}(?:중공업|조선공업|조선해양|상선|제철|제강|물산|케미칼|증권|자산운용|손해보험|생명보험|캐피탈|저축은행|산업개발|자동차|자동차공업))(?=[\s,.)·㈜]|$|[은는이가을를의에과와도로]|주식회사|\(주\))/gu;
/**
 * A name before or after the Korean legal form of a company (주식회사, ㈜, (주)); a form set apart before a word
 * (`신학철 ㈜LG화학 대표이사`) is that word's.
 */
const KO_LEGAL_FORM =
  /(?<![\p{L}\p{N}])([가-힣][가-힣A-Za-z0-9&]{1,14})(?:주식회사|㈜|\(주\)|\s(?:주식회사|㈜|\(주\))(?![가-힣A-Za-z0-9&]{2}))|(?:주식회사|㈜|\(주\))\s?([가-힣][가-힣A-Za-z0-9&]{1,14})(?![\p{L}\p{N}])/gu;
/**
 * A trade alone, the last word of a longer name spaced before the legal form (`토요타 자동차 공업 주식회사`,
 * `토요타 자동차 판매 주식회사`): no company's name by itself.
 */
const KO_TRADE_WORD =
  /^(?:공업|판매|상사|산업|전자|화학|건설|물산|제약|기계|정밀|자동차|중공업|해운|통상|무역|개발|금속|제철|제강|철강|석유|화재|생명|증권|은행|전기|전력|에너지|시스템|통신)$/;
/** Words before such a trade word that make it a sector, not a name (`국내 중공업`, `세계조선해양`). */
const KO_COMPANY_GENERIC =
  /^(?:국내|해외|세계|글로벌|국영|민간|주요|대형|중소|외국|국내외|전체|일부|기존|신규|친환경|전기|수소|자율주행|미래|완성|승용|상용|국산|수입|중고|소형|중형|하이브리드|커넥티드|내연기관|무인|경)/;
/**
 * `영국 최대의 자동차 회사였던 브리티시 레일랜드`: the name a company description ends on, one or two words
 * before a particle.
 */
const KO_DESCRIBED_COMPANY =
  /(?:회사|기업|업체|제조사|자동차 회사|은행)(?:인|이던|였던|이었던)\s+([가-힣]{2,10}(?:\s[가-힣]{2,10})?)(?=(?:은|는|이|가|을|를|의|에|와|과|도|로)?(?=[\s,.)]|$))/gu;

/** `a subsidiary of the Government of Nanjing`: a word for a public body alone names no firm that deals are made with. */
const PUBLIC_BODY_WORD =
  /^(?:Government|State|Ministry|Department|Council|Commission|Administration|Authority|Bureau|Agency|City|Province|Municipality|Parliament|Congress|Treasury)$/;
/**
 * `Konecranes, a Finnish-based port equipment manufacturer`, `Davie, Canada’s largest shipbuilder`: a name
 * opening a sentence, clause or list item, described right after its comma (and its acronym in parentheses) as a
 * maker of something, is a company.
 */
const DESCRIBED_COMPANY = new RegExp(
  String.raw`(?:^|[.;:,]\s+|\n\s*(?:[-•*·]\s*)?|\b(?:into|to|from|with|by|for)\s+)((?:[A-Z0-9][A-Za-z0-9&'’-]*)(?:\s+[A-Z][A-Za-z0-9&'’-]*){0,3})(?:\s+\(([A-Z][A-Za-z0-9&]{1,9})\))?,\s+(?:an?|one of the|[A-Z][A-Za-z.]+['’]s?)\s+(?:[A-Za-z.-]+\s+){0,4}(?:${COMPANY_DESCRIPTIONS}|${COMPANY_DESCRIPTION})\b`,
  'g',
);
/**
 * `Jordanian Pharmaceutical manufacturer Hikma Pharmaceuticals announced`, `Australian miner Lynas Rare Earths
 * said`: title-case words right after a company noun in lower case name that company, and so do those set off by
 * commas right after it (`UAE's main defense conglomerate, Edge Group, is partnering`); a person's title after
 * the noun (`company CEO …`) names a person.
 */
const LEAD_DESCRIBED_COMPANY = new RegExp(
  String.raw`\b(?:${COMPANY_DESCRIPTION})(?:\s+|,\s+(?=[A-Z][^,.;]{0,40},))((?!(?:CEO|Chairman|Chairwoman|President|Chief|Director|Founder|Executive|Vice|Head|Minister|Secretary)\b)[A-Z][A-Za-z0-9&'’.-]*(?:\s+[A-Z][A-Za-z0-9&'’-]*){0,3})(?=\s+[a-z]|\s*[,;:.()]|$)`,
  'g',
);
/** A title-case name of one to four words. */
const TITLE_NAME = String.raw`[A-Z](?:[A-Za-z0-9&'’-]|\.(?=[A-Za-z]))*(?:\s+[A-Z][A-Za-z0-9&'’-]*){0,3}`;
/**
 * `semiconductor manufacturers IBM and Motorola`, `chipmakers such as Samsung, SK Hynix and Micron`, `companies including
 * Jacobs, Parsons, and AECOM`, `its competitor Nvidia`: the names listed right after a plural company noun, or after a
 * competitor or rival, are companies.
 */
const LEAD_DESCRIBED_COMPANIES = new RegExp(
  String.raw`\b(?:(?:${COMPANY_DESCRIPTIONS}|competitors|rivals)\s+(?:such\s+as\s+|including\s+|like\s+)?(${TITLE_NAME}(?:,\s+${TITLE_NAME})*,?\s+(?:and|&)\s+${TITLE_NAME})|(?:competitor|rival)\s+(${TITLE_NAME}))(?=\s+[a-z]|\s*[,;:.()]|$)`,
  'g',
);
/**
 * `a joint venture with Nanotech Energy`, `acquired Harman International`, `a subsidiary of Unilever`, `sold its paints
 * business to AkzoNobel`: the title-case name a joint venture, merger, takeover, stake or sale is with is a company.
 */
const DEAL_PARTY = new RegExp(
  String.raw`\b(?:joint\s+venture\s+with|merged\s+with|merger\s+with|acquired|acquisition\s+of|takeover\s+of|took\s+over|(?:a|its|the|wholly[- ]owned)\s+subsidiary\s+of|(?:a|its|the)\s+stake\s+in|sold\s+(?:[A-Za-z][\w'’-]*\s+){0,6}?to)\s+(?:the\s+)?(${TITLE_NAME})(?=\s+[a-z]|\s*[,;:.()]|$)`,
  'g',
);
/** A company's name of one to three title-case words and the country its arm is in. */
const REGIONAL_ARM =
  /\b([A-Z][A-Za-z&.-]*(?:\s[A-Z][A-Za-z&.-]*){0,2})\s(?:USA|America|Americas|Europe|Japan|Korea|China|Canada|Australia|India|UK|Germany|Mexico|Vietnam|Indonesia)\b(?!\s+(?:and|[A-Z]))/g;
/**
 * A word after a company's name that makes the name one of its arms (`Panasonic Energy`, `LG Chemical`, `Intel
 * Capital`), unless another capitalised word runs the name on (`LG Energy Solution`).
 */
const AFFILIATE_WORD =
  /(?<=[A-Za-z&.]\s)(?:Energy|Chemicals?|Biologics|Materials|Holdings?|Solutions|Electronics|Motors?|Steel|Display|Semiconductors?|Battery|Capital|Trading|Engineering|Construction|Logistics|Shipbuilding|Investments?|Mining|Metals|Technologies|Power|Aerospace|Systems|Pharmaceuticals?|Pharma|Industries|Marine|Renewables|Airlines|Networks|Telecom|Securities|Insurance|Cement|Petrochemicals?|Precision|Mobility)\b(?![ \t]+[A-Z])/g;
/**
 * `Renault–Nissan Alliance`, `the Hyundai-Kia group`: two companies' names joined by a dash before a word for what
 * they form together name that one body (a group of companies is a company).
 */
const JOINED_COMPANIES =
  /\b(?!(?:The|A|An) )([A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*)?)[-–]([A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*)?) ([Aa]lliance|[Gg]roup|[Cc]onsortium|[Pp]artnership)\b/g;
/**
 * A company's name and an acronym that ends the phrase (`양극재 생산(LG BCM)`, `SK IET`): another company of its group.
 */
const AFFILIATE_ACRONYM =
  /\b([A-Z][A-Za-z]{1,10}) ((?!(?:CEO|CFO|CTO|COO|IPO|ESG|MOU|LOI)\b)[A-Z]{2,5})(?![A-Za-z0-9&-])(?![ \t]*[A-Z0-9])/g;
/** A name of one or two title-case words and a model number, which holds a letter or a dash (`H200`, `MI325X`, `787-9`). */
const PRODUCT_MODEL =
  /\b([A-Z][A-Za-z&.-]*(?:\s[A-Z][A-Za-z&.-]*)?)\s((?:[A-Z]{1,4}-?)?\d{2,4}(?:-\d{1,3})?[A-Z]{0,3})\b/g;
/**
 * `듀폰社`, `Harvest Energy사`, `Anadarko 社`: 社 after a name, or 사 after a Latin one, says a company (a Hangul word
 * before 사 is as often a common noun: 회사, 검사).
 */
const COMPANY_SA =
  /(?<![\p{L}\p{N}])(?:([A-Z][A-Za-z0-9&.'’-]*(?:\s[A-Z][A-Za-z0-9&.'’-]*){0,3})\s?(?:社|사)|([가-힣][가-힣A-Za-z0-9]{1,11})\s?社)(?=(?:으로|에서|에게|은|는|이|가|을|를|의|에|과|와|도|로|만|들)?(?:[\s,.)·]|$))/gu;
const COMPANY_ROLE = new RegExp(
  `^(?:${[...shapes.companyRoles.latin, ...shapes.companyRoles.ko].map(escapeRegExp).join('|')})$`,
);
/** What makes a text one about the European Union. */
const EU_CONTEXT = /\b(?:EU|European Union|European Commission|Member States)\b/;
/** A commission other than the European one, named with the words before `Commission`. */
const OTHER_COMMISSION = /\b(?!(?:European|The|This|That|Its|Our)\b)[A-Z][a-z]+\s+Commission\b/;
/** Words that open a sentence but no company's name. */
const STOP_NAME =
  /^(?:The|This|These|That|Those|It|Its|In|On|At|For|As|By|With|However|Today|Yesterday|Meanwhile|Also|And|But)\b/;

/** The head nouns of a Korean plan, guideline, decree or signed instrument. */
const INSTRUMENT_HEADS_KO = '방안|대책|계획|로드맵|지침|지침서|지침안|시행령|협정|협약|양해각서|각서|MOU';
/** The head nouns of a Korean document's title: a law, or a plan, guideline, decree or signed instrument. */
const DOCUMENT_HEAD_KO = new RegExp(`(?:법|법안|특별법|시행규칙|${INSTRUMENT_HEADS_KO})$`);

/** A title set off by title marks or ending in a document's head noun: any words, but not a sentence or a date. */
function titleShape(s: string): boolean {
  const t = s.trim();
  if (t.length < 3 || t.length > 60 || t.split(/\s+/).length > 12) return false;
  if (/[.!?]\s|[다요]\.?$/.test(t) || /^[\d\s.,~%-]+$/.test(t)) return false;
  return !/(?:이라는|라는|이란)\s/.test(t);
}

/** The head noun a Korean plan's or instrument's name ends with (not `전략`: `… 협력 전략 수립` recommends one). */
const PLAN_HEAD_KO = new RegExp(
  `(?:${INSTRUMENT_HEADS_KO}|이니셔티브|프레임워크|프로그램|제도|인증제|할당제|특례)`,
);
const ADOPT_VERBS_KO =
  '발표|마련|수립|시행|체결|개정|제정|확정|의결|공포|서명|채택|발효|추진|공개|도입|시작|이행|착수|승인';
/**
 * A plan's head noun as the object of a verb that adopts, signs or carries it out, or before that verb's noun in a title
 * (`… 방안을 발표했다`, `… 방안 마련`), or as the subject of that verb in the passive (`… 협정이 체결되었다`).
 */
const PLAN_OBJECT_KO = new RegExp(
  String.raw`(?<=[\p{L}\p{N}\s])(${PLAN_HEAD_KO.source})(?:(?:[을를]\s*|\s+)(?=(?:[가-힣]+\s+){0,2}(?:${ADOPT_VERBS_KO}|내놓))|[이가]\s*(?=(?:[가-힣]+\s+){0,2}(?:${ADOPT_VERBS_KO})되))`,
  'gu',
);
/** A plan with its number in a series, `제2차 … 계획`: group 1 the name. */
const ORDINAL_PLAN_KO =
  /(?<![\p{L}\p{N}])(제\s?\d{1,2}\s?차\s+(?:[가-힣A-Za-z0-9·-]+\s+){0,4}?[가-힣A-Za-z0-9·-]*?(?:계획|전략|로드맵|방안|대책))(?=[을를이가은는의에과와도으로]|[\s,.)」』’]|$)/gu;
/** An instrument titled by what it is about: group 1 the word before `에 관한`, the match up to the instrument's head. */
const ABOUT_TITLE_KO =
  /(?<=\s|^)([가-힣A-Za-z0-9·-]+)에\s?(?:관한|대한)\s+(?:[가-힣A-Za-z0-9·]+\s+)?(?:양해각서|협정|협약|법률|특별법|각서|MOU|합의서|약정)(?=[을를이가은는의에과와도으로]|[\s,.)」』’]|$)/gu;
/** `성과를 거두며 자원개발사업`: a word that ends like a verb (-며, -하여, -하는) ends the phrase before a name. */
const VERB_ENDING = /(?:며|하여|되어|해서|하는|되는|하던|했던)$/;
/** `로즈몬트 광산 개발사업`: a project at a mine, field or plant is a venture, not a programme. */
const SITE_VENTURE = /(?:광산|광구|유전|가스전|공장|플랜트)(?:\s?[가-힣]+)*?\s?사업$/;
/** An item holding only a plan's title: a bullet, a label in parentheses, two to six words, the last ending in a plan's head. */
const ITEM_TITLE_KO =
  /^\s*(?:[ㅇ□▴·*○◦▸①-⑳-]\s*)?(?:\([^)\n]*\)\s*)?([가-힣A-Za-z0-9·-]+(?: [가-힣A-Za-z0-9·-]+){1,5}(?:방안|대책|계획|로드맵|전략|지침))\s*$/u;
/** Words before a plan's name that say when or which, not what (`이번 …`, `2024년 …`). */
const PLAN_PREFIX_KO =
  /^(?:이번|이날|오늘|어제|금번|올해|작년|지난해|내년|향후|추후|최근|새로운|새|관련|각종|해당|동|본|정부|우리|양국|기업|국내|해외|주요|세부|상세|구체적|다양한|일관된|자체|규모|합동|붙임|별첨|첨부|참고|분야|부문|(?:19|20)\d{2}년(?:도)?|\d{1,2}월|\d{1,2}일)$|(?:등|건의|의|적)$/;

/**
 * The name a plan's head noun closes: the head's word and the bare nouns before it (no particle, no verb ending), at
 * most five, after the last word that carries one or says only when or which; two words and seven letters at least.
 */
function planNameBefore(
  span: string,
  korean: Analyser,
  owner: (word: string) => boolean,
): string | undefined {
  const words = span.split(/\s+/);
  const head = words.pop()!;
  const kept = bareNounsBefore(words, korean, owner);
  if (kept === undefined || !/^[가-힣A-Za-z0-9·-]+$/.test(head)) return undefined;
  const name = [...kept, head].join(' ');
  if (kept.length === 0 || name.replace(/[\s·-]/g, '').length < 7) return undefined;
  return name;
}

/**
 * The last of `words` that are bare nouns (no particle, no verb ending), at most five, after the last word that carries
 * one or says only when or which; undefined when the phrase describes a kind of plan instead of naming one.
 */
function bareNounsBefore(
  words: readonly string[],
  korean: Analyser,
  owner: (word: string) => boolean,
): string[] | undefined {
  const kept: string[] = [];
  for (let k = words.length - 1; k >= 0 && kept.length < 5; k--) {
    const w = words[k]!;
    // `기업간 … MOU`, `시나리오별 대응방안`: a plan between or for each of a kind of party is described, not named.
    if (/^(?:간|별)$|(?:기업|정부|부처|국가|양국|기관|업계|민관)간$|(?<!특)별$/.test(w)) return undefined;
    // `중기부 자체 …`: a body named before the plan is whose it is, not its name.
    if (!/^[가-힣A-Za-z0-9·-]+$/.test(w) || PLAN_PREFIX_KO.test(w) || owner(w) || withoutParticle(w) !== w)
      break;
    const tokens = korean.tokens(w);
    if (!tokens.every((t) => /^(?:NN|NR|SL|SN|XPN|XSN|SH)/.test(t.tag) || t.text === '·' || t.text === '-'))
      break;
    kept.unshift(w);
  }
  while (kept.length > 0 && PLAN_PREFIX_KO.test(kept[0]!)) kept.shift();
  return kept;
}

/**
 * A word without its case particle, by the sound the particle follows: 이/은/을/과 come after a final
 * consonant and 가/는/를/와 after a vowel, so `화웨이` keeps its 이 and `닛산이` loses it.
 */
function withoutParticle(word: string): string {
  const m = /^(.+)(이|은|을|과|가|는|를|와|의|에|도|로)$/.exec(word);
  if (!m) return word;
  const final = finalConsonant(m[1]!.slice(-1));
  if (final === undefined) return word;
  const closed = final !== NO_FINAL;
  if (/^(이|은|을|과)$/.test(m[2]!) && !closed) return word;
  if (/^(가|는|를|와)$/.test(m[2]!) && closed) return word;
  return m[1]!;
}

/**
 * `Developing and Deploying Advanced Energy Technologies`: a company name does not open with a verb's -ing form;
 * `Boeing` and `Beijing` are names the lexicon knows, and stay. (Policy titles may: `Manufacturing Extension
 * Partnership`, `Mining Law of 1872`.)
 */
function withoutGerunds(name: string, known: (word: string) => boolean): string {
  const words = name.split(/\s+/);
  let i = 0;
  while (words.length - i > 2 && /^[A-Z][a-z]{2,}ing$/.test(words[i]!) && !known(words[i]!)) i++;
  return words.slice(i).join(' ');
}

function discoverByShape(
  text: string,
  known: (name: string) => Entity | undefined,
  add: (kind: EntityKind, names: string[], described?: boolean) => void,
  alias: (entity: Entity, form: string) => void,
) {
  const tryAdd = (kind: EntityKind, raw: string, described = false) => {
    const name = raw.replace(/^(?:the|The)\s+/, '').trim();
    // `CJSC`, `LLC`: a legal form alone names no company.
    if (!name || known(name) || LEGAL_WORD.test(name) || GENERIC_NAME_EN.test(name)) return;
    // `Contemporary Amperex Technology Co.`: a known company with its legal form is that company.
    const bare = name.replace(LEGAL_FORM, '');
    const company = bare !== name && kind === 'Company' ? known(bare) : undefined;
    if (company) {
      alias(company, name);
      return;
    }
    add(kind, [name], described);
  };
  // The English shapes need a capital letter (INSTRUMENT_MEASURE a digit), the Korean ones a syllable.
  const capital = /[A-Z]/.test(text);
  const hangul = /[가-힣]/.test(text);
  const none: RegExpMatchArray[] = [];
  // `Seoul National University and Purdue University`: two bodies' names joined by `and`, each whole.
  const bodies = (run: string) => {
    const joined = /^(.*\b(?:University|Center|Centre|Exchange|Court))\s+and\s+(.+)$/.exec(run);
    return joined ? [joined[1]!, joined[2]!] : [run];
  };
  for (const body of capital ? [...text.matchAll(ORG_NAME)].flatMap((m) => bodies(m[1]!)) : []) {
    const words = body
      .replace(/^The\s+/, '')
      .trim()
      .split(/\s+/);
    // `Department of Energy's R&D budget`: a possessive ends the body's name.
    const owner = words.findIndex((w) => /['’]s$/.test(w));
    if (owner >= 0) words.splice(owner, words.length, words[owner]!.slice(0, -2));
    // `Department of Energy and U.S. Geological Survey`: a joiner left at the end joined the next body.
    while (words.length > 0 && /^(?:and|of|the|for|on|&)$/.test(words.at(-1)!)) words.pop();
    const name = words.join(' ');
    // `National Park Service`, `American Iron and Steel Institute`: with three words or more, a body's name may
    // open with a word that alone only describes.
    if (
      words.length >= 2 &&
      (!DESCRIPTIVE_WORD.test(words[0]!) || (words.length >= 3 && !ONLY_DESCRIBES.test(words[0]!))) &&
      words.every((w) => TITLE_WORD_OR_JOINER.test(w))
    )
      tryAdd('Organization', name);
  }
  for (const m of capital ? text.matchAll(CITED_INSTRUMENT) : none)
    tryAdd('Policy', m[1]!.replace(/\s+/g, ' '));
  // One order however it is cited, named in full.
  for (const m of capital ? text.matchAll(EXECUTIVE_ORDER) : none) {
    const full = `Executive Order ${m[1]!}`;
    const surface = m[0].replace(/\s+/g, ' ');
    const order = known(full);
    if (!order) add('Policy', surface === full ? [full] : [full, surface]);
    else if (surface !== full && !known(surface)) alias(order, surface);
  }
  for (const m of /\d/.test(text) ? text.matchAll(INSTRUMENT_MEASURE) : none) {
    if (!/\b(?:and|or|on|of|the|to|for|in)\b/i.test(m[2]!)) tryAdd('Policy', m[1]!.replace(/\s+/g, ' '));
  }
  for (const m of capital ? text.matchAll(ACRONYM_PROGRAM) : none) if (!known(m[2]!)) tryAdd('Policy', m[1]!);
  for (const m of capital ? text.matchAll(ACT_OF_YEAR) : none) {
    const name = m[1]!.replace(LEADING_STOP, '').trim();
    if (name.split(/\s+/).length >= 4) tryAdd('Policy', name);
  }
  for (const m of capital ? text.matchAll(DESCRIBED_COMPANY) : none) {
    const name = m[1]!;
    if (DESCRIPTIVE_WORD.test(name.split(/\s+/)[0]!) || STOP_NAME.test(name)) continue;
    // `Industries Qatar (IQ), a producer of …`: the acronym in parentheses is its other name.
    const acronym = m[2] !== undefined && initialsMatch(name, m[2]) ? m[2] : undefined;
    if (acronym && !known(name) && !known(acronym)) add('Company', [name, acronym], true);
    else tryAdd('Company', name, true);
  }
  // `Samsung SDI America`, `TMC USA`, `Lynas USA`: a company's name and a country's name its arm there.
  for (const m of capital ? text.matchAll(REGIONAL_ARM) : none) {
    if (known(m[1]!)?.kind === 'Company' && !known(m[0]!)) tryAdd('Company', m[0]!, true);
  }
  // `Motorola, Inc.`, `Apple, Inc.`: a name set off from its legal form by a comma is a company's, and the name alone
  // is short for it.
  for (const m of capital && text.includes(', ') ? text.matchAll(COMMA_LEGAL_FORM) : none) {
    const name = m[1]!.replace(HEADLINE_SUBJECT, '').replace(LEADING_STOP, '').trim();
    const first = name.split(/\s+/)[0]!;
    const full = `${name}${m[2]!}`;
    if (!DESCRIPTIVE_WORD.test(first) && !ORDINARY_WORD.test(first) && !known(name) && !known(full))
      add('Company', [full, name]);
  }
  for (const m of capital ? text.matchAll(AFFILIATE_WORD) : none) {
    const at = m.index ?? 0;
    const words = text
      .slice(Math.max(0, at - 48), at)
      .trimEnd()
      .split(/[ \t]+/)
      .slice(-3);
    for (let k = 1; k <= words.length; k++) {
      const owner = words.slice(-k).join(' ');
      if (known(owner)?.kind !== 'Company') continue;
      tryAdd('Company', `${owner} ${m[0]}`, true);
      break;
    }
  }
  // (The word may be written in lower case: `the Renault-Nissan alliance`.)
  for (const m of capital ? text.matchAll(JOINED_COMPANIES) : none)
    if (known(m[1]!)?.kind === 'Company' && known(m[2]!)?.kind === 'Company' && !known(m[0]))
      add(/^group$/i.test(m[3]!) ? 'Company' : 'Organization', [
        m[0],
        m[0].replace(/\S+$/, (w) => w.toLowerCase()),
      ]);
  for (const m of capital ? text.matchAll(AFFILIATE_ACRONYM) : none)
    if (known(m[1]!)?.kind === 'Company' && !known(m[2]!)) tryAdd('Company', m[0], true);
  // `NVIDIA H200`, `AMD MI325X`, `Boeing 787-9`: a company's name and a model number name a product of it.
  for (const m of capital ? text.matchAll(PRODUCT_MODEL) : none) {
    // A bare number after a name is a year or an index (`Samsung 2024`, `Nikkei 225`), not a model.
    if (known(m[1]!)?.kind === 'Company' && /[A-Z-]/.test(m[2]!)) tryAdd('Technology', m[0]);
  }
  for (const m of capital ? text.matchAll(LEAD_DESCRIBED_COMPANY) : none) {
    // `the Chilean producer SQM.`: a sentence's full stop is no part of the name, a legal form's is.
    const name = m[1]!.replace(/['’]s$/, '').replace(/(?<!\b(?:Inc|Co|Corp|Ltd|Bros|S\.A|N\.V))\.$/, '');
    if (!STOP_NAME.test(name) && !DESCRIPTIVE_WORD.test(name.split(/\s+/)[0]!)) tryAdd('Company', name, true);
  }
  for (const m of capital ? text.matchAll(DEAL_PARTY) : none) {
    let words = m[1]!.split(/\s+/);
    // `acquired Canada’s Neo Lithium`: a country's possessive says whose the firm is; `Denbury’s CCUS network`: any
    // other possessive is the party, and what follows is its asset.
    const owner = words.findIndex((w) => /['’]s$/.test(w));
    if (owner >= 0) {
      const possessor = words[owner]!.slice(0, -2);
      words =
        known(possessor)?.kind === 'Country' ? words.slice(owner + 1) : [...words.slice(0, owner), possessor];
    }
    const name = words.join(' ');
    // `acquired Meishan Iron and Steel`: a name that may run on past `and` is not read in part; an acronym
    // (`a subsidiary of TEL`) is a short form the text defines elsewhere.
    const runsOn = /^\s+(?:and|&)\s+[A-Z]/.test(text.slice(m.index! + m[0].length));
    if (
      words.length > 0 &&
      !runsOn &&
      !PUBLIC_BODY_WORD.test(name) &&
      !isAcronym(name) &&
      !STOP_NAME.test(name) &&
      !DESCRIPTIVE_WORD.test(words[0]!) &&
      !MONTH_OR_DAY.test(words[0]!)
    )
      tryAdd('Company', name, true);
  }
  for (const m of capital ? text.matchAll(LEAD_DESCRIBED_COMPANIES) : none)
    for (const item of (m[1] ?? m[2]!).split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/)) {
      const name = item.replace(/['’]s$/, '');
      if (name && !STOP_NAME.test(name) && !DESCRIPTIVE_WORD.test(name.split(/\s+/)[0]!))
        tryAdd('Company', name, true);
    }
  /** A word the lexicon knows as a sector, material or technology (`Iron`, `Steel`, `Gas`). */
  const trade = (w: string | undefined) =>
    w !== undefined && SECTOR_KINDS.has(known(w.toLowerCase())?.kind ?? known(w)?.kind ?? '');
  for (const m of capital ? text.matchAll(COMPANY_NAME) : none) {
    const words = withoutGerunds(
      m[1]!.replace(HEADLINE_SUBJECT, '').trim(),
      (w) => known(w) !== undefined,
    ).split(/\s+/);
    // `OwnerJHL Capital Group`: an infobox's label run into its value is no part of the name.
    words[0] = words[0]!.replace(/^[A-Z][a-z]{3,}(?=[A-Z]{2,})/, '');
    // `Shares of The Steel Company of Wales Ltd`: a capitalised `The` inside the run starts the name.
    const the = words.lastIndexOf('The');
    if (the > 0) words.splice(0, the);
    // `Cyprus Minerals and Lockheed Martin Corporation`, `BMW and Daimler AG`: two names, when the words before
    // `and` end like one or are one the lexicon knows.
    const and = words.lastIndexOf('and');
    if (and > 0 && COMPANY_HEAD.test(words[and - 1]!.replace(/,$/, ''))) {
      const first = words.splice(0, and + 1).slice(0, -1);
      if (first.length >= 2) tryAdd('Company', first.join(' '));
    } else if (and > 0 && known(words[and - 1]!.replace(/,$/, ''))?.kind === 'Company')
      words.splice(0, and + 1);
    // `Richard Thomas and Baldwins Ltd`, `The Steel Company of Wales Ltd`: `and`, `&` and `of` join a name only
    // when it ends in a legal form; otherwise the name starts after the last of them (`Korea and SK Group`).
    // (`Wuhan Iron and Steel Group`, `Tianjin Oil & Gas Company`: two trades joined by `and` describe one firm.)
    const joined = words.findLastIndex(
      (w, k) => /^(?:and|of|&)$/.test(w) && !(w !== 'of' && trade(words[k - 1]) && trade(words[k + 1])),
    );
    const formal = LEGAL_WORD.test(words.at(-1)!);
    if (joined >= 0 && !formal) words.splice(0, joined + 1);
    // `Working Group`, `Steering Group`: a group of people, not of companies.
    if (words.at(-1) === 'Group' && (words.length < 2 || GROUP_OF_PEOPLE.test(words.at(-2)!))) continue;
    // A legal form makes every word before it part of the name: `American Ocean Minerals Corporation`.
    const legal =
      formal ||
      // and so does a nationality before two more title-case words: `American Metal Resources`.
      (words.length >= 3 &&
        /^(?:American|Chinese|Korean|Japanese|European|Australian|Canadian)$/.test(words[0]!));
    while (!legal && words.length > 1 && DESCRIPTIVE_WORD.test(words[0]!)) words.shift();
    // `the U.S. Government’s Federal Minerals Strategy`: a possessive ends a name; it does not sit inside one.
    // `Royal Jordanian Airlines`: a firm's name may end with the sector it works in.
    const sector = SECTOR_END.test(words.at(-1)!);
    // (`Energy Asset Management` is a task: a trade's words alone name no firm.)
    if (words.length < 2 || words.some((w) => /['’]s$/.test(w)) || TRADE_HEAD_ONLY.test(words.join(' ')))
      continue;
    // `The Steel Company of Wales Ltd`: a registered name may open with `The`; it is a name with and without it.
    const bare = words.slice(1).join(' ');
    if (formal && words[0] === 'The' && !known(bare)) add('Company', [bare, words.join(' ')]);
    else tryAdd('Company', words.join(' '), sector);
  }
  for (const m of hangul ? text.matchAll(COMPANY_SA) : none) {
    // `A社`, `B사`: a firm the text does not name keeps its mark.
    const name = m[1] && m[1].length === 1 ? m[0].replace(/\s/g, '') : (m[1] ?? m[2]!).replace(/^The\s+/, '');
    // `세계 3대 스팀터빈社`: after a rank of size, 社 makes a class of firms (the top three steam-turbine makers).
    const ranked = /\d\s*대\s*$/.test(text.slice(Math.max(0, m.index! - 6), m.index!));
    if (!ranked && !COMPANY_ROLE.test(name) && !DESCRIPTOR.test(name) && !KO_COMPANY_GENERIC.test(name))
      tryAdd('Company', name, true);
  }
  for (const m of hangul ? text.matchAll(KO_COMPANY) : none) {
    const name = m[1]!;
    if (!KO_COMPANY_GENERIC.test(name) && !DESCRIPTOR.test(name)) tryAdd('Company', name);
  }
  // `현대종합특수강 주식회사`, `㈜포스코`: a word joined to the Korean legal form is a company's name.
  for (const m of hangul ? text.matchAll(KO_LEGAL_FORM) : none) {
    const name = withoutParticle(m[1] ?? m[2]!);
    if (
      name.length >= 2 &&
      !DESCRIPTOR.test(name) &&
      !KO_COMPANY_GENERIC.test(name) &&
      !KO_TRADE_WORD.test(name)
    )
      tryAdd('Company', name);
  }
  for (const m of hangul ? text.matchAll(KO_DESCRIBED_COMPANY) : none) {
    const [first, second] = m[1]!.split(' ');
    // `회사인 현대차가 발표했다`: a first word with its particle is the whole name.
    const bare = withoutParticle(first!);
    // A second word belongs to the name only when the particle comes after it (`브리티시 레일랜드의`).
    const tail =
      second && bare === first && withoutParticle(second) !== second ? withoutParticle(second) : '';
    const name = tail ? `${bare} ${tail}` : bare;
    if (!DESCRIPTOR.test(name) && !KO_COMPANY_GENERIC.test(name) && name.replace(/\s/g, '').length >= 3)
      tryAdd('Company', name);
  }
  // `국민은행`, `신한은행`: a bank's name; `시중은행`, `국책은행` are kinds of bank.
  for (const m of hangul ? text.matchAll(KO_BANK) : none) {
    const name = m[1]!;
    if (!KO_BANK_KIND.test(name) && !DESCRIPTOR.test(name)) tryAdd('Company', name);
  }
  for (const m of hangul ? text.matchAll(KO_ORG) : none) {
    // `에너지·인프라부`: a ministry named by two fields is one name; `외교부·산업부`, `군산시·한국농어촌공사` list two.
    // `한-호주 에너지자원협력위원회`: the pair of countries in front is part of a joint body's name.
    const [first, second] = m[1]!.split('·');
    const field = first !== undefined && SECTOR_KINDS.has(known(first)?.kind ?? '');
    const name = second && !field ? second : m[1]!;
    const short = /부$/.test(name) && name.length < 4;
    if (!short && !NOT_KO_ORG.test(name) && !DESCRIPTOR.test(name)) tryAdd('Organization', name);
  }
  // `희토류 공급망 TF`, `경제관계장관회의`, `애로신고센터`, `배터리 얼라이언스`: a working body named by what it works on.
  for (const m of hangul ? text.matchAll(KO_WORKING_BODY) : none) {
    const all = m[1]!.split(' ');
    // `정부는 희토류 공급망 TF`, `한-미 양국은 반도체 포럼`: the name starts after the last word that ends with a
    // particle, points back or names the host or chair (`미국 주최 MSP 포럼`).
    const cut = all.findLastIndex(
      (w, k) =>
        k < all.length - 1 &&
        (ENDS_WITH_PARTICLE.test(w) || STOP_TOKEN.test(w) || /^(?:주재|주관|주최)$/.test(w)),
    );
    const words = all.slice(cut + 1);
    // `제12차 …`, `국장급 …`: a meeting's number or rank is no part of the name.
    while (words.length > 1 && /^(?:제?\d+차|[가-힣]{1,3}급)$/.test(words[0]!)) words.shift();
    const name = words.join(' ');
    if (name.replace(/\s/g, '').length >= 4 && !DESCRIPTOR.test(name) && !KO_BODY_KIND.test(name))
      tryAdd('Organization', name);
  }
  // `CRD연구소`, `배터리연구소`, `정보 전자소재 연구소`: a laboratory named by what it studies; `양산성능평가지원사업`,
  // `반도체 첨단패키징 선도기술개발사업`: a government programme named by what it supports or develops.
  for (const [pattern, kind] of hangul ? KO_NAMED_BY_WORK : []) {
    for (const m of text.matchAll(pattern)) {
      const all = m[1]!.split(' ');
      // `차세대 지능형반도체 기술개발 사업`: a head written apart (` 사업`) keeps the word for the work before it.
      const head = all.at(-1) === '사업' ? 2 : 1;
      // `기술연구원 내에 CRD연구소`: the name starts after the last word that ends in a particle or names no one.
      const cut = all.findLastIndex(
        (w, k) =>
          k < all.length - head &&
          (ENDS_WITH_PARTICLE.test(w) ||
            STOP_TOKEN.test(w) ||
            KO_WORK_GENERIC.test(w) ||
            VERB_ENDING.test(w)),
      );
      const kept = all.slice(cut + 1).join(' ');
      // `원유, 천연가스 등의 에너지자원 개발사업`: work described by examples before 등 is a kind, not a name.
      const start = m.index + m[1]!.length - kept.length;
      if (/(?:^|\s)등(?:의)?\s+$/.test(text.slice(Math.max(0, start - 4), start))) continue;
      // `4위반도체에너지연구소`: a rank glued before a name is no part of it.
      const name = kept.replace(/^\d+위/, '');
      const stem = name.replace(/\s/g, '').replace(/(?:연구소|사업)$/, '');
      if (
        stem.length >= 2 &&
        !KO_WORK_GENERIC.test(stem) &&
        !/(?:^|\s)(?:및|또는|등)(?:\s|$)/.test(name) &&
        // `석유개발 사업`, `반도체 개발 사업`: a short name is a firm's line of business; a programme's name says more.
        (kind !== 'Policy' || name.replace(/\s/g, '').length >= 9) &&
        !SITE_VENTURE.test(name)
      )
        tryAdd(kind, name);
    }
  }
  // `에코프로비엠(대표 최문호)`: a word glossed with its chief executive's title and name is a company's name.
  for (const m of hangul ? text.matchAll(KO_CHIEF_GLOSS) : none) {
    const name = m[1]!;
    if (!DESCRIPTOR.test(name) && !KO_COMPANY_GENERIC.test(name)) tryAdd('Company', name, true);
  }
  // `인도네시아 투자부`, `일본 경제산업성`, `중국 상무부`, `이집트 육군`: a government body, named with its country.
  for (const m of hangul ? text.matchAll(KO_COUNTRY_BODY) : none) {
    const [, country, body] = m;
    const place = known(country!);
    // `중국 강소성`: a Chinese province, where China's bodies are 부.
    const suffix =
      place?.kind === 'Country' ? PROVINCE_SUFFIX[place.nodeId.replace(/^country:/, '')] : undefined;
    if (suffix && body!.endsWith(suffix)) continue;
    if (place?.kind === 'Country' && !NOT_KO_ORG.test(body!) && !known(`${country} ${body}`))
      tryAdd('Organization', `${country} ${body}`);
  }
}

interface CompoundHead {
  kind: EntityKind;
  /** The modifier kinds after which the head only repeats the modifier. */
  not: ReadonlySet<string>;
  /** The head in the other number (`ore` ↔ `ores`, `industry` ↔ `industries`), when the table has it. */
  other: string | undefined;
}

const COMPOUND_HEADS = new Map<string, CompoundHead>();
for (const group of shapes.compoundHeads.heads) {
  const kind = group.kind as EntityKind;
  const not = new Set(group.not);
  for (const head of group.en) {
    const other = group.en.find(
      (o) =>
        o === `${head}s` ||
        head === `${o}s` ||
        o === head.replace(/y$/, 'ies') ||
        head === o.replace(/y$/, 'ies'),
    );
    COMPOUND_HEADS.set(head, { kind, not, other: other === head ? undefined : other });
  }
  for (const head of group.ko) COMPOUND_HEADS.set(head, { kind, not, other: undefined });
}
const HEADS_BY_LENGTH = [...COMPOUND_HEADS.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
const EN_HEAD = new RegExp(
  `(?<= )(${HEADS_BY_LENGTH.filter((h) => !HANGUL.test(h)).join('|')})\\b(?![-'’])`,
  'g',
);
/** A Korean head ends its word, bare or with a case particle. */
const KO_HEAD = new RegExp(
  `(${HEADS_BY_LENGTH.filter((h) => HANGUL.test(h)).join('|')})(?=(?:으로|에서|은|는|이|가|을|를|의|에|과|와|도|로|만)?(?:[\\s,.)·]|$))`,
  'gu',
);
/** How far before a head its modifier may start. */
const MODIFIER_WINDOW = 60;

/**
 * `copper industry`, `lithium compounds`, `battery materials`, `반도체 소재`, `디스플레이 화학제품`: a known material,
 * industry or technology right before a head noun of importer/lexicon/name-shapes.json names a thing of the head's kind.
 */
function compounds(text: string, matcher: Matcher): { kind: EntityKind; names: string[] }[] {
  const out: { kind: EntityKind; names: string[] }[] = [];
  const scan = (pattern: RegExp, joined: boolean) => {
    for (const m of text.matchAll(pattern)) {
      const at = m.index!;
      const head = m[1]!;
      const spec = COMPOUND_HEADS.get(head)!;
      const space = text[at - 1] === ' ' ? 1 : 0;
      if (!space && !joined) continue;
      const from = Math.max(0, at - space - MODIFIER_WINDOW);
      const window = text.slice(from, at - space);
      const modifier = matcher
        .find({ text: window })
        .find((k) => k.to === window.length && SECTOR_KINDS.has(k.entity.kind) && !k.entity.generic);
      if (!modifier || spec.not.has(modifier.entity.kind)) continue;
      const left = window.slice(modifier.from, modifier.to);
      const sep = space ? ' ' : '';
      const names = [`${left}${sep}${head}`];
      if (spec.other) names.push(`${left}${sep}${spec.other}`);
      out.push({ kind: spec.kind, names });
    }
  };
  if (/[a-z]/.test(text)) scan(EN_HEAD, false);
  if (HANGUL.test(text)) scan(KO_HEAD, true);
  return out;
}
