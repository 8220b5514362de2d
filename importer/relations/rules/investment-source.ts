import { ACTOR_KINDS } from '../../entities';
import type { PhraseRule, Proposal } from '../types';
import { proposal } from './proposal';

/** A copula and a rank before `source`: ` is the largest `, ` was the third-largest `, ` is a major `. */
const IS_RANKED = String.raw`\s+(?:also\s+)?(?:is|was|remains|remained|became|has\s+been)\s+(?:also\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}`;
/** What the source is of: foreign direct investment, however written. */
const INVESTMENT = String.raw`(?:inbound\s+)?(?:foreign\s+direct\s+investment|FDI|foreign\s+investment|investment)(?:\s*\(FDI\))?`;

/** `X is the largest source of foreign direct investment (FDI) by stock in Y`: Y after `in`. */
const SOURCE_IN = new RegExp(
  `^${IS_RANKED}source\\s+of\\s+${INVESTMENT}(?:\\s+by\\s+stock)?\\s+(?:in|into)\\s+(?:the\\s+)?$`,
  'i',
);
/** `X is the sixth-largest U.S. trade partner and the top source of foreign direct investment into Y`: after `and`. */
const AND_SOURCE_IN = new RegExp(
  `^${IS_RANKED.replace(String.raw`(?:[\w-]+\s+){0,2}`, String.raw`(?:[^\s;]+\s+){0,10}`)}and\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+){0,2}source\\s+of\\s+${INVESTMENT}\\s+(?:in|into)\\s+(?:the\\s+)?$`,
  'i',
);
/** `X is Y's largest source of foreign direct investment`: Y as the possessor. */
const IS_BEFORE = new RegExp(`^${IS_RANKED}$`, 'i');
const SOURCE_AFTER_OWNER = new RegExp(`^['’]s?\\s+(?:[\\w-]+\\s+){0,2}source\\s+of\\s+${INVESTMENT}`, 'i');
/** `X was the third-largest source of U.S. FDI`: Y between `source of` and the investment. */
const SOURCE_OF = new RegExp(`^${IS_RANKED}source\\s+of\\s+$`, 'i');
const INVESTMENT_AFTER = new RegExp(`^\\s+${INVESTMENT}`, 'i');

/**
 * `the United States was the largest source of foreign direct investment in Canada`, `The United States is
 * Australia's largest source of foreign direct investment`, `Canada was the third-largest source of U.S. FDI`: the
 * source of a country's investment invests in it.
 */
export const investmentSource: PhraseRule = {
  id: 'phrase:investment-source',
  emits: ['INVESTS_IN'],
  apply(names, ctx) {
    if (ctx.language !== 'en') return [];
    const out: Proposal[] = [];
    for (let k = 0; k + 1 < names.length; k++) {
      const investor = names[k]!;
      if (!ACTOR_KINDS.has(investor.entity.kind)) continue;
      // The host is the next name, or one a few names on when a clause joined by `and` says so.
      for (let j = k + 1; j < names.length && j <= k + 4; j++) {
        const host = names[j]!;
        if (host.entity.kind !== 'Country' || host.entity.region) continue;
        if (host.from < investor.to || investor.entity === host.entity) continue;
        const gap = ctx.text.slice(investor.to, host.from);
        const after = ctx.text.slice(host.to, host.to + 80);
        const stated =
          j === k + 1
            ? SOURCE_IN.test(gap) ||
              (IS_BEFORE.test(gap) && SOURCE_AFTER_OWNER.test(after)) ||
              (SOURCE_OF.test(gap) && INVESTMENT_AFTER.test(after))
            : AND_SOURCE_IN.test(gap);
        if (stated)
          out.push(proposal('INVESTS_IN', investor, host, investor.from, host.to, investmentSource.id));
      }
    }
    return out;
  },
};
