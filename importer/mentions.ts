import { LIST_JOINER } from './cues';
import {
  DASHES,
  type Entity,
  formKey,
  HANGUL,
  isCaseSensitive,
  isHangulOnly,
  SECTOR_KINDS,
} from './entities';
import type { Span } from './span';

export interface Mention {
  entity: Entity;
  /** Offsets into the span's text. */
  from: number;
  to: number;
}

interface Candidate {
  key: string;
  form: string;
  entity: Entity;
  caseSensitive: boolean;
  latinStart: boolean;
  latinEnd: boolean;
  shortHangul: boolean;
  /** Forms written without spaces match only text without spaces ("한국전력" ≠ "한국 전력 수요"). */
  solid: boolean;
  /** A name of six or more syllables, all Hangul, which the text may write with spaces between its words. */
  longHangul: boolean;
  /** Capitalised English names ("Turkey") need the capital in the text; lower-case forms ("lithium") do not. */
  capitalised: boolean;
  /**
   * Length of the last word when a name of several words ends in a capitalised one (`U.S. Steel`): that word
   * needs its capital in the text too (`U.S. steel` is the metal); 0 otherwise.
   */
  capitalisedLast: number;
  latinOnly: boolean;
}

/** After a word that names a sector only in context, a word for that sector's firms or work. */
const SECTOR_WORD_AFTER =
  /^(?:\s+(?:companies|company|firms|sector|sectors|industry|industries|jobs|workers)\b|\s?(?:기업|업체|업계|산업|분야|부문|업종)(?:들)?(?:[은는이가을를의에과와도]|으로|로|에서)?(?![가-힣]))/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

function capitalisedLast(form: string): number {
  const last = /\s([A-Z][a-z]+)$/.exec(form.trim());
  return last ? last[1]!.length : 0;
}
/** The spaces a form may have or lack where the text has them (see `find`). */
const SPACES = /[ \n\t\r\u00a0\u3000]/g;
const DOT_LIST = /[·‧・]/;
/** A word as a literal part of a regular expression. */
export const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The rest of a list of activities, then a noun for a site: the activities only describe the site. */
const SITE_AFTER =
  /^(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)[a-z]+)*\s+(?:facility|facilities|plants?|projects?|sites?|factory|factories|complex)\b/i;
/** Joiners of list items besides `LIST_JOINER`'s: a middle dot (`건설·반도체`) and `, 및`. */
const DOT_OR_COMMA_AND = /^\s*(?:[·‧・]\s*|,\s*및\s+)$/;
/** Two words joined by a hyphen, the left one short: `한-인도네시아`, `한-미`. */
const HYPHEN_PAIR = /(?<![\p{L}\p{N}])([가-힣]{1,2})\s?[-–]\s?([가-힣]+|[A-Z]{2,})/gu;
/** A word of two or three of 한, 미, 일, 중 before a space, a particle or a mark: `한미`, `한중일의`. */
const GLUED_PAIRS =
  /(?<![\p{L}\p{N}])([한미일중]{2,3})(?=\s|간|관계|의|은|는|이|가|과|와|을|를|에|[·,)]|$)/gu;
const GLUED_PAIR = new RegExp(GLUED_PAIRS.source, 'u');
/** Runs of words joined by middle dots, each word without spaces: `한·미·일`, `한‧몽골`. */
const DOT_LISTS = /[^\s·‧・()「」｢｣『』[\],:;]+(?:[·‧・][^\s·‧・()「」｢｣『』[\],:;]+)+/g;
/** Mentions by where they start, for lookups that would otherwise scan every mention of a long span. */
function startsAt(found: readonly Mention[]): Map<number, Mention[]> {
  const at = new Map<number, Mention[]>();
  for (const m of found) {
    const list = at.get(m.from);
    if (list) list.push(m);
    else at.set(m.from, [m]);
  }
  return at;
}

/** `found` with those of `extra` that overlap none of it, in text order. */
function withFresh(found: Mention[], extra: readonly Mention[]): Mention[] {
  const fresh = extra.filter((e) => !found.some((m) => m.from < e.to && e.from < m.to));
  return fresh.length === 0 ? found : [...found, ...fresh].sort((a, b) => a.from - b.from);
}

