import { OWNER_PARTICIPLE } from '../cues';
import { ACTOR_KINDS } from '../entities';
import type { Token } from '../language';
import { nounSingular } from '../language/en';
import type { Argument, Clause, Named, Predicate, Role } from './types';

/** A noun phrase: the names in it, and the preposition that introduces it, if any. */
interface Phrase {
  kind: 'np';
  from: number;
  to: number;
  names: {
    named: Named;
    genitive: boolean;
    beforeHead: boolean;
    adjective?: boolean;
    example?: boolean;
    /** `electric vehicle drivetrain motors`: a plain noun after the sector's name heads the phrase. */
    qualifies?: boolean;
    /** In an earlier item of a list of noun phrases, each with its own head: no argument of a later head. */
    earlierItem?: boolean;
  }[];
  /** Where the last item of a list of headed noun phrases begins (`… supply chains, and U.S. export controls`). */
  itemFrom?: number;
  /** Past `including` or `such as`: later names are examples of the head, not its possessors. */
  examples?: boolean;
  /** A conjunction joined an item to the phrase: the list it holds is closed (`A, B, and C`). */
  conjoined?: boolean;
  /** Where the last conjunction in the phrase ends. */
  conjunctionEnd?: number;
  /** Where the predicate noun starts. */
  predicateFrom?: number;
  marker: string;
  /** Lemma of the phrase's last noun: its head. */
  head: string | undefined;
  /** The phrase's rightmost predicate noun (`helium production capacity` → production), if any. */
  predicate: string | undefined;
  /** How many names came before `of`, when the predicate noun comes after it: those belong to the head. */
  namesBeforeOf: number | undefined;
  predicateAfterOf: boolean;
  relative: boolean;
  /** A personal pronoun alone (`it`), lower case: a subject of its own, which a reporting verb may resolve. */
  pronoun?: string;
  /** Set after `of`: later nouns belong to the complement, not the head (`exports of nickel ore`). */
  afterOf: boolean;
  /** `one of the largest producers`: `of` came after a bare quantifier, so the head is after it. */
  quantified?: boolean;
  /** `NAURA, a Chinese equipment maker`: the phrase describes the one before the comma. */
  appositive: boolean;
  /** The phrase opens with `a` or `an`: it describes one thing (`A and B, an Australian company` describes B). */
  indefinite?: boolean;
  /** A comma or conjunction has joined another item to the phrase: a list is under way. */
  listed?: boolean;
  /** `essential` in `is essential for batteries`: a predicate adjective with no noun after it. */
  adjective?: string | undefined;
  /** `In Brazil,` before the subject: the phrase sets the sentence in a place or time. */
  fronted?: boolean;
}

interface VerbGroup {
  kind: 'verb';
  from: number;
  to: number;
  lemma: string;
  negative: boolean;
  modal: boolean;
  passive: boolean;
  /** `to impose`, `and imposed`, `imposing` after a comma: shares the subject of the verb before. */
  dependent: boolean;
  /** A participle right after a noun (`semiconductors produced by …`). */
  participle: boolean;
  /** `to raise`: an infinitive. */
  infinitive?: boolean;
  /** `on assuming`, `for investing`: a gerund after one of the prepositions a praised or blamed act takes. */
  actOf?: boolean;
  /** Opens a relative clause right after `which`/`who`: its subject is the phrase before the pronoun. */
  relative?: boolean;
  /** `is a battery maker`: a copula, its lemma the head of the noun phrase after it. */
  copula?: boolean;
}

interface Boundary {
  kind: 'boundary';
  from: number;
  to: number;
}

type Chunk = Phrase | VerbGroup | Boundary;

