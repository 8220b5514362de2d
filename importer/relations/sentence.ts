import { englishClauses } from '../clauses/en';
import { koreanClauses } from '../clauses/ko';
import type { Argument, Clause, Named } from '../clauses/types';
import { KO_FIRM_WORDS } from '../cues';
import type { Entity } from '../entities';
import { analyserFor, type Languages } from '../language';
import { verbLemma } from '../language/en';
import type { Token } from '../language/types';
import type { PredicateLexicon } from './predicates';
import { proposeFromClauses, proposeFromPhrases } from './registry';
import type { Proposal } from './types';

export interface SentenceInput {
  text: string;
  names: readonly Named[];
  languages: Languages;
  predicates: PredicateLexicon;
  topic?: Entity;
}

/** The clauses of one sentence, read by its language's analyser. */
export function sentenceClauses(input: SentenceInput): { language: 'ko' | 'en'; clauses: Clause[] } {
  const analyser = analyserFor(input.languages, input.text);
  const language = analyser.language;
  const headline = language === 'en' ? headlineCased(input.text, input.names) : input.text;
  const tokens =
    headline === input.text
      ? analyser.tokens(input.text)
      : headlineVerbs(analyser.tokens(headline), (lemma) => input.predicates.isPredicate(language, lemma));
  const isPredicate = (lemma: string) => input.predicates.isPredicateNoun(language, lemma);
  const isPredicateWord = (lemma: string) => input.predicates.isPredicate(language, lemma);
  const isSupport = (lemma: string) => input.predicates.isSupportVerb(language, lemma);
  const clauses =
    language === 'ko'
      ? koreanClauses(input.text, tokens, input.names, {
          isPredicateNoun: isPredicate,
          isSupportVerb: isSupport,
          takesPartner: (lemma) =>
            input.predicates
              .frames(language, lemma)
              .some(({ frame }) => [...frame.source, ...frame.target].includes('oblique:와')),
          isTopicNoun: (lemma) => input.predicates.isTopicNoun(language, lemma),
          isEventNoun: (lemma) => input.predicates.isEventNoun(language, lemma),
        })
      : englishClauses(
          tokens,
          input.names,
          isPredicate,
          isSupport,
          (lemma) => input.predicates.isControlVerb(language, lemma),
          isPredicateWord,
        );
  const isReceive = (lemma: string) => input.predicates.isReceiveVerb(language, lemma);
  const readsOrigin = (c: Clause) =>
    input.predicates.frames(language, c.predicate.lemma).some(({ frame }) => frame.source.includes('origin'));
  const emits = (c: Clause, type: string) =>
    input.predicates.frames(language, c.predicate.lemma).some(({ frame }) => frame.type === type);
  const failed = language === 'en' ? FAILED.exec(input.text) : null;
  return {
    language,
    clauses: withFailures(
      withInvestedPurposes(
        withPurposes(withRecipients(clauses, isReceive), input.text, emits),
        input.text,
        emits,
      ).map((c) => {
        const compounded = withCompounds(withShareObjects(c, input.text), input.text);
        return readsOrigin(c) ? withOrigins(compounded, input.text) : compounded;
      }),
      failed?.index,
    ),
  };
}

/** `…, but these attempts were not successful`, `…, but the deal collapsed`: what was tried did not happen. */
const FAILED =
  /,\s+but\s+(?:the|these|this|that|those|both)\s+(?:deals?|attempts?|plans?|efforts?|talks|bids?|sales?|purchases?|moves?|negotiations?|offers?)\s+(?:(?:later|eventually|ultimately|soon)\s+)?(?:collapsed|failed|fell\s+(?:through|apart)|(?:was|were)\s+(?:not\s+successful|unsuccessful|cancell?ed|abandoned|scrapped|blocked|rejected|called\s+off))\b/i;

/** The clauses before a failure the sentence goes on to report are negative. */
function withFailures(clauses: Clause[], at: number | undefined): Clause[] {
  if (at === undefined) return clauses;
  return clauses.map((c) =>
    c.to <= at && !c.predicate.negative ? { ...c, predicate: { ...c.predicate, negative: true } } : c,
  );
}

/**
 * `United States and Japan Sign Critical Minerals Agreement`: a headline in title case gives the tagger every
 * word as a proper noun. Outside the names the sentence holds, such a headline is tagged with its words in
 * lower case (same offsets); a sentence in ordinary case is returned as it is.
 */
