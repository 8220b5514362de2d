import { COMPANY_DESCRIPTION } from '../../cues';
import type { PhraseRule, Proposal } from '../types';
import { proposal } from './proposal';

/**
 * Between a country and the firm's name: an optional possessive, up to four describing words, one noun for a firm and
 * an optional comma (`'s main defense conglomerate, `, ` Pharmaceutical manufacturer `).
 */
const BEFORE_FIRM = String.raw`^(?:['’]s?)?\s+(?:(?!(?:and|or|its|their|with)\b)[A-Za-z][\w-]*\s+){0,4}`;
const FIRM_NOUN = String.raw`(?:${COMPANY_DESCRIPTION}|drugmaker|group)`;
const DESCRIPTION = new RegExp(String.raw`${BEFORE_FIRM}${FIRM_NOUN}(?:,\s+|\s+)(?:the\s+)?$`, 'i');
/** The same before the examples a plural noun lists: `'s fortune groups like `, ` companies such as `. */
const EXAMPLES = new RegExp(
  String.raw`${BEFORE_FIRM}(?:companies|${FIRM_NOUN}s)\s+(?:like|such\s+as|including)\s+(?:the\s+)?$`,
  'i',
);
/** Between two items of a list of names. */
const NEXT_ITEM = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;

/**
 * `Jordanian Pharmaceutical manufacturer Hikma Pharmaceuticals`, `The UAE's main defense conglomerate, Edge Group`: a
 * country before a singular noun for a firm, and the firm's name right after that noun, says where the firm is from;
 * so does one before a plural noun for firms and the firms it lists (`Chinese firms such as CATL and BYD`).
 */
export const describedCompany: PhraseRule = {
  id: 'phrase:described-company',
  emits: ['BASED_IN'],
  apply(names, ctx) {
    if (ctx.language !== 'en') return [];
    const out: Proposal[] = [];
    for (let k = 0; k + 1 < names.length; k++) {
      const [country, firm] = [names[k]!, names[k + 1]!];
      if (country.entity.kind !== 'Country' || country.entity.region || firm.entity.kind !== 'Company')
        continue;
      if (firm.from < country.to) continue;
      const gap = ctx.text.slice(country.to, firm.from);
      if (DESCRIPTION.test(gap)) {
        out.push(proposal('BASED_IN', firm, country, country.from, firm.to, describedCompany.id));
        continue;
      }
      if (!EXAMPLES.test(gap)) continue;
      // `India's fortune groups like Vedanta Resources and Tata Group`: each firm of the list.
      for (let j = k + 1; j < names.length; j++) {
        const item = names[j]!;
        if (item.entity.kind !== 'Company') break;
        if (j > k + 1 && !NEXT_ITEM.test(ctx.text.slice(names[j - 1]!.to, item.from))) break;
        out.push(proposal('BASED_IN', item, country, country.from, item.to, describedCompany.id));
      }
    }
    return out;
  },
};
