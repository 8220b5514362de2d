import type { Argument } from '../../clauses/types';
import {
  COMPANIES_NEXT,
  COMPANY_DESCRIPTION,
  COMPANY_DESCRIPTIONS,
  KO_FIRM_WORDS,
  OWNER_PARTICIPLE,
} from '../../cues';
import { type Entity, lexiconId, ownEach } from '../../entities';
import type { Frame } from '../predicates';
import type { ClauseRule, Proposal } from '../types';
import { namedForRestriction } from './named-restriction';

/** Words for firms a group owns: `계열사`, `자회사`, `subsidiaries`, `affiliates`. */
const OWNED_UNITS = /계열사|계열회사|자회사|손자회사|\bsubsidiar(?:y|ies)\b|\baffiliates?\b/i;

/** The roles of the law or programme a clause acts under or through, or money goes through. */
export const CHANNEL = new Set(['oblique:through', 'oblique:under', 'oblique:via']);

/** Prepositions whose conjuncts are each other's partners. */
const RECIPROCAL = new Set(['oblique:between', 'oblique:among', 'oblique:간']);

/** Between two items of one list of parties: `·`, a comma, `and`, `및`, `와`/`과`. */
const PARTY_GAP = /^\s*(?:[-–·・,、]|and|및|[와과])\s*$/;

/** The possessors or modifiers of a noun listed last before it, when two or more parties, in text order. */
function listedParties(args: readonly Argument[], kinds: readonly string[], text: string): Argument[] {
  const parties = args
    .filter((a) => (a.role === 'genitive' || a.role === 'modifier') && kinds.includes(a.named.entity.kind))
    .sort((x, y) => x.named.from - y.named.from);
  let first = parties.length - 1;
  // `양국의 협력`: a pair word stands for both its members at one place.
  const together = (a: Argument, b: Argument) =>
    (a.named.from === b.named.from && a.named.to === b.named.to) ||
    PARTY_GAP.test(text.slice(a.named.to, b.named.from));
  while (first > 0 && together(parties[first - 1]!, parties[first]!)) first--;
  const run = parties.slice(Math.max(first, 0));
  // `LG에너지솔루션-캐나다 기업간`: a country before a companies noun only says whose the companies are.
  const last = run.at(-1);
  if (last?.named.entity.kind === 'Country' && COMPANIES_NEXT.test(text.slice(last.named.to))) run.pop();
  return run.length >= 2 ? run : [];
}

/**
 * Whether two parties of one `간` phrase stand on the same side: items of one list joined only by `·` or commas,
 * which 와/과 (`등과`) then joins to a third party of the phrase (`H2KOREA, 현대차, 현대글로비스 등과 체코 수소협회 간`).
 */
function sameSide(a: Argument, b: Argument, parties: readonly Argument[], text: string): boolean {
  const [x, y] = a.named.from < b.named.from ? [a, b] : [b, a];
  const after = [...parties]
    .filter((p) => p.named.from >= x.named.to)
    .sort((p, q) => p.named.from - q.named.from);
  let last = x;
  let reached = false;
  for (const p of after) {
    if (p.named.from < last.named.to) continue;
    const gap = text.slice(last.named.to, p.named.from);
    if (/^\s*[·,]\s*$/.test(gap)) {
      last = p;
      reached ||= p === y;
      continue;
    }
    return reached && /^\s*(?:등\s*)?[와과]\s/.test(gap);
  }
  return false;
}

/** Particles of a subject, topic or object phrase, whose possessors the clause's frames read. */
const CORE_PARTICLE = /^(?:은|는|이|가|을|를|도|만)$/;

/** The role a frame names an argument by: `subject`, `oblique:on`. */
export const roleKey = (a: Argument) =>
  a.role === 'oblique'
    ? `oblique:${a.marker}`
    : // `대한민국의 철강 기업으로, …의 계열사이다`: a possessor inside an oblique phrase is that phrase's.
      a.role === 'genitive' && a.marker && !CORE_PARTICLE.test(a.marker)
      ? `genitive:${a.marker}`
      : a.role;

/**
 * `Samsung's Samsung SDI supplies BMW`, `The Chinese firm CATL opened a plant in Hungary`: a verb's subject is
 * the name that heads its phrase; a possessor or a country adjective before that name only describes it.
 * (With no name heading the phrase, `China's government imposed`, the possessor stands for the subject.)
 */
