import type { EntityKind } from '../graph/model';
import type { LexiconEntry } from './lexicon/schema';

/** An entity the importer can recognise: a lexicon entry, or one discovered in the text. */
export interface Entity {
  /** Graph node id, `${kind}:${slug}` with the kind in lowercase. */
  nodeId: string;
  /** `Figure` only for an amount the clause engine reads as an argument (importer/relations/rules/figure-measure.ts). */
  kind: EntityKind | 'Figure';
  name: string;
  nameKo: string | undefined;
  nameEn: string | undefined;
  forms: Set<string>;
  /** Lexicon id of the enacting/home Country entity. */
  country: string | undefined;
  industries: string[];
  parents: string[];
  /** Short forms that name the entity only inside `·`-joined lists (한·미·일). */
  abbreviations?: readonly string[];
  /** Ordinary words that name the entity only as an item of a list of sectors or materials. */
  listForms?: readonly string[];
  /** A geographic region (Asia), not a state or a bloc. */
  region?: boolean;
  /** A bloc or grouping the lexicon makes other countries members of (EU, APEC, G7). */
  bloc?: boolean;
  /** A kind of policy every country has (`free trade agreement`), which no country enacts as such. */
  generic?: boolean;
  discovered: boolean;
}

export const HANGUL = /[\uac00-\ud7a3]/;
/** The kinds that act: a clause's subject, a party to an agreement, a holder of a share. */
export const ACTOR_KINDS: ReadonlySet<string> = new Set(['Country', 'Organization', 'Company']);
/** Firms and bodies, the actors that are not countries: whose history an article or a chronology tells. */
export const FIRM_KINDS: ReadonlySet<string> = new Set(['Organization', 'Company']);
/** The kinds of what is made, used or worked in: a sector, a material, a technology. */
export const SECTOR_KINDS: ReadonlySet<string> = new Set(['Industry', 'Material', 'Technology']);
const LATIN_LOWER = /[a-z]/;
const LATIN_UPPER = /[A-Z]/;

export function nodeIdFor(kind: EntityKind, slug: string): string {
  return `${kind.toLowerCase()}:${slug}`;
}

/** The lexicon id inside a node id: `country:south-korea` → `south-korea`. */
export function lexiconId(e: Entity): string {
  return e.nodeId.slice(e.nodeId.indexOf(':') + 1);
}

/** Whether one of the two is the other's own body or firm (`한국`, `산업통상자원부`): never partners of each other. */
export function ownEach(a: Entity, b: Entity): boolean {
  return a.country === lexiconId(b) || b.country === lexiconId(a);
}

/**
 * Whether `owner` may be the one that enacted `policy`: any one, unless the lexicon knows the policy as another
 * country's (`유럽의 IRA` is Europe's answer to the IRA, not the IRA).
 */
export function mayOwn(owner: Entity, policy: Entity): boolean {
  if (policy.country === undefined) return true;
  return owner.kind === 'Country' ? lexiconId(owner) === policy.country : owner.country === policy.country;
}

export function slugify(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** `U.S. Agency for International Development` is also written `United States Agency for …` and `US Agency for …`. */
const US_PREFIX = /^(?:U\.S\.|US|United States) (?=[A-Z])/;

/** How Korean reads each Latin capital: `LG` is 엘지, `SK` 에스케이. */
const LETTER_KO: Record<string, string> = {
  A: '에이',
  B: '비',
  C: '씨',
  D: '디',
  E: '이',
  F: '에프',
  G: '지',
  H: '에이치',
  I: '아이',
  J: '제이',
  K: '케이',
  L: '엘',
  M: '엠',
  N: '엔',
  O: '오',
  P: '피',
  Q: '큐',
  R: '알',
  S: '에스',
  T: '티',
  U: '유',
  V: '브이',
  W: '더블유',
  X: '엑스',
  Y: '와이',
  Z: '지',
};
/** `LG에너지솔루션`, `삼성SDI`: a Korean name with a Latin initialism at its start or end. */
const INITIALISM_KO = /^(?:([A-Z]{2,4})([가-힣].*)|(.*[가-힣])([A-Z]{2,4}))$/;

/**
 * `엘지(LG)에너지솔루션`, `삼성에스디아이(SDI)`: Korean government texts write a name's Latin initialism in Hangul with
 * the letters glossed after it.
 */
function glossedInitialisms(form: string): string[] {
  const m = INITIALISM_KO.exec(form);
  if (!m) return [];
  const latin = m[1] ?? m[4]!;
  const read = [...latin].map((c) => LETTER_KO[c]!).join('');
  return m[1] ? [`${read}(${latin})${m[2]}`] : [`${m[3]}${read}(${latin})`];
}

export function entityFromLexicon(entry: LexiconEntry): Entity {
  const forms = new Set<string>([entry.ko, entry.en, ...entry.aliases].filter((f): f is string => !!f));
  for (const form of [...forms]) {
    if (US_PREFIX.test(form) && entry.kind !== 'Country')
      for (const prefix of ['U.S. ', 'US ', 'United States ']) forms.add(form.replace(US_PREFIX, prefix));
    for (const glossed of glossedInitialisms(form)) forms.add(glossed);
  }
  return {
    nodeId: nodeIdFor(entry.kind, entry.id),
    kind: entry.kind,
    name: entry.ko ?? entry.en!,
    nameKo: entry.ko,
    nameEn: entry.en,
    forms,
    country: entry.country,
    industries: entry.industries,
    parents: entry.parents,
    abbreviations: entry.abbreviations,
    listForms: entry.listForms,
    region: entry.region === true,
    generic: entry.generic === true,
    discovered: false,
  };
}

/** Dashes a name may be written with between its words; keys and matched text read each as a hyphen. */
export const DASHES = /[\u2010-\u2014]/g;

/** Whitespace-free lower-case key used to compare surface forms ("인플레이션 감축법" = "인플레이션감축법"). */
export function formKey(form: string): string {
  return form.normalize('NFC').replace(/\s+/g, '').toLowerCase().replace(DASHES, '-');
}

/** All-caps Latin forms ("IRA", "EU") match case-sensitively so they do not fire inside ordinary words. */
export function isCaseSensitive(form: string): boolean {
  return LATIN_UPPER.test(form) && !LATIN_LOWER.test(form);
}

export function isHangulOnly(form: string): boolean {
  return [...form].every((c) => HANGUL.test(c));
}
