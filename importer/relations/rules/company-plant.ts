import type { Named } from '../../clauses/types';
import type { PhraseRule, Proposal } from '../types';
import { compoundEnd } from './compound';
import { proposal } from './proposal';

/** What a plant makes: a material, a product sector or a technology. */
const PRODUCT = new Set(['Material', 'Industry', 'Technology']);
/**
 * From a company to what its plant makes: a possessive (`유미코아社의`, `Panasonic's`), perhaps then the site's own
 * name (`Talon Metals’ Tamarack nickel project`).
 */
const OWNER = /^\s?(?:社|사)?(?:의|['’]s?)\s+(?:[A-Z][a-z]+\s+){0,2}$/;
/** Between the products of one plant: `반도체 특수가스 및 공정용 첨단소재`, `cells and modules`. */
const AND = /^\s*(?:,|및|와|과|and|·)\s*$/;
/** A word for a plant right after what it makes. */
const PLANT =
  /^\s*(?:공장|생산\s?(?:공장|설비|시설|라인|기지)|plants?\b|factor(?:y|ies)\b|fabs?\b|production\s+(?:lines?|facilit(?:y|ies)|plants?)\b)/i;

/** A word for a mine, a mining project or a works that yields a material, right after the material. */
const SITE =
  /^\s*(?:(?:mines?|projects?|deposits?|operations?|refiner(?:y|ies)|smelters?)\b|광산|광구|프로젝트|제련소)/i;

/**
 * A company's plant for a product (`유미코아社의 이차전지 양극재 공장 증설`, `Panasonic's battery cell plant`):
 * the company produces it. Of a compound the head is the product (`이차전지 양극재` is cathode material).
 */
export const companyPlant: PhraseRule = {
  id: 'phrase:company-plant',
  emits: ['PRODUCES'],
  apply(names, ctx) {
    const out: Proposal[] = [];
    const text = ctx.text;
    names.forEach((company, k) => {
      if (company.entity.kind !== 'Company' || !names[k + 1]) return;
      if (!OWNER.test(text.slice(company.to, names[k + 1]!.from))) return;
      const heads: Named[] = [];
      let at = k + 1;
      while (names[at] && PRODUCT.has(names[at]!.entity.kind)) {
        const end = compoundEnd(names, at, text);
        if (!names.slice(at, end + 1).every((n) => PRODUCT.has(n.entity.kind))) return;
        heads.push(names[end]!);
        const next = names[end + 1];
        if (!next || !AND.test(text.slice(names[end]!.to, next.from))) break;
        at = end + 1;
      }
      const last = heads.at(-1);
      if (!last) return;
      const after = text.slice(last.to);
      // `BHP’s Olympic Dam copper mine`: a mine or a mining project yields a material.
      const site = SITE.test(after) && heads.every((h) => h.entity.kind === 'Material');
      if (!PLANT.test(after) && !site) return;
      for (const product of heads)
        out.push(proposal('PRODUCES', company, product, company.from, last.to, companyPlant.id));
    });
    return out;
  },
};
