import type { Entity } from '../entities';

/** A name in a sentence: offsets into the sentence's text. */
export interface Named {
  entity: Entity;
  from: number;
  to: number;
}

/**
 * The grammatical place of a name in its clause. `modifier` is a name inside a noun phrase before its
 * head (`nickel export ban`, `흑연 수출 통제`), `genitive` a possessor (`China's`, `중국의`), `compound` a
 * name that only qualifies the name after it (`EV` in `EV batteries`), which no frame links. `scene` is the
 * place a phrase fronted before the subject sets the whole sentence in (`In Brazil, sales doubled`): it
 * scopes what every clause states without being an argument of any verb, so only frames that ask read it.
 * `origin` is a country named right before a product in an object or oblique (`procure U.S. LNG`, `미국 LNG를
 * 구매`), read besides the country's own role, by the frames that ask for it.
 */
export type Role =
  | 'subject'
  | 'object'
  | 'oblique'
  | 'genitive'
  | 'modifier'
  | 'complement'
  | 'compound'
  | 'scene'
  | 'origin';

export interface Argument {
  named: Named;
  role: Role;
  /** The particle or preposition that marks an oblique: `에`, `에서`, `와`, `to`, `on`, `by`. */
  marker: string;
}

export interface Predicate {
  /** Verb lemma (`impose`, `밝히다`) or the noun of a Korean noun+하다 verb or of a nominal predicate (`지원`). */
  lemma: string;
  negative: boolean;
  /** The clause is reported speech or a plan: `…다고 밝혔다`, `plans to`, `would`. */
  modal: boolean;
  /** A noun phrase headed by a predicate noun (`export controls on gallium`, `IRA의 전기차 지원`). */
  nominal: boolean;
  /** For a noun predicate in a verb's phrases, that verb's lemma (`banned` in `banned exports of nickel`). */
  governor?: string;
  from: number;
  to: number;
}

export interface Clause {
  predicate: Predicate;
  args: Argument[];
  /** The clause modifies the noun after it (`영국 최대의 회사였던 X`): its missing argument is that noun. */
  relative?: boolean;
  /** `batteries based on licensed technology`: a participle describing the noun before it, never a subject's act. */
  participle?: boolean;
  /** `deploy reactors in partnership with X`: a predicate noun in an `in` phrase of manner, done by the verb's subject. */
  manner?: boolean;
  /** The clause's extent in the sentence, for evidence. */
  from: number;
  to: number;
}
