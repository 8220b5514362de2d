import type { PhraseRule, Proposal } from '../types';
import { proposal } from './proposal';

/** The last word of an agreement's name: what two parties make together. */
const AGREEMENT_END =
  /(?:Agreement|Partnership|Pact|Treaty|Accord|Arrangement|Memorandum of Understanding|MOU|MoU|Framework|Deal|Compact)$/;
const PARTIES = new Set(['Country', 'Organization', 'Company']);
const BETWEEN = /^\s+(?:between|among)\s+(?:the\s+)?$/;
/** `… and the Government of Indonesia`: a country's government is the country as a party. */
const AND = /^\s*,?\s+and\s+(?:the\s+)?(?:(?:Government|Republic|Kingdom|State)\s+of\s+(?:the\s+)?)?$/;

/**
 * A named agreement and the parties after `between` (`the Economic Partnership Agreement between the European Union
 * and Japan`): the parties are partners. The clause engine reads `between` after an agreement noun; inside a name the
 * noun is the name's, so this phrase reads it.
 */
export const agreementParties: PhraseRule = {
  id: 'phrase:agreement-parties',
  emits: ['PARTNERS_WITH'],
  apply(names, ctx) {
    const out: Proposal[] = [];
    for (let k = 0; k + 2 < names.length; k++) {
      const [agreement, first, second] = [names[k]!, names[k + 1]!, names[k + 2]!];
      if (agreement.entity.kind !== 'Policy') continue;
      if (!AGREEMENT_END.test(ctx.text.slice(agreement.from, agreement.to))) continue;
      if (!PARTIES.has(first.entity.kind) || !PARTIES.has(second.entity.kind)) continue;
      if (!BETWEEN.test(ctx.text.slice(agreement.to, first.from))) continue;
      if (!AND.test(ctx.text.slice(first.to, second.from))) continue;
      out.push(proposal('PARTNERS_WITH', first, second, agreement.from, second.to, agreementParties.id));
    }
    return out;
  },
};