/** A plural head of bodies shared by the capitalised items listed after its `of`. */
const SHARED_ITEM = String.raw`(?:the )?[A-Z][\w&]*(?: [A-Z][\w&]*)*`;
const SHARED_HEADS = new RegExp(
  String.raw`\b(Departments|Ministries|Secretariats|Agencies)\s+of\s+(${SHARED_ITEM}(?:,\s*(?:and\s+)?${SHARED_ITEM}|\s+and\s+${SHARED_ITEM})+)`,
  'g',
);
const SHARED_HEAD = /\b(?:Departments|Ministries|Secretariats|Agencies)\s+of\s+[A-Z]/;
const SINGULAR_HEAD: Record<string, string> = {
  departments: 'Department',
  ministries: 'Ministry',
  secretariats: 'Secretariat',
  agencies: 'Agency',
};
const LIST_SEPARATOR = /,\s*(?:and\s+)?|\s+and\s+/;

/** A letter or digit: what may not come right before a list word. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Spaces where Latin letters or digits meet Hangul: `US 스틸`, `SK 하이닉스`. */
const SCRIPT_BOUNDARY_SPACE = /(?<=[A-Za-z0-9])\s+(?=[가-힣])|(?<=[가-힣])\s+(?=[A-Za-z])/g;
/** A short form alone in parentheses at the start of a line or after a space or comma: `(인니) `. */
const SHORT_FORM_LABEL = /(?<=^|[\s,])\(([가-힣]{1,2})\)(?=\s)/gmu;
/**
 * `대미 수출`, `대중 투자`, `대영수출`: 대 (toward) and a country's short form opening a word, before a noun of trade or
 * investment. (Not 한: `에 대한 투자` is `about`.)
 */
const TOWARD_SHORT_FORMS =
  /(?<![\p{L}\p{N}])대((?!한)[가-힣]{1,2})(?=\s?(?:수출|수입|투자|무역|교역|흑자|적자|의존|제재|통상|관세)(?![가-힣]{2}))/gu;
const TOWARD_SHORT_FORM = new RegExp(TOWARD_SHORT_FORMS.source, 'u');
/** A particle closing the last item of a list (`한·미는`, `한·미·일의`). */
const TRAILING_PARTICLE = /(?:과의|와의|으로|에서|은|는|이|가|을|를|의|에|과|와|도|로|간|측)$/;
/** Words for firms a sector's name is glued to: `철강회사`, `정유기업`, `화학업체`. */
const FIRMS_AFTER_SECTOR = /^(?:회사|기업|업체)/;
/**
 * `원유생산을`, `철강수출`: a noun of making or trade glued after a two-syllable name, then a particle or the word's end;
 * the name is what is made or traded.
 */
const TRADE_NOUN_AFTER_SHORT =
  /^(?:생산|수출|수입|공급|채굴|정제|제련|가공|조달)(?:량|국|액)?(?:[은는이가을를의에와과도로]|\s|$)/;
/** Particles and suffixes that may follow a one- or two-syllable name (`인도와`, `미국산`, `한국형`), unlike `인도적`. */
const SUFFIX_AFTER_SHORT = /[은는이가을를의에와과도로으만서까및등간내산계측형발향뿐보처마조부사]/;

/**
 * A trie node over lower-case key characters; `here` holds the candidates whose key ends here. Most nodes
 * have one child, kept inline (`code`, `only`); a node with more keeps them all in `next`.
 */
interface TrieNode {
  code: number;
  only: TrieNode | undefined;
  next: Map<number, TrieNode> | undefined;
  here: Candidate[] | undefined;
}

function trieNode(): TrieNode {
  return { code: -1, only: undefined, next: undefined, here: undefined };
}

function child(node: TrieNode, code: number): TrieNode | undefined {
  return node.code === code ? node.only : node.next?.get(code);
}

