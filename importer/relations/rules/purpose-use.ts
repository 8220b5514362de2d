import type { Named } from '../../clauses/types';
import { LIST_JOINER } from '../../cues';
import type { PhraseRule, Proposal } from '../types';
import { compoundEnd } from './compound';

/** What is made or supplied for a use: a material, a technology or a product sector. */
const INPUT = new Set(['Material', 'Technology', 'Industry']);
/** What the input is for: a sector or a technology, never a place or a firm. */
const USE = new Set(['Industry', 'Technology']);

/** `batteries for electric vehicles`, `chips for use in cars`; `전기차용 배터리` puts the use first. */
const FOR_EN = /^\s+for\s+(?:the\s+|use\s+in\s+)?$/;
const FOR_KO = /^용\s*$/;
/** Between a name and an appositive that classes it: `, a necessary`, `, an essential`. */
const APPOSITIVE_CLASS = /^\s*,\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}$/;
/** Nothing or one space on one line: `반도체 웨이퍼`, `semiconductor wafers`, `이차전지양극재`. */
const MODIFIER = /^ ?$/;
/** The next use in a list: `for munitions and next-generation battery technologies`. */
const AND = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[a-z]+-[a-z]+\s+)?$/;

/**
 * The uses a name is for, as the names right after `for` (or before `용`) and the names listed with them.
 * In a compound (`electric vehicle batteries`) the last name is the use.
 */
function usesAfter(names: readonly Named[], k: number, text: string): Named[] {
  const out: Named[] = [];
  let i = k;
  while (i < names.length) {
    // Only the last name of a compound counts: `for electric vehicle batteries`.
    i = compoundEnd(names, i, text);
    const use = names[i]!;
    if (!USE.has(use.entity.kind)) break;
    out.push(use);
    const next = names[i + 1];
    if (!next || !AND.test(text.slice(use.to, next.from))) break;
    i++;
  }
  return out;
}

/**
 * A material, technology or product named right before `for` and a sector or technology is an input of
 * that use: `lithium-ion batteries for electric vehicles` (electric vehicles use the batteries), `ASICs for
 * image sensors and automotive applications`; in Korean the use comes first, `전기차용 배터리`.
 */
export const purposeUse: PhraseRule = {
  id: 'phrase:purpose-use',
  emits: ['USES'],
  apply(names, ctx) {
    const out: Proposal[] = [];
    const propose = (input: Named, use: Named, from: number, to: number) => {
      if (input.entity.nodeId === use.entity.nodeId) return;
      // `전기차 폐배터리`, `EV scrap`: what is spent comes out of the use; it is not put into it.
      if (SPENT.test(ctx.text.slice(input.from, input.to)) || SPENT.test(input.entity.nameEn ?? '')) return;
      out.push({
        type: 'USES',
        source: use.entity,
        target: input.entity,
        from,
        to,
        negative: false,
        rule: purposeUse.id,
      });
    };
    for (let k = 0; k + 1 < names.length; k++) {
      const named = names[k]!;
      const next = names[k + 1]!;
      if (!INPUT.has(named.entity.kind)) continue;
      // `antimony, a necessary critical mineral for munitions`: the class an appositive names stands for the
      // name before it.
      const before = names[k - 1];
      const input =
        before &&
        INPUT.has(before.entity.kind) &&
        APPOSITIVE_CLASS.test(ctx.text.slice(before.to, named.from))
          ? before
          : named;
      const between = ctx.text.slice(named.to, next.from);
      if (ctx.language === 'en' && FOR_EN.test(between)) {
        const uses = usesAfter(names, k + 1, ctx.text);
        for (const use of uses) propose(input, use, input.from, uses.at(-1)!.to);
      }
      // `전기차용 배터리`: the name before 용 is the use, the name after it the input.
      if (
        ctx.language === 'ko' &&
        USE.has(named.entity.kind) &&
        FOR_KO.test(between) &&
        INPUT.has(next.entity.kind)
      )
        propose(next, named, named.from, next.to);
      // `반도체 웨이퍼`, `solar polysilicon`: a sector that modifies a material names the material's use (a
      // technology so written names a product: `AR glass`).
      if (named.entity.kind === 'Industry' && next.entity.kind === 'Material' && MODIFIER.test(between))
        propose(next, named, named.from, next.to);
    }
    for (const [k, use] of names.entries()) {
      if (use.entity.kind !== 'Industry') continue;
      const after = ctx.text.slice(use.to);
      // `니켈·리튬 등 이차전지 기초원료`: the materials listed before `등` are instances of the sector's inputs.
      const inputs = ctx.language === 'ko' ? INPUTS_KO.exec(after) : null;
      if (inputs) {
        const listed = listedBefore(names, k, ctx.text);
        for (const input of listed) propose(input, use, listed[0]!.from, use.to + inputs[0].length);
      }
      // `battery materials such as lithium and nickel`
      const such = ctx.language === 'en' ? INPUTS_SUCH_AS_EN.exec(after) : null;
      if (such) {
        const listed = listedAfter(names, k + 1, ctx.text, use.to + such[0].length);
        for (const input of listed) propose(input, use, use.from, listed.at(-1)!.to);
      }
    }
    return out;
  },
};

/** A word for a thing used up or thrown away: `폐배터리`, `사용후 배터리`, `spent batteries`, `copper scrap`. */
const SPENT = /^(?:폐|사용\s?후|폐기)|\b(?:scrap|spent|waste|end-of-life)\b/i;

/** A word for inputs right after a sector: `이차전지 기초원료`, `반도체 소재`, `배터리용 원재료`. */
const INPUTS_KO =
  /^\s?(?:용\s?)?(?:기초\s?|핵심\s?)?(?:원료|원재료|소재|광물|원자재)(?:[의을를이가은는에와과도]|으로|로)?(?![가-힣])/;
/** `battery materials such as`, `battery minerals, including`. */
const INPUTS_SUCH_AS_EN =
  /^\s+(?:raw\s+)?(?:materials|minerals|inputs)\s*,?\s+(?:such\s+as|including|like)\s+/;
/** What joins two listed materials: a list word, or the middle dot of Korean lists (`니켈·리튬`). */
const joined = (gap: string) => LIST_JOINER.test(gap) || /^\s*·\s*$/.test(gap);

/** The materials listed right before `등` and the sector at `k`, joined by `·`, `,`, 와/과 or 및. */
function listedBefore(names: readonly Named[], k: number, text: string): Named[] {
  const last = names[k - 1];
  if (last?.entity.kind !== 'Material' || !/^\s*등\s$/.test(text.slice(last.to, names[k]!.from))) return [];
  return materialRun(names, k - 1, -1, text).reverse();
}

/** The materials listed from `k`, the first right at `from`. */
function listedAfter(names: readonly Named[], k: number, text: string, from: number): Named[] {
  return names[k]?.entity.kind === 'Material' && names[k]!.from === from
    ? materialRun(names, k, 1, text)
    : [];
}

/** The materials joined to the one at `i`, walking by `step` (1 forward, -1 back), that one first. */
function materialRun(names: readonly Named[], i: number, step: 1 | -1, text: string): Named[] {
  const out = [names[i]!];
  for (let j = i + step; names[j]?.entity.kind === 'Material'; j += step) {
    const [a, b] = step > 0 ? [names[j - 1]!, names[j]!] : [names[j]!, names[j + 1]!];
    if (!joined(text.slice(a.to, b.from))) break;
    out.push(names[j]!);
  }
  return out;
}
