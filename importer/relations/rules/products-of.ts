import type { ClauseRule } from '../types';
import { roleKey } from './predicate-frame';
import { proposal } from './proposal';

/** Predicates that say what a class holds: `include`, `consist of`, `be`, `있다`, `이다`. */
const LISTING = new Set(['include', 'consist', 'comprise', 'be', '있다', '이다', '포함']);

/**
 * Right after a possessor, a noun for what it makes or sells, with an optional word for rank: `'s main products`,
 * `'s exports`, `의 주력 제품으로는`, `의 주요 수출품은`, after a firm's legal form too (`동국제강(주)의 …`).
 */
const PRODUCTS_AFTER =
  /^(?:['’]s?\s+(?:(?:main|major|key|principal|primary|leading|chief)\s+)?(?:products|exports|output)\b|(?:\((?:주|株)\))?의\s*(?:(?:주력|주요|대표|핵심)\s*)?(?:제품|생산품|수출품|상품)(?:으로는|으로|은|는|이|가|에는)?(?![가-힣]))/i;

const MAKERS = new Set(['Company', 'Country']);
const MADE = new Set(['Material', 'Industry', 'Technology']);
const ITEM_ROLES = new Set(['object', 'subject', 'oblique:of', 'complement']);

/**
 * `AMD's main products include microprocessors`, `Namibia's exports consist of diamonds and beef`, `동국제강의 주력
 * 제품으로는 철근, 후판이 있다`, `포스코의 주요 제품은 열연강판이다`: the items a possessor's products are said to be
 * are what it produces. The possessor must stand right before the products noun; other names of the clause are not its.
 */
export const productsOf: ClauseRule = {
  id: 'clause:products-of',
  emits: ['PRODUCES'],
  apply(clause, ctx) {
    if (clause.predicate.negative || !LISTING.has(clause.predicate.lemma)) return [];
    const owners = clause.args.filter(
      (a) =>
        a.role === 'genitive' &&
        MAKERS.has(a.named.entity.kind) &&
        PRODUCTS_AFTER.test(ctx.text.slice(a.named.to)),
    );
    if (new Set(owners.map((o) => o.named.entity.nodeId)).size !== 1) return [];
    const owner = owners[0]!;
    return clause.args
      .filter(
        (a) => a.named.from > owner.named.to && ITEM_ROLES.has(roleKey(a)) && MADE.has(a.named.entity.kind),
      )
      .map((item) =>
        proposal('PRODUCES', owner.named, item.named, owner.named.from, item.named.to, productsOf.id),
      );
  },
};
