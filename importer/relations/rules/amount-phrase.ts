import type { Named } from '../../clauses/types';
import type { PhraseRule, Proposal } from '../types';
import { compoundEnd } from './compound';
import { proposal } from './proposal';

/** An amount of money as written: `$13 billion`, `€3 billion`, `520억 달러`, `2,744억원`. */
export const MONEY = /[$€£¥₩]|달러|유로|엔화|\d\s*[십백천만억조]*\s*원|\b(?:dollars?|euros?|yen|won)\b/i;
/** A share or rate, which is a part of the whole named after `of`, not a measure of it. */
const SHARE = /%|\bpercent\b|퍼센트|\bhalf\b|\bthird\b|\bquarter\b|\bin\s+\d+\b/i;

/** Up to two lower-case modifiers between the preposition and the name: `for the new`, `of new`. */
const MODIFIERS = String.raw`(?:(?:the|a|an|new|its|their|domestic|advanced|clean)\s+){0,2}`;
const FOR = new RegExp(String.raw`^\s+for\s+${MODIFIERS}$`);
const OF = new RegExp(String.raw`^\s+(?:worth\s+)?of\s+${MODIFIERS}$`);

const FOR_KINDS = new Set(['Company', 'Organization', 'Industry', 'Technology']);
const OF_KINDS = new Set(['Material', 'Industry', 'Technology']);

const measures = (figure: Named, target: Named, rule: string): Proposal =>
  proposal('MEASURES', figure, target, figure.from, target.to, rule);

/**
 * A phrase rule that pairs an amount with the name right after a preposition: `accepts` says which amounts,
 * `gap` what may stand between, `kinds` what the name (the last of a compound) may be.
 */
function amountBefore(
  id: string,
  accepts: (figure: Named) => boolean,
  gap: RegExp,
  kinds: Set<string>,
): PhraseRule {
  return {
    id,
    emits: ['MEASURES'],
    apply(names, ctx) {
      const out: Proposal[] = [];
      names.forEach((figure, k) => {
        const next = names[k + 1];
        if (figure.entity.kind !== 'Figure' || !accepts(figure) || !next) return;
        if (!gap.test(ctx.text.slice(figure.to, next.from))) return;
        const head = names[compoundEnd(names, k + 1, ctx.text)];
        if (head && kinds.has(head.entity.kind)) out.push(measures(figure, head, id));
      });
      return out;
    },
  };
}

/**
 * An amount of money written right before `for` and a name is spent on that name: `$13 billion for
 * semiconductor research`, `up to $500 million for the Cleveland-Cliffs plant`.
 */
export const amountFor = amountBefore('phrase:amount-for', (f) => MONEY.test(f.entity.name), FOR, FOR_KINDS);

/**
 * An amount or quantity right before `of` (or `worth of`) and a material, sector or technology counts it:
 * `$16.2 billion worth of copper products`, `5,000 megawatts of new solar capacity`. A share before `of`
 * is a part of the whole it names (`20% of U.S. exports`), so shares are left to the clause.
 */
export const amountOf = amountBefore('phrase:amount-of', (f) => !SHARE.test(f.entity.name), OF, OF_KINDS);