function setChild(node: TrieNode, code: number, to: TrieNode): void {
  if (node.code === code || (node.code === -1 && !node.next)) {
    node.code = code;
    node.only = to;
    return;
  }
  if (!node.next) {
    node.next = new Map([[node.code, node.only!]]);
    node.code = -1;
    node.only = undefined;
  }
  node.next.set(code, to);
}

const STARTS_ANY = 1;
const STARTS_MID_LATIN = 2;
const STARTS_MID_HANGUL = 4;

/** `LATIN_OR_DIGIT` for a character code. */
function isLatinOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Words for debt an issuer's name may qualify: `Treasury securities`, `Treasury bills`. */
const DEBT_AFTER = /^\s+(?:securities|bonds?|bills|yields?)\b/i;

/** The candidate lists met on one walk down the trie, shallowest first (reused: `find` is not re-entrant). */
const walked: Candidate[][] = [];

const HAN = /\p{Script=Han}/u;
/** The end of a Korean word for an official or an office (`…협력담당관`, `…통상과장`, `…정책국장`). */
const OFFICE_TITLE =
  /(?:담당관|협력관|심의관|정책관|과장|국장|실장|팀장|본부장)(?:은|는|이|가|을|를|의|에게|에|과|와|도|으로|로)?$/;
/** A Chinese character that is neither a one-character name of a country Korean writes (`美`, `中`) nor 對 (toward). */
const HAN_WORD = /(?![韓美中日英獨佛露印北對])\p{Script=Han}/u;

/**
 * Leftmost-longest dictionary matcher over surface forms. Spaces are ignored when comparing (PDF text
 * breaks and Korean spacing vary), Latin forms need word boundaries, Korean particles after a form are
 * allowed (they are separate characters after the match), and one- or two-syllable Korean forms must
 * not start inside another Korean word.
 */
export class Matcher {
  private root: TrieNode = trieNode();
  /**
   * In a matcher made by `with`, the nodes it copied and may change; the rest of its trie is shared.
   * Undefined in a matcher built by the constructor, which owns its whole trie.
   */
  private owned: Set<TrieNode> | undefined;

  /** Candidates by key and entity, so adding a spelling finds its earlier one without a search. */
  private index = new Map<string, Candidate>();
  /** In a matcher made by `with`, the index of the matcher it was made from, read where `index` has no entry. */
  private baseIndex: ReadonlyMap<string, Candidate> | undefined;
  /** Short forms valid only inside `·`-joined lists (한·미·일). */
  private abbreviations = new Map<string, Entity>();
  /** Ordinary words valid only as items of a list of sectors or materials, by lower-case form. */
  private listForms = new Map<string, Entity>();
  private listWords: RegExp | undefined;
  /**
   * For each first character of a key: STARTS_ANY when a key starts with it, STARTS_MID_LATIN when one
   * may follow a Latin letter or digit, STARTS_MID_HANGUL when one may follow a Hangul syllable.
   */
  private starts = new Uint8Array(65536);