function withoutSubjectPossessors(args: readonly Argument[], text: string): readonly Argument[] {
  const subjects = args.filter((a) => a.role === 'subject');
  if (subjects.length === 0) return args;
  /** Whether `a` comes before a subject with a gap between them that `fits`. */
  const describes = (a: Argument, fits: (gap: string) => boolean) =>
    subjects.some((s) => a.named.to <= s.named.from && fits(text.slice(a.named.to, s.named.from)));
  return args.filter(
    (a) =>
      // `UAE's main defense conglomerate, Edge Group, is partnering`: so does the possessor of a noun set beside it.
      !(
        a.role === 'genitive' &&
        describes(a, (gap) => gap.length <= 4 || APPOSED_POSSESSION.test(gap) || OWNED_BY.test(gap))
      ) &&
      !(a.role === 'modifier' && describes(a, (gap) => gap.length <= 30)) &&
      // `owned by Swiss commodity trader Glencore`: a country word before a firm's trade describes the firm.
      !(
        a.role === 'subject' &&
        a.named.entity.kind === 'Country' &&
        subjects.some(
          (s) =>
            s.named.entity.kind === 'Company' &&
            s.named.from >= a.named.to &&
            DESCRIBED_FIRM.test(text.slice(a.named.to, s.named.from)),
        )
      ),
  );
}

/** A Korean word for parties, joined by 와/과 to what follows: `기업과`, `정부와의`. */
const PARTIES_JOINED = new RegExp(`(?:${KO_FIRM_WORDS}|기관|정부|국가|단체|측|들)[와과](?:의)?\\s`);

/** Right after a place that only describes what follows: `-based`, `-headquartered`, `American-made`. */
const BASED_AFTER = /^[-‐–]\s?(?:based|headquartered|made|built|produced|manufactured)\b/;

/** Between a country word and a firm it describes: its trade in lower case (`commodity trader`, `battery maker`). */
const DESCRIBED_FIRM = /^\s+(?!(?:and|or)\s)(?:[a-z][\w-]*\s+){1,4}$/;

/** Between an owner and the firm it owns, backs or runs: `Royal Dutch Shell-owned Billiton`. */
const OWNED_BY = new RegExp(String.raw`^-${OWNER_PARTICIPLE}\s+$`);

/** Between a possessor and the name beside its noun: `'s main defense conglomerate, `. */
const APPOSED_POSSESSION = /^['’]s?\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*,\s*$/;

/**
 * Whether `a` and `b` are partners in a `between` list: any two of up to three items, or a pair of a longer
 * chain joined only by `and`. Names with only a space between are one item (`LG Energy`).
 */
function inPair(a: Argument, b: Argument, args: readonly Argument[], text: string): boolean {
  const named = args.filter((p) => roleKey(p) === roleKey(a)).sort((x, y) => x.named.from - y.named.from);
  const items: Argument[][] = [];
  for (const p of named) {
    const last = items.at(-1)?.at(-1);
    if (last && /^\s*$/.test(text.slice(last.named.to, p.named.from))) items.at(-1)!.push(p);
    else items.push([p]);
  }
  const chained = items.every(
    (item, k) =>
      k === 0 || /^\s+and\s+$/.test(text.slice(items[k - 1]!.at(-1)!.named.to, item[0]!.named.from)),
  );
  if (items.length < 4 || !chained) return true;
  const i = items.findIndex((item) => item.includes(a));
  const j = items.findIndex((item) => item.includes(b));
  return Math.floor(i / 2) === Math.floor(j / 2);
}

/** Whether `a` and `b` are in different pairs of a list of dotted pairs (`한·미, 한·EU`). */
function dottedPairs(a: Argument, b: Argument, parties: readonly Argument[], text: string): boolean {
  const [x, y] = a.named.from < b.named.from ? [a, b] : [b, a];
  if (!text.slice(x.named.to, y.named.from).includes(',')) return false;
  const sorted = [...parties].sort((p, q) => p.named.from - q.named.from);
  return sorted.some(
    (p, k) => k > 0 && /^\s*[·‧・]\s*$/.test(text.slice(sorted[k - 1]!.named.to, p.named.from)),
  );
}

/** A bracket that holds only a short label (`(반도체)`, `(자동차･항공)`): no comma, at most 24 characters. */
const LABEL = /^[(（][^(),，（）]{1,24}[)）]$/;

/** Where the label bracket around a name opens, when the name is in one; -1 otherwise. */
function labelAt(a: Argument, text: string): number {
  const open = Math.max(text.lastIndexOf('(', a.named.from - 1), text.lastIndexOf('（', a.named.from - 1));
  // `미쓰이밥콕(현 두산밥콕)`: a bracket glued to a word glosses it; a label opens an item.
  if (open < 0 || a.named.from - open > 24 || /[\p{L}\p{N}]/u.test(text[open - 1] ?? '')) return -1;
  const close = text.slice(a.named.to).search(/[)）]/);
  if (close < 0 || close > 24) return -1;
  return LABEL.test(text.slice(open, a.named.to + close + 1)) ? open : -1;
}

