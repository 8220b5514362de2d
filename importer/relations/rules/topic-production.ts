import type { PhraseRule, Proposal } from '../types';

const PLACE = new Set(['Country']);
const PRODUCT = new Set(['Material', 'Industry', 'Technology']);

/** `Production in Indonesia`, `output in the Philippines`. */
const PRODUCTION_IN = /\b(?:production|output)\s+in\s+(?:the\s+)?$/i;
/** `Canadian production`, `China's mine output`, `호주의 생산량`, `칠레 생산량`. */
const PLACE_PRODUCTION_EN =
  /^(?:['’]s?)?\s+(?:(?:mine|refinery|refined|smelter|domestic)\s+)?(?:production|output)\b/i;
const PLACE_PRODUCTION_KO = /^(?:의)?\s?(?:광산\s?|정제\s?)?(?:생산량|생산|산출량)(?![가-힣])/;
/** `In the Philippines, production declined`: a place set before a clause on production. */
const IN_PLACE = /^\s*In\s+(?:the\s+)?$/;
const THEN_PRODUCTION = /^,\s+(?:(?:mine|refinery|refined|smelter|domestic)\s+)?(?:production|output)\b/i;

/**
 * In a text about one material, production in a place with no product named is the place's production of that
 * material (`Nickel` … `Production in Indonesia increased by 13%`, `In the Philippines, production declined`).
 */
export const topicProduction: PhraseRule = {
  id: 'phrase:topic-production',
  emits: ['PRODUCES'],
  apply(names, ctx) {
    const topic = ctx.topic;
    if (topic?.kind !== 'Material') return [];
    if (names.some((n) => PRODUCT.has(n.entity.kind) && n.entity.nodeId !== topic.nodeId)) return [];
    const out: Proposal[] = [];
    for (const place of names) {
      if (!PLACE.has(place.entity.kind)) continue;
      const before = ctx.text.slice(0, place.from);
      const after = ctx.text.slice(place.to);
      const stated =
        ctx.language === 'ko'
          ? PLACE_PRODUCTION_KO.test(after)
          : PRODUCTION_IN.test(before) ||
            PLACE_PRODUCTION_EN.test(after) ||
            (IN_PLACE.test(before) && THEN_PRODUCTION.test(after));
      if (!stated) continue;
      out.push({
        type: 'PRODUCES',
        source: place.entity,
        target: topic,
        from: 0,
        to: ctx.text.length,
        negative: false,
        rule: topicProduction.id,
      });
    }
    return out;
  },
};
