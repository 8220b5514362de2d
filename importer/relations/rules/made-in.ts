import type { PhraseRule, Proposal } from '../types';

/** What a country's make names: a material, a product sector or a technology. */
const PRODUCT = new Set(['Material', 'Industry', 'Technology']);

/** `캐나다産 핵심광물`, `중국산 전기차`; `China-made chips`, `U.S.-made steel`. */
const MADE_KO = /^(?:産|산)\s*$/;
const MADE_EN = /^-(?:made|produced|manufactured|mined)\s+$/;

/**
 * A country's make written before a product (`캐나다産 핵심광물`, `중국산 전기차`, `China-made chips`): the
 * country produces it.
 */
export const madeIn: PhraseRule = {
  id: 'phrase:made-in',
  emits: ['PRODUCES'],
  apply(names, ctx) {
    const out: Proposal[] = [];
    for (let k = 0; k + 1 < names.length; k++) {
      const country = names[k]!;
      const product = names[k + 1]!;
      if (country.entity.kind !== 'Country' || !PRODUCT.has(product.entity.kind)) continue;
      const between = ctx.text.slice(country.to, product.from);
      if (!(ctx.language === 'ko' ? MADE_KO : MADE_EN).test(between)) continue;
      out.push({
        type: 'PRODUCES',
        source: country.entity,
        target: product.entity,
        from: country.from,
        to: product.to,
        negative: false,
        rule: madeIn.id,
      });
    }
    return out;
  },
};
