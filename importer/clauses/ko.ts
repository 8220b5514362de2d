import { ITEM_OPENING, KO_FIRM_WORDS } from '../cues';
import { ACTOR_KINDS, FIRM_KINDS } from '../entities';
import type { Token } from '../language';
import type { Argument, Clause, Named, Predicate, Role } from './types';

/** One word (어절): its tokens, the names that end in it, and what its last morphemes mark. */
interface Word {
  from: number;
  to: number;
  tokens: Token[];
  names: Named[];
  /** The case or conjunction particle after the word's nouns (`JKS`, `JKO`, `JKB`, `JX`, `JKG`, `JC`). */
  particle: Token | undefined;
  /** The noun the particle follows: the word's head noun. */
  head: Token | undefined;
  verb: Token | undefined;
  ending: string | undefined;
  /** The word's morphemes as written, joined. */
  surface: string;
}

/** A word for a firm, alone or after what the firm makes: `기업`, `건설사`, `배터리제조사`. */
const FIRM_NOUN = new RegExp(`^[가-힣]*(?:${KO_FIRM_WORDS})$`);
const VERBAL = /^(VV|VA|XSV|XSA|VCP|VX)/;
const ENDING = /(EF|EC|ETM|ETN)/g;

function words(
  text: string,
  tokens: readonly Token[],
  names: readonly Named[],
  isPredicateNoun: (lemma: string) => boolean,
): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  let t = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    const own: Token[] = [];
    while (t < tokens.length && tokens[t]!.start < to) {
      const k = tokens[t]!;
      const next = tokens[t + 1];
      // `생산국` read as the prefix 생 + 산국: a prefix and a noun that together spell a predicate noun are it; so do
      // two predicate nouns written as one word (`합작법인` read as 합작 + 법인: a joint venture, not a site). A
      // predicate noun before a plain one keeps its own reading (`생산기지`: production).
      if (
        k.start >= from &&
        (k.tag === 'XPN' ||
          (k.pos === 'NOUN' && isPredicateNoun(k.text) && isPredicateNoun(next?.text ?? ''))) &&
        next?.start === k.end &&
        next.pos === 'NOUN' &&
        isPredicateNoun(k.text + next.text)
      ) {
        own.push({ ...next, start: k.start, text: k.text + next.text, lemma: k.text + next.text });
        t += 2;
        continue;
      }
      // `포스코 등과 함께`: the list's closing 등 read whole with its particle is 등 and the particle; after 등 the
      // list is closed, so the 와/과 is the comitative.
      const closing = k.start >= from && k.pos === 'NOUN' ? LIST_CLOSING.exec(k.text) : null;
      if (closing) {
        const rest = closing[1]!;
        own.push(
          { ...k, end: k.start + 1, text: '등', lemma: '등', tag: 'NNB' },
          { start: k.start + 1, end: k.end, text: rest, lemma: rest, pos: 'ADP', tag: 'JKB' },
        );
        t++;
        continue;
      }
      if (k.start >= from) own.push(k);
      t++;
    }
    // `반도체 기업인 솔브레인`: before a name, a noun read whole with a final 인 (기업인 'businessman') is the
    // predicate noun with the copula's adnominal ending, which describes that name.
    const only = own.length === 1 ? own[0]! : undefined;
    const nextWord = /\S/.exec(text.slice(to));
    if (
      only &&
      only.start === from &&
      only.end === to &&
      only.tag.startsWith('NN') &&
      only.text.length >= 3 &&
      only.text.endsWith('인') &&
      isPredicateNoun(only.text.slice(0, -1)) &&
      nextWord !== null &&
      names.some((n) => n.from === to + nextWord.index)
    ) {
      const stem = only.text.slice(0, -1);
      own.splice(
        0,
        1,
        { ...only, end: to - 1, text: stem, lemma: stem },
        { start: to - 1, end: to, text: '인', lemma: '이다', pos: 'AUX', tag: 'VCP+ETM' },
      );
    }
    // `1인당` (per person): the tagger reads the 인 after a count as the copula; the word is a noun.
    const per = own.findIndex(
      (k, i) =>
        i > 0 &&
        k.tag.startsWith('VCP') &&
        k.text === '인' &&
        /^\d/.test(own[i - 1]!.text) &&
        own[i + 1]?.text === '당',
    );
    if (per > 0) {
      const [count, , unit] = own.slice(per - 1, per + 2) as [Token, Token, Token];
      const word = text.slice(count.start, unit.end);
      own.splice(per - 1, 3, { ...count, end: unit.end, text: word, lemma: word, pos: 'NOUN', tag: 'NNG' });
    }
    // A name is a noun whatever the tagger makes of its pieces (`독·프·영` read as verb and adverbs).
    const named = (k: Token) => names.some((n) => n.from <= k.start && n.to >= k.end);
    const verbAt = own.findIndex((k) => VERBAL.test(k.tag) && !named(k));
    const nounPart = verbAt === -1 ? own : own.slice(0, verbAt);
    let head: Token | undefined;
    let particle: Token | undefined;
    // `투자 발표(8.20)`: what a bracket adds after the head (a date, a gloss) leaves the head as it was.
    let depth = 0;
    for (const k of nounPart) {
      if (/^[(（[]$/.test(k.text)) depth++;
      else if (/^[)）\]]$/.test(k.text)) depth = Math.max(0, depth - 1);
      if (depth > 0 && head && !named(k)) continue;
      if (k.pos === 'NOUN' || k.pos === 'PROPN' || k.pos === 'NUM' || k.pos === 'PRON' || named(k)) {
        head = k;
        particle = undefined;
      } else if ((k.pos === 'ADP' || k.tag === 'JC') && head) {
        // `CPTPP에는`, `미국에서도`: a topic or additive particle after a case particle keeps the case.
        if (!(k.tag === 'JX' && particle?.tag === 'JKB')) particle = k;
      }
    }
    // `투자부와` read as 투자 + 부와: what follows a name to the end of the word is its particle. So is what follows the
    // bound noun for a firm after it (`메르세데스-벤츠사와` read as 메르세데스 + - + 벤츠 + 사와).
    const last = names.filter((n) => n.to > from && n.to < to).at(-1);
    const glued = last !== undefined && own.some((k) => k.start < last.to && k.end > last.to);
    const firmNoun = last !== undefined && /^[사社]./.test(text.slice(last.to, to)) ? 1 : 0;
    const rest = (glued || firmNoun) && !particle && verbAt === -1 ? text.slice(last!.to + firmNoun, to) : '';
    const tag = SPLIT_PARTICLE[rest];
    if (tag) {
      particle = { start: last!.to + firmNoun, end: to, text: rest, lemma: rest, pos: 'ADP', tag };
      head = own.find((k) => k.start < last!.to) ?? head;
    }
    let ending: string | undefined;
    for (const k of own) for (const e of k.tag.matchAll(ENDING)) ending = e[1];
    out.push({
      from,
      to,
      tokens: own,
      names: names.filter((n) => n.to > from && n.to <= to),
      particle,
      head,
      verb: verbAt === -1 ? undefined : own[verbAt],
      ending,
      surface: own.map((k) => k.text).join(''),
    });
  }
  return out;
}

/** Marks a subject set off by 은/는: the topic of the sentence, which an embedded relative clause does not take. */
const TOPIC = '는';
/** Words for equipment, parts and materials, whose phrase names a product other than the name before them. */
const PART_HEAD = /^(?:설비|장비|기자재|부품|소재|장치|기기|원료|원재료)$/;
/** Words for a site, after which 에서 says where something happens. */
const SITE_NOUNS = '공장|시설|사업장|현장|본사|법인|단지|캠퍼스|연구소|생산기지';
const SITE_HEAD = new RegExp(`^(?:${SITE_NOUNS})$`);
/** A compound noun that ends on a site (`생산공장`). */
const SITE_END = new RegExp(`(?:${SITE_NOUNS})$`);

const isGenitive = (particle: Token | undefined) => particle?.tag === 'JKG' || particle?.text === '의';