/** Between a body's name and its owner's: `of`, `of the`, `of the Kingdom of`, `of the People's Republic of`. */
const OWNER_OF =
  /^of(?: the)?(?: (?:kingdom|republic|people ['’]s republic|people['’]s republic|state|government|commonwealth|federation|principality|sultanate|emirate) of(?: the)?)?$/;
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'DET', 'SYM']);
const NEGATION = /^(not|n't|never|no)$/i;
const NOT_ONLY = /^(?:just|only|merely|simply)$/i;
/**
 * `tightened them after international bombings against South Korea`: a time phrase headed by a noun that names nothing
 * takes the phrases after it; they are no part of the verb or noun before it.
 */
const opensTimePhrase = (p: Phrase) =>
  /^(?:after|before|following|since|during|until)$/.test(p.marker) && p.names.length === 0;
/** Possessive determiners belong to the phrase they open (`for our shipbuilding industry`). */
const POSSESSIVE = /^(our|its|their|his|her|my|your)$/i;
const MODAL = /^(would|could|might|may|should|will|shall|can|plan|aim|seek|propose|intend|expect)$/i;
/** A gerund with no auxiliary before it (`growing`, not `is announcing`). */
const gerundAlone = (word: Token | undefined, from: number) =>
  word !== undefined && word.start === from && /ing$/i.test(word.text);
/** A superlative adjective: `largest`, `biggest`, `most advanced` ends in one of these words. */
const SUPERLATIVE = /^(?:[a-z]+est|first|only|top|leading|premier)$/i;
/** Prepositions that name the law or programme a measure is taken under. */
const MEANS = new Set(['under', 'through', 'via']);
const PARTICIPLE = /(ed|en|wn|ne|ought|ung|eld|old|ilt|ade|id)$/i;
/** A past participle as written: a participle's ending, and not the verb's own form (`made`, not `make`). */
const pastParticiple = (t: Token) => PARTICIPLE.test(t.text) && t.text.toLowerCase() !== t.lemma;
/** English nationality adjectives: Canadian, Japanese, British, Israeli. */
const DEMONYM = /^[A-Z][a-z]+(?:an|ese|ish|i|ch)$/;
/** Nouns for a group whose members a list can name. */
const GROUP_NOUN = new Set([
  'country',
  'member',
  'nation',
  'economy',
  'company',
  'firm',
  'partner',
  'party',
  'state',
]);
/** Verbs that set up a policy, whose purpose infinitive the policy pursues: `launched the Initiative to …`. */
const CREATE = /^(?:launch|enact|adopt|establish|create|introduce|sign|pass|unveil|announce|propose)$/;
/** Verbs that set up a firm or a body. */
const FOUND = /^(?:form|found|establish|create|set|launch|incorporate)$/;
/** Personal pronouns in the subject case. */
const PERSONAL = /^(it|they|he|she|we|i|you)$/i;
/** Verbs that report what their subject says or expects of itself: `Ford said it would …`. */
const REPORT =
  /^(?:say|announce|disclose|state|report|confirm|clarify|note|add|expect|claim|indicate|reveal|declare|explain|tell|promise|pledge|insist|argue|warn|estimate)$/;
/**
 * Nouns that name an aspect of the sector or material before them, which stays the argument (`the copper
 * content`, `steel products`, `lithium prices`); other plain nouns are things of their own
 * (`electric vehicle drivetrain motors`).
 */
const ASPECT =
  /^(?:content|product|good|derivative|sector|industry|market|price|supply|value|volume|capacity|demand|output|trade|item|input|material|component|chain|base|sale|shipment|stockpile|reserve|resource|deposit|project|technology|ecosystem)s?$/i;
/** Names that a plain noun after them turns into a qualifier of that noun: sectors, technologies, materials. */
const QUALIFIED_KINDS = new Set(['Industry', 'Technology', 'Material']);
/** Words that only count what follows `of`: `one of`, `some of`, `many of`. */
const QUANTIFIER = /^(?:one|two|three|some|many|several|most|each|any|all|none|few)$/i;
/** Prepositions that are degree adverbs before a number. */
const DEGREE = /^(over|about|around|under|nearly|approximately|roughly|almost|some)$/i;
/** Participles that say what the noun before them is made of. */
const COMPOSITION = /^(comprising|consisting|composed)$/i;
/** Nouns of working together that an `in` phrase makes the manner of an act: `in partnership with`, `in cooperation with`. */
const MANNER = /^(?:partnership|cooperation|collaboration|coordination|conjunction|consultation|alliance)$/;
/** Nouns of a restraint put on an act: `restrictions on investment`, `a ban on exports`. */
const RESTRAINT = /^(?:restriction|ban|prohibition|limit|limitation|curb|moratorium|cap)s?$/i;
/** Nouns that name a measure one party puts on others, and so can end the measure's own name. */
const MEASURE_NOUN = /^(?:tariff|duty|sanction|restriction|control|ban|quota|embargo|levy)$/;
/** `a company based in Japan`, `headquartered in Seoul`: participles that say where what they follow is. */
const SEATED = /^(?:based|headquartered)$/i;
/** Participles that place what they follow, `based` and `headquartered` among them: `individuals located in Iran`. */
const PLACED = /^(?:based|headquartered|located|situated)$/i;

/**
 * The last token of an exception (`except for imports from Canada`, `with the exception of imports from Mexico`)
 * opening at `at`: up to the next comma, colon, semicolon, bracket or verb.
 */
function exceptionEnd(tokens: readonly Token[], at: number): number | undefined {
  const word = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  let k: number;
  if (word(at) === 'except') k = at + 1;
  else if (
    word(at) === 'with' &&
    word(at + 1) === 'the' &&
    word(at + 2) === 'exception' &&
    word(at + 3) === 'of'
  )
    k = at + 4;
  else return undefined;
  while (
    k < tokens.length &&
    !/^[,;:()]$/.test(tokens[k]!.text) &&
    tokens[k]!.pos !== 'VERB' &&
    tokens[k]!.pos !== 'AUX'
  )
    k++;
  return k - 1;
}

/** Whether tokens `at`, `at + 1` and `at + 2` are a quantifier, `of` and `which` after a comma or dash. */
function partitiveRelative(tokens: readonly Token[], at: number): boolean {
  return (
    /^[,–—]$/.test(tokens[at - 1]?.text ?? '') &&
    tokens[at + 1]?.lemma === 'of' &&
    /^(?:which|whom)$/i.test(tokens[at + 2]?.text ?? '')
  );
}

/** The head noun of an English name, in the singular: `duty` of `anti-dumping duties`. */
function instrumentNoun(name: string | undefined): string | undefined {
  const last = name?.split(/\s+/).at(-1);
  return last === undefined ? undefined : nounSingular(last);
}

function chunks(
  tokens: readonly Token[],
  names: readonly Named[],
  isPredicate: (lemma: string) => boolean,
): Chunk[] {
  const out: Chunk[] = [];
  let np: Phrase | undefined;
  let marker = '';
  let pendingAux: Token[] = [];
  let relative = false;
  // `made by TSMC`; `increased by 18%` names by how much, not who did it.
  const byAgent = (i: number) =>
    tokens[i + 1]?.lemma === 'by' &&
    tokens[i + 2] !== undefined &&
    tokens[i + 2]!.pos !== 'NUM' &&
    !names.some(
      (n) => n.entity.kind === 'Figure' && n.from <= tokens[i + 2]!.start && n.to > tokens[i + 2]!.start,
    );
  /**
   * `Resolution 2371, passed in August 2017, banned …`: a participle phrase set off by commas, with the clause's verb
   * right after the second comma, describes the phrase before it.
   */
  const setOff = (i: number) => {
    for (let j = i + 1; j < tokens.length && j <= i + 12; j++) {
      const t = tokens[j]!;
      if (t.text === ',') return tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX';
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'CCONJ') return false;
    }
    return false;
  };
  /** Whether the clause under way, since the last boundary, has a verb of its own (not a participle). */
  const verbSinceBoundary = () =>
    out
      .slice(out.findLastIndex((o) => o.kind === 'boundary') + 1)
      .some((o) => o.kind === 'verb' && !o.participle);
  let appositive = false;
  let open = false;
  const flush = () => {
    if (np) out.push(np);
    np = undefined;
  };
  const phrase = (t: Token): Phrase => {
    const p: Phrase = {
      kind: 'np',
      from: t.start,
      to: t.end,
      names: [],
      marker,
      head: undefined,
      predicate: undefined,
      namesBeforeOf: undefined,
      predicateAfterOf: false,
      relative,
      afterOf: false,
      appositive,
    };
    if (/^an?$/i.test(t.text)) p.indefinite = true;
    marker = '';
    relative = false;
    appositive = false;
    return p;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t: Token = nounGerund(tokens, i)
      ? { ...tokens[i]!, pos: 'NOUN' }
      : attributiveParticiple(tokens, i)
        ? { ...tokens[i]!, pos: 'ADJ' }
        : tokens[i]!;
    // `aluminum, gallium and silicon—all of which are used in EV batteries`: a quantifier and `of` before
    // `which` pick from the phrase before; the relative clause is about that phrase.
    if (
      /^(?:all|both|each|most|many|some|several|none|either|neither)$/i.test(t.text) &&
      partitiveRelative(tokens, i)
    )
      continue;
    if (t.lemma === 'of' && partitiveRelative(tokens, i - 1)) continue;
    if (/^[–—]$/.test(t.text) && partitiveRelative(tokens, i + 1)) {
      flush();
      continue;
    }
    // `sectors, including construction and electronics`, `minerals such as lithium`, `resources like solar energy`: the
    // list belongs to the phrase (`Korea, like Japan, …` set off by commas only compares).
    if (
      /^(including|notably|especially|particularly)$/i.test(t.text) ||
      (t.text.toLowerCase() === 'such' && tokens[i + 1]?.text.toLowerCase() === 'as') ||
      (t.text.toLowerCase() === 'like' &&
        t.pos === 'ADP' &&
        tokens[i - 1]?.text !== ',' &&
        (np !== undefined || out.at(-1)?.kind === 'np'))
    ) {
      if (!np && out[out.length - 1]?.kind === 'np') np = out.pop() as Phrase;
      if (t.text.toLowerCase() === 'such') i++;
      if (np) {
        np.examples = true;
        np.conjoined = false;
        continue;
      }
    }
    // `increased the tariffs to 50%, except for imports from the United Kingdom`: what an exception names is
    // left out of what the clause states.
    const excepted = exceptionEnd(tokens, i);
    if (excepted !== undefined) {
      flush();
      out.push({ kind: 'boundary', from: t.start, to: t.end });
      i = excepted;
      continue;
    }
    // `In 2005 ATL was acquired`: a year closes the phrase it ends; the words after it start another.
    if (
      np &&
      np.marker !== '' &&
      np.names.length === 0 &&
      /^(?:19|20)\d\d$/.test(tokens[i - 1]?.text ?? '') &&
      np.to === tokens[i - 1]!.end &&
      /^(?:PROPN|DET|NOUN|PRON|ADJ)$/.test(t.pos)
    ) {
      if (out.every((o) => o.kind === 'boundary')) np.fronted = true;
      flush();
    }
    const name = names.find((n) => n.from <= t.start && n.to >= t.end);
    if (name) {
      np ??= phrase(t);
      // `the Participants`, `the two countries`: words that stand for a group are a name for each member.
      for (const other of names)
        if (
          other !== name &&
          other.from === name.from &&
          other.to === name.to &&
          !np.names.some((x) => x.named === other)
        )
          np.names.push({ named: other, genitive: false, beforeHead: false });
      if (!np.names.some((x) => x.named === name)) {
        const after = tokens[i + 1];
        // `Canadian, German, and Japanese companies`: a nationality adjective only describes the noun.
        const adjective =
          name.entity.kind === 'Country' &&
          t.start <= name.from &&
          t.end >= name.to &&
          DEMONYM.test(t.text) &&
          // `Japan`, `Taiwan`, `Iran` end like demonyms but are the countries' own names.
          t.text !== name.entity.nameEn &&
          /^(NOUN|PROPN|ADJ|CCONJ|PUNCT)$/.test(tokens[i + 1]?.pos ?? '') &&
          !/^[.(]$/.test(tokens[i + 1]?.text ?? '');
        // `General Council of the WTO`, `Ministry of Energy of the Kingdom of Saudi Arabia`: the body or state after `of`
        // a body's name owns it; it is no party of its own.
        const owner =
          np.afterOf &&
          (name.entity.kind === 'Organization' || name.entity.kind === 'Country') &&
          np.names.at(-1)?.named.entity.kind === 'Organization' &&
          OWNER_OF.test(
            tokens
              .filter((k) => k.start >= np!.names.at(-1)!.named.to && k.end <= name.from)
              .map((k) => k.text.toLowerCase())
              .join(' '),
          );
        np.names.push({
          named: name,
          genitive: owner,
          beforeHead: false,
          ...(adjective ? { adjective } : {}),
          ...(np.examples ? { example: true } : {}),
        });
        // `entered into FTAs with the EU`: the name of a kind of instrument every country has is also its act.
        if (name.entity.kind === 'Policy' && name.entity.generic && !np.predicate) {
          const noun = instrumentNoun(name.entity.nameEn);
          if (noun && isPredicate(noun)) np.predicate = noun;
        }
        // Skip the rest of the name's tokens.
        while (tokens[i + 1] && tokens[i + 1]!.end <= name.to) i++;
        // `Section 232 tariffs on steel`: a measure's name that ends in its predicate noun heads the phrase as
        // that noun, with the name as its modifier.
        const last = tokens[i]!;
        const measure = nounSingular(last.text);
        if (
          name.entity.kind === 'Policy' &&
          !np.predicate &&
          last.end === name.to &&
          MEASURE_NOUN.test(measure) &&
          isPredicate(measure)
        ) {
          np.predicate = measure;
          np.names.at(-1)!.beforeHead = true;
        }
        // `Royal Dutch Shell-owned Billiton Company`: the owner, base or backer glued to the next name is its possessor.
        const ownedBy = tokens[i + 1]?.text === '-' && OWNED_BY.test(tokens[i + 2]?.text ?? '');
        const possessive =
          /^['’]s?$/.test(tokens[i + 1]?.text ?? '') ||
          after?.text === "'s" ||
          /^its$/i.test(t.text) ||
          ownedBy;
        if (possessive) np.names[np.names.length - 1]!.genitive = true;
      }
      np.to = Math.max(np.to, name.to);
      if (!np.afterOf) np.head = undefined;
      continue;
    }
    if (NOMINAL.has(t.pos) || (t.pos === 'PART' && /^['’]s$/.test(t.text)) || POSSESSIVE.test(t.text)) {
      np ??= phrase(t);
      const last = np.names.at(-1);
      if (
        last &&
        last.named.to === np.to &&
        tokens[i - 1]?.end === last.named.to &&
        t.pos === 'NOUN' &&
        !np.afterOf &&
        QUALIFIED_KINDS.has(last.named.entity.kind) &&
        !isPredicate(t.lemma.toLowerCase()) &&
        !ASPECT.test(t.lemma)
      )
        last.qualifies = true;
      np.to = t.end;
      if ((t.pos === 'NOUN' || t.pos === 'PROPN') && (!np.afterOf || np.quantified))
        np.head = t.lemma.toLowerCase();
      // `the second-largest supplier and only significant rival to Intel`: a plain noun (or `rival`, which the tagger
      // reads as an adjective, before its preposition) joined to a predicate noun heads what follows it; the predicate
      // noun's phrase ended at the conjunction.
      if (
        (t.pos === 'NOUN' || t.pos === 'ADJ') &&
        (tokens[i + 1]?.pos === 'ADP' || (t.pos === 'NOUN' && !NOMINAL.has(tokens[i + 1]?.pos ?? ''))) &&
        np.names.length === 0 &&
        np.predicate !== undefined &&
        np.predicateFrom !== undefined &&
        np.conjunctionEnd !== undefined &&
        np.predicateFrom < np.conjunctionEnd &&
        !isPredicate(t.lemma.toLowerCase())
      ) {
        np.predicate = undefined;
        np.head = t.lemma.toLowerCase();
      }
      if (t.pos === 'ADJ' && np.names.length === 0 && isPredicate(t.lemma.toLowerCase()))
        np.adjective = t.lemma.toLowerCase();
      else if (t.pos !== 'ADJ' && t.pos !== 'DET') np.adjective = undefined;
      // The rightmost predicate noun, after `of` too (`30% of the world's helium production capacity`).
      // `South Korean FDI in the United States`: an acronym the tagger took for a name is a noun too.
      const acronym = t.pos === 'PROPN' && /^[A-Z]{2,}$/.test(t.text);
      if ((t.pos === 'NOUN' || acronym) && isPredicate(t.lemma.toLowerCase())) {
        np.predicate = t.lemma.toLowerCase();
        np.predicateFrom = t.start;
        for (const n of np.names)
          if (np.itemFrom !== undefined && n.named.to <= np.itemFrom) n.earlierItem = true;
          else n.beforeHead = true;
        // `China's evasion of tariffs on steel`: China is the head's, not the tariffs'.
        np.predicateAfterOf = np.afterOf;
      }
      continue;
    }
    // `CATL (Chinese: 宁德时代)`, `Contemporary Amperex Technology, abbreviated as CATL,`: a gloss or another
    // name for the phrase is no part of the clause.
    const glossed = np ? glossEnd(tokens, i, names) : undefined;
    if (glossed !== undefined) {
      i = glossed;
      continue;
    }
    // `Despite growing dependence on foreign sources, DOE’s budget …`: a sentence that opens with a preposition and
    // has only gerunds so far has its own clause start after the first comma.
    if (
      t.text === ',' &&
      np &&
      tokens[0]?.pos === 'ADP' &&
      out.some((o) => o.kind === 'verb') &&
      out.every(
        (o) =>
          o.kind === 'np' ||
          (o.kind === 'verb' &&
            gerundAlone(
              tokens.find((k) => k.end === o.to),
              o.from,
            )),
      )
    ) {
      flush();
      out.push({ kind: 'boundary', from: t.start, to: t.end });
      continue;
    }
    // `In Brazil, electric car sales …`, `Under the Act, …`: a comma closes the phrase that opens the sentence.
    if (t.text === ',' && np && np.marker !== '' && out.every((o) => o.kind === 'boundary')) {
      const fronted = np;
      fronted.fronted = true;
      flush();
      // `In Brazil, the largest car market in Latin America, sales …`: a verbless phrase that another comma
      // closes describes the fronted name and is no part of the clause.
      if (fronted.names.length > 0 && !listOfDefinites(tokens, i + 1)) i = describedUntil(tokens, i) ?? i;
      continue;
    }
    // `NAURA, a Chinese equipment maker`, `ethylene and naphtha—the building blocks of plastics`.
    const dash = /^[–—]$/.test(t.text) && /^(the|a|an)$/i.test(tokens[i + 1]?.text ?? '');
    if (
      np &&
      tokens[i + 1]?.pos === 'DET' &&
      ((t.text === ',' &&
        (/^(a|an|another)$/i.test(tokens[i + 1]!.text) ||
          (/^the$/i.test(tokens[i + 1]!.text) && closedByComma(tokens, i)))) ||
        dash)
    ) {
      flush();
      appositive = true;
      continue;
    }
    if (
      t.pos === 'CCONJ' ||
      // `Since X took office, the Department …`: a comma before `the` starts a new phrase, not a list item.
      (t.pos === 'PUNCT' &&
        t.text === ',' &&
        tokens[i + 1] &&
        NOMINAL.has(tokens[i + 1]!.pos) &&
        // `in A, B, and other industries, various tariffs …`: after its last item a comma ends the list.
        !np?.conjoined &&
        (!/^the$/i.test(tokens[i + 1]!.text) ||
          ((np?.marker === '' || np?.listed) && listOfDefinites(tokens, i + 1))))
    ) {
      // Coordination keeps one phrase (`Samsung, SK hynix and TSMC`) unless a verb follows the conjunction.
      // Before the clause has its verb, `A, B and C announced` is one subject; after it, `… and Japan
      // banned …` starts a clause.
      // A copula (`Nickel is critical to …, and`) has no verb group yet: its `be` is still pending.
      const verbSeen = verbSinceBoundary() || pendingAux.some((a) => a.lemma === 'be');
      // `and minority-owned by …`: adverbs before the verb do not hide it.
      let k = i + 1;
      while (tokens[k]?.pos === 'ADV' || (tokens[k]?.text === '-' && tokens[k - 1]?.pos === 'ADV')) k++;
      // `the nickel, lithium, and cobalt used in EV batteries`: a participle with a preposition after the last
      // item describes the list; it starts no clause.
      const finite = (v: Token, at: number) =>
        v.pos === 'AUX' ||
        (v.pos === 'VERB' &&
          !(/ed$/i.test(v.text) && tokens[at + 1]?.pos === 'ADP' && isPredicate(v.lemma.toLowerCase())));
      const nextVerb =
        tokens[k]?.pos === 'VERB' ||
        tokens[k]?.pos === 'AUX' ||
        (verbSeen && tokens.slice(i + 1, i + 3).some((v, n) => finite(v, i + 1 + n))) ||
        // A longer phrase before a verb starts a clause too, unless a list is under way (`A, B, and C are`).
        // (`eight entities and two individuals located in Iran`: a seat's participle describes the phrase.)
        (verbSeen &&
          !np?.listed &&
          verbAfterPhrase(
            tokens,
            names,
            i + 1,
            (v, at) => !(PLACED.test(v.text) && tokens[at + 1]?.lemma === 'in'),
          ));
      // `The tariff is low, but Japan, India, and China impose …`: after a clause that has its verb, `but` opens another.
      const contrast = t.pos === 'CCONJ' && /^(?:but|yet)$/i.test(t.text) && verbSeen;
      // `between the United States and Japan covers …`: `between` needs its second party first.
      const pairOpen = np?.marker === 'between' && np.names.length === 1;
      if (np && ((!nextVerb && !contrast) || pairOpen)) {
        // `August 1, 2025, President Trump imposed`: only names make a list.
        if (np.names.length > 0) np.listed = true;
        // An item that ends on a plain noun has its own head (`global semiconductor supply chains, and …`);
        // one that ends on a name (`nickel, cobalt and lithium export bans`) shares the head after the list.
        const last = tokens[i - 1]?.text === ',' ? tokens[i - 2] : tokens[i - 1];
        // `U.S. goods and services exports`: two nouns joined with no comma before a noun modify it together.
        const pairedModifiers =
          t.pos === 'CCONJ' &&
          last === tokens[i - 1] &&
          tokens[i + 1]?.pos === 'NOUN' &&
          tokens[i + 2]?.pos === 'NOUN';
        if (
          last?.pos === 'NOUN' &&
          !pairedModifiers &&
          !names.some((n) => n.from <= last.start && n.to >= last.end) &&
          np.names.some((n) => n.named.to <= last.end)
        )
          np.itemFrom = t.end;
        // `… from Switzerland, and Taiwan, and a 10% tariff for …`: an item that opens with an article is a noun
        // phrase of its own, so the names before it share no head with it.
        else if (np.names.length > 0 && /^(?:a|an|the)$/i.test(tokens[i + 1]?.text ?? ''))
          np.itemFrom = t.end;
        if (t.pos === 'CCONJ') {
          np.conjoined = true;
          np.conjunctionEnd = t.end;
        }
        continue;
      }
      flush();
      if (nextVerb || contrast) {
        out.push({ kind: 'boundary', from: t.start, to: t.end });
        pendingAux = [];
      }
      continue;
    }
    // `imposed over 30 duties`, `by about 40 companies`: before a number these words say how many.
    if (t.pos === 'ADP' && DEGREE.test(t.text) && tokens[i + 1]?.pos === 'NUM') continue;
    // `to provide up to ~$6.14 billion`: `up to` before an amount says how much.
    const upTo =
      (/^up$/i.test(t.text) && /^to$/i.test(tokens[i + 1]?.text ?? '')) ||
      (/^to$/i.test(t.text) && /^up$/i.test(tokens[i - 1]?.text ?? ''));
    if (upTo && names.some((n) => n.entity.kind === 'Figure' && n.from >= t.end && n.from <= t.end + 6))
      continue;
    // `sales more than doubled`: `more than` before a verb is an adverb, not a preposition.
    if (t.pos === 'ADP' && t.lemma === 'than' && tokens[i + 1]?.pos === 'VERB') continue;
    if (t.pos === 'ADP') {
      // `of` continues the phrase: `exports of nickel ore` is one phrase headed by `exports`.
      if (np && t.lemma === 'of') {
        if (!np.afterOf) np.namesBeforeOf = np.names.length;
        // `one of the world's largest producers`: after a bare quantifier, the noun after `of` is the head.
        let k = i - 1;
        while (k >= 0 && tokens[k]!.start >= np.from && QUANTIFIER.test(tokens[k]!.text)) k--;
        np.quantified = !np.afterOf && k < i - 1 && (k < 0 || tokens[k]!.start < np.from);
        np.afterOf = true;
        continue;
      }
      // `$39 billion in subsidies for …`: an amount `in` a kind of money is that money's amount, one phrase.
      if (
        np &&
        t.lemma === 'in' &&
        !np.afterOf &&
        np.names.length > 0 &&
        np.names.every((n) => n.named.entity.kind === 'Figure') &&
        nounAhead(tokens, i + 1, isPredicate)
      )
        continue;
      // `a new gigafactory—the largest in Europe`, `the world's biggest producer in Asia`: after a superlative,
      // `in` names what it is compared within, not where anything is.
      const scope =
        t.lemma === 'in' &&
        np !== undefined &&
        tokens[i - 1] !== undefined &&
        tokens[i - 1]!.start >= np.from &&
        tokens[i - 1]!.pos === 'ADJ' &&
        SUPERLATIVE.test(tokens[i - 1]!.text);
      flush();
      if (scope) {
        marker = 'within';
        continue;
      }
      // `pursuant to Section 201`, `in accordance with the Act`: the authority a thing is done under.
      const authority =
        (t.lemma === 'to' && /^pursuant$/i.test(tokens[i - 1]?.text ?? '')) ||
        (t.lemma === 'with' && /^accordance$/i.test(tokens[i - 1]?.text ?? ''));
      marker = authority ? 'under' : t.text.toLowerCase();
      continue;
    }
    if (t.pos === 'PART' && t.lemma === 'to') {
      flush();
      marker = 'to';
      continue;
    }
    if (
      t.pos === 'AUX' ||
      (t.pos === 'PART' && NEGATION.test(t.text)) ||
      (t.pos === 'ADV' && NEGATION.test(t.text))
    ) {
      flush();
      pendingAux.push(t);
      continue;
    }
    if (t.pos === 'VERB') {
      const previous = out[out.length - 1];
      const pronoun = np?.pronoun;
      // `chips made by TSMC`; without `by` the same form is a past tense (`TSMC made chips`).
      // `a consortium comprising A and B`, `…, consisting of A and B`: these describe the phrase before.
      const composition =
        pendingAux.length === 0 &&
        COMPOSITION.test(t.text) &&
        (!!np || (tokens[i - 1]?.text === ',' && out[out.length - 1]?.kind === 'np'));
      // `NAFTA is an agreement signed by …`: a copula's `is` before the phrase belongs to the copula, not to the verb.
      const copulaBefore = !!np && pendingAux.length > 0 && pendingAux.every((a) => a.end <= np!.from);
      const participle =
        composition ||
        // `chips made by TSMC`, and after a comma `The Net-Zero Industry Act, proposed by the Commission,`.
        ((!!np || (tokens[i - 1]?.text === ',' && previous?.kind === 'np')) &&
          (pendingAux.length === 0 || copulaBefore) &&
          pastParticiple(t) &&
          (byAgent(i) || (SEATED.test(t.text) && tokens[i + 1]?.lemma === 'in') || (!np && setOff(i)))) ||
        // `refines the cobalt used in EV batteries`: after the clause's verb, a participle with a preposition
        // after a phrase describes it (`Samsung invested in Texas` has no verb before).
        (!!np &&
          verbSinceBoundary() &&
          pendingAux.length === 0 &&
          pastParticiple(t) &&
          tokens[i + 1]?.pos === 'ADP' &&
          isPredicate(t.lemma.toLowerCase()));
      flush();
      const aux = participle && copulaBefore ? [] : pendingAux;
      pendingAux = [];
      const infinitive = marker === 'to';
      // `… by imposing tariffs`, `after signing the act`: a gerund after a preposition shares the subject.
      // `…, including imposing tariffs on steel`: so does one that says what the clause's act included.
      const gerund =
        /ing$/i.test(t.text) &&
        (/^(by|through|after|before|while|when|in|on|via|at)$/.test(marker) ||
          /^including$/i.test(tokens[i - 1]?.text ?? ''));
      const actOf = /ing$/i.test(t.text) && /^(on|for|of)$/i.test(tokens[i - 1]?.text ?? '');
      marker = '';
      // `TSMC, which supplies Apple`: the relative pronoun is the verb's subject, its antecedent the phrase
      // before; the phrase after the verb is its object, not a relative phrase.
      const opensRelative = relative && !np && pendingAux.length === 0;
      if (opensRelative) relative = false;
      const passive = aux.some((a) => /^(be|get)$/.test(a.lemma)) && pastParticiple(t);
      out.push({
        kind: 'verb',
        from: aux[0]?.start ?? t.start,
        to: t.end,
        lemma: t.lemma.toLowerCase(),
        negative: aux.some((a) => NEGATION.test(a.text)),
        modal: aux.some((a) => MODAL.test(a.lemma)) || infinitive,
        // `… and minority-owned by Denso`: a participle with `by` after a conjunction goes on a passive.
        // `batteries produced in the UK`: a past participle after a product's noun is passive, with or without its
        // agent (`U.S. goods exported to Jordan` still has the country before the noun act).
        passive:
          passive ||
          (participle &&
            pastParticiple(t) &&
            (byAgent(i) || SEATED.test(t.text) || !actorBefore(out.at(-1) ?? np))) ||
          (previous?.kind === 'boundary' && pastParticiple(t) && byAgent(i)),
        infinitive,
        dependent:
          infinitive ||
          gerund ||
          (previous?.kind === 'boundary' && !pronoun) ||
          (!np && /ing$/.test(t.text) && (previous?.kind !== 'np' || tokens[i - 1]?.text === ',')),
        participle,
        ...(actOf ? { actOf: true } : {}),
        ...(opensRelative ? { relative: true } : {}),
      });
      continue;
    }
    // `power everything from A to B`: a pronoun right after a verb is its object, not a new clause.
    if (
      t.pos === 'PRON' &&
      !np &&
      out[out.length - 1]?.kind === 'verb' &&
      !/^(which|that|who)$/i.test(t.text)
    ) {
      np = phrase(t);
      if (PERSONAL.test(t.text)) np.pronoun = t.text.toLowerCase();
      continue;
    }
    if (t.pos === 'PRON' || t.pos === 'SCONJ') {
      // `announced that Commerce and Samsung have signed …`: `that` right after a reporting verb opens a clause
      // of its own, not a relative clause.
      const before = out[out.length - 1];
      // (`it was reported by Xinhua that …`: so does one after a reporting verb's agent.)
      const reporter = before?.kind === 'np' && before.marker === 'by' ? out[out.length - 2] : before;
      const complement =
        /^that$/i.test(t.text) &&
        (!np || np.marker === 'by') &&
        reporter?.kind === 'verb' &&
        REPORT.test(reporter.lemma);
      // `GKN Steel, under which BSC acquired Dowlais`: after a preposition the pronoun is no subject; the clause
      // has its own.
      // (`all of which are used` is the list itself.)
      const governed =
        /^(?:which|whom)$/i.test(t.text) &&
        tokens[i - 1]?.pos === 'ADP' &&
        !/^(?:all|each|some|most|many|both|none|several|one|any|either|neither|half)$/i.test(
          tokens[i - 2]?.text ?? '',
        );
      flush();
      if (governed) marker = '';
      if (/^(which|that|who)$/i.test(t.text) && !complement && !governed) relative = true;
      else out.push({ kind: 'boundary', from: t.start, to: t.end });
      // `Ford criticised CATL because it buys …`: a pronoun is a subject of its own, not the one before.
      if (PERSONAL.test(t.text)) {
        np = phrase(t);
        np.pronoun = t.text.toLowerCase();
      }
      continue;
    }
    // `funding of C$7.5 million (US$5.6 million) to Fortune`: the amount again in another currency is skipped.
    if (t.text === '(') {
      const close = amountGloss(tokens, i);
      if (close !== undefined) {
        i = close;
        continue;
      }
    }
    // `imported $7.2 billion of copper (25% from the EU and 20% from Canada)`: a verbless parenthesis that
    // opens with an amount or a preposition goes on with the clause before it.
    if (t.text === '(' && elaborates(tokens, i)) {
      flush();
      open = true;
      continue;
    }
    // `Australia (“Australia”, and together, the “Participants”)`: a parenthesis defining a term names the
    // phrase before it again; the clause goes on past it.
    if (t.text === '(' && np && verbless(tokens, i) && definesTerm(tokens, i)) {
      while (i < tokens.length && tokens[i]!.text !== ')') i++;
      continue;
    }
    // `Schlumberger Technology (an American company)`, `Nauru and Tonga (both UNCLOS parties)`: a verbless
    // parenthesis opening with `a`/`an`/`both` describes the phrase before it, like an appositive after a comma.
    if (
      t.text === '(' &&
      np &&
      verbless(tokens, i) &&
      (/^(a|an|both|all|each)$/i.test(tokens[i + 1]?.text ?? '') || describesKind(tokens, i, isPredicate))
    ) {
      flush();
      appositive = true;
      open = true;
      continue;
    }
    if (t.text === ')' && open) {
      flush();
      open = false;
      continue;
    }
    // `composed of 14 countries and the EU: Australia, Canada, …`: after a group noun, a colon lists its members.
    if (
      t.text === ':' &&
      np &&
      tokens.some((k) => k.start >= np!.from && k.end <= t.start && GROUP_NOUN.has(k.lemma.toLowerCase())) &&
      names.some((n) => n.from >= t.end && n.from <= (tokens[i + 2]?.start ?? t.end))
    ) {
      np.listed = true;
      np.conjoined = false;
      continue;
    }
    if (t.pos === 'PUNCT' && /^[;:()–—]$/.test(t.text)) {
      flush();
      out.push({ kind: 'boundary', from: t.start, to: t.end });
      continue;
    }
    // `A, B, and C`: the comma before the conjunction leaves the list to the conjunction.
    if (t.pos === 'PUNCT' && t.text === ',' && !(np && tokens[i + 1]?.pos === 'CCONJ')) {
      flush();
    }
    // Adverbs and other words neither end a phrase's role nor start one.
  }
  flush();
  return withCopulas(out, tokens);
}

/**
 * `upstream mining and mineral extraction`, `the refining of lithium`: a gerund after an adjective or an
 * article names an activity; the tagger's verb reading would take the list after it as its objects.
 */
function nounGerund(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (t.pos !== 'VERB' || !/[a-z]ing$/.test(t.text) || !before) return false;
  if (before.pos === 'ADJ' || /^(?:the|a|an)$/i.test(before.text)) return true;
  // `across upstream mining`: an adverb the tagger made of a modifier, right after a preposition.
  if (before.pos === 'ADV' && tokens[i - 2]?.pos === 'ADP') return true;
  // `midstream processing, and recycling`: the last item of a list of nouns.
  if (before.pos !== 'CCONJ') return false;
  const item = tokens[i - 2]?.text === ',' ? tokens[i - 3] : tokens[i - 2];
  return item?.pos === 'NOUN' && /ing$/.test(item.text);
}

/**
 * `fresh and processed fruit`, `imports refined copper`, `a processed graphite plant`: a past participle between an
 * adjective, an article, a conjunction or a verb and the noun it describes is an adjective, not the clause's verb.
 */
function attributiveParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (t.pos !== 'VERB' || !pastParticiple(t) || !before || !after) return false;
  if (after.pos !== 'NOUN' && after.pos !== 'PROPN') return false;
  return (
    before.pos === 'ADJ' ||
    before.pos === 'DET' ||
    before.pos === 'VERB' ||
    (before.pos === 'CCONJ' && tokens[i - 2]?.pos === 'ADJ')
  );
}

/** `… and the EU has followed`: a noun phrase (names whole, at most six words) and then a verb. */
/** `in new grants`, `in subsidies`: a predicate noun, after at most two modifiers, starts at `from`. */
function nounAhead(tokens: readonly Token[], from: number, isPredicate: (lemma: string) => boolean): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 3); k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN') return isPredicate(t.lemma.toLowerCase());
    if (t.pos !== 'ADJ' && t.pos !== 'DET') return false;
  }
  return false;
}