/** Nouns of money given or pledged, which an amount right before them measures. */
const GIVING = String.raw`(?:[a-z-]+\s+)?(?:investments?|financing|funding|loans?|grants?|aid|assistance|contributions?)(?:\s+(?:pledges?|commitments?|packages?|deals?))?`;
/** `$350 billion investment pledge from South Korea`: who gives, after the noun. */
const GIVEN_FROM = new RegExp(String.raw`^\s+${GIVING}\s+(?:from|by)\s+(?:the\s+)?$`);
/** `$600 billion in Saudi investment commitments`: who gives, as an adjective between `in` and the noun. */
const GIVEN_IN = /^\s+in\s+(?:new\s+)?$/;
const GIVING_AFTER = new RegExp(String.raw`^\s+${GIVING}\b`);
/** `Saudi Arabia's $600 billion investment`, `사우디아라비아의 6,000억 달러 투자`: the giver before, the noun after. */
const OWNER_BEFORE = /^(?:['’]s\s+|의\s*)$/;
const OWNED_AFTER = new RegExp(
  String.raw`^\s*(?:${GIVING}\b|(?:투자|지원|출자|투자액|지원액)(?![가-힣]{2,}))`,
);
const GIVER_KINDS = new Set(['Country', 'Company', 'Organization']);

/**
 * Money given and the one who gives it: `a $350 billion investment pledge from South Korea`, `$600 billion in Saudi
 * investment commitments`, `사우디아라비아의 6,000억 달러 투자`. The amount measures the giver.
 */
export const amountOfGiver: PhraseRule = {
  id: 'phrase:amount-of-giver',
  emits: ['MEASURES'],
  apply(names, ctx) {
    const out: Proposal[] = [];
    names.forEach((figure, k) => {
      if (figure.entity.kind !== 'Figure' || !MONEY.test(figure.entity.name)) return;
      const next = names[k + 1];
      const previous = names[k - 1];
      if (next && GIVER_KINDS.has(next.entity.kind)) {
        const gap = ctx.text.slice(figure.to, next.from);
        const given =
          GIVEN_FROM.test(gap) ||
          (GIVEN_IN.test(gap) &&
            next.entity.kind === 'Country' &&
            GIVING_AFTER.test(ctx.text.slice(next.to)));
        if (given) out.push(measures(figure, next, amountOfGiver.id));
      }
      if (
        previous &&
        GIVER_KINDS.has(previous.entity.kind) &&
        OWNER_BEFORE.test(ctx.text.slice(previous.to, figure.from)) &&
        OWNED_AFTER.test(ctx.text.slice(figure.to))
      )
        out.push(proposal('MEASURES', figure, previous, previous.from, figure.to, amountOfGiver.id));
    });
    return out;
  },
};

const SIZED_KINDS = new Set(['Policy', 'Organization', 'Company']);

/**
 * `Chips for Europe Initiative (expected total budget €15.8 billion until 2030)`, `스타게이트 프로젝트(총 30조원
 * 규모)`: one amount of money in a parenthesis right after a programme's or body's name, with no other name in
 * it, is that programme's or body's money.
 */
export const amountInParenthesis: PhraseRule = {
  id: 'phrase:amount-in-parenthesis',
  emits: ['MEASURES'],
  apply(names, ctx) {
    const out: Proposal[] = [];
    names.forEach((name, k) => {
      // Names inside this one (`반도체` in `반도체 첨단패키징 선도기술개발사업`) are part of it.
      const rest = names.slice(k + 1).filter((n) => n.from >= name.to);
      const figure = rest[0];
      if (!figure || name.entity.kind === 'Figure' || !SIZED_KINDS.has(name.entity.kind)) return;
      if (figure.entity.kind !== 'Figure' || !MONEY.test(figure.entity.name)) return;
      // `(’25~‘31, 총 2,744억원 …)`: the years a programme runs may come before its money.
      const gap = ctx.text.slice(name.to, figure.from).replace(YEARS, '');
      if (!/^\s?\([^()\d]{0,40}$/.test(gap)) return;
      const close = closing(ctx.text, ctx.text.lastIndexOf('(', figure.from));
      if (close < 0) return;
      // `(’25~‘31, 총 2,744억원 (’25년 정부안 178억원))`: the amounts inside are all the programme's; a name is not.
      const inside = rest.filter((n) => n.from < close);
      if (!inside.every((n) => n.entity.kind === 'Figure' && MONEY.test(n.entity.name))) return;
      for (const amount of inside)
        out.push(proposal('MEASURES', amount, name, name.from, close + 1, amountInParenthesis.id));
    });
    return out;
  },
};

/** Years and year ranges as Korean reports write them: `’25~‘31, `, `2025년 `, `('25) `. */
const YEARS = /[‘’'`]?\d{2,4}(?:년)?(?:\s*[~–-]\s*[‘’'`]?\d{2,4}(?:년)?)?\s*,?\s*/g;

/** The index of the parenthesis that closes the one at `open`, or -1. */
function closing(text: string, open: number): number {
  if (open < 0) return -1;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}
