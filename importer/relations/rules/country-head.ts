import type { PhraseRule, Proposal } from '../types';
import { proposal } from './proposal';

/** Between a company and the country its head there runs: a person's name, with its spelling in parentheses. */
const PERSON = /^\s+(?:[가-힣]{1,5}\s?){1,4}(?:\([A-Za-z .'-]{2,40}\))?\s+$/;
/** The title of the head of a company's arm in a country. */
const HEAD = /^\s*(?:CEO|대표이사|대표|지사장|법인장|사장|총괄)(?![가-힣A-Za-z])/;

/**
 * `르노 니콜라 파리(Nicolas Paris) 한국 CEO`, `코닝 반 홀(Vaughn Hall) 한국 CEO`: a company's head in a country
 * runs its arm there, so the company is located in that country.
 */
export const countryHead: PhraseRule = {
  id: 'phrase:country-head',
  emits: ['LOCATED_IN'],
  apply(names, ctx) {
    const out: Proposal[] = [];
    names.forEach((company, k) => {
      const country = names[k + 1];
      if (company.entity.kind !== 'Company' || country?.entity.kind !== 'Country' || country.entity.region)
        return;
      if (!PERSON.test(ctx.text.slice(company.to, country.from))) return;
      const head = HEAD.exec(ctx.text.slice(country.to));
      if (!head) return;
      out.push(
        proposal('LOCATED_IN', company, country, company.from, country.to + head[0].length, countryHead.id),
      );
    });
    return out;
  },
};