/** Whether a noun phrase of at most six words (a name counts as one) starting at `from` ends at a finite verb. */
function verbAfterPhrase(
  tokens: readonly Token[],
  names: readonly Named[],
  from: number,
  finite: (verb: Token, at: number) => boolean,
): boolean {
  let words = 0;
  for (let j = from; j < tokens.length && words <= 6; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return finite(t, j);
    const name = names.find((n) => n.from <= t.start && n.to >= t.end);
    if (name) {
      while (tokens[j + 1] && tokens[j + 1]!.end <= name.to) j++;
    } else if (!NOMINAL.has(t.pos) && !(t.pos === 'ADP' && t.lemma === 'of')) return false;
    words++;
  }
  return false;
}

/**
 * `the Department of Energy, the Department of Defense, and the Department of Commerce are …`: a phrase
 * with `the` after a comma continues a list when `and the` closes that list before any verb.
 */
function listOfDefinites(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j + 1 < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[;:()–—.]$/.test(t.text)) return false;
    if (t.pos === 'CCONJ' && /^the$/i.test(tokens[j + 1]!.text)) return true;
  }
  return false;
}

/**
 * `Chile, the world's second-largest lithium producer, exports …`: a verbless phrase after a comma that
 * another comma closes right before the sentence's verb describes the phrase before it.
 */
