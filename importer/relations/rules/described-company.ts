import { COMPANY_DESCRIPTION } from '../../cues';
import type { PhraseRule, Proposal } from '../types';
import { proposal } from './proposal';

/**
 * Between a country and the firm's name: an optional possessive, up to four describing words, one noun for a firm and
 * an optional comma (`'s main defense conglomerate, `, ` Pharmaceutical manufacturer `).
 */
const DESCRIPTION = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:(?!(?:and|or|its|their|with)\b)[A-Za-z][\w-]*\s+){0,4}(?:${COMPANY_DESCRIPTION}|drugmaker|group)(?:,\s+|\s+)(?:the\s+)?$`,
  'i',
);

/**
 * `Jordanian Pharmaceutical manufacturer Hikma Pharmaceuticals`, `The UAE's main defense conglomerate, Edge Group`: a
 * country before a singular noun for a firm, and the firm's name right after that noun, says where the firm is from.
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
      if (firm.from < country.to || !DESCRIPTION.test(ctx.text.slice(country.to, firm.from))) continue;
      out.push(proposal('BASED_IN', firm, country, country.from, firm.to, describedCompany.id));
    }
    return out;
  },
};