export function headlineCased(text: string, names: readonly Named[]): string {
  if (/[.!?]["”’)]?\s*$/.test(text)) return text;
  const inName = (at: number) => names.some((n) => n.from <= at && at < n.to);
  const words = [...text.matchAll(/(?<![\p{L}\p{N}.'’-])\p{L}[\p{Ll}]{3,}(?![\p{L}\p{N}])/gu)].filter(
    (w) => !inName(w.index),
  );
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w[0]));
  const titled =
    capitalised.length === words.length ||
    (capitalised.length >= 2 && capitalised.length >= 0.75 * words.length);
  if (capitalised.length === 0 || !titled) return text;
  return text.replace(/(?<![\p{L}\p{N}.'’-])\p{Lu}(?=\p{Ll}+(?![\p{L}\p{N}]))/gu, (c, at: number) =>
    inName(at) ? c : c.toLowerCase(),
  );
}

/**
 * `United States and Japan Sign Critical Minerals Agreement`: headlines drop articles, so a predicate word
 * the tagger read as a noun between two names is the headline's verb.
 */
function headlineVerbs(tokens: readonly Token[], isPredicate: (lemma: string) => boolean): readonly Token[] {
  return tokens.map((t, i) => {
    const lemma = verbLemma(t.lemma);
    return t.pos === 'NOUN' &&
      tokens[i - 1]?.pos === 'PROPN' &&
      tokens[i + 1]?.pos === 'PROPN' &&
      isPredicate(lemma)
      ? { ...t, pos: 'VERB' as const, lemma }
      : t;
  });
}

/**
 * `Gallium is used to make semiconductors`, `Lithium is essential to make batteries`, `the building block for
 * producing fertilizer`: what the purpose
 * clause right after an input's predicate makes is what uses the input.
 */
function withPurposes(
  clauses: readonly Clause[],
  text: string,
  emits: (c: Clause, type: string) => boolean,
): Clause[] {
  return clauses.map((c, k) => {
    const next = clauses[k + 1];
    if (!next || next.predicate.nominal || !emits(c, 'USES') || !emits(next, 'PRODUCES')) return c;
    // `Lithium is essential to make batteries`: a copula's adjective sits between its verb and the purpose.
    const purpose =
      /^\s+(?:to|for|in)\s+$/.test(text.slice(c.to, next.predicate.from)) ||
      /^\s+[\w-]+\s+(?:to|for|in)\s+[\w-]+$/.test(text.slice(c.predicate.to, next.predicate.to));
    if (!purpose) return c;
    const products = next.args.filter((a) => a.role === 'object');
    return {
      ...c,
      args: [...c.args, ...products.map((a): Argument => ({ ...a, role: 'oblique', marker: 'for' }))],
    };
  });
}

/** `a $5.5 billion investment to build`: an investment noun right before the purpose's infinitive. */
const INVESTMENT_TO = /\binvestments?\s+to\s+$/i;

/**
 * `Samsung SDI is investing $3.1 billion in Kokomo to build batteries`, `Hyundai announced a $5.5 billion
 * investment to build electric vehicles`: what the investment's purpose makes is what is invested in. The
 * investing clause takes the infinitive's objects as `in` phrases; after an investment noun that named no one,
 * an investing clause of that noun is added, with the verb's subject.
 */
function withInvestedPurposes(
  clauses: readonly Clause[],
  text: string,
  emits: (c: Clause, type: string) => boolean,
): Clause[] {
  const out = [...clauses];
  for (const [k, next] of clauses.entries()) {
    if (next.predicate.nominal || !/\sto\s+$/.test(text.slice(0, next.predicate.from))) continue;
    const products = next.args
      .filter((a) => a.role === 'object')
      .map((a): Argument => ({ ...a, role: 'oblique', marker: 'in' }));
    if (products.length === 0) continue;
    const verb = clauses.slice(0, k).findLastIndex((c) => !c.predicate.nominal);
    const c = clauses[verb];
    if (!c) continue;
    const before = text.slice(c.predicate.to, next.predicate.from);
    if (/[;:]|\.\s|\sto\s/.test(before.slice(0, -3))) continue;
    const noun = INVESTMENT_TO.exec(before);
    const nominal = noun
      ? out.findIndex(
          (n) => n.predicate.nominal && emits(n, 'INVESTS_IN') && n.predicate.from >= c.predicate.to,
        )
      : -1;
    if (nominal >= 0) out[nominal] = { ...out[nominal]!, args: [...out[nominal]!.args, ...products] };
    else if (emits(c, 'INVESTS_IN')) out[verb] = { ...out[verb]!, args: [...out[verb]!.args, ...products] };
    else if (noun) {
      const subjects = c.args.filter((a) => a.role === 'subject');
      if (subjects.length === 0) continue;
      const from = c.predicate.to + noun.index;
      out.push({
        predicate: { lemma: 'investment', negative: false, modal: true, nominal: true, from, to: from + 10 },
        args: [...subjects, ...products],
        from: c.from,
        to: next.to,
      });
    }
  }
  return out;
}

/** Who gives: `from` (`a grant from Commerce`), `로부터`, or the name before the noun (`a DOE award`). */
const GIVER = new Set(['from', '로부터', '에게서']);

/**
 * `South32 received a Department of Energy award`, `Intel received a grant from Commerce`: the noun predicate a
 * receiving verb governs is done to the verb's subject, by the name that modifies the noun or follows `from`.
 */
function withRecipients(clauses: readonly Clause[], isReceive: (lemma: string) => boolean): Clause[] {
  return clauses.map((n) => {
    if (!n.predicate.nominal || n.predicate.governor === undefined || !isReceive(n.predicate.governor))
      return n;
    const verb = clauses.find(
      (v) =>
        !v.predicate.nominal &&
        v.predicate.lemma === n.predicate.governor &&
        v.predicate.to <= n.from &&
        v.to >= n.from,
    );
    const recipients = (verb?.args ?? []).filter((a) => a.role === 'subject');
    if (recipients.length === 0 || n.args.some((a) => a.role === 'subject' || a.role === 'genitive'))
      return n;
    const args: Argument[] = n.args.map((a) =>
      a.role === 'modifier' || (a.role === 'oblique' && GIVER.has(a.marker))
        ? { ...a, role: 'subject', marker: '' }
        : a,
    );
    for (const r of recipients)
      if (!args.some((a) => a.named === r.named)) args.push({ ...r, role: 'object', marker: '' });
    return { ...n, args };
  });
}

/**
 * `세계 코발트의 70%를 정제한다`: a possessor right before an amount that is the object is what the amount is a share
 * of, and so what the verb acts on, as `refines 70% of the world's cobalt` reads it.
 */
function withShareObjects(clause: Clause, text: string): Clause {
  const owners = clause.args.filter(
    (a) =>
      a.role === 'genitive' &&
      clause.args.some(
        (b) =>
          b.role === 'object' &&
          b.named.entity.kind === 'Figure' &&
          b.named.from >= a.named.to &&
          /^의\s*(?:약\s*)?$/.test(text.slice(a.named.to, b.named.from)),
      ),
  );
  if (owners.length === 0) return clause;
  return {
    ...clause,
    args: clause.args.map((a) => (owners.includes(a) ? { ...a, role: 'object', marker: '' } : a)),
  };
}

const COMPOUNDING = new Set(['Industry', 'Technology', 'Material']);
/** A word for a firm between a country and the firm's name (`캐나다 광산업체 퍼스트퀀텀`, `미국 기업 앨버말`). */
const FIRM_BETWEEN = new RegExp(String.raw`^[ \t]+[가-힣]*(?:${KO_FIRM_WORDS})[ \t]+$`);
/** A word for a plant, site or office right after a name (`두산비나 생산공장`, `Samsung's plant`). */
const SITE_NEXT =
  /^(?:['’]s)?\s*[가-힣]{0,4}(?:공장|팹|시설|사업장|현장|법인|단지|캠퍼스|연구소|생산기지)|^(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:plants?|factor(?:y|ies)|fabs?|facilit(?:y|ies)|sites?|offices?|subsidiary)\b/;

/**
 * `전기차 배터리`, `EV batteries`, `전기차용 배터리`: a sector or material name right before another name, with
 * only a space or 용 between, modifies it; only the last name of the compound fills the role. So does a country
 * right before a company or body (`대만 TSMC`, `폴란드 국유재산부`).
 */
function withCompounds(clause: Clause, text: string): Clause {
  const args = [...clause.args].sort((a, b) => a.named.from - b.named.from);
  let changed = false;
  const out = clause.args.map((a) => {
    const next = args.find((b) => b.named.from >= a.named.to && b !== a);
    // `Samsung SDI America is investing`: a country right after a company's name ends that name.
    const previous = args.findLast((b) => b.named.to <= a.named.from && b !== a);
    if (
      a.named.entity.kind === 'Country' &&
      previous?.named.entity.kind === 'Company' &&
      previous.role === a.role &&
      /^[ \t]+$/.test(text.slice(previous.named.to, a.named.from))
    ) {
      changed = true;
      return { ...a, role: 'compound' as const, marker: '' };
    }
    if (next === undefined || next.role !== a.role || next.marker !== a.marker || a.role === 'compound')
      return a;
    const [kind, nextKind] = [a.named.entity.kind, next.named.entity.kind];
    const gap = text.slice(a.named.to, next.named.from);
    // `대만 TSMC는`, `폴란드 국유재산부 장관이`: a country right before a company or body says whose it is, and so
    // it does across a word for a firm (`캐나다 광산업체 퍼스트퀀텀은`); not before the company's site, which the
    // country locates (`베트남 두산비나 생산공장`).
    const owner =
      kind === 'Country' &&
      (nextKind === 'Company' || nextKind === 'Organization') &&
      !SITE_NEXT.test(text.slice(next.named.to, next.named.to + 24));
    const compound =
      ((COMPOUNDING.has(kind) ||
        // `the Department of Energy Loan Programs Office`: a body named before its office is part of its name.
        (kind === 'Organization' && nextKind === 'Organization') ||
        owner) &&
        /^(?:용[ \t]*|[ \t]+)$/.test(gap)) ||
      (owner && nextKind === 'Company' && FIRM_BETWEEN.test(gap));
    if (!compound) return a;
    changed = true;
    return { ...a, role: 'compound' as const, marker: '' };
  });
  return changed ? { ...clause, args: out } : clause;
}

/** Between a country and its product: spaces, or adjectives and participles (`U.S. liquified natural gas`). */
const ORIGIN_GAP = /^[ \t]+(?:[a-z]+(?:ed|al|ic|ive)[ \t]+){0,2}$/;

/** `a top source of U.S. steel imports`: a trade noun after the product heads the phrase the country qualifies. */
const TRADE_HEAD =
  /^\s*(?:imports?|exports?|purchases?|demand|consumption|markets?|sales|수입|수출|수요|시장)/i;

/** What a country can be the origin of. */
const PRODUCT_KINDS = new Set(['Industry', 'Technology', 'Material']);

/**
 * `procure U.S. liquified natural gas, oil, and …`, `미국 LNG를 구매`: a country right before a product in
 * the same object or oblique phrase says where the product comes from. The country keeps its own role and is
 * read as the `origin` too, in the clauses of predicates whose frames ask for one.
 */
function withOrigins(clause: Clause, text: string): Clause {
  const origins: Argument[] = [];
  for (const a of clause.args) {
    const role = a.role === 'modifier' ? 'object' : a.role;
    if (a.named.entity.kind !== 'Country' || (role !== 'object' && role !== 'oblique')) continue;
    const next = clause.args.find(
      (b) =>
        b.named.from >= a.named.to &&
        PRODUCT_KINDS.has(b.named.entity.kind) &&
        b.role === role &&
        (b.marker === a.marker || a.role === 'modifier') &&
        ORIGIN_GAP.test(text.slice(a.named.to, b.named.from)) &&
        !TRADE_HEAD.test(text.slice(b.named.to)),
    );
    if (next) origins.push({ named: a.named, role: 'origin', marker: '' });
  }
  return origins.length > 0 ? { ...clause, args: [...clause.args, ...origins] } : clause;
}

/** Relations a sentence states, proposed by the clause rules; a sentence with fewer than two names has none. */
export function sentenceProposals(input: SentenceInput): Proposal[] {
  const distinct = new Set(input.names.map((n) => n.entity.nodeId));
  if (input.topic) distinct.add(input.topic.nodeId);
  if (distinct.size < 2) return [];
  const { language, clauses } = sentenceClauses(input);
  const ctx = {
    language,
    text: input.text,
    predicates: input.predicates,
    ...(input.topic ? { topic: input.topic } : {}),
  };
  return [...proposeFromClauses(clauses, ctx), ...proposeFromPhrases(input.names, ctx)];
}