function closedByComma(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 14; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[;:()–—.]$/.test(t.text)) return false;
    if (t.text === ',') return /^(VERB|AUX|ADV)$/.test(tokens[k + 1]?.pos ?? '');
  }
  return false;
}

/**
 * `(Chinese: 宁德时代)`, `(宁德时代)`, `, also known as CATL,`: where a gloss or another name for the phrase before
 * `i` ends, or undefined.
 */
function glossEnd(tokens: readonly Token[], i: number, names: readonly Named[]): number | undefined {
  if (tokens[i]!.text === '(') {
    const close = tokens.findIndex((t, k) => k > i && t.text === ')');
    if (close < 0) return undefined;
    const inside = tokens.slice(i + 1, close);
    const labelled = /^[A-Z][a-z]+$/.test(inside[0]?.text ?? '') && inside[1]?.text === ':';
    const foreign = inside.length > 0 && inside.every((t) => !/[A-Za-z0-9]/.test(t.text));
    // `Samsung Electronics (Samsung)`, `Bureau of Industry and Security (BIS)`: a short name for the phrase
    // (a country in parentheses says where, and stays).
    const alias =
      inside.length > 0 &&
      inside.length <= 3 &&
      inside.every((t) => /^[A-Z][A-Za-z0-9&.-]*$/.test(t.text)) &&
      !names.some(
        (n) => n.from >= tokens[i]!.end && n.to <= tokens[close]!.start && n.entity.kind === 'Country',
      );
    // `INTEL CORPORATION (commonly known as INTEL and stylized as INTEL)`: another name given in words.
    const named =
      /^(?:also|formerly|commonly|often|officially|known|stylized|stylised|styled|abbreviated|called)$/i.test(
        inside[0]?.text ?? '',
      );
    return labelled || foreign || alias || named ? close : undefined;
  }
  if (tokens[i]!.text !== ',') return undefined;
  let j = i + 1;
  while (/^(also|formerly|commonly|often|officially)$/i.test(tokens[j]?.text ?? '')) j++;
  if (!/^(known|abbreviated|called|named|styled|referred)$/i.test(tokens[j]?.text ?? '')) return undefined;
  j++;
  if (tokens[j]?.text.toLowerCase() === 'to') j++;
  if (tokens[j]?.text.toLowerCase() !== 'as') return undefined;
  for (let k = j + 1; k < tokens.length && k <= j + 8; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[;:()–—.]$/.test(t.text)) return undefined;
    if (t.text === ',') return k;
  }
  return undefined;
}