  constructor(entities: Iterable<Entity>) {
    for (const entity of entities) {
      for (const form of entity.forms) this.add(form, entity);
      for (const short of entity.abbreviations ?? []) this.abbreviations.set(short, entity);
      for (const form of entity.listForms ?? []) this.listForms.set(form.toLowerCase(), entity);
    }
    if (this.listForms.size > 0) {
      const alternatives = [...this.listForms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
      // The word before is checked in `withListForms`: a lookbehind at every position costs more than the rest.
      this.listWords = new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    }
  }

  /** A matcher that also knows `forms`, sharing this one's trie (only the paths to new keys are copied). */
  with(forms: Iterable<readonly [string, Entity]>, first: Iterable<readonly [string, Entity]> = []): Matcher {
    const next = new Matcher([]);
    next.root = this.root;
    next.baseIndex = this.baseIndex ? new Map([...this.baseIndex, ...this.index]) : this.index;
    next.abbreviations = this.abbreviations;
    next.listForms = this.listForms;
    next.listWords = this.listWords;
    next.starts = this.starts.slice();
    next.owned = new Set();
    for (const [form, entity] of forms) next.add(form, entity);
    // `International Trade Administration (ITA)`: a short form the text defines names its own entity before any other.
    for (const [form, entity] of first) next.add(form, entity, true);
    return next;
  }

  /** A node this matcher may change in place of `node`, copied first when it is shared. */
  private own(node: TrieNode): TrieNode {
    if (!this.owned || this.owned.has(node)) return node;
    const copy: TrieNode = {
      ...node,
      next: node.next && new Map(node.next),
      here: node.here && [...node.here],
    };
    this.owned.add(copy);
    return copy;
  }

  /** The node of `key`, created or copied (with the path to it) so that it can be changed. */
  private nodeFor(key: string): TrieNode {
    this.root = this.own(this.root);
    let node = this.root;
    for (let d = 0; d < key.length; d++) {
      const code = key.charCodeAt(d);
      const shared = child(node, code);
      const mine = shared ? this.own(shared) : trieNode();
      if (!shared) this.owned?.add(mine);
      if (mine !== shared) setChild(node, code, mine);
      node = mine;
    }
    return node;
  }

  private add(form: string, entity: Entity, first = false) {
    const key = formKey(form);
    if (key.length === 0) return;
    const compact = form.replace(/\s+/g, '');
    const indexKey = `${key}\u0000${entity.nodeId}`;
    const same = this.index.get(indexKey) ?? this.baseIndex?.get(indexKey);
    if (same && same.entity === entity) {
      // Several spellings of one name: the most permissive wins ("Batteries" and "batteries").
      const node = this.nodeFor(key);
      const merged = this.owned ? { ...same } : same;
      merged.caseSensitive &&= isCaseSensitive(form);
      merged.capitalised &&= /^[A-Z][a-z]/.test(form);
      if (capitalisedLast(form) === 0) merged.capitalisedLast = 0;
      merged.solid &&= !/\s/.test(form);
      if (merged !== same) {
        node.here![node.here!.indexOf(same)] = merged;
        this.index.set(indexKey, merged);
      }
      return;
    }
    const candidate: Candidate = {
      key,
      form: compact,
      entity,
      caseSensitive: isCaseSensitive(form),
      latinStart: LATIN_OR_DIGIT.test(compact[0]!),
      latinEnd: LATIN_OR_DIGIT.test(compact.at(-1)!),
      shortHangul: isHangulOnly(compact) && compact.length <= 2,
      solid: !/\s/.test(form),
      longHangul: isHangulOnly(compact) && compact.length >= 6,
      capitalised: /^[A-Z][a-z]/.test(form),
      capitalisedLast: capitalisedLast(form),
      latinOnly: /^[A-Za-z0-9&.'’ -]+$/.test(form),
    };
    this.starts[key.charCodeAt(0)]! |=
      STARTS_ANY |
      (candidate.latinStart ? 0 : STARTS_MID_LATIN) |
      (candidate.shortHangul ? 0 : STARTS_MID_HANGUL);
    const node = this.nodeFor(key);
    node.here ??= [];
    if (first) node.here.unshift(candidate);
    else node.here.push(candidate);
    this.index.set(indexKey, candidate);
  }

  find(span: Span | { text: string }): Mention[] {
    const text = span.text;
    const original = text.replace(SPACES, '');
    const back = new Int32Array(original.length);
    for (let i = 0, j = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x3000)
        continue;
      back[j++] = i;
    }
    // `United States–Mexico–Canada` and `United States-Mexico-Canada`: any dash between words is a hyphen.
    const lower = original.toLowerCase().replace(DASHES, '-');
    const out: Mention[] = [];
    let i = 0;
    while (i < lower.length) {
      const match = this.overtaken(
        text,
        original,
        lower,
        back,
        i,
        this.matchAt(text, original, lower, back, i),
      );
      if (match) {
        const prev = out.at(-1);
        // `탄소국경조정제도(CBAM)`: a name and its second name in brackets are one mention.
        if (
          prev &&
          prev.entity === match.mention.entity &&
          /^\s*\($/.test(text.slice(prev.to, match.mention.from))
        ) {
          const close = /^[^()]{0,20}\)/.exec(text.slice(match.mention.to));
          prev.to = close ? match.mention.to + close[0].length : match.mention.to;
        } else out.push(match.mention);
        i += match.length;
      } else i++;
    }
    const dotted =
      this.abbreviations.size > 0 && DOT_LIST.test(text) ? this.withAbbreviations(text, out) : out;
    const listed =
      this.abbreviations.size > 0 && /[-–]/.test(text) ? this.withPairedShortForms(text, dotted) : dotted;
    const glued =
      this.abbreviations.size > 0 && GLUED_PAIR.test(text) ? this.withGluedPairs(text, listed) : listed;
    const labelled =
      this.abbreviations.size > 0 && text.includes('(') ? this.withLabelledShortForms(text, glued) : glued;
    const toward =
      this.abbreviations.size > 0 && TOWARD_SHORT_FORM.test(text)
        ? this.withTowardShortForms(text, labelled)
        : labelled;
    const shared = SHARED_HEAD.test(text) ? this.withSharedHeads(text, toward) : toward;
    return this.listWords ? this.withListForms(text, shared) : shared;
  }

  /**
   * `the Departments of State, Commerce, Defense, and Energy`: a plural head shared by a list names, with each
   * item, the body it would name in the singular (`Department of Energy`), when that body is known; the item is
   * then that body's mention, not the word's (`Energy` the sector).
   */
  private withSharedHeads(text: string, found: Mention[]): Mention[] {
    const extra: Mention[] = [];
    for (const m of text.matchAll(SHARED_HEADS)) {
      const head = SINGULAR_HEAD[m[1]!.toLowerCase()]!;
      let at = m.index + m[0].length - m[2]!.length;
      for (const item of m[2]!.split(LIST_SEPARATOR)) {
        const from = text.indexOf(item, at);
        at = from + item.length;
        const form = `${head} of ${item}`;
        const whole = this.find({ text: form }).find((n) => n.from === 0 && n.to === form.length);
        const article = item.startsWith('the ') ? 4 : 0;
        if (whole) extra.push({ entity: whole.entity, from: from + article, to: from + item.length });
      }
    }
    if (extra.length === 0) return found;
    const rest = found.filter((f) => !extra.some((e) => f.from < e.to && e.from < f.to));
    return [...rest, ...extra].sort((a, b) => a.from - b.from);
  }

  /**
   * `including construction, electronics and energy`: an ordinary word that names a sector only in a list is
   * a mention when a conjunction or comma joins it to a name of a sector, material or technology or to
   * another such word, directly or through other such words.
   */
  private withListForms(text: string, found: Mention[]): Mention[] {
    const candidates: Mention[] = [];
    for (const m of text.matchAll(this.listWords!)) {
      const from = m.index;
      const to = from + m[0].length;
      if (from > 0 && LETTER_OR_DIGIT.test(text[from - 1]!)) continue;
      if (found.some((f) => f.from < to && from < f.to)) continue;
      // `a lithium hydroxide processing, refining, and manufacturing facility`: the words say what a site does.
      if (SITE_AFTER.test(text.slice(to, to + 80))) continue;
      candidates.push({ entity: this.listForms.get(m[0].toLowerCase())!, from, to });
    }
    if (candidates.length === 0) return found;
    const anchors = found.filter((f) => SECTOR_KINDS.has(f.entity.kind));
    const joined = (a: Mention, b: Mention) => {
      const [x, y] = a.from < b.from ? [a, b] : [b, a];
      const gap = text.slice(x.to, y.from);
      return LIST_JOINER.test(gap) || DOT_OR_COMMA_AND.test(gap);
    };
    // `mining, processing, and recycling`: such words joined to each other are a list of sectors by themselves; and
    // `mining companies`, `manufacturing jobs`, `건설 기업`: so is one before a word for the firms or the work of a sector.
    const accepted = candidates.filter(
      (c) =>
        candidates.some((d) => d !== c && joined(c, d)) ||
        SECTOR_WORD_AFTER.test(text.slice(c.to, c.to + 16)),
    );
    let grew = true;
    while (grew) {
      grew = false;
      for (const c of candidates) {
        if (accepted.includes(c)) continue;
        if ([...anchors, ...accepted].some((a) => joined(a, c))) {
          accepted.push(c);
          grew = true;
        }
      }
    }
    return accepted.length === 0 ? found : [...found, ...accepted].sort((a, b) => a.from - b.from);
  }

  /**
   * `한-인도네시아 정상회담`, `한-미 FTA`: a short form hyphened to a country (or to another short form) is a
   * country too; `일-생활 균형` is no pair of countries.
   */
  private withPairedShortForms(text: string, found: Mention[]): Mention[] {
    const extra: Mention[] = [];
    const at = startsAt(found);
    const country = (from: number, to: number) =>
      at.get(from)?.find((m) => m.entity.kind === 'Country' && m.to <= to) ??
      (this.abbreviations.has(text.slice(from, to))
        ? { entity: this.abbreviations.get(text.slice(from, to))!, from, to }
        : undefined);
    for (const pair of text.matchAll(HYPHEN_PAIR)) {
      const [left, right] = [pair[1]!, pair[2]!];
      const leftFrom = pair.index;
      const rightFrom = pair.index + pair[0].length - right.length;
      // `한-미간`: 간 (between) after the pair is no part of its second name.
      const bare = right.replace(TRAILING_PARTICLE, '').replace(/(?<=.)(?:간|사이)$/, '');
      const shortLeft = this.abbreviations.get(left);
      const shortRight = this.abbreviations.get(bare);
      if (shortLeft && country(rightFrom, rightFrom + bare.length))
        extra.push({ entity: shortLeft, from: leftFrom, to: leftFrom + left.length });
      if (shortRight && !at.has(rightFrom) && country(leftFrom, leftFrom + left.length))
        extra.push({ entity: shortRight, from: rightFrom, to: rightFrom + bare.length });
    }
    return withFresh(found, extra);
  }

  /**
   * `(인니) 가스공사(PGN)`, `(캐) 마그나 - (韓) LGES`: a country's short form alone in parentheses, set apart from the
   * word before (a date's weekday is glued to it: `11.25(일)`), labels what follows with that country.
   */
  private withLabelledShortForms(text: string, found: Mention[]): Mention[] {
    const extra: Mention[] = [];
    for (const m of text.matchAll(SHORT_FORM_LABEL)) {
      const entity = this.abbreviations.get(m[1]!);
      if (entity) extra.push({ entity, from: m.index + 1, to: m.index + 1 + m[1]!.length });
    }
    return withFresh(found, extra);
  }

  /** `대미 수출`: the short form after 대 names the country (see {@link TOWARD_SHORT_FORMS}). */
  private withTowardShortForms(text: string, found: Mention[]): Mention[] {
    const extra: Mention[] = [];
    for (const m of text.matchAll(TOWARD_SHORT_FORMS)) {
      const entity = this.abbreviations.get(m[1]!);
      if (entity?.kind === 'Country')
        extra.push({ entity, from: m.index + 1, to: m.index + 1 + m[1]!.length });
    }
    return withFresh(found, extra);
  }

  /**
   * `한미 FTA`, `한일 수출규제`, `미중 갈등`: two or three of the short forms of Korea, the US, Japan and China
   * written as one word before a space or a particle name each of those countries.
   */
  private withGluedPairs(text: string, found: Mention[]): Mention[] {
    const extra: Mention[] = [];
    for (const m of text.matchAll(GLUED_PAIRS)) {
      const word = m[1]!;
      if (new Set(word).size !== word.length) continue;
      const parts = [...word].map((c, k) => ({ entity: this.abbreviations.get(c), from: m.index + k }));
      if (parts.some((p) => p.entity?.kind !== 'Country')) continue;
      if (found.some((f) => f.from < m.index + word.length && m.index < f.to)) continue;
      for (const p of parts) extra.push({ entity: p.entity!, from: p.from, to: p.from + 1 });
    }
    return extra.length === 0 ? found : [...found, ...extra].sort((a, b) => a.from - b.from);
  }

  /**
   * `한·미·일·캐·독 등`: in a list joined by middle dots whose every item is a short form or a matched
   * name, the short forms are mentions too. Outside such lists `미` or `일` are ordinary syllables.
   */
  private withAbbreviations(text: string, found: Mention[]): Mention[] {
    const extra: Mention[] = [];
    const at = startsAt(found);
    for (const list of text.matchAll(DOT_LISTS)) {
      const items: { from: number; to: number; entity?: Entity }[] = [];
      const re = /[^·‧・\s]+/g;
      for (const item of list[0].matchAll(re)) {
        const from = list.index + item.index;
        items.push({ from, to: from + item[0].length });
      }
      const last = items.at(-1);
      if (last) {
        const word = text.slice(last.from, last.to);
        const bare = word.replace(TRAILING_PARTICLE, '');
        if (bare.length > 0 && bare !== word && !at.get(last.from)?.some((m) => m.to === last.to))
          last.to = last.from + bare.length;
      }
      let short = 0;
      const resolved = items.every((item) => {
        const entity = this.abbreviations.get(text.slice(item.from, item.to));
        if (entity) {
          item.entity = entity;
          short++;
          return true;
        }
        return at.get(item.from)?.some((m) => m.to >= item.to - 1 && m.to <= item.to) ?? false;
      });
      if (!resolved || short === 0 || items.length < 2) continue;
      for (const item of items)
        if (item.entity) extra.push({ entity: item.entity, from: item.from, to: item.to });
    }
    return extra.length === 0 ? found : [...found, ...extra].sort((a, b) => a.from - b.from);
  }

  /**
   * `㈜LG화학`: a match that ends in a Latin letter glued to Hangul, where a longer known name starts inside it and
   * runs on past its end, is part of that name: the match gives way to it.
   */
  private overtaken(
    text: string,
    original: string,
    lower: string,
    back: Int32Array,
    i: number,
    match: ReturnType<Matcher['matchAt']>,
  ): ReturnType<Matcher['matchAt']> {
    if (!match) return match;
    const { to } = match.mention;
    if (!LATIN_OR_DIGIT.test(text[to - 1] ?? '') || !HANGUL.test(text[to] ?? '')) return match;
    for (let j = i + 1; j < i + match.length; j++) {
      const inner = this.matchAt(text, original, lower, back, j);
      if (inner && inner.mention.to > to) return undefined;
    }
    return match;
  }

  /** The first candidate that fits at `i`, longest key first (keys of equal length in the order added). */
  private matchAt(text: string, original: string, lower: string, back: Int32Array, i: number) {
    // What `matchIn` rejects for the character before the match, tested once for all candidates.
    const starts = this.starts[lower.charCodeAt(i)]!;
    if (starts === 0) return undefined;
    const before = back[i]! > 0 ? text.charCodeAt(back[i]! - 1) : 0;
    if ((starts & STARTS_MID_LATIN) === 0 && isLatinOrDigit(before)) return undefined;
    if ((starts & STARTS_MID_HANGUL) === 0 && before >= 0xac00 && before <= 0xd7a3) return undefined;
    let node: TrieNode | undefined = this.root;
    walked.length = 0;
    for (let j = i; j < lower.length; j++) {
      node = child(node, lower.charCodeAt(j));
      if (!node) break;
      if (node.here) walked.push(node.here);
    }
    for (let k = walked.length - 1; k >= 0; k--) {
      const match = this.matchIn(walked[k]!, text, original, back, i);
      if (match) return match;
    }
    return undefined;
  }

  private matchIn(candidates: Candidate[], text: string, original: string, back: Int32Array, i: number) {
    for (const c of candidates) {
      if (c.caseSensitive && !original.startsWith(c.form, i)) continue;
      const from = back[i]!;
      const to = back[i + c.key.length - 1]! + 1;
      const before = from > 0 ? text[from - 1]! : '';
      const after = to < text.length ? text[to]! : '';
      // `Nampo,_North_Korea.jpg`: a word joined by underscores is part of a file or link name.
      if (c.latinStart && (LATIN_OR_DIGIT.test(before) || before === '_')) continue;
      if (c.latinEnd && (LATIN_OR_DIGIT.test(after) || after === '_')) continue;
      // `US$136.91 billion`, `HK$`: a name glued to a currency symbol is part of the currency.
      if (c.latinEnd && /[$€£¥₩]/.test(after)) continue;
      // `韓國航空宇宙産業`: a name in Chinese characters glued to more of them is part of a longer word, unless those
      // are another country's character (`韓美`) or 對 (`對中`).
      if (HAN.test(c.form[0]!) && (HAN_WORD.test(before) || HAN_WORD.test(after))) continue;
      // `아시아중남미협력담당관`, `미주통상과장`: a place glued into a word for an official or an office is part of the title.
      if (
        c.entity.kind === 'Country' &&
        HANGUL.test(after) &&
        OFFICE_TITLE.test(/^[가-힣]+/.exec(text.slice(to))![0])
      )
        continue;
      // `2위한국 398건`: a rank glued before a short name is no part of a word.
      const ranked = before === '위' && /\d위$/.test(text.slice(Math.max(0, from - 4), from));
      if (c.shortHangul && ((HANGUL.test(before) && !ranked) || /\s/.test(text.slice(from, to)))) continue;
      // `기아주식회사`: a short name glued to the legal form of a company is that company.
      // `철강회사 아르셀로`, `정유기업`: a short sector's name glued to a word for firms names the sector they are in.
      if (
        c.shortHangul &&
        HANGUL.test(after) &&
        !SUFFIX_AFTER_SHORT.test(after) &&
        !text.startsWith('주식회사', to) &&
        !TRADE_NOUN_AFTER_SHORT.test(text.slice(to, to + 6)) &&
        !(c.entity.kind === 'Industry' && FIRMS_AFTER_SECTOR.test(text.slice(to, to + 3)))
      )
        continue;
      // `자동차 제조업체`, `조선업체`: 업 before 체 is the first half of 업체 (a firm), not the sector 제조업, 조선업.
      if (after === '체' && c.form.endsWith('업')) continue;
      // `유럽 자유 무역 연합`: Korean writes a long name's words apart or together; a short one spaced is other words.
      // (`US 스틸`, `SK 하이닉스`: a space where Latin letters meet Hangul is the same name.)
      if (c.solid && (!c.longHangul || c.shortHangul)) {
        const written = text.slice(from, to);
        if (/\s/.test(written) && /\s/.test(written.replace(SCRIPT_BOUNDARY_SPACE, ''))) continue;
      }
      // `U.S. Treasury securities`: an issuer's name before a word for debt names the debt, not the body.
      if (c.entity.kind === 'Organization' && DEBT_AFTER.test(text.slice(to, to + 14))) continue;
      if (c.capitalised && !/[A-Z]/.test(text[from]!)) continue;
      // `New Mexico`, `Inner Mongolia`: a place named after a country with a word in front is no country.
      if (c.capitalised && /\b(?:New|Inner|Outer)\s$/.test(text.slice(Math.max(0, from - 6), from))) continue;
      if (c.capitalisedLast > 0 && !/[A-Z]/.test(text[back[i + c.key.length - c.capitalisedLast]!]!))
        continue;
      if (c.latinOnly && HANGUL.test(before)) continue;
      // `U.S.-based`, `China-made`, `steel-related products` still name the thing; `battery-grade` does not.
      if (
        c.latinEnd &&
        /^-(?!(?:based|headquartered|owned|related|linked|producing|dependent|made|produced|manufactured|mined)\b)[A-Za-z0-9]/.test(
          text.slice(to, to + 14),
        ) &&
        // `United States-Australia Framework`: a country joined to another name is one of a pair.
        !(c.entity.kind === 'Country' && /^[-–]\p{Lu}/u.test(text.slice(to, to + 2)))
      )
        continue;
      return { mention: { entity: c.entity, from, to }, length: c.key.length };
    }
    return undefined;
  }
}