/** Whether `label` is in the last label bracket before `item`; `labelOf` holds each label's bracket. */
function underLabel(item: Argument, label: Argument, labelOf: ReadonlyMap<Argument, number>): boolean {
  const at = labelOf.get(label);
  if (at === undefined || labelOf.has(item) || label.named.to > item.named.from) return false;
  return ![...labelOf].some(([l, open]) => open > at && l.named.to <= item.named.from);
}

/** A noun of equipment right after a noun predicate (`생산장비`, `production equipment`). */
const EQUIPMENT_AFTER = /^\s?(?:장비|기계|장치|equipment|tools?|machinery|machines)(?![\p{L}])/iu;

/** Between a country and a firm's name, a noun for a firm and the words describing it: ` battery maker `. */
const FIRM_BETWEEN_EN = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:(?!(?:and|or|its|their|with)\b)[A-Za-z][\w-]*\s+){0,3}(?:${COMPANY_DESCRIPTIONS}|${COMPANY_DESCRIPTION}),?\s+(?:the\s+)?$`,
  'i',
);

/** A law's or rule's name, which nothing is a member of. */
const LAW_NAME = /(?:\b(?:Act|Law|Code|Regulation|Directive|Order|Rule)|법|법률|령)$/;
/** `$550 billion of investments`, `new investments`: what a verb of funding funds is investment. */
const INVESTMENTS_FUNDED = /^\s+(?:[^\s.;]+\s+){0,4}?(?:of\s+)?investments?\b/i;
/** Words for a part of a firm's business: what changes hands when a business is sold. */
const BUSINESS_WORDS =
  'business(?:es)?|operations?|units?|divisions?|subsidiar(?:y|ies)|stakes?|shares|assets|arms?|brands?';
/** A product noun right after a firm's name (`Boeing aircraft`, `GE Aerospace engines`), not a part of the firm. */
const PRODUCT_AFTER = new RegExp(
  `^\\s+(?!(?:${BUSINESS_WORDS}|shares?|and|or|but|for|in|from|at|to|of|with|by|on|as|is|was|were|are|be|been|has|had|have|will|would|can|could|may|might|shall|should|must|also|then|which|that|who|whose|said|says|announced|agreed|became|plans?|outright|entirely|fully)\\b)[a-z][a-z-]+`,
);
/** `its nylon business to`, `their stake in … to`: what a seller sells is a part of its own. */
const OWN_BUSINESS = new RegExp(
  `^\\s+(?:(?:the\\s+)?(?:last|rest|remainder|parts?|all|most)\\s+of\\s+)?(?:its|their)\\s+(?:[\\w-]+,?\\s+){0,8}?(?:${BUSINESS_WORDS})\\b`,
  'i',
);
/** A dealing as what a verb of restraint is done to, then what it is with or in: `trade with`, `foreign investment in`. */
const RESTRAINED_ACT =
  /^\s+(?:(?:the|all|any|most|new|further|foreign|direct|outbound|inbound|bilateral)\s+){0,3}(?:trade|investments?|exports?|imports?|sales|shipments|purchases|transactions|dealings)\s+(?:with|in)\b/i;
/** A business as what a verb is done to: `the chemical operations of`, `its stake in`, `a 30% stake`. */
const BUSINESS = new RegExp(
  `^\\s+(?:(?:the|its|their|a|an|his|her)\\s+)?(?:(?!(?:to|with|for)\\b)[\\w%.-]+,?\\s+){0,8}?(?:${BUSINESS_WORDS})\\b`,
  'i',
);
/** A word for a bloc's members right after its name (`(APEC) 회원국`, `member states`). */
const MEMBERS_AFTER =
  /^\s*(?:\([^()]{1,20}\)\s*)?(?:회원국|회원사|가입국|member\s+(?:states|countries|economies|nations))/i;
/** `source of (foreign direct) investment`, `of funding`: what a source or supplier gives is money. */
const FINANCE_OF =
  /^[^.;]{0,60}?\b(?:source|supplier|exporter)s?\s+of\s+(?:[\w-]+\s+){0,3}?(?:investment|FDI|capital|funding|financing|finance|loans?)\b/i;
/** The Sino-Korean prefix 對 (`對韓`, `대중국`) right before a name: toward it. */
const TOWARD = /(?:對|(?<![가-힣])대)$/;
const TOWARD_START = /^(?:對|대)/;

/** Possessors written right before an object (`코오롱의 SAP사업부문`, `Intel's NAND business`). */
function objectOwners(args: readonly Argument[], text: string): Argument[] {
  return args.filter(
    (a) =>
      a.role === 'genitive' &&
      args.some(
        (o) =>
          (o.role === 'object' || o.role === 'compound') &&
          o.named.from >= a.named.to &&
          /^(?:의|['’]s)?\s?$/.test(text.slice(a.named.to, o.named.from)),
      ),
  );
}

function fillers(args: readonly Argument[], roles: readonly string[], kinds: readonly string[]): Argument[] {
  return args.filter((a) => roles.includes(roleKey(a)) && kinds.includes(a.named.entity.kind));
}

/**
 * Relations from the predicate lexicon: a clause whose predicate lists a frame links the names in the
 * frame's source roles to those in its target roles, when their kinds fit. Names in one role are never
 * linked to each other, so names listed side by side stay apart.
 */
export const predicateFrame: ClauseRule = {
  id: 'clause:predicate-frame',
  emits: 'any',
  apply(clause, ctx) {
    const out: Proposal[] = [];
    const seen = new Set<Frame>();
    // `China banned exports of gallium`: under a verb that restricts (one with an IMPOSES frame), a noun
    // predicate's flow does not happen; the restriction is the verb's own relation.
    const governor = clause.predicate.governor;
    const restricted =
      governor !== undefined &&
      ctx.predicates.frames(ctx.language, governor).some(({ frame }) => frame.type === 'IMPOSES');
    const args = clause.predicate.nominal ? clause.args : withoutSubjectPossessors(clause.args, ctx.text);
    /** The names written as list labels (`(반도체)`), with where each label's bracket opens. */
    const brackets = new Map(
      args.flatMap((a) => {
        const open = labelAt(a, ctx.text);
        return open >= 0 ? [[a, open] as const] : [];
      }),
    );
    // `ICI sold its nylon business to DuPont`: what the verb is done to is a part of the subject's own.
    const ownBusiness = !clause.predicate.nominal && OWN_BUSINESS.test(ctx.text.slice(clause.predicate.to));
    const act = clause.predicate.nominal ? null : RESTRAINED_ACT.exec(ctx.text.slice(clause.predicate.to));
    /** Where the name a restrained dealing is with or in must begin (after at most an article and a word). */
    const dealtWith = (a: Argument) =>
      act !== null &&
      /^\s+(?:the\s+)?(?:[\w.-]+\s+)?$/.test(
        ctx.text.slice(clause.predicate.to + act[0].length, a.named.from),
      );
    // `sold the chemical operations of Cheil Industries to Lotte`: a business changing hands is no supply of goods.
    const business = !clause.predicate.nominal && BUSINESS.test(ctx.text.slice(clause.predicate.to));
    for (const { frame } of ctx.predicates.frames(ctx.language, clause.predicate.lemma)) {
      if (seen.has(frame) || (restricted && frame.type !== 'IMPOSES')) continue;
      if (frame.only && (frame.only === 'noun') !== clause.predicate.nominal) continue;
      if (frame.clause && (frame.clause === 'relative') !== (clause.relative ?? false)) continue;
      // `반도체 생산장비`, `chip production tools`: a noun of making before a noun of equipment names the equipment;
      // no one in the clause makes what it makes.
      if (
        frame.type === 'PRODUCES' &&
        clause.predicate.nominal &&
        EQUIPMENT_AFTER.test(ctx.text.slice(clause.predicate.to))
      )
        continue;
      if (frame.type === 'SUPPLIES' && business) continue;
      // `Australia's largest source of foreign direct investment`: a source of money supplies no goods.
      if (frame.type === 'SUPPLIES' && FINANCE_OF.test(ctx.text.slice(clause.predicate.from))) continue;
      // `Japan committed to fund $550 billion of investments in U.S. sectors`: funding investments is investing, not a
      // grant, loan or subsidy.
      if (
        frame.type === 'FUNDS' &&
        INVESTMENTS_FUNDED.test(ctx.text.slice(clause.predicate.to, clause.predicate.to + 60))
      )
        continue;
      if (frame.under && governor !== undefined && !frame.under.includes(governor)) continue;
      // Amounts are read by clause:figure-measure, which lets one amount measure one name only.
      if (frame.sourceKinds.includes('Figure')) continue;
      if (frame.with && fillers(args, frame.with.roles, frame.with.kinds).length === 0) continue;
      if (frame.without && fillers(args, frame.without.roles, frame.without.kinds).length > 0) continue;
      seen.add(frame);
      // `China restricts Japanese imports`: with a subject, a verb's source is never a name that only
      // qualifies a noun of its object.
      const hasSubject = !clause.predicate.nominal && args.some((a) => a.role === 'subject');
      // `LG화학은 코오롱의 SAP사업부문을 인수`, `SK hynix acquired Intel's NAND business`: in a verb's clause, a
      // possessor right before the object owns the object; it does not act. What is acquired so is the owner's.
      const owners = clause.predicate.nominal ? [] : objectOwners(args, ctx.text);
      // `대한(對韓) 수출 규제`, `대중국 수출 통제`: a country after 對 (대) is what the measure is aimed at.
      // The lexicon may hold the prefixed form as a name (`대중국`), so the mention can begin with it.
      const toward = args.filter(
        (a) =>
          TOWARD.test(ctx.text.slice(Math.max(0, a.named.from - 2), a.named.from)) ||
          // … but `대한민국` is Korea's own name, not 대 + a name of it.
          (TOWARD_START.test(ctx.text.slice(a.named.from, a.named.to)) &&
            !TOWARD_START.test(a.named.entity.nameKo ?? a.named.entity.name) &&
            a.named.entity.forms.has(ctx.text.slice(a.named.from + 1, a.named.to).trim())),
      );
      // `한국의 경우 지질자원연구원이 … 확보했다`: `in X's case` sets the scene; X does nothing in the clause.
      const scene = args.filter(
        (a) => a.role === 'genitive' && /^의\s*경우/.test(ctx.text.slice(a.named.to)),
      );
      // `DR콩고 Gecamines社 … 사업 참여`: a country modifier right before a company or body says where that one
      // is; it takes no other part of its own.
      const whose = args.filter(
        (a) =>
          frame.type !== 'LOCATED_IN' &&
          frame.type !== 'BASED_IN' &&
          a.named.entity.kind === 'Country' &&
          args.some(
            (b) =>
              (b.named.entity.kind === 'Company' || b.named.entity.kind === 'Organization') &&
              b.named.from >= a.named.to &&
              ((a.role === 'modifier' && /^\s?$/.test(ctx.text.slice(a.named.to, b.named.from))) ||
                // `The US company Tesla`, `the Chilean producer SQM`: so does one a noun for a firm joins to it.
                FIRM_BETWEEN_EN.test(ctx.text.slice(a.named.to, b.named.from)) ||
                // `미국 셰브런의 자회사`: and one right before a possessor firm, or (`美국방부`) glued to a name.
                (b.named.entity.kind === 'Company' &&
                  b.role === 'genitive' &&
                  /^\s+$/.test(ctx.text.slice(a.named.to, b.named.from))) ||
                (b.named.from === a.named.to &&
                  /[\p{Script=Han}가-힣]$/u.test(ctx.text.slice(a.named.from, a.named.to)))),
          ),
      );
      // `현대그룹 계열 현대자동차가 기아자동차를 인수`: the group before 계열 (산하, 소속) only says whose affiliate acts.
      const groups = args.filter((a) =>
        args.some(
          (b) =>
            b !== a &&
            b.named.from > a.named.to &&
            /^\s*(?:계열|산하|소속)(?:의)?\s*$/.test(ctx.text.slice(a.named.to, b.named.from)),
        ),
      );
      let sources = fillers(args, frame.source, frame.sourceKinds).filter(
        (a) =>
          (!hasSubject || a.role !== 'modifier') &&
          !owners.includes(a) &&
          !toward.includes(a) &&
          !scene.includes(a) &&
          !whose.includes(a) &&
          !groups.includes(a),
      );
      let targets = fillers(args, frame.target, frame.targetKinds).filter(
        (a) => !scene.includes(a) && !whose.includes(a),
      );
      // `The act expands the countries covered … to include Cuba`: a law has no members.
      // … and a country is a member of a bloc, not of another state (`Australia joined the United States in issuing`),
      // nor of a region (`the only Asian member of OPEC`).
      if (frame.type === 'MEMBER_OF')
        targets = targets.filter(
          (a) =>
            !LAW_NAME.test(a.named.entity.nameEn ?? a.named.entity.name) &&
            (a.named.entity.kind !== 'Country' ||
              ((a.named.entity.bloc === true || a.named.entity.discovered) &&
                a.named.entity.region !== true)),
        );
      if (frame.type === 'IMPOSES')
        targets = [
          // `Australia blocked China's Huawei`: the measure falls on the firm; its country only says whose it is.
          ...targets.filter(
            (a) =>
              !(
                owners.includes(a) &&
                a.named.entity.kind === 'Country' &&
                args.some((b) => b.role === 'object' && b.named.entity.kind === 'Company')
              ),
          ),
          ...toward.filter((a) => frame.targetKinds.includes(a.named.entity.kind) && !targets.includes(a)),
          // `banned trade with North Korea`, `prohibit foreign investment in the oil sector`: what a restrained dealing is
          // with or in is what the measure falls on.
          ...fillers(args, ['oblique:with', 'oblique:in'], frame.targetKinds).filter(
            (a) => dealtWith(a) && !targets.includes(a),
          ),
        ];
      if (frame.type === 'ACQUIRES' && owners.length > 0)
        targets = owners.filter((a) => frame.targetKinds.includes(a.named.entity.kind));
      // `Korean Air will purchase 103 new Boeing aircraft`, `a sale of Boeing aircraft to Qatar Airways`: a firm's name
      // before a product says whose product is bought; the firm itself is not acquired.
      if (frame.type === 'ACQUIRES')
        targets = targets.filter((a) => !PRODUCT_AFTER.test(ctx.text.slice(a.named.to, a.named.to + 40)));
      // `ICI sold its nylon business to DuPont`: a seller's own business sold is part of the seller, which the buyer
      // acquires; no goods are supplied.
      if (ownBusiness && frame.type === 'SUPPLIES') continue;
      if (ownBusiness && frame.type === 'ACQUIRES' && targets.length === 0)
        targets = args.filter((a) => a.role === 'subject' && frame.targetKinds.includes(a.named.entity.kind));
      // `APEC 회원국과의 협력`, `cooperation with EU member states`: the members are the partners, not the bloc; and
      // (`미(美) 상무부와 화상회의`) a partner body of a country is the partner, its country only says whose it is.
      if (frame.type === 'PARTNERS_WITH') {
        const members = (a: Argument) => MEMBERS_AFTER.test(ctx.text.slice(a.named.to, a.named.to + 30));
        sources = sources.filter((a) => !members(a));
        targets = targets
          .filter((a) => !members(a))
          .filter(
            (t, _, named) =>
              t.named.entity.kind !== 'Country' ||
              !named.some(
                (b) => roleKey(b) === roleKey(t) && b.named.entity.country === lexiconId(t.named.entity),
              ),
          );
      }
      // With its parties named by `between`, a partnership's subject is the partnership itself.
      if (sources.some((a) => RECIPROCAL.has(roleKey(a))) && frame.target.some((r) => RECIPROCAL.has(r))) {
        sources = sources.filter((a) => RECIPROCAL.has(roleKey(a)));
        targets = targets.filter((a) => RECIPROCAL.has(roleKey(a)));
      }
      // `한국과 미국은 협정을 체결했다`, `Ford and SK On formed a joint venture`: with no other party named, the
      // parties of a partnership are its coordinated subjects.
      let coordinated = false;
      if (frame.type === 'PARTNERS_WITH' && targets.length === 0) {
        // `한국·호주·탄자니아 3국 협력`, `한국과 캐나다의 협력`: a partnership noun's listed possessors are its parties.
        // `the ExxonMobil and Occidental deals`: a plural noun names one deal of each, not one between them.
        const plural =
          ctx.language === 'en' && /s$/i.test(ctx.text.slice(clause.predicate.from, clause.predicate.to));
        const subjects = sources.some((a) => a.role === 'subject')
          ? sources.filter((a) => a.role === 'subject')
          : clause.predicate.nominal && !plural
            ? listedParties(args, frame.sourceKinds, ctx.text)
            : [];
        // A partner the lexicon does not know (`signed agreements with Nvidia`) is still another party.
        const lastSubject = Math.max(...subjects.map((a) => a.named.to));
        const rest = ctx.text.slice(lastSubject, Math.max(clause.to, clause.predicate.to));
        // (`국방부·방사청의 역할분담과 협력관계`: 과 right before the partnership's noun joins two nouns, not a partner,
        // unless the noun it follows names parties: `한국·일본의 기업과 협력`.)
        if (/\bwith\b|[와과](?:의)?\s(?!\S+$)/.test(rest) || PARTIES_JOINED.test(rest)) continue;
        // `Saudi Arabia, Israel, and other trading partners`, `A, B 등 교역 상대국`: names listed as instances of the
        // noun are each a partner of someone else, not of each other.
        if (/^[\s,]*(?:(?:and|or)\s+)?(?:other|such)\b|^\s*등\s/.test(ctx.text.slice(lastSubject))) continue;
        // `Belgium, France, Italy, Luxembourg, the Netherlands and West Germany signed`: the many subjects of one
        // act are its parties, not partners of each other pair by pair (three are still read as a trilateral pact).
        if (
          subjects.some((a) => a.role === 'subject') &&
          new Set(subjects.map((a) => a.named.entity.nodeId)).size > 3
        )
          continue;
        sources = subjects;
        targets = subjects;
        coordinated = true;
      }
      // `(반도체) 어플라이드 머티어리얼즈, 램리서치, (바이오) 화이자`: bracketed labels each head the names after them.
      const labelOf = new Map(
        [...sources, ...targets].flatMap((a) => (brackets.has(a) ? [[a, brackets.get(a)!] as const] : [])),
      );
      const labelled = labelOf.size >= 2;
      for (const s of sources) {
        for (const t of targets) {
          if (s === t || s.named.entity.nodeId === t.named.entity.nodeId) continue;
          // `(한국전력공사-GE Vernova) … 협력`: the parties one bracket names between them are the item's parties.
          const oneLabel =
            labelOf.get(s) === labelOf.get(t) && roleKey(s) === roleKey(t) && RECIPROCAL.has(roleKey(s));
          if (labelled && !oneLabel && !underLabel(s, t, labelOf) && !underLabel(t, s, labelOf)) continue;
          // Overlapping names are one name read twice, unless a word stands for a pair's members (`양국`).
          const members =
            frame.type === 'PARTNERS_WITH' && s.named.from === t.named.from && s.named.to === t.named.to;
          if (s.named.from < t.named.to && t.named.from < s.named.to && !members) continue;
          if (members && s.named.entity.nodeId > t.named.entity.nodeId) continue;
          // `The CHIPS Act boosts manufacturing in the United States`, `a surcharge on most U.S. imports under Section
          // 122`: a policy bears on third countries, not its own.
          if (
            (frame.type === 'AFFECTS' || frame.type === 'IMPOSES') &&
            s.named.entity.country !== undefined &&
            s.named.entity.country === lexiconId(t.named.entity)
          )
            continue;
          // `a joint venture between Ford and SK On` names both parties in one role: link them once, in order.
          if (
            (coordinated || (RECIPROCAL.has(roleKey(s)) && roleKey(s) === roleKey(t))) &&
            s.named.from > t.named.from
          )
            continue;
          if (RECIPROCAL.has(roleKey(s)) && roleKey(s) === roleKey(t)) {
            // `한국전력·한국수력원자력과 ENEC 간`: names joined by `·` on one side of 와 are co-parties, not partners.
            if (sameSide(s, t, targets, ctx.text)) continue;
            // `A와 B 간에는 「X MOU」와 C와 D 간에는 「Y MOU」도 체결`: parties of two `between` groups are no pair.
            const gap = ctx.text.slice(
              Math.min(s.named.to, t.named.to),
              Math.max(s.named.from, t.named.from),
            );
            if (/간|between|among/.test(gap)) continue;
          }
          // `부처 및 기관 … 등이 참여하는`: a country is a member of international bodies, not of its own or another's
          // national ones.
          if (
            frame.type === 'MEMBER_OF' &&
            s.named.entity.kind === 'Country' &&
            t.named.entity.kind === 'Organization' &&
            // (nor of a body only this text names, as `the U.S. and Foreign Commercial Service`: no lexicon says whose)
            (t.named.entity.country !== undefined || t.named.entity.discovered === true)
          )
            continue;
          // `한화생명, 한화손해보험 등 4개의 계열사로 구성`: a group's affiliates and subsidiaries are owned by it, not members
          // of it as firms are of a consortium.
          if (
            frame.type === 'MEMBER_OF' &&
            s.named.entity.kind === 'Company' &&
            t.named.entity.kind === 'Company' &&
            OWNED_UNITS.test(ctx.text.slice(clause.from, clause.to))
          )
            continue;
          // `chemicals shipped to North America`: a region is no party a measure can be put on.
          // `headquartered in … the Silicon Valley`: nor is a firm based in one; it is based in a country.
          if (
            (frame.type === 'IMPOSES' || frame.type === 'AFFECTS' || frame.type === 'BASED_IN') &&
            t.named.entity.region
          )
            continue;
          // `한국 산업통상자원부와 호주 산업과학자원부의 MOU`: a country and its own body are no partners.
          if (frame.type === 'PARTNERS_WITH' && ownEach(s.named.entity, t.named.entity)) continue;
          // `유럽의 CBAM … 규제`: the possessor written right before a policy's name is whose policy it is.
          if (
            s.named.entity.kind === 'Policy' &&
            t.role === 'genitive' &&
            t.named.to <= s.named.from &&
            /^(?:의|['’]s)\s*$/.test(ctx.text.slice(t.named.to, s.named.from))
          )
            continue;
          // `한·미, 한·EU, 한·일 협력`: parties written as dotted pairs set apart by commas are partners in pairs.
          if (coordinated && dottedPairs(s, t, sources, ctx.text)) continue;
          // `joint ventures between General Motors and LG Energy and Ford and SK`: four or more parties joined
          // only by `and` are pairs, in order.
          if (RECIPROCAL.has(roleKey(s)) && roleKey(s) === roleKey(t) && !inPair(s, t, args, ctx.text))
            continue;
          // `한일 수출규제`, `U.S.-China tariffs`, `(인도) … (필리핀) … 한-미 관세협상`: two names of one kind that
          // both only modify the predicate noun are alike to it; which of them acts on the other it does not say.
          if (
            frame.type !== 'PARTNERS_WITH' &&
            s.named.entity.kind === t.named.entity.kind &&
            s.role === 'modifier' &&
            t.role === 'modifier'
          )
            continue;
          out.push({
            // `Section 232 tariffs applied only to copper`: what a restriction bears on, it is imposed on.
            type: frame.type === 'AFFECTS' && namedForRestriction(s, ctx) ? 'IMPOSES' : frame.type,
            source: s.named.entity,
            target: t.named.entity,
            from: Math.min(s.named.from, t.named.from, clause.predicate.from),
            to: Math.max(s.named.to, t.named.to, clause.predicate.to),
            // `lifted the tariffs under EO 14257`: what is not done, or no longer, under a law leaves its enactment.
            negative:
              clause.predicate.negative !== (frame.ends === true) &&
              !(frame.type === 'ENACTED_BY' && CHANNEL.has(roleKey(s))),
            rule: predicateFrame.id,
          });
        }
      }
    }
    // `collaborating with the India-based International Solar Alliance`, `invest in 28 American-made aircraft`: a place
    // a phrase only says something is based in or made in is where that is from, no party to anything else the clause
    // states.
    const placed = new Set<Entity>();
    const elsewhere = new Set<Entity>();
    for (const a of clause.args)
      (BASED_AFTER.test(ctx.text.slice(a.named.to, a.named.to + 20)) ? placed : elsewhere).add(
        a.named.entity,
      );
    if (placed.size === 0) return out;
    return out.filter(
      (p) => p.type === 'BASED_IN' || ![p.source, p.target].some((e) => placed.has(e) && !elsewhere.has(e)),
    );
  },
};