/** A case particle's role and, for obliques, its normalised marker. */
function roleOf(particle: Token): { role: Role; marker: string } | undefined {
  const p = particle.text;
  if (isGenitive(particle)) return undefined;
  switch (particle.tag) {
    case 'JKS':
      return { role: 'subject', marker: '' };
    case 'JKO':
      return { role: 'object', marker: '' };
    case 'JKC':
      return { role: 'complement', marker: '' };
    case 'JX':
      return /^(은|는|도|만|이란|란)$/.test(p) ? { role: 'subject', marker: TOPIC } : undefined;
    case 'JKB': {
      if (/^(에게서|에서|서)$/.test(p)) return { role: 'oblique', marker: '에서' };
      if (/^(에|에게|한테|께|에는|에도)$/.test(p)) return { role: 'oblique', marker: '에' };
      if (/^(으로|로|으로서|로서|으로써|로써)$/.test(p)) return { role: 'oblique', marker: '로' };
      if (/^(으로부터|로부터)$/.test(p)) return { role: 'oblique', marker: '로부터' };
      if (/^(와|과|랑|이랑|하고)$/.test(p)) return { role: 'oblique', marker: '와' };
      return { role: 'oblique', marker: p };
    }
    default:
      return undefined;
  }
}

interface Pending {
  named: Named;
  genitive: boolean;
  /** `포드사와의 합작`: a partner named with 와/과 + 의, for the noun predicate that follows. */
  comitative?: boolean;
  /** `한국과 미국 간 협력`: a party named before 간/사이, like `between`. */
  between?: boolean;
  /** `캐나다産 핵심광물`: a country the next noun comes from, which only describes it. */
  origin?: boolean;
  /** `對美 투자`, `대베트남 수출`: a country the next noun goes to, as `에`. */
  toward?: boolean;
}

const pendingRole = (p: Pending, otherwise: Role): Argument['role'] =>
  p.comitative || p.between || p.toward
    ? 'oblique'
    : p.genitive
      ? 'genitive'
      : p.origin
        ? 'origin'
        : otherwise;
/** `X에 대해`, waiting for the clause's own predicate; it reads as `에 대한` once a clause takes it. */
const ABOUT_ADVERBIAL = '에 대해';
/** A noun of ending right after a predicate noun: `관세 철폐` (abolition), `규제 해제` (lifting), `지원 중단` (halt). */
const ENDED_KO = /^(?:철폐|폐지|해제|철회|면제|종료|중단)/;

/** `KOTRA 등과 함께`, `LG전자, SK하이닉스와 함께`: what follows a party joined by 와/과 함께 (together with). */
const TOGETHER = /^[^.。]{0,40}?(?:와|과)\s*함께(?![가-힣])/;

/**
 * `산업부는 KOTRA 등과 함께 ASML社와 협력`: a party with whom the actor acts, when the verb has another partner, is a
 * co-actor (KOTRA cooperates with ASML too), not the actor's partner.
 */
function withCoActors(clause: Clause, text: string): Clause {
  const partner = (a: Argument) => a.role === 'oblique' && a.marker === '와';
  const together = (a: Argument) => partner(a) && TOGETHER.test(text.slice(a.named.to));
  if (!clause.args.some(together) || !clause.args.some((a) => partner(a) && !together(a))) return clause;
  return {
    ...clause,
    args: clause.args.map((a) => (together(a) ? { ...a, role: 'subject' as const, marker: '' } : a)),
  };
}
/**
 * `한미 협력`, `한-미 협력`, `산업부-경산성 정책대화`: a word that is only two parties of one kind, hyphened or
 * glued, names them as the two sides of what follows, as `간` does (`산업부-경산성간`).
 */
function pairWord(w: Word, text: string): boolean {
  if (w.names.length !== 2 || w.particle) return false;
  const [a, b] = w.names as [Named, Named];
  return (
    a.entity.kind === b.entity.kind &&
    a.entity.nodeId !== b.entity.nodeId &&
    (a.entity.kind === 'Country' || a.entity.kind === 'Organization') &&
    a.from === w.from &&
    /^(?:간|사이)?$/.test(text.slice(b.to, w.to)) &&
    /^[-–]?$/.test(text.slice(a.to, b.from))
  );
}

/** `켐코(계열사), 자회사`: what ends a list item that is a name with its own label, before the next item. */
const LABELLED_ITEM = /^\s*\([^()]*\)\s*,\s*$/;

/** `가장 많은`, `제일 큰`: an adverb of degree before an adjective of quantity or size. */
const DEGREE_KO = /^(?:가장|제일|최고로)$/;

/** `함께`, `공동으로`: the word after a partner joined by 와/과 with whom one acts. */
const JOINTLY = /^(?:함께|공동(?:으로)?)$/;

/** `간`, `사이의`: the word after the parties of what lies between them. */
const BETWEEN = /^(?:간|사이)(?:의|에|에서)?(?:는)?$/;

/**
 * `한국의 국가AI전략위와 UAE 아부다비 …위원회 간`, `(인니) 반둥공과대학 간`: a country right before a body, or bracketed
 * before a word, only says whose body it is; it is no party of what lies between.
 */