/**
 * After the comma at `i`, a phrase opening with a determiner that another comma closes before any verb:
 * the index of that comma.
 */
function describedUntil(tokens: readonly Token[], i: number): number | undefined {
  if (tokens[i + 1]?.pos !== 'DET') return undefined;
  for (let k = i + 2; k < tokens.length && k <= i + 14; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || /^[;:()–—.]$/.test(t.text))
      return undefined;
    if (t.text === ',') return k;
  }
  return undefined;
}

/** Whether the parenthesis opening at `i` holds no verb and starts with an amount or a preposition. */
function elaborates(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i + 1];
  // `(such as polysilicon, ingots and wafers)`, `(including cobalt)`: examples of the phrase before.
  const examples =
    /^(?:including|notably|especially|e\.g\.)$/i.test(first?.text ?? '') ||
    (/^such$/i.test(first?.text ?? '') && /^as$/i.test(tokens[i + 2]?.text ?? ''));
  // `(C$20 million)`, `(US$3.6 million)`: the same amount in another currency, its symbol tagged a noun.
  const amount = first?.pos === 'NUM' || first?.pos === 'SYM' || CURRENCY_MARK.test(first?.text ?? '');
  if (!first || !(examples || amount || first.pos === 'ADP')) return false;
  return verbless(tokens, i);
}

/** The index of the `)` closing a parenthesis at `i` that holds only an amount: `(US$5.6 million)`. */
function amountGloss(tokens: readonly Token[], i: number): number | undefined {
  for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
    const t = tokens[k]!;
    if (t.text === ')') return k > i + 1 ? k : undefined;
    if (
      !(
        t.pos === 'NUM' ||
        t.pos === 'SYM' ||
        CURRENCY_MARK.test(t.text) ||
        /^(?:million|billion|trillion|thousand|bn|mn|m)$/i.test(t.text)
      )
    )
      return undefined;
  }
  return undefined;
}

/** A currency sign, alone or after a country's letters (`C$`, `US$`), as the tagger splits it from the number. */
const CURRENCY_MARK = /^(?:[A-Z]{0,3}[$€£¥₩]|USD|EUR|GBP|CAD|AUD|JPY|KRW|CNY)$/;