function ownerOnly(p: Pending, pending: readonly Pending[], text: string): boolean {
  if (p.named.entity.kind !== 'Country') return false;
  if (/\(\s*$/.test(text.slice(0, p.named.from)) && /^\s*\)\s*[^\s(]/.test(text.slice(p.named.to)))
    return true;
  const body = pending.find((q) => q.named.from >= p.named.to && ACTOR_KINDS.has(q.named.entity.kind));
  const gap = body ? text.slice(p.named.to, body.named.from) : '';
  return (
    body?.named.entity.kind === 'Organization' &&
    /^의?\s*(?:\S+\s*){0,2}$/.test(gap) &&
    !/[,·]|[와과]\s/.test(gap)
  );
}

const pendingMarker = (p: Pending, otherwise: string) =>
  p.comitative ? '와' : p.between ? '간' : p.toward ? '에' : otherwise;

/** The classes of words, from the predicate lexicon, that Korean clauses are read by. */
export interface KoreanWordClasses {
  /** Nouns that are predicates (`수출`, `투자`). */
  isPredicateNoun: (lemma: string) => boolean;
  isSupportVerb: (lemma: string) => boolean;
  /** Whether a predicate noun takes a partner with 와/과 (`협력`, `합작`), when one is named. */
  takesPartner?: (lemma: string) => boolean;
  /** Whether a noun of talks or conflicts makes the predicate noun before it their topic (`관세협상`). */
  isTopicNoun?: (lemma: string) => boolean;
  /** Whether a noun names an event or a content (`쾌거`, `계획`), never the one who acts in a clause before it. */
  isEventNoun?: (lemma: string) => boolean;
}

/**
 * Korean clauses from morphemes: a noun phrase takes its role from the particle of its last word; a
 * predicate (verb, noun+하다/되다, copula) ends a clause at a connective or final ending; an adnominal
 * ending (-는, -ㄴ) makes the next noun phrase an argument of the clause it ends; a predicate noun heading
 * a noun phrase (`중국의 흑연 수출 통제`) is a clause of its own. `isPredicateNoun` says which nouns are.
 */
export function koreanClauses(
  text: string,
  tokens: readonly Token[],
  names: readonly Named[],
  classes: KoreanWordClasses,
): Clause[] {
  const {
    isPredicateNoun,
    isSupportVerb,
    takesPartner = () => false,
    isTopicNoun = () => false,
    isEventNoun = () => false,
  } = classes;
  const ws = words(text, tokens, names, isPredicateNoun);
  const inFigure = (k: Token) =>
    names.some((n) => n.entity.kind === 'Figure' && n.from <= k.start && n.to >= k.end);
  const inName = (k: Token) => names.some((n) => n.from < k.start && n.to >= k.end);
  const labels = directionLabels(text);
  const inDirectionLabel = (at: number) => labels.some(([from, to]) => from <= at && at < to);
  const parties = partyLabels(text, names);
  const inPartyLabel = (n: Named) => parties.some(([from, to]) => from <= n.from && n.to <= to);
  const clauses: Clause[] = [];
  let args: Argument[] = [];
  let np: Pending[] = [];
  /** The nouns of the phrase being read, to find its predicate noun. */
  let npNouns: Token[] = [];
  let clauseFrom = 0;
  /** `향후 인천이 … 생산 클러스터로`: the clause's subject is a proper noun the graph does not name. */
  let unnamedSubject = false;
  /** The adnominal clause waiting for the phrase it modifies; a copula's gap is its subject (`… 회사였던 X`). */
  let relative:
    | { clause: Clause; passive: boolean; copula: boolean; topic: Argument[]; chained: Clause[] }
    | undefined;
  /** Clauses ended by -고 with no subject: `[상원을 통과하고] [표결을 앞둔] 법안` shares the head with them. */
  let chained: Clause[] = [];
  let topic: Argument[] = [];
  /** The topic before an open quotation, given back to the verb of saying after it. */
  let speaker: Argument[] | undefined;
  /** Clauses whose only subject is the sentence's topic, which a relative clause they chain into replaces. */
  const borrowed = new WeakMap<Clause, Argument[]>();
  /** Noun predicates whose phrase is the partner (와/과) of the verb after it. */
  const partnerPhrases = new WeakSet<Clause>();

  /**
   * `GM과 배터리 공급 계약을`, `벤츠와 기술제휴`: whether the phrase after the word at `i` has a predicate noun, which
   * makes its 와/과 name a partner; a name of the same kind right after it makes a list (`포스코와 현대제철`).
   */
  const partnerAhead = (i: number): boolean => {
    // `상무부와 공동으로 개최`: with whom the subject acts jointly.
    if (JOINTLY.test(ws[i + 1]?.surface ?? '')) return true;
    const kinds = new Set(ws[i]!.names.map((n) => n.entity.kind));
    if (ws[i + 1]?.names.some((n) => kinds.has(n.entity.kind))) return false;
    for (let j = i + 1; j < ws.length && j <= i + 4; j++) {
      const v = ws[j]!;
      const nouns = v.tokens.filter((k) => k.pos === 'NOUN' && (!v.verb || k.start < v.verb.start));
      // `양해각서` is read as 양해 + 각서: the compound may be the predicate noun.
      if (
        nouns.some((k) => isPredicateNoun(k.lemma)) ||
        (nouns.length > 1 && isPredicateNoun(nouns.map((k) => k.text).join('')))
      )
        return true;
      if (v.verb || (v.particle && v.particle.tag !== 'JC')) return false;
    }
    return false;
  };

  /** The first word after the word at `i` that holds a name, unless a particle or a verb comes first. */
  const nextNamed = (i: number): Word | undefined => {
    for (let j = i + 1; j < ws.length && j <= i + 8; j++) {
      const v = ws[j]!;
      if (v.names.length > 0) return v;
      if (v.verb || v.particle) return undefined;
    }
    return undefined;
  };
  /** Whether the next word that holds a name is an object naming no actor (`싱가포르와 FTA를`). */
  const objectOfNoActor = (i: number): boolean => {
    const v = nextNamed(i);
    return v?.particle?.tag === 'JKO' && v.names.every((n) => !ACTOR_KINDS.has(n.entity.kind));
  };

  /**
   * A predicate noun, unless it is a piece of the name of a thing or actor (`팹` in `팹리스`, fabless): a policy's name
   * keeps its event (`대중국 반도체 수출 규제`).
   */
  const predicateNoun = (k: Token) =>
    isPredicateNoun(k.lemma) &&
    !names.some(
      (n) =>
        n.from <= k.start &&
        n.to >= k.end &&
        n.entity.kind !== 'Policy' &&
        n.entity.kind !== 'Figure' &&
        n.to - n.from > k.end - k.start,
    );

  /**
   * `독일 폭스바겐과의 합작회사`, `미국 상무부의 발표`: a country right before a firm's or body's name is that name's;
   * before the name of a site of it (`베트남 두산비나 생산공장`) it is where the site is.
   */
  const countryOfNext = (p: Pending, pending: Pending[]) =>
    p.named.entity.kind === 'Country' &&
    pending.some(
      (q) =>
        q.named.from >= p.named.to &&
        FIRM_KINDS.has(q.named.entity.kind) &&
        /^\s+$/.test(text.slice(p.named.to, q.named.from)) &&
        !npNouns.some(
          (k) =>
            k.start >= q.named.to &&
            /^\s*\S*\s*$/.test(text.slice(q.named.to, k.start)) &&
            SITE_END.test(k.lemma),
        ),
    );

  const nominal = (w: Word, pending: Pending[], about: Argument[]) => {
    // The rightmost predicate noun of the phrase: `IRA의 전기차 보조금 규정` is about the subsidy.
    const nouns = w.head && !npNouns.includes(w.head) ? [...npNouns, w.head] : npNouns;
    // A partner named with 와의 belongs to the predicate noun after it (`포드사와의 합작 회사`: 합작).
    const partnerEnd = Math.max(-1, ...pending.filter((p) => p.comitative).map((p) => p.named.to));
    // `캐나다와 핵심광물 공급망 협력 확대`: of the predicate nouns after it, the partner is the one that takes a partner.
    const afterPartner =
      partnerEnd >= 0 ? nouns.filter((k) => k.start >= partnerEnd && predicateNoun(k)) : [];
    // `듀폰 웨이퍼 사업부 인수 발표`: a support noun last (발표, 추진) announces the event the noun before it names.
    const predicateNouns = [...nouns].reverse().filter(predicateNoun);
    const head =
      afterPartner.find((k) => takesPartner(k.lemma)) ??
      afterPartner[0] ??
      predicateNouns.find((k) => !isSupportVerb(k.lemma)) ??
      predicateNouns[0];
    if (!head) return;
    const [itemFrom, itemTo] = labelledItem(text, pending, head.start);
    const items = pending.filter(
      (p) => p.named.from >= itemFrom && p.named.to <= itemTo && !inDirectionLabel(p.named.from),
    );
    // `한-미 관세협상`, `철강 수입 규제 등 관련 우려`: talks or concerns about tariffs impose none.
    const topic = nouns.slice(nouns.indexOf(head) + 1).find((k) => !/^(?:등|관련)$/.test(k.lemma));
    if (topic && isTopicNoun(topic.lemma)) return;
    // `중국 자동차 제조 회사`: a predicate noun before a word for firms says what the firms do; a country before it is
    // theirs, no doer of the act.
    const ofFirms = topic !== undefined && FIRM_NOUN.test(topic.lemma);
    const headName = items.find((p) => p.named.from <= head.start && p.named.to >= head.end);
    // `미국 CHIPS Act 및 대중국 반도체 수출 규제`: when the head is in a name, names joined to that name by a
    // conjunction are other items of a list, not what it is about.
    const listedBefore =
      headName !== undefined &&
      items.some(
        (p) =>
          p.named.to <= headName.named.from && LIST_JOIN.test(text.slice(p.named.to, headName.named.from)),
      );
    const label = parenthesisLabel(text, head.start);
    const before = listedBefore
      ? []
      : items.filter(
          (p) =>
            p !== headName &&
            p.named.to <= head.start &&
            !countryOfNext(p, items) &&
            !(ofFirms && p.named.entity.kind === 'Country') &&
            (p.named.from >= label || glossSays(text, p, head.lemma)),
        );
    // `아프리카 연합, 아시아 협력 대화 등의 지지`: a head noun that ends an item of a `등` list names that item (a
    // body named by its work); the names listed before it are other items, not its parties.
    const listItem =
      before.length >= 2 &&
      /^\s*등(?:의|을|를|이|가|과|와|에|은|는|도)?\s/.test(text.slice(head.end, head.end + 8)) &&
      !before.at(-1)!.genitive &&
      /^,\s*$/.test(text.slice(before.at(-2)!.named.to, before.at(-1)!.named.from));
    if (listItem) return;
    // `한국의 AI반도체·데이터센터·제조 역량`: a noun joined by a middle dot to the name before it is one more item of that
    // list (a field), not an act done to the names listed.
    if (before.length > 0 && /^\s*[·‧・]\s*$/.test(text.slice(before.at(-1)!.named.to, head.start))) return;
    // `배터리 3社(LG에너지솔루션, SK온)`: names after the head noun, in its parentheses or list, are what it names.
    // `신약 개발 및 정밀 의료`: a name joined to the head by a conjunction is another item, not what it names.
    const firstAfter = items.find((p) => p !== headName && p.named.from >= head.end);
    const coordinated =
      firstAfter !== undefined &&
      /^\s*(?:및|또는|와|과|,|·)/.test(text.slice(head.end, firstAfter.named.from));
    const after = coordinated
      ? []
      : items.filter((p) => p !== headName && p.named.from >= head.end && !p.genitive);
    // Partners named with 와/과 earlier in the clause (`메르세데스-벤츠와 기술제휴 관계`).
    const partners = () =>
      args.filter((a) => a.role === 'oblique' && a.marker === '와').map((a) => ({ ...a }));
    // `관세 철폐`, `수출규제 해제`: a noun of ending after the predicate noun ends what it names.
    const push = (k: Token, own: Argument[]) =>
      clauses.push({
        predicate: {
          lemma: k.lemma,
          negative: ENDED_KO.test(text.slice(k.end, k.end + 6).replace(/^\s/, '')),
          modal: false,
          nominal: true,
          from: k.start,
          to: k.end,
        },
        args: own,
        from: Math.min(...before.map((p) => p.named.from), ...about.map((a) => a.named.from), k.start),
        to: Math.max(k.end, ...after.map((p) => p.named.to)),
      });
    if (before.length === 0 && about.length === 0 && after.length === 0) {
      // `GM과 합작 법인을 설립`: with only a partner, each predicate noun of the phrase may be the one it joins.
      if (partners().length > 0)
        for (const k of nouns.filter((n) => isPredicateNoun(n.lemma))) push(k, partners());
      // `한국과 일본은 정책대화를 개최`: a partner noun with no name in its phrase is the verb's subjects' doing.
      else if (takesPartner(head.lemma)) push(head, []);
      return;
    }
    push(head, [
      ...before.map(
        (p): Argument => ({
          named: p.named,
          role: pendingRole(p, 'modifier'),
          marker: pendingMarker(p, ''),
        }),
      ),
      ...about,
      ...partners(),
      ...after.map((p): Argument => ({ named: p.named, role: 'object', marker: '' })),
    ]);
  };

  const closeNp = (w: Word, role: Role, marker: string) => {
    const about = args.filter((a) => a.marker === '에 대한' || a.marker === ABOUT_ADVERBIAL);
    const count = clauses.length;
    nominal(w, np, [
      ...about.map((a) => ({ ...a, role: 'object' as const, marker: '' })),
      ...args.filter((a) => a.marker === 'under').map((a) => ({ ...a })),
    ]);
    // `우리나라는 … 호주 등 MSP 회원국들과 협력하며`: a noun predicate whose phrase is the verb's partner is not
    // the subject's doing.
    if (role === 'oblique' && marker === '와') for (const c of clauses.slice(count)) partnerPhrases.add(c);
    for (const p of np) {
      // `원자력 발전 설비를 생산`, `배터리 소재를 공급`: a name before a word for equipment, parts or materials only
      // says what they are for; the phrase names another product.
      const next = np.find((q) => q.named.from >= p.named.to)?.named.from ?? Number.POSITIVE_INFINITY;
      const head = npNouns.filter((k) => k.start >= p.named.to && k.end <= next).at(-1);
      // A possessor makes them (`삼성의 부품`); a list of examples (`원자력, 화력 등의 발전 설비`) says what they are for.
      const example = head !== undefined && /\s?등의\s/.test(text.slice(p.named.to, head.start));
      // `반도체 회로기판용 소재`, `반도체용 기판`: a name before a word ending in 용 (for) only says what the thing is for.
      const purpose =
        !p.genitive && /^\s?[가-힣A-Za-z]{0,8}용\s/.test(text.slice(p.named.to, p.named.to + 12));
      const part = (head !== undefined && PART_HEAD.test(head.lemma) && (!p.genitive || example)) || purpose;
      // `… 오스틴의 삼성전자 반도체 공장에서 … 일본에서 수입`: 에서 after a site is where, not where from.
      const site =
        marker === '에서' &&
        w.head !== undefined &&
        SITE_HEAD.test(w.head.lemma) &&
        p.named.to <= w.head.start;
      // `미국 관세정책 특별대응본부에 설치`, `미국 시장에 진출`: a country right before a word for an act (관세, 수출) or
      // for its market describes that act or market, not where the phrase's thing is.
      const firstNoun = npNouns.find((k) => k.start >= p.named.to);
      const ofAct =
        (marker === '에' || marker === '에서') &&
        p.named.entity.kind === 'Country' &&
        firstNoun !== undefined &&
        firstNoun.start < next &&
        /^\s*$/.test(text.slice(p.named.to, firstNoun.start)) &&
        (isPredicateNoun(firstNoun.lemma) || firstNoun.lemma === '시장') &&
        !SITE_HEAD.test(firstNoun.lemma);
      args.push({
        named: p.named,
        role: part || ofAct || countryOfNext(p, np) ? 'compound' : pendingRole(p, role),
        marker: site ? 'at' : pendingMarker(p, marker),
      });
    }
    if (relative) {
      const { clause, passive, copula, topic: outer, chained: before } = relative;
      // `[동 법안이 상원을 통과한] 직후 무역대표부에`: a clause that modifies a word of time says when; no name fills its gap.
      const when = WHEN_NOUN.test(text.slice(clause.to).trimStart());
      // The gap is the phrase's head: a name only when the name heads it (`생산하는 HBM`, not `체결한 배터리 계약`).
      const headed = when
        ? []
        : np.filter((p) => !p.genitive && w.head !== undefined && p.named.to >= w.head.end);
      // `[상원을 통과한] 「인플레이션 감축 법안」의 규정`: when the head noun is no name, a possessor or a quoted
      // title right after the clause is what it modifies.
      const first = np[0];
      const gap = first ? text.slice(clause.to, first.named.from) : '';
      const firstList = first ? listFrom(np, 0, text) : [];
      const adjacent =
        first !== undefined &&
        /^[\s「｢『"'“‘]*$/.test(gap) &&
        (firstList.at(-1)!.genitive === true ||
          /^\s*등의/.test(text.slice(firstList.at(-1)!.named.to)) ||
          /[「｢『"'“‘]/.test(gap))
          ? firstList
          : [];
      // `[미국에 전기차를 수출하는] 독일과 일본`: the clause modifies every name of the list that ends in its head.
      const start = headed[0] ? np.indexOf(headed[0]) : -1;
      const listed =
        start >= 0 ? listFrom(np, listStart(np, start, text), text).filter((p) => !headed.includes(p)) : [];
      const head =
        headed.length > 0
          ? [...listed.filter((p) => p.named.to <= headed[0]!.named.from), ...headed]
          : adjacent;
      const has = (r: Role) => clause.args.some((a) => a.role === r);
      const fill = gapRole(clause, passive);
      for (const p of head) clause.args.push({ named: p.named, role: fill, marker: '' });
      for (const c of before) {
        const lent = borrowed.get(c) ?? [];
        if (head.length > 0)
          c.args = c.args.filter((a) => !lent.includes(a) && !(a.role === 'subject' && a.marker === TOPIC));
        if (!c.args.some((a) => a.role === 'subject'))
          for (const p of head) c.args.push({ named: p.named, role: 'subject', marker: '' });
      }
      // `LG에너지솔루션은 [포드와 체결했던] 계약을`: an active relative clause without a subject shares the topic;
      // one with an object (`[상원을 통과한] 법안의 규정`) has its gap in the subject, which the head fills, unless
      // the head is an event or a content (`[수출계약을 체결하는] 쾌거를 이루었다`), which has no part in it.
      const eventHead = head.length === 0 && w.head !== undefined && isEventNoun(w.head.lemma);
      if (!passive && !copula && !has('subject') && (!has('object') || eventHead))
        clause.args.push(...outer.map((a) => ({ ...a })));
      relative = undefined;
    }
    np = [];
    npNouns = [];
  };

  const endClause = (predicate: Predicate, to: number, adnominal = false, subordinate = false) => {
    // The topic before a relative clause belongs to the main clause: `IRA는 [북미에서 조립된] 전기차에 …`.
    const kept = adnominal
      ? args.filter((a) => (a.role === 'subject' && a.marker === TOPIC) || a.marker === ABOUT_ADVERBIAL)
      : [];
    // `산업부는 [미국이 수출통제를 발표함에 따라] 간담회를 개최`: a subordinate clause with its own 이/가 subject
    // leaves the topic to the clause it leads into.
    const nominative = args.some((a) => a.role === 'subject' && a.marker !== TOPIC && !kept.includes(a));
    const deferred =
      subordinate && nominative
        ? args.filter((a) => a.role === 'subject' && a.marker === TOPIC && !kept.includes(a))
        : [];
    const own = args
      .filter((a) => !kept.includes(a) && !deferred.includes(a))
      .map((a) => ({ ...a, marker: a.marker === ABOUT_ADVERBIAL ? '에 대한' : a.marker }));
    const hasSubject = unnamedSubject || own.some((a) => a.role === 'subject');
    const lent = hasSubject || adnominal ? [] : topic.map((a) => ({ ...a }));
    const clause: Clause = {
      predicate,
      args: [...lent, ...own],
      from: clauseFrom,
      to,
      ...(adnominal ? { relative: true } : {}),
    };
    if (lent.length > 0) borrowed.set(clause, lent);
    unnamedSubject = false;
    // `중국이 흑연 수출 통제를 도입했다`: the noun predicates in the clause's phrases share its subject.
    const subjectArgs = clause.args.filter(
      (a) => a.role === 'subject' || (a.role === 'oblique' && a.marker === 'through'),
    );
    for (const c of clauses) {
      // `산업부는 … 「미국 관세 헬프데스크」에 더하여`: a noun inside title marks is part of a title, no act of the subject.
      if (!c.predicate.nominal || c.from < clauseFrom || inTitleMarks(text, c.predicate.from)) continue;
      c.predicate.governor = predicate.lemma;
      // A partnership named with 와의 has the clause's subject as its other party (`A는 B와의 합작으로 …`).
      const partnered =
        c.args.some((a) => a.role === 'oblique' && a.marker === '와') && !partnerPhrases.has(c);
      // `칠레는 … 구리 생산국이다`: the copula's own noun is said of the subject.
      const copulaNoun = c.predicate.lemma === predicate.lemma;
      // `현대제철은 대한민국의 철강 기업으로, …`: a noun in (으)로 before a comma is what the subject is.
      const asNoun = /^(?:으로|로)\s*,/.test(text.slice(c.to));
      if (!isSupportVerb(predicate.lemma) && !partnered && !copulaNoun && !asNoun) continue;
      // `24.3조원의 투자`: an amount before 의 says how much, not whose.
      if (
        c.args.some(
          (a) =>
            a.role === 'subject' || (a.role === 'genitive' && !asNoun && a.named.entity.kind !== 'Figure'),
        )
      )
        continue;
      const said = asNoun
        ? clause.args.filter((a) => a.marker === TOPIC).map((a) => ({ ...a, role: 'subject' as const }))
        : subjectArgs;
      c.args.push(...said.filter((a) => !c.args.some((b) => b.named === a.named)));
    }
    clauses.push(clause);
    const subjects = own.filter((a) => a.role === 'subject');
    // Copies: a passive ending then swaps the roles of this clause's own arguments, not of the topic it lends on.
    if (subjects.length > 0 && !adnominal && deferred.length === 0) topic = subjects.map((a) => ({ ...a }));
    args = [...kept, ...deferred];
    clauseFrom = to;
    return clause;
  };

  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const next = ws[i + 1];
    const first = w.tokens[0];
    if (!first) continue;
    // `PGE 사장은 “폴란드는 … 투자해야 한다”고 말했다`: a topic before a quotation is the speaker, whom the quoted
    // clauses take as subject only when they name none of their own, and the verb of saying after it.
    if (speaker && i > 0 && /[”"」｣』]/.test(text.slice(ws[i - 1]!.from + 1, ws[i - 1]!.to))) {
      topic = speaker;
      speaker = undefined;
    }
    // `경향신문은 「정부, 체코에 원전 수출해도 …」라는 제목하에 보도`: inside title marks the words are a title's, whose
    // clauses the topic outside never acts in.
    const titleMark = /^[「｢『]/.test(text.slice(w.from, w.to));
    if (titleMark || /^["“]/.test(text.slice(w.from, w.to))) {
      const before = args.filter((a) => a.role === 'subject' && a.marker === TOPIC);
      if (before.length > 0) {
        speaker = before;
        topic = titleMark ? [] : before;
        args = args.filter((a) => !before.includes(a));
      }
    }
    // `X에 대한/대해/관한` marks X as what the next predicate is about.
    if (
      (first.pos === 'VERB' && /^(대하다|관하다)$/.test(first.lemma)) ||
      /^(대한|대해|관한|관해|대하여|관하여)[,.]?$/.test(w.surface)
    ) {
      // The adverbial form (`…에 대해 관세 부과`) belongs to the clause's own predicate, not to a relative clause
      // in between (`탄소 배출량에 따른`); the adnominal form (`…에 대한 관세`) to the noun it modifies.
      const adverbial = /^(대해|관해|대하여|관하여)[,.]?$/.test(w.surface);
      const last = args.filter((a) => a.marker === '에');
      for (const a of last) a.marker = adverbial ? ABOUT_ADVERBIAL : '에 대한';
      continue;
    }
    // `IRA를 통해 세액공제를 제공`: X를 통해/통한 names the means of the next predicate, as English `through`.
    if (/^(통해|통하여|통해서|통한)[,.]?$/.test(w.surface) && np.length === 0) {
      for (const a of args.filter((x) => x.role === 'object' && x.marker === '')) {
        a.role = 'oblique';
        a.marker = 'through';
      }
      continue;
    }
    // `IRA에 근거한 전기차 보조금`, `IRA에 따라 지급되는`: X에 따른/근거한 is what the next predicate is done under,
    // as English `under`.
    if (
      /^(?:따른|따라|따라서|근거한|근거하여|근거해|의거한|의거하여|의거해)[,.]?$/.test(w.surface) &&
      np.length === 0
    ) {
      const under = args.filter((a) => a.marker === '에');
      if (under.length > 0) {
        for (const a of under) {
          a.role = 'oblique';
          a.marker = 'under';
        }
        continue;
      }
    }
    // `X에 의해 …되다`: X is the agent of a passive predicate.
    if (/^의하/.test(first.lemma)) {
      for (const a of args.filter((x) => x.marker === '에')) a.marker = '에 의해';
      continue;
    }
    // An auxiliary word continues the predicate before it: `해지하지 않았다`, `늘리고 있다`.
    const auxiliary = first.tag.startsWith('VX') || /^(않다|못하다)$/.test(first.lemma);
    if (auxiliary && clauses.length > 0 && w.names.length === 0 && np.length === 0) {
      const previous = clauses[clauses.length - 1]!;
      if (previous.to >= w.from - 1 && /^(않다|못하다)$/.test(first.lemma))
        previous.predicate.negative = true;
      continue;
    }
    const noun =
      w.verb === undefined || (w.head && w.head.start < w.verb.start && w.verb.tag.startsWith('VCP'));
    if (w.names.length > 0 || (w.head && !w.verb)) {
      // `Brexit 이후`, `IRA 시행 전`: a name that dates the clause is no argument of it.
      // So does one with an event noun between (`EU 탈퇴 이후`).
      const dates =
        DATING.test(next?.surface ?? '') ||
        (next !== undefined &&
          !next.particle &&
          next.names.length === 0 &&
          DATING.test(ws[i + 2]?.surface ?? ''));
      // `사우디 건설사 알파나르와`: a country before a word for a firm and the firm's name only says where it is from.
      const firmOf =
        !w.particle &&
        w.names.length === 1 &&
        w.names[0]!.entity.kind === 'Country' &&
        next !== undefined &&
        !next.particle &&
        next.names.length === 0 &&
        FIRM_NOUN.test(next.surface) &&
        ws[i + 2]?.head !== undefined;
      if (!dates && !firmOf)
        for (const n of w.names)
          np.push({
            named: n,
            genitive: false,
            ...(ORIGIN.test(text.slice(n.to, w.to)) ? { origin: true } : {}),
            ...(n.entity.kind === 'Country' && TOWARD.test(text.slice(w.from, n.from))
              ? { toward: true }
              : {}),
            ...(inPartyLabel(n) ? { between: true } : {}),
          });
      // `영국과 EU 간 무역 관세`, `산업부와 美 상무부간`: names before 간/사이 are the parties between which something
      // is, as `between`; so are those of a list closed by a noun for its members (`방사청-산업부 등 관계부처 간`).
      const between =
        !w.particle &&
        (BETWEEN.test(next?.surface ?? '') ||
          (ACTOR_KINDS.has(w.names.at(-1)?.entity.kind ?? '') &&
            BETWEEN.test(text.slice(w.names.at(-1)!.to, w.to)))) &&
        (w.names.length > 0 || (w.head !== undefined && np.length > 1));
      if (between || pairWord(w, text)) {
        for (const p of np) {
          if (ownerOnly(p, np, text)) continue;
          p.between = true;
          p.comitative = false;
        }
        // `한국석유공사와 아부다비 국영석유회사(ADNOC) 간`: the party joined by 와 to this phrase is the other one.
        const joined = args.at(-1);
        if (
          between &&
          joined?.role === 'oblique' &&
          joined.marker === '와' &&
          np[0] &&
          joined.named.to <= np[0].named.from
        )
          joined.marker = '간';
      }
      for (const k of w.tokens)
        if ((k.pos === 'NOUN' || k.pos === 'PROPN') && (!w.verb || k.start < w.verb.start)) npNouns.push(k);
    }
    if (w.verb === undefined) {
      if (isGenitive(w.particle)) {
        // `삼성의 반도체, LG의 전고체 배터리 연구`: a possessor after a comma opens a new item of a list whose
        // earlier items had their own possessors (`美 반도체지원법 인센티브의 지원계획(NOFO), 미국의 수출통제`);
        // those items are no part of this one.
        const previous = ws[i - 1];
        const firstPending = np.find((p) => !w.names.includes(p.named));
        if (
          previous &&
          /,$/.test(text.slice(previous.from, previous.to)) &&
          (np.some((p) => p.genitive) ||
            (firstPending !== undefined && /의\s/.test(text.slice(firstPending.named.from, previous.from))) ||
            // `중동 상황, 미국의 고관세 정책`: or ended on a noun of its own that names nothing.
            (firstPending !== undefined && previous.names.length === 0 && previous.head !== undefined))
        ) {
          // The earlier item's own predicate noun still says what it says of its names.
          const nouns = npNouns;
          npNouns = nouns.filter((k) => k.start < w.from);
          nominal(
            previous,
            np.filter((p) => !w.names.includes(p.named)),
            [],
          );
          npNouns = nouns.filter((k) => k.start >= w.from);
          np = np.filter((p) => w.names.includes(p.named));
        }
        const before = w.tokens[w.tokens.indexOf(w.particle!) - 1];
        const comitative = before !== undefined && /^(와|과)$/.test(before.text) && before.pos !== 'NOUN';
        // `동맹국(한국, 일본 등)과의`: a comitative after a bracketed list makes the whole list partners.
        const listed = comitative && w.names.length === 0;
        // `갈륨과 게르마늄의 수출`: the names joined to this one by 와/과/및 are possessors with it.
        const joined = new Set(w.names);
        for (let j = i - 1; j >= 0 && ws[j]!.particle?.tag === 'JC'; j--)
          for (const n of ws[j]!.names) joined.add(n);
        // `SK그룹 계열의 반도체 회사`: the name before 계열/산하/소속 is the group the phrase belongs to.
        if (w.names.length === 0 && /^(?:계열|산하|소속|휘하)의$/.test(w.surface))
          for (const n of ws[i - 1]?.names ?? []) joined.add(n);
        for (const p of np) {
          if (!listed && !joined.has(p.named)) continue;
          if (comitative) p.comitative = true;
          else p.genitive = true;
        }
        continue;
      }
      // `포드와 체결했던`: 와/과 right before a predicate joins a partner, not a list.
      // `인도네시아 투자부와 ‘… 협력각서’를 체결`: an actor joined by 와 to a policy is a partner, not an item; so is
      // one whose official stands for it (`UAE 산업첨단기술부 장관과 「… 파트너십 MOU」에 서명`).
      const phraseNames = w.names.length > 0 ? w.names : np.map((p) => p.named);
      // `한전기술, 대우건설 등과 팀 코리아를 구성`: a list closed by 등 and joined by 와 is the partner, not an item
      // of a list with the noun after it. Names in parentheses there only say what each partner does (`한전연료(핵연료)`).
      const closedList =
        /^(?:와|과)$/.test(w.particle?.text ?? '') &&
        w.names.length === 0 &&
        w.head?.lemma === '등' &&
        phraseNames.some((n) => ACTOR_KINDS.has(n.entity.kind)) &&
        (nextNamed(i)?.names.every((n) => !ACTOR_KINDS.has(n.entity.kind)) ?? true);
      // `파나소닉과 함께`, `파나소닉과 전고체 배터리를 공동 개발`: an actor joined by 와 to no other actor (`함께`, a
      // product) is the verb's partner too.
      const partner =
        closedList ||
        (w.particle?.tag === 'JC' &&
          phraseNames.length > 0 &&
          phraseNames.every((n) => ACTOR_KINDS.has(n.entity.kind)) &&
          (JOINTLY.test(next?.surface ?? '') ||
            (nextNamed(i)?.names.every((n) => !ACTOR_KINDS.has(n.entity.kind)) ?? false)));
      if (
        partner ||
        (w.particle?.tag === 'JC' &&
          next?.verb !== undefined &&
          (next.head === undefined || next.head.start >= next.verb.start || next.verb.tag.startsWith('XSV')))
      ) {
        // `칠레, 싱가포르, EFTA와 FTA를`: the comma list before the partner shares its 와.
        const kinds = new Set(phraseNames.map((n) => n.entity.kind));
        const listed = np.filter((p) => !p.genitive && kinds.has(p.named.entity.kind)).map((p) => p.named);
        const partners = closedList
          ? phraseNames.filter((n) => ACTOR_KINDS.has(n.entity.kind))
          : partner
            ? [...new Set([...listed, ...phraseNames])]
            : w.names;
        const joined = np.filter((p) => partners.includes(p.named));
        np = closedList ? [] : np.filter((p) => !partners.includes(p.named));
        for (const p of joined) args.push({ named: p.named, role: 'oblique', marker: '와' });
        continue;
      }
      // `효성, 탄소섬유 공장 증설에 1조원 투자 발표`, `현대제철, SPP율촌에너지 인수`: a headline or item that opens with
      // an actor's name and a comma is about that actor, its topic; `효성, LG화학 등` opens a list of names of one kind
      // instead, when the list goes on after the next name.
      const listGoesOn = (v: typeof next) =>
        v?.names.some((n) => w.names.some((m) => m.entity.kind === n.entity.kind)) === true &&
        (/^(?:와|과)$/.test(v.particle?.text ?? '') ||
          /^\s*(?:주식회사\s*)?(?:[,·]|등|및|[와과](?:\s|$))/.test(text.slice(v.names.at(-1)!.to)));
      if (
        !w.particle &&
        w.names.length > 0 &&
        w.names.every((n) => ACTOR_KINDS.has(n.entity.kind) && !inPartyLabel(n)) &&
        np.length === w.names.length &&
        args.length === 0 &&
        ITEM_OPENING.test(text.slice(0, w.names[0]!.from)) &&
        /^[^,]*,$/.test(text.slice(w.names[0]!.from, w.to)) &&
        w.names.at(-1)!.to === w.to - 1 &&
        next !== undefined &&
        !listGoesOn(next)
      ) {
        for (const p of np) args.push({ named: p.named, role: 'subject', marker: TOPIC });
        np = [];
        npNouns = [];
        continue;
      }
      if (!w.particle || w.particle.tag === 'JC') {
        // `메르세데스-벤츠와 기술제휴`: 와/과 before a predicate noun names a partner, not a list item.
        // `몽골 광업중공업부 장관과 양해각서에`: the whole phrase before 와/과 is the partner, whoever heads it.
        if (w.particle && /^(와|과)$/.test(w.particle.text) && partnerAhead(i))
          for (const p of np) {
            // `몽골 광업중공업부 장관과`: a country before a body in the phrase only says whose body it is.
            const owner =
              p.named.entity.kind === 'Country' &&
              np.some((q) => q.named.entity.kind === 'Organization' && q.named.from > p.named.from);
            if (!p.genitive && !owner) p.comitative = true;
          }
        // `협력 강화, 중국과의 반도체 거래 규제`: a comma after a predicate noun ends one item of a list of items.
        // `발전 설비, 해수 담수화 플랜트, 환경 설비 등을 제작`: commas before a `등` with a case particle list the
        // objects of a later verb.
        const itemEnd =
          /,$/.test(text.slice(w.from, w.to)) &&
          w.names.length === 0 &&
          w.head !== undefined &&
          (isPredicateNoun(w.head.lemma) || ENDED_KO.test(w.head.lemma)) &&
          !/^[^.。]{0,80}?\s등(?:을|를|이|가|은|는|의|에|과|와)\s/.test(text.slice(w.to));
        if (next && next.tokens[0]?.tag !== 'SF' && !itemEnd) continue;
        // The sentence ends on a noun: `… 공장 설립`, `보조금 지원 확대`.
        const about = args.filter((a) => a.marker === '에 대한' || a.marker === ABOUT_ADVERBIAL);
        nominal(w, np, about);
        // A predicate noun inside a name (`대중국 반도체 수출 규제`) is part of that name, not the item's verb.
        const named =
          w.head !== undefined && np.some((p) => p.named.from <= w.head!.start && p.named.to >= w.head!.end);
        // `영향은 제한적이나`: a noun in -적 describes (limited), it does not do what the noun names.
        const adjectival = w.tokens.some((k) => k.tag === 'XSN' && k.text === '적');
        if (w.head && isPredicateNoun(w.head.lemma) && !named && !adjectival) {
          const lemma = w.head.lemma;
          const label = parenthesisLabel(text, w.head.start);
          // `켐코(계열사), 자회사(KZAM, KPC)와`: a name with its own label and a comma is an item before the noun's.
          for (const p of np.filter(
            (q) =>
              (q.named.from >= label || glossSays(text, q, lemma)) &&
              !LABELLED_ITEM.test(text.slice(q.named.to, w.head!.start)),
          ))
            args.push({ named: p.named, role: pendingRole(p, 'object'), marker: pendingMarker(p, '') });
          np = [];
          npNouns = [];
          // A report item ends on its predicate noun (`… 세제 혜택 제공`): that noun is the item's verb.
          endClause(
            { lemma, negative: false, modal: false, nominal: false, from: w.head.start, to: w.head.end },
            w.to,
          );
        }
        continue;
      }
      // `포스코와 현대제철에`: 와/과 before another noun lists, whatever the tagger called it; before the object, a name of
      // no actor (`싱가포르와 FTA를 체결`), an actor's 와 names a partner, as it does as a conjunction.
      if (
        /^(와|과)$/.test(w.particle.text) &&
        next &&
        next.verb === undefined &&
        next.head !== undefined &&
        !partnerAhead(i) &&
        !(w.names.length > 0 && w.names.every((n) => ACTOR_KINDS.has(n.entity.kind)) && objectOfNoActor(i))
      )
        continue;
      const r = roleOf(w.particle);
      if (
        r?.role === 'subject' &&
        r.marker !== TOPIC &&
        np.length === 0 &&
        w.names.length === 0 &&
        w.head?.tag.startsWith('NNP') === true
      )
        unnamedSubject = true;
      if (r) closeNp(w, r.role, r.marker);
      else np = np.filter((p) => !w.names.includes(p.named));
      continue;
    }
    // A predicate word.
    // `A와 B 간 긴밀한 협의`: an adjective that only describes the predicate noun after it leaves the parties to the noun.
    if (
      w.ending === 'ETM' &&
      /^(?:VA|XSA)/.test(w.verb.tag) &&
      np.length > 0 &&
      np.some((p) => p.between || p.comitative) &&
      next?.verb === undefined &&
      next?.head !== undefined &&
      isPredicateNoun(next.head.lemma)
    )
      continue;
    // `중국이 가장 많은 양을 생산하였고`: a degree adjective after 가장 that describes the object of the verb after it is
    // no clause of its own; the subject is the verb's.
    if (
      w.ending === 'ETM' &&
      /^VA/.test(w.verb.tag) &&
      DEGREE_KO.test(ws[i - 1]?.surface ?? '') &&
      next?.verb === undefined &&
      next?.particle?.tag === 'JKO'
    )
      continue;
    const copula = w.verb.tag.startsWith('VCP');
    // `안정적이고`, `필수적인`: a noun in -적 with the copula is an adjective, no noun a relative clause can modify.
    const adjective = copula && w.tokens.some((k) => k.tag === 'XSN' && k.text === '적');
    if (relative && copula && noun && !adjective) {
      relative.clause.relative = false;
      // `리튬은 [배터리에 필수적인] 소재다`: the gap is the copula's noun, which is the sentence's subject.
      const own = relative.clause.args;
      const gap = gapRole(relative.clause, relative.passive);
      if (w.ending !== 'ETM' && !own.some((a) => a.role === gap)) {
        const subjects = args.filter((a) => a.role === 'subject');
        own.push(...(subjects.length > 0 ? subjects : topic).map((a) => ({ ...a, role: gap, marker: '' })));
      }
      // The copula's noun was the relative clause's head: no later phrase fills its gap (`…에 적용되는 핵심기술이자,
      // … 클러스터를`).
      if (w.ending !== 'ETM') relative = undefined;
    }
    if (np.length > 0) closeNp(w, copula && noun ? 'object' : 'modifier', '');
    const stem = w.head && w.head.start < w.verb.start ? w.head.lemma : w.verb.lemma;
    // `지원받았다` is tagged a noun and the verb 받다, but reads like the suffix: the noun is done to the subject.
    const passive =
      /^(되다|받다|당하다)$/.test(w.verb.lemma) &&
      (/^XSV/.test(w.verb.tag) || (w.verb.lemma === '받다' && stem !== w.verb.lemma));
    const negative =
      w.tokens.some((k) => /^(않다|못하다|없다)$/.test(k.lemma)) ||
      (next?.tokens[0] !== undefined && /^(않다|못하다)$/.test(next.tokens[0].lemma)) ||
      ws[i - 1]?.tokens.some((k) => k.tag === 'MAG' && /^(안|못)$/.test(k.text)) === true;
    // `가입할 수 있었다`, `참여할 수 없다`: an adnominal verb before 수 and 있다/없다 is the clause's own verb, which it
    // can or cannot do (`생산할 수 있는 시설` still modifies the noun after it).
    const ability =
      w.ending === 'ETM' &&
      /^수(?:도|는)?$/.test(next?.surface ?? '') &&
      /^(?:있|없)/.test(ws[i + 2]?.surface ?? '') &&
      ws[i + 2]?.ending !== 'ETM';
    const modal = ability || /(다고|라고|자고|도록|려고|으려|려는|할 계획|예정)/.test(w.surface);
    // `헝가리에 투자를 단행했다`: a support verb whose object is a bare predicate noun does what the noun names. A noun
    // that takes a partner already has the subject and its partners in its own phrase (`미중 갈등 속에 … 협력을 강화`).
    const previous = ws[i - 1];
    const event =
      !copula &&
      isSupportVerb(stem) &&
      previous?.particle?.tag === 'JKO' &&
      previous.names.length === 0 &&
      previous.head !== undefined &&
      isPredicateNoun(previous.head.lemma) &&
      !isSupportVerb(previous.head.lemma) &&
      !takesPartner(previous.head.lemma)
        ? previous.head.lemma
        : undefined;
    const predicate: Predicate = {
      // `매출액은 8조원이다`: a copula whose noun is an amount says what the amount is of; its lemma is the copula's.
      // `배터리 소재인 동박`: a copula whose noun ends a name says what the subject is, no act of the name's.
      lemma: copula
        ? w.head && !inFigure(w.head) && !inName(w.head)
          ? w.head.lemma
          : '이다'
        : (event ?? stem),
      negative: negative || (ability && /^없/.test(ws[i + 2]?.surface ?? '')),
      modal,
      nominal: false,
      from: w.verb.start,
      to: w.to,
    };
    const continues = next?.tokens[0]?.tag.startsWith('VX') === true;
    if (w.ending === 'ETM' && !ability) {
      const outer = args.filter((a) => a.role === 'subject' && a.marker === TOPIC);
      const clause = endClause(predicate, w.to, true);
      // Its missing argument is the noun it modifies, unless that noun is a copula's (`[…생산하는] 회사이다`),
      // which describes the sentence's subject.
      clause.relative = true;
      if (passive) swapPassive(clause, w.verb.lemma === '받다');
      relative = { clause, passive, copula, topic: outer.length > 0 ? outer : topic, chained };
      chained = [];
    } else if (w.ending === 'EC' || w.ending === 'EF' || w.ending === 'ETN' || !continues) {
      const clause = endClause(predicate, w.to, false, w.ending === 'EC' || w.ending === 'ETN');
      if (passive) swapPassive(clause, w.verb.lemma === '받다');
      // `중국 최대 기업이자 … 기업인 시노펙은`: a copula's -자 (and also) chains like -고.
      const open =
        w.ending === 'EC' && (/고$/.test(w.surface) || (copula && /자[,]?$/.test(w.surface))) && !passive;
      // `산업부는 [상원을 통과하고 표결을 앞둔] 법안을`: a -고 clause that has only the topic may chain into a
      // relative clause, whose head is then its subject.
      const own = clause.args.filter(
        (a) => a.role === 'subject' && a.marker !== TOPIC && !borrowed.get(clause)?.includes(a),
      );
      chained = open && own.length === 0 ? [...chained, clause] : [];
    }
  }
  return clauses.map((c) => withCoActors(c, text));
}

/** Particles the tagger may glue to the end of a name, with the tags it gives them when it splits them. */
const SPLIT_PARTICLE: Record<string, string | undefined> = {
  와: 'JC',
  과: 'JC',
  은: 'JX',
  는: 'JX',
  도: 'JX',
  이: 'JKS',
  가: 'JKS',
  을: 'JKO',
  를: 'JKO',
  의: 'JKG',
  에: 'JKB',
  에서: 'JKB',
  로: 'JKB',
  으로: 'JKB',
};
/**
 * `(아랍에미리트(UAE)→한) 원유 … 관세 철폐`: a label of a direction, from one party to another, says whose trade an item
 * is about; neither party is what the item's noun does or falls on. The spans of such labels in `text`.
 */
function directionLabels(text: string): [number, number][] {
  return [...text.matchAll(DIRECTION_LABEL)].map((m) => [m.index, m.index + m[0].length]);
}
const DIRECTION_LABEL = /\((?:[^()]|\([^()]*\))*?(?<=[\p{L})])\s*(?:→|->)\s*\p{L}(?:[^()]|\([^()]*\))*?\)/gu;

/**
 * `(한국전력공사-GE Vernova) 암모니아 전소 … 기술개발 협력`: actors joined by hyphens in a parenthesis that opens an item
 * are the parties of what the item does, as with 간. The spans of such labels in `text`: a parenthesis at the start
 * or after a space, holding only two or more actors, a hyphen between two of them, commas or middle dots between others.
 */
function partyLabels(text: string, names: readonly Named[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/(?<=^|[\s:])\(([^()]+)\)/g)) {
    const from = m.index + 1;
    const to = from + m[1]!.length;
    const inside = names.filter((n) => n.from >= from && n.to <= to).sort((a, b) => a.from - b.from);
    if (inside.length < 2 || !inside.every((n) => ACTOR_KINDS.has(n.entity.kind))) continue;
    const between = inside.slice(1).map((n, i) => text.slice(inside[i]!.to, n.from));
    if (
      text.slice(from, inside[0]!.from).trim() === '' &&
      text.slice(inside.at(-1)!.to, to).trim() === '' &&
      between.every((gap) => /^\s*[-–,·]\s*$/.test(gap)) &&
      between.some((gap) => /[-–]/.test(gap))
    )
      spans.push([from, to]);
  }
  return spans;
}

/**
 * `철강(포스코 일관제철소), 자동차(현대차 완성차 공장)`: a noun inside parentheses is said of what they hold and of the
 * word they gloss, not of the items before that word. Where that word starts, or 0 outside parentheses.
 */
function parenthesisLabel(text: string, at: number): number {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return 0;
  const space = text.slice(0, open).search(/[\s,]\S*$/);
  return space < 0 ? 0 : space + 1;
}

/**
 * `(SK) 연료전지발전소 등 18.5, (한화) 그린수소 생산 등 1.3 (효성) 액화수소플랜트`: an actor's name alone in parentheses
 * labels the item after it; a noun in one item says nothing of another's names. The item around `at`.
 */
function labelledItem(text: string, pending: readonly Pending[], at: number): [number, number] {
  let from = 0;
  let to = Number.POSITIVE_INFINITY;
  for (const p of pending) {
    if (!ACTOR_KINDS.has(p.named.entity.kind)) continue;
    const open = text.lastIndexOf('(', p.named.from);
    // `완성차(현대자동차) 공장`: parentheses glued to a word gloss that word; a label stands apart.
    if (
      open < 0 ||
      (open > 0 && !/[\s,:;·]/.test(text[open - 1]!)) ||
      text.slice(open + 1, p.named.from).trim() !== '' ||
      !/^\s*\)/.test(text.slice(p.named.to))
    )
      continue;
    if (open <= at) from = Math.max(from, open);
    else to = Math.min(to, open);
  }
  return [from, to];
}

/** `리튬(… 생산량 세계2위), 구리(… 생산량 세계1위)`: an earlier item whose own parentheses use the same noun. */
function glossSays(text: string, p: Pending, lemma: string): boolean {
  const gloss = /^\s*\(([^()]*)\)/.exec(text.slice(p.named.to));
  return gloss !== null && gloss[1]!.includes(lemma);
}

/** `등과`: the word that closes a list, read by the tagger as one noun with its comitative particle. */
const LIST_CLOSING = /^등(와|과)$/;
/** What follows a country glued to it to say where the next noun comes from: `캐나다産`, `중국산`. */
const ORIGIN = /^(?:産|산)$/;
/** 對 (toward) glued before a country at the start of a word: `對美`, `(對러시아)`, `대베트남`. */
const TOWARD = /^[(（]?[對대]$/;
/** Words after a noun phrase that make it a date or occasion for the clause: `Brexit 이후`, `IRA 시행 이전`, `G7 계기`. */
const DATING = /^(?:이후|이전|직후|직전|전후|以後|以前|계기)/;
/** Whether `at` is inside title marks (`「…」`, `『…』`) opened in the text before it. */
function inTitleMarks(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (
    before.lastIndexOf('「') > before.lastIndexOf('」') || before.lastIndexOf('『') > before.lastIndexOf('』')
  );
}

/** Nouns of time a relative clause may modify: `통과한 직후`, `발표한 이후`, `방문했을 때`. */
const WHEN_NOUN = /^(?:이후|이전|직후|직전|후|때|당시|무렵|동안)(?![가-힣])/;
/** What joins two items of a list: `및`, `,`, `·`, `와`/`과` with the spaces around them. */
const LIST_JOIN = /^\s*(?:및|,|·|와|과)\s*$/;

/** The index of the first name of the list that `np[i]` ends. */
function listStart(np: readonly Pending[], i: number, text: string): number {
  let k = i;
  while (k > 0 && !np[k - 1]!.genitive && LIST_JOIN.test(text.slice(np[k - 1]!.named.to, np[k]!.named.from)))
    k--;
  return k;
}

/** The names of the list that starts at `np[i]` (`한국, 독일, 일본 등의`), up to the first possessor. */
function listFrom(np: readonly Pending[], i: number, text: string): Pending[] {
  const out = [np[i]!];
  for (let k = i + 1; k < np.length && !out.at(-1)!.genitive; k++) {
    if (!LIST_JOIN.test(text.slice(out.at(-1)!.named.to, np[k]!.named.from))) break;
    out.push(np[k]!);
  }
  return out;
}

/** The role a relative clause's gap fills: the object of a passive or of a clause that has its subject. */
function gapRole(clause: Clause, passive: boolean): Role {
  const has = (r: Role) => clause.args.some((a) => a.role === r);
  return passive || (has('subject') && !has('object')) ? 'object' : 'subject';
}

function swapPassive(clause: Clause, received = false) {
  // Arguments are the clause's own copies, so a passive does not change the roles other clauses see.
  for (const a of clause.args) if (a.role === 'subject') a.role = 'object';
  // `정부로부터 지원받았다`: what one receives comes from its giver.
  const agent = (m: string) => m === '에 의해' || (received && (m === '로부터' || m === '에서'));
  for (const a of clause.args) if (a.role === 'oblique' && agent(a.marker)) a.role = 'subject';
}