/** Whether the parenthesis opening at `i` defines a term: `(the “Act”)`, `(together, the “Parties”)`. */
function definesTerm(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i + 1]?.text ?? '';
  const second = tokens[i + 2]?.text ?? '';
  return (
    /^["“‘']$/.test(first) ||
    /^(together|collectively|jointly|hereinafter|hereafter)$/i.test(first) ||
    (/^the$/i.test(first) && /^["“‘']$/.test(second))
  );
}

/** `(American companies)`, `(Korean battery makers)`: a parenthesis of modifiers and a predicate noun only. */
function describesKind(
  tokens: readonly Token[],
  i: number,
  isPredicate: (lemma: string) => boolean,
): boolean {
  let j = i + 1;
  while (tokens[j] && /^(ADJ|PROPN|NOUN)$/.test(tokens[j]!.pos)) j++;
  const last = tokens[j - 1];
  return (
    tokens[j]?.text === ')' && j - i >= 2 && last?.pos === 'NOUN' && isPredicate(last.lemma.toLowerCase())
  );
}

/** Whether the parenthesis opening at `i` closes before any verb. */
function verbless(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.text === ')') return true;
    if (t.text === '(' || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** A phrase that names a country, firm or body: before a participle, one that may be doing it. */
const actorBefore = (c: Chunk | undefined) =>
  c?.kind === 'np' && c.names.some((n) => ACTOR_KINDS.has(n.named.entity.kind));

/** The participle after an owner glued to the name it owns: `Shell-owned`. */
const OWNED_BY = new RegExp(`^${OWNER_PARTICIPLE}$`, 'i');

/** Verbs that stop an undertaking: `ended`, `stopped`, `terminated`, `scrapped`, `withdrew from`, `lifted its ban`. */
const ENDING = new Set([
  'end',
  'lift',
  'repeal',
  'rescind',
  'revoke',
  'stop',
  'cease',
  'terminate',
  'cancel',
  'scrap',
  'abandon',
  'halt',
  'suspend',
  'exit',
  'withdraw',
  'quit',
  'refrain',
  'abstain',
]);

/** Verbs that, like `be`, join their subject to what it is: `became a member`, `remains the largest producer`. */
const LINKING = new Set(['become', 'remain']);

/** `China is a member of RCEP`: a form of `be` before a noun phrase and no verb is a copula clause. */
function withCopulas(cs: Chunk[], tokens: readonly Token[]): Chunk[] {
  const out: Chunk[] = [];
  for (const c of cs) {
    const linking = out.at(-1);
    // `Vietnam became a member of ASEAN`: a linking verb says what its subject is, as `be` does.
    if (
      c.kind === 'np' &&
      c.marker === '' &&
      c.head &&
      /^[a-z]/i.test(c.head) &&
      !c.names.some((n) => n.named.entity.kind === 'Figure') &&
      linking?.kind === 'verb' &&
      LINKING.has(linking.lemma) &&
      !linking.passive &&
      !linking.copula
    ) {
      out[out.length - 1] = { ...linking, lemma: c.head, copula: true };
      out.push({ ...c, names: c.names.map((n) => ({ ...n, beforeHead: false })) });
      continue;
    }
    out.push(c);
    if (c.kind !== 'np' || c.marker !== '') continue;
    // `Intel Corporation (commonly known as Intel) is …`: words in parentheses are no part of the clause.
    let depth = 0;
    const before = tokens.filter((t) => {
      if (t.end > c.from || t.end <= (out[out.length - 2]?.to ?? -1)) return false;
      if (t.text === '(') depth++;
      else if (t.text === ')') depth = Math.max(0, depth - 1);
      else return depth === 0;
      return false;
    });
    const be = before.find((t) => t.pos === 'AUX' && t.lemma === 'be');
    // `Lithium is essential for batteries`: a predicate adjective stands for the noun.
    const lemma = c.head ?? (c.names.length === 0 ? c.adjective : undefined);
    if (!be || before.some((t) => t.pos === 'VERB') || !lemma) continue;
    out.pop();
    out.push(
      {
        kind: 'verb',
        from: be.start,
        to: be.end,
        lemma,
        // `are not just the building blocks of …`: `not just` (only, merely) adds to what it says; it denies nothing.
        negative: before.some((t, k) => NEGATION.test(t.text) && !NOT_ONLY.test(before[k + 1]?.text ?? '')),
        modal: before.some((t) => MODAL.test(t.lemma)),
        passive: false,
        dependent: false,
        participle: false,
        copula: true,
      },
      { ...c, names: c.names.map((n) => ({ ...n, beforeHead: false })) },
    );
  }
  return out;
}

/** Nouns that name a part of what follows `of`. */
const PARTITIVE = new Set([
  'share',
  'portion',
  'part',
  'percent',
  'percentage',
  'fraction',
  'half',
  'third',
  'majority',
  'bulk',
]);

const args = (p: Phrase, role: Role): Argument[] =>
  p.names.map((n) => ({
    named: n.named,
    // `about 8% of aluminum, including 40% of the United States' imports`: an example's possessor owns
    // only the example, and an example amount is a part of the amount before it, not another one.
    role:
      (n.genitive || n.named.entity.kind === 'Figure') && n.example
        ? 'modifier'
        : n.qualifies && role !== 'subject'
          ? 'compound'
          : n.genitive
            ? 'genitive'
            : n.adjective && role !== 'oblique'
              ? 'modifier'
              : // `of four European states: Iceland, …`, `to Japanese firms such as Toyota`: an adjective only describes
                // the countries or actors the phrase goes on to name.
                n.adjective &&
                  p.names.some(
                    (o) => !o.adjective && o.named.from >= n.named.to && ACTOR_KINDS.has(o.named.entity.kind),
                  )
                ? 'compound'
                : role,
    marker: role === 'oblique' ? p.marker : '',
  }));

/**
 * English clauses from part-of-speech tags: for each verb group, the subject is the noun phrase before
 * it that no preposition introduces (or the subject of the verb it depends on), the object the phrase
 * right after it, obliques the prepositional phrases up to the next verb. Passives (`is produced by`)
 * and participles (`chips made by TSMC`) swap the roles back. A phrase headed by a predicate noun
 * (`China's export controls on gallium`) is a clause of its own.
 */
export function englishClauses(
  tokens: readonly Token[],
  names: readonly Named[],
  isPredicateNoun: (lemma: string) => boolean,
  isSupportVerb: (lemma: string) => boolean,
  isControlVerb: (lemma: string) => boolean = () => false,
  isPredicateWord: (lemma: string) => boolean = isPredicateNoun,
): Clause[] {
  // `Ford purchases batteries`, `Made in China 2025 targets`: a verb or number inside a name is the name's,
  // whatever the tagger read it as.
  const named = tokens.map((t) =>
    (t.pos === 'VERB' || t.pos === 'NUM') &&
    names.some((n) => n.entity.kind !== 'Figure' && n.from <= t.start && n.to >= t.end)
      ? { ...t, pos: 'PROPN' as const }
      : t,
  );
  const cs = chunks(withMainVerb(named, isPredicateWord), names, isPredicateNoun);
  const out: Clause[] = [];
  let lastSubject: Argument[] = [];
  /** The subject of the last clause that is no relative clause: what a coordinated verb after one goes back to. */
  let mainSubject: Argument[] = [];
  let lastScene: Argument[] = [];
  /** The object of the last control verb (`directed the USTR`), waiting for its infinitive. */
  let controller: Argument[] = [];
  /** The subject a passive verb had before it was made its object, for an infinitive right after it. */
  let passiveSubject: Argument[] | undefined;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    // `Honda and LG Energy Solution formed a joint venture`: a predicate noun a support verb takes as its object
    // is a clause even with no name of its own; the verb's subjects are its parties.
    const taker = cs[i - 1];
    const supported = taker?.kind === 'verb' && isSupportVerb(taker.lemma);
    // `restrictions on U.S. outbound investment in AI`: an act a restraint is put on is not stated to happen.
    const restrained =
      c.kind === 'np' &&
      /^(?:on|against)$/.test(c.marker) &&
      taker?.kind === 'np' &&
      RESTRAINT.test(taker.head ?? '');
    if (
      c.kind === 'np' &&
      c.predicate &&
      !restrained &&
      (c.names.length + countObliques(cs, i) > 0 || supported)
    ) {
      const clause = nominalClause(cs, i);
      if (c.marker === 'in' && MANNER.test(c.predicate)) clause.manner = true;
      // `Northvolt is a Swedish battery manufacturer`: a copula's complement has the copula's subject.
      const copula = out.at(-1);
      if (cs[i - 1]?.kind === 'verb' && copula?.predicate.lemma === c.predicate && copula.to >= c.from)
        clause.args.push(
          ...copula.args.filter((a) => a.role === 'subject' && !clause.args.some((b) => b.named === a.named)),
        );
      out.push(clause);
    }
    if (c.kind !== 'verb') continue;
    let subject: Argument[] = [];
    let from = c.from;
    // `The sales share in the United States grows`: a place the subject is in sets the clause there.
    const places: Phrase[] = [];
    let placed = false;
    // `Tariffs on steel were imposed`: the phrases on a passive's subject are what the verb is done to.
    const attached: Phrase[] = [];
    // `welcomed the entry into force of the Act, which aims …`: a non-restrictive relative clause's subject is
    // the name that heads the phrase right before its comma, whatever governs that name (a restrictive one,
    // `in Brazil that will produce`, never modifies a name; `its Mozambique mine, which` is the mine's).
    const before = cs[i - 1];
    if (
      c.relative &&
      before?.kind === 'np' &&
      !before.relative &&
      (before.names.at(-1)?.named.to === before.to ||
        // `A, B and C—all of which are …`: the quantifier takes the whole list.
        (before.listed === true &&
          tokens.some((t, k) => t.start >= before.to && t.end <= c.from && partitiveRelative(tokens, k)))) &&
      tokens.some((t) => /^[,–—]$/.test(t.text) && t.start >= before.to && t.end <= c.from)
    ) {
      subject = args({ ...before, marker: '' }, 'subject');
      placed = true;
    }
    // Walk left over `NP (prep NP)*` to the phrase no preposition introduces.
    for (let j = i - 1; j >= 0 && !placed; j--) {
      const p = cs[j]!;
      // `The Act, proposed by the Commission, aims …`: past a participle that describes it, the phrase before.
      if (p.kind === 'verb' && p.participle && cs[j - 1]?.kind === 'np') continue;
      // `Huawei, which is based in China, relies …`, `…, which is on the Entity List, …`: past the relative
      // clause, its antecedent.
      if ((p.kind === 'verb' && p.relative) || (p.kind === 'np' && p.relative && p.marker !== '')) {
        places.length = 0;
        attached.length = 0;
        continue;
      }
      if (p.kind !== 'np') break;
      from = p.from;
      // `Syrah, a U.S.-based company, produces …`: the appositive describes the subject before it.
      if (p.appositive && cs[j - 1]?.kind === 'np') continue;
      if (p.marker !== '' && !p.relative) {
        if (SCENE.has(p.marker) && !p.fronted) places.push(p);
        else if (!p.fronted) attached.push(p);
        continue;
      }
      // `Ford said it would invest`, `… announced that they will build`: the reporter is the one reported on.
      let r = j - 1;
      while (cs[r]?.kind === 'boundary') r--;
      const reporter = cs[r];
      if (
        (p.pronoun === 'it' || p.pronoun === 'they') &&
        p.names.length === 0 &&
        reporter?.kind === 'verb' &&
        REPORT.test(reporter.lemma)
      ) {
        const report = out.findLast((o) => !o.predicate.nominal && o.predicate.from === reporter.from);
        subject = (report?.args ?? []).filter((a) => a.role === 'subject');
        placed = true;
        break;
      }
      // The object of an earlier verb is no subject: `strengthens supply chains by imposing tariffs`.
      const objectOfVerb = cs[j - 1]?.kind === 'verb' && !p.relative;
      // `TSMC, which supplies Apple, is building …`: past a relative clause, its antecedent is the subject.
      const antecedent = cs[j - 2];
      const governor = cs[j - 1] as VerbGroup;
      if (objectOfVerb && governor.relative && antecedent?.kind === 'np')
        subject = args(antecedent, 'subject');
      // `CATL is a battery maker that specializes in …`: what the copula says the subject is, the subject does.
      // (`is a customer of SK On, which produces …` is about SK On.)
      else if (
        objectOfVerb &&
        c.relative &&
        governor.copula &&
        p.names.length === (p.namesBeforeOf ?? p.names.length)
      ) {
        const copula = out.findLast((o) => !o.predicate.nominal && o.predicate.from === governor.from);
        subject = (copula?.args ?? []).filter((a) => a.role === 'subject');
        placed = true;
      } else if (!objectOfVerb) {
        subject = args(p, 'subject');
        placed = true;
      }
      break;
    }
    let scene = (placed ? places : []).flatMap((p) =>
      p.names.map((n): Argument => ({ named: n.named, role: 'scene', marker: p.marker })),
    );
    if (c.participle && i > 0 && cs[i - 1]!.kind === 'np') {
      // `a maker of steel based in China`: past its `of` phrases, the phrase the participle describes.
      const seat = SEATED.test(tokens.find((t) => t.end === c.to)?.text ?? '');
      let k = i - 1;
      if (seat) while ((cs[k] as Phrase).marker === 'of' && cs[k - 1]?.kind === 'np') k--;
      subject = args(cs[k] as Phrase, 'subject');
      // `NAFTA is an agreement signed by Canada, …`: after a copula's nameless noun, a participle describes what the
      // copula's subject is; so does a seat's after a noun that names only a trade (`a steel company based in`).
      const copula = cs[k - 1];
      if (
        seat &&
        !subject.some((a) => a.named.entity.kind === 'Company' || a.named.entity.kind === 'Organization')
      )
        subject = [];
      if (subject.length === 0 && copula?.kind === 'verb' && copula.copula)
        subject =
          out
            .findLast((o) => !o.predicate.nominal && o.predicate.from === copula.from)
            ?.args.filter((a) => a.role === 'subject')
            .map((a) => ({ ...a })) ?? [];
    }
    // `with electric cars accounting for half of sales`: the phrase `with` opens is the -ing verb's subject.
    const absolute = cs[i - 1];
    if (
      absolute?.kind === 'np' &&
      absolute.marker === 'with' &&
      /ing$/i.test(tokens.find((t) => t.end === c.to)?.text ?? '')
    ) {
      subject = args({ ...absolute, marker: '' }, 'subject');
      // `China kept its lead, with electric cars accounting for half of sales`: the absolute tells how
      // things stand where the clause before it is set, or in the place that is its subject.
      const places = mainSubject.filter((a) => a.named.entity.kind === 'Country');
      scene = [...lastScene, ...places.map((a): Argument => ({ ...a, role: 'scene', marker: 'in' }))];
    }
    // `supports ESMC's project to build and operate a fab`, `affected Iran's ability to produce`: whose plan or ability it
    // is, acts.
    const plan = cs[i - 1];
    if (subject.length === 0 && c.infinitive && plan?.kind === 'np' && PLAN_NOUN.test(plan.head ?? ''))
      subject = plan.names
        .filter((n) => n.genitive)
        .map((n): Argument => ({ named: n.named, role: 'subject', marker: '' }));
    // `directed the USTR to raise tariffs`, `congratulates Korea on assuming the chair`: the object acts.
    if (subject.length === 0 && (c.infinitive || c.actOf) && controller.length > 0)
      subject = controller.map((a) => ({ ...a, role: 'subject', marker: '' }));
    // `equipment used to make chips`, `the IRA was designed to support EV makers`: an infinitive after a
    // passive has what the passive is done to as its subject, a name or none.
    const afterPassive = c.infinitive && cs[i - 1]?.kind === 'verb' && passiveSubject !== undefined;
    if (subject.length === 0 && afterPassive) subject = passiveSubject!;
    else if (subject.length === 0 && (c.dependent || cs[i - 1]?.kind !== 'np')) {
      // `exports gypsum, which is used in construction, but is not a supplier`: past the relative clause.
      subject = c.dependent ? lastSubject : mainSubject;
      scene = lastScene;
    }
    const rest: Argument[] = [];
    let to = c.to;
    for (let j = i + 1; j < cs.length; j++) {
      const p = cs[j]!;
      if (p.kind !== 'np') break;
      if (opensTimePhrase(p)) break;
      to = p.to;
      if (p.marker === '' && !rest.some((a) => a.role === 'object')) rest.push(...args(p, 'object'));
      else if (p.marker !== '') rest.push(...args(p, 'oblique'));
      else rest.push(...args(p, 'object'));
    }
    // `ended its joint venture with Nanotech to produce batteries`: what a stopped undertaking was for is not done;
    // `stopped implementing its commitments`: nor is what is stopped.
    const governing = cs[i - 1];
    const gerund = governing?.kind === 'verb' && /ing$/i.test(tokens.find((t) => t.end === c.to)?.text ?? '');
    // (`committed to refrain from imposing`: the verb right before a gerund is its own, infinitive or not.)
    const ender = gerund
      ? governing
      : cs.slice(0, i).findLast((x): x is VerbGroup => x.kind === 'verb' && !x.infinitive);
    const stopped = (c.infinitive === true || gerund) && ENDING.has(ender?.lemma ?? '');
    const predicate: Predicate = {
      lemma: c.lemma,
      negative: c.negative || stopped,
      modal: c.modal,
      nominal: false,
      from: c.from,
      to: c.to,
    };
    // `reached an agreement with Micron to provide $6.1 billion`: what an agreement's infinitive gives goes to the firm the
    // agreement is with.
    const party = cs[i - 1];
    const deal = cs[i - 2];
    const recipients =
      c.infinitive &&
      party?.kind === 'np' &&
      party.marker === 'with' &&
      deal?.kind === 'np' &&
      DEAL_NOUN.test(deal.predicate ?? deal.head ?? '') &&
      !rest.some((a) => a.role === 'oblique' && a.marker === 'to' && a.named.entity.kind !== 'Figure')
        ? party.names
            .filter((n) => n.named.entity.kind === 'Company')
            .map((n): Argument => ({ named: n.named, role: 'oblique', marker: 'to' }))
        : [];
    let all = [...subject, ...scene, ...rest, ...recipients];
    if (c.passive && placed && !c.participle) all.push(...attached.flatMap((p) => args(p, 'oblique')));
    // `AMD is partnered with HP`, `Japan is allied with the United States`: a passive of a relation both sides share
    // keeps its subject.
    if (c.passive && !RECIPROCAL_VERB.test(c.lemma)) {
      all = all.map((a) =>
        a.role === 'subject'
          ? { ...a, role: 'object' }
          : a.role === 'oblique' && a.marker === 'by'
            ? { ...a, role: 'subject', marker: '' }
            : a,
      );
    }
    // `10% tariffs implemented under Section 122`: a support verb's participle right after a phrase headed by a
    // predicate noun says under what the noun's measure is taken, so the noun's clause reads those phrases too.
    const described = cs[i - 1];
    const word = named.find((t) => t.start === c.from && t.end === c.to);
    if (
      described?.kind === 'np' &&
      described.predicate !== undefined &&
      word !== undefined &&
      pastParticiple(word) &&
      isSupportVerb(c.lemma)
    ) {
      const noun = out.findLast((o) => o.predicate.nominal && o.predicate.lemma === described.predicate);
      if (noun)
        noun.args.push(
          ...all.filter(
            (a) =>
              a.role === 'oblique' &&
              MEANS.has(a.marker) &&
              !noun.args.some((b) => b.named.from === a.named.from),
          ),
        );
    }
    out.push({ predicate, args: all, from, to, ...(c.participle ? { participle: true } : {}) });
    passiveSubject = c.passive ? subject : undefined;
    if (!c.participle && (subject.length > 0 || scene.length > 0)) {
      lastSubject = subject;
      lastScene = scene;
      if (!c.relative) mainSubject = subject;
    }
    // `authorizes $280 billion to boost research`: an amount is no one the infinitive can have act.
    controller = isControlVerb(c.lemma)
      ? all.filter(
          (a) =>
            (a.role === 'object' || (a.role === 'oblique' && a.marker === 'on')) &&
            a.named.entity.kind !== 'Figure',
        )
      : // `launched the Initiative to secure critical minerals`: a policy set up for a purpose pursues it
        // with those who set it up.
        CREATE.test(c.lemma) && all.some((a) => a.role === 'object' && a.named.entity.kind === 'Policy')
        ? all.filter((a) => a.role === 'subject' || (a.role === 'object' && a.named.entity.kind === 'Policy'))
        : // `formed a joint venture, Tel-Genrad Ltd., to make test systems`: a firm set up for a purpose does it.
          FOUND.test(c.lemma) && !c.passive
          ? all.filter(
              (a) =>
                a.role === 'object' &&
                ACTOR_KINDS.has(a.named.entity.kind) &&
                a.named.entity.kind !== 'Country',
            )
          : [];
  }
  return withScenes(withVerbSubjects(withSharedObjects(out, cs, tokens), isSupportVerb), cs);
}

/**
 * `Lucid has designed, developed, manufactured and supplied battery packs`: verbs joined only by commas and a
 * conjunction, all of one voice, take the object of the last of them when they have none of their own.
 */
function withSharedObjects(clauses: Clause[], cs: readonly Chunk[], tokens: readonly Token[]): Clause[] {
  const verbs = cs.filter((c): c is VerbGroup => c.kind === 'verb');
  const clauseOf = (v: VerbGroup) => clauses.find((c) => !c.predicate.nominal && c.predicate.from === v.from);
  const joined = (a: VerbGroup, b: VerbGroup) => {
    const gap = tokens.filter((t) => t.start >= a.to && t.end <= b.from);
    return (
      gap.length > 0 &&
      gap.every((t) => t.text === ',' || /^(?:and|or)$/i.test(t.text)) &&
      !cs.some((c) => c.kind === 'np' && c.from >= a.to && c.to <= b.from) &&
      a.passive === b.passive &&
      !a.participle &&
      !b.participle &&
      !a.infinitive &&
      !b.infinitive
    );
  };
  for (let k = verbs.length - 2; k >= 0; k--) {
    const [a, b] = [verbs[k]!, verbs[k + 1]!];
    if (!joined(a, b)) continue;
    const [first, last] = [clauseOf(a), clauseOf(b)];
    if (!first || !last || first.args.some((x) => x.role === 'object')) continue;
    const objects = last.args.filter((x) => x.role === 'object');
    if (objects.length === 0) continue;
    first.args.push(...objects.map((x) => ({ ...x })));
    first.to = Math.max(first.to, last.to);
  }
  return clauses;
}

/** Nouns for an agreement, whose infinitive says what its parties will do: `an agreement with Micron to provide …`. */
const DEAL_NOUN = /^(?:agreement|deal|memorandum|contract|terms|arrangement)$/;

/** Verbs of a relation both sides share, whose passive still has the subject as a party. */
const RECIPROCAL_VERB = /^(?:partner|ally|team|affiliate)$/;
/** Nouns of intent whose holder is the subject of the infinitive after them: `TSMC's plan to build`. */
const PLAN_NOUN =
  /^(?:plan|project|proposal|decision|effort|bid|commitment|intention|attempt|pledge|goal|ambition|ability|capacity|capability|right|readiness|willingness)$/;

/** Prepositions of a fronted phrase that name the means of the main clause: `Under Section 232,`. */
const INSTRUMENT = new Set(['under', 'through', 'via']);

/** Prepositions of a fronted phrase that set a place: `In Brazil,`, `Across Europe,`. */
const SCENE = new Set(['in', 'across', 'within', 'throughout']);

/** `In Brazil, sales doubled to 125 000, reaching a share of 6%`: the fronted place scopes every clause after it. */
function withScenes(clauses: Clause[], cs: readonly Chunk[]): Clause[] {
  const fronted = cs.find((c): c is Phrase => c.kind === 'np' && c.fronted === true);
  if (!fronted || fronted.names.length === 0) return clauses;
  // `Under Section 232, the President imposed tariffs`: a fronted instrument is an oblique of the main clause.
  if (INSTRUMENT.has(fronted.marker)) {
    const main = clauses.findIndex((c) => !c.predicate.nominal && c.from >= fronted.to);
    if (main < 0) return clauses;
    const obliques = args(fronted, 'oblique');
    return clauses.map((c, k) => (k === main ? { ...c, args: [...c.args, ...obliques] } : c));
  }
  if (!SCENE.has(fronted.marker)) return clauses;
  const scene: Argument[] = fronted.names.map((n) => ({
    named: n.named,
    role: 'scene',
    marker: fronted.marker,
  }));
  return clauses.map((c) =>
    c.from >= fronted.from && !c.args.some((a) => scene.some((s) => s.named === a.named))
      ? { ...c, args: [...c.args, ...scene] }
      : c,
  );
}

/**
 * `ExxonMobil and Occidental deals`: whether the names right before token `i` are coordinated. Two subjects take a
 * verb without -s (`Korea and Japan sign`), so an -s word after them is the head noun of their phrase.
 */
function afterCoordinatedNames(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && (tokens[j]!.pos === 'PROPN' || tokens[j]!.text === ',')) j--;
  return tokens[j]?.pos === 'CCONJ' && tokens[j - 1]?.pos === 'PROPN';
}

/**
 * The tagger reads a present-tense verb after a name as a plural noun (`China exports gallium`, `Korea
 * supplies chips`). With no verb before it, the first such `-s` form after a proper noun that the
 * predicate lexicon knows, and that a phrase follows, is the verb.
 */
function withMainVerb(tokens: readonly Token[], isPredicate: (lemma: string) => boolean): readonly Token[] {
  const at = tokens.findIndex(
    (t, i) =>
      t.pos === 'NOUN' &&
      /s$/.test(t.text) &&
      tokens[i - 1]?.pos === 'PROPN' &&
      tokens[i + 1] !== undefined &&
      (isPredicate(t.lemma) ? tokens[i + 1]!.pos !== 'PUNCT' : /^(ADP|DET)$/.test(tokens[i + 1]!.pos)) &&
      !afterCoordinatedNames(tokens, i),
  );
  if (at >= 0 && !tokens.slice(0, at).some((t) => t.pos === 'VERB' || t.pos === 'AUX'))
    return tokens.map((t, i) => (i === at ? { ...t, pos: 'VERB' as const } : t));
  // `The plan targets semiconductors`: in a sentence with no verb, a predicate's -s form right after a determiner
  // and a singular noun, and before a phrase, is that subject's verb.
  const afterSubject = tokens.findIndex(
    (t, i) =>
      i >= 2 &&
      t.pos === 'NOUN' &&
      /s$/.test(t.text) &&
      isPredicate(t.lemma) &&
      tokens[i - 1]!.pos === 'NOUN' &&
      tokens[i - 1]!.text.toLowerCase() === tokens[i - 1]!.lemma &&
      tokens[i - 2]!.pos === 'DET' &&
      /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[i + 1]?.pos ?? ''),
  );
  if (afterSubject >= 0 && !tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX'))
    return tokens.map((t, i) => (i === afterSubject ? { ...t, pos: 'VERB' as const } : t));
  // `Chile, the largest producer, exports …`: the first predicate -s word after a comma, with no verb before.
  const afterComma = tokens.findIndex(
    (t, i) =>
      t.pos === 'NOUN' &&
      /s$/.test(t.text) &&
      isPredicate(t.lemma) &&
      tokens[i - 1]?.text === ',' &&
      /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[i + 1]?.pos ?? ''),
  );
  if (afterComma >= 0 && !tokens.slice(0, afterComma).some((t) => t.pos === 'VERB' || t.pos === 'AUX'))
    return tokens.map((t, i) => (i === afterComma ? { ...t, pos: 'VERB' as const } : t));
  // `Lithium-ion batteries power electric vehicles`: in a sentence with no verb, a base-form predicate after a
  // plural noun and before a phrase is the plural subject's verb.
  if (tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return tokens;
  const pluralNoun = (k: Token | undefined) =>
    (k?.pos === 'NOUN' && /s$/.test(k.text) && k.text.toLowerCase() !== k.lemma) ||
    // A plural opening the sentence is tagged as a name: `Countries such as Chile`.
    (k !== undefined && k === tokens[0] && k.pos === 'PROPN' && /^[A-Z][a-z]+(?:ies|[^su]s)$/.test(k.text));
  // `Countries such as Chile export lithium`: the names a plural noun lists with `such as` end its phrase.
  const listEnd = (i: number) => {
    if (tokens[i - 1]?.pos !== 'PROPN') return false;
    const such = tokens.findIndex(
      (k, j) => j < i && /^(?:such|including)$/i.test(k.text) && pluralNoun(tokens[j - 1]),
    );
    return such >= 0 && tokens.slice(such + 1, i).every((k) => /^(?:PROPN|PUNCT|CCONJ|ADP)$/.test(k.pos));
  };
  const plural = tokens.findIndex(
    (t, i) =>
      t.pos === 'NOUN' &&
      t.text.toLowerCase() === t.lemma &&
      isPredicate(t.lemma) &&
      (pluralNoun(tokens[i - 1]) || listEnd(i)) &&
      /^(DET|ADJ|NOUN|PROPN|PRON)$/.test(tokens[i + 1]?.pos ?? '') &&
      !isPredicate(tokens[i + 1]!.lemma.toLowerCase()),
  );
  if (plural < 0) return tokens;
  return tokens.map((t, i) => (i === plural ? { ...t, pos: 'VERB' as const } : t));
}

/**
 * `restore a 25% tariff on steel`, `closed a loan to Ultium Cells`: a noun predicate in the phrases after a
 * verb is the verb's doing, so it shares the verb's subject when it names none of its own.
 */
function withVerbSubjects(clauses: Clause[], isSupportVerb: (lemma: string) => boolean): Clause[] {
  for (const n of clauses) {
    if (!n.predicate.nominal) continue;
    const verb = clauses.find((v) => !v.predicate.nominal && v.predicate.to <= n.from && v.to >= n.from);
    if (verb) n.predicate.governor = verb.predicate.lemma;
    // `ended its joint venture with SK On`: an undertaking the verb stops no longer holds.
    if (verb && ENDING.has(verb.predicate.lemma)) n.predicate.negative = true;
    // `China lifted its ban on gallium`: what a verb of ending stops was its subject's own undertaking.
    if (!verb || (!isSupportVerb(verb.predicate.lemma) && !n.manner && !ENDING.has(verb.predicate.lemma)))
      continue;
    if (n.args.some((a) => a.role === 'subject' || a.role === 'genitive')) continue;
    const subjects = verb.args.filter((a) => a.role === 'subject');
    // `China's commerce ministry announced export controls`: with no name heading the subject, its possessor acts.
    const agent =
      subjects.length > 0
        ? subjects
        : verb.args
            .filter(
              (a) =>
                a.role === 'genitive' &&
                a.named.to <= verb.predicate.from &&
                ACTOR_KINDS.has(a.named.entity.kind),
            )
            .map((a): Argument => ({ ...a, role: 'subject', marker: '' }));
    // `entered into an agreement … for the production of AMD products`: a name the noun already has (as what is made)
    // is not also the one who does it.
    n.args.push(
      ...agent
        .filter(
          (a) =>
            !n.args.some(
              (b) =>
                b.named === a.named ||
                (b.role === 'object' && b.named.entity.nodeId === a.named.entity.nodeId),
            ),
        )
        .map((a) => ({ ...a })),
    );
  }
  return clauses;
}

function countObliques(cs: readonly Chunk[], i: number): number {
  let n = 0;
  for (let j = i + 1; j < cs.length; j++) {
    const p = cs[j]!;
    if (p.kind !== 'np' || p.marker === '') break;
    if (opensTimePhrase(p)) break;
    n += p.names.length;
  }
  return n;
}

/** Nouns of an effect, whose `on` phrase names what is affected. */
const EFFECT_NOUNS = new Set([
  'effect',
  'impact',
  'consequence',
  'implication',
  'influence',
  'repercussion',
  'spillover',
]);

function nominalClause(cs: readonly Chunk[], i: number): Clause {
  const head = cs[i] as Phrase;
  const previous = cs[i - 1];
  const described: Argument[] = head.appositive && previous?.kind === 'np' ? args(previous, 'subject') : [];
  // `Glomar Minerals and Cobalt Blue Holdings Limited, an Australian company`: one thing is the last of a list.
  if (head.indefinite && described.length > 1) described.splice(0, described.length - 1);
  // `the United States’ share of global polysilicon production`: a part of an event belongs to whoever owns
  // the part, so the possessor stays with the predicate after `of`.
  const partOf = head.head !== undefined && PARTITIVE.has(head.head);
  const afterOf = head.namesBeforeOf ?? 0;
  const names = (
    !head.predicateAfterOf ? head.names : head.names.filter((n, k) => k >= afterOf || (partOf && n.genitive))
  ).filter((n) => !n.earlierItem);
  const own: Argument[] = names.map((n) => ({
    named: n.named,
    role: n.genitive ? 'genitive' : n.beforeHead ? 'modifier' : 'object',
    marker: '',
  }));
  let to = head.to;
  // `the effects of China’s export restrictions on the U.S. economy`: an effect noun takes the `on` phrase.
  const effect = (c: Chunk | undefined) =>
    c?.kind === 'np' && c.head !== undefined && EFFECT_NOUNS.has(c.head);
  // (`the effects of varying export restrictions on …`: across the gerund the tagger made a verb.)
  const effectOf =
    (head.predicateAfterOf && effect(head)) || (cs[i - 1]?.kind === 'verb' && effect(cs[i - 2]));
  for (let j = i + 1; j < cs.length; j++) {
    const p = cs[j]!;
    if (p.kind !== 'np' || p.marker === '' || (effectOf && p.marker === 'on')) break;
    if (opensTimePhrase(p)) break;
    to = p.to;
    own.push(...args(p, 'oblique'));
  }
  return {
    predicate: {
      lemma: head.predicate!,
      negative: false,
      modal: false,
      nominal: true,
      from: head.from,
      to: head.to,
    },
    args: [...described, ...own],
    from: described.length > 0 ? (previous as Phrase).from : head.from,
    to,
  };
}
