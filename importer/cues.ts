/**
 * The words the relation rules listen for, in Korean and English. Kept apart from the rules so the
 * vocabulary can be read (and extended) in one place.
 */
export const IMPLICATION_WORDS = /시사점|implications?\b|lessons?\b|takeaways?/i;
export const NONE_WORDS =
  /연구\s?한계|연구\s?과제|한계|limitations?|future (?:research|work)|참고\s?문헌|references|과제 관련성/i;
export const STATUS_WORDS =
  /현황|동향|트렌드|개념|경쟁 구도|변화$|특성|정의|status|overview|background|trends?\b|landscape/i;
export const STRATEGY_WORDS =
  /전략|방안|대응|과제|제언|역할|추진|육성|강화|확보|개선|구축|확대|협력|개척|로드맵|strateg|response|recommend|measures|actions?\b|priorit/i;
/**
 * `(참석) ▴정부 : 산업부·기재부 장관 등`, `(일시/장소) …`, `참석자 : 약 40여명`, `회의안건: …`: an item opened by the
 * label of a meeting's or a project's field, in brackets or before a colon, gives that field (who attended, when,
 * where, what was on the agenda, who carries it out), no plan.
 */
export const RECORD_FIELD =
  /^[*※]?\s*(?:[(［[]\s*(?:참석자?|참가자?|일시|장소|일정|주최|주관|수행기관|참여기관|일시\s*[·/및]\s*장소)\s*[)］\]]|(?:참\s?석\s?자|참가자|일\s?시|장\s?소|일\s?정|주\s?최|주\s?관|(?:회의\s?)?안\s?건|주요\s?내용|일시\s*[·/및]\s*장소)\s*[:：])/;
/** A date to the day: `On July 25`, `July 10, 2024`, `8.11일`, `(8.11)`, `6월 27일`. */
export const DAY_DATE =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}\b(?![,.]?\d)|(?<![\d.])\d{1,2}\.\d{1,2}\s*(?:일|\))|\d{1,2}월\s*\d{1,2}일/;
export const ENACT_CUE =
  /시행|도입|제정|발표|마련|부과|서명|통과|공포|발효|입법|강화|enact|adopt|pass(?:ed|es)?\b|introduc|impos|propos|sign(?:ed|s)?\b|launch|unveil|implement|approv|announc|finaliz|legislat/i;
export const LAW_WORD_AFTER =
  /^\s*(?:의|['’]s)?\s*(?:연방|federal\s+)?(?:법|법률|법안|제도|정책|규정|law|act|regulation|legislation|statute|policy|program)/i;
export const LAW_WORD_BEFORE =
  /(?:law|act|regulation|legislation|statute|policy|program)\s+(?:of|by|from)\s+(?:the\s+)?$/i;
export const RESPONSE_AFTER =
  /^\s*(?:\([^)]*\))?\s*(?:에|을|를|에\s*대한)?\s*(?:맞서|맞대응|대응|대항|반발|보복)/;
export const CONJUNCTION_KO_EN = /^\s*(?:\([^)]*\))?\s*(?:,|·|및|와|과|and|or|&|\/)\s*$/;
export const RESPONSE_CUE = /대응|대비|맞춘|맞춰|따른|따라|respon|comply|complian/i;
export const SECURE_CUE = /확보|공급망|안정화|수급|조달|비축|협력|secur|supply/i;
export const INPUT_CUE =
  /^\s*(?:핵심\s*)?(?:원자재|소재|광물|원료|부품|raw materials?|materials?|minerals?|inputs?)|^\s*생산에\s*필수/i;
export const FIGURE_OF =
  /^\s*(?:규모의?|급의?|상당의|어치의|의|(?:이상|이하|가량|정도|내외)?(?:을|를)?\s*차지하는|of(?: its| the| their)?|in|for|worth of)?\s*$/i;
/** Between two names of one list: `A, B`, `A, and B`, `A or B`, `A 및 B`, `A와 B`. */
export const LIST_JOINER = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|및\s*|[와과]\s+)$/;
/**
 * English closed-class words (prepositions, conjunctions, relative words, auxiliaries): a word of these
 * after a name does not make the name a modifier of the next noun (`$17.5 million to Niron through …`).
 */
export const ENGLISH_FUNCTION_WORD =
  /^(?:about|above|across|after|against|along|among|around|as|at|before|behind|below|beside|between|beyond|by|despite|during|except|for|from|in|inside|into|like|near|of|off|on|onto|over|past|per|since|than|through|throughout|to|toward|towards|under|until|upon|via|with|within|without|and|or|but|nor|so|yet|which|that|who|whom|whose|where|when|while|is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|shall|should|must|do|does|did)\b/i;
/**
 * A figure written against its recipient or target: `$45 million to MP Materials`, `a $102 million loan
 * to Syrah`, `a 25% tariff on steel`, `$94 million in E-VAC`, `20% from Canada`, `5억 달러를 A에`.
 * Between the figure and the preposition only a transfer or measure noun may stand.
 */
export const FIGURE_TOWARD =
  /^\s*(?:(?:by value|worth)\s+)?(?:(?:conditional|additional|total|annual|new|federal|initial|direct|further)\s+)?(?:(?:loan|grant|award|investment|commitment|subsid(?:y|ies)|tax credit|credit|financing|funding|equity|stake|tariff|duty|duties|levy|fee|tax|contract)s?\s+)?(?:to|for|in|into|on|from)\s+(?:the\s+)?$/i;
export const INPUT_FOR =
  /^\s*(?:등(?:의)?\s*)?(?:은|는|이|가)?\s*(?:(?:are|is|remain|remains)\s+)?(?:(?:key|critical|essential|main|major|vital)\s+)?(?:inputs?\s+(?:for|to|of|in)|essential\s+(?:for|to)|used\s+in|needed\s+for|required\s+for|(?:raw\s+)?materials?\s+for)\s*(?:the\s+)?/i;
export const ANAPHOR =
  /(?:(?<![가-힣])(?:이|동|해당|같은|이번)\s?(?:법(?:안|률)?|규정|제도|조치|정책|지침|규칙|협정|대책|개정안?)(?=은|는|이|가|을|를|의|에|으로|로|도|\s))|(?:(?<![가-힣])개정안(?=은|는|이|가|을|를|의|에|도))|\b(?:the|this|that)\s+(?:act|law|regulation|legislation|bill|statute|mechanism|plan|measure|scheme|programme|program|strategy|proposal|order|proclamation|directive|initiative|framework|agreement)\b/gi;
/**
 * For an anaphor's noun, what the name of a policy it can stand for ends with: `the agreement` never stands
 * for an act, nor `the program` for a strategy. A noun not listed (`the measure`, `이 제도`) may stand for any.
 */
const ANAPHOR_FITS: readonly [RegExp, RegExp][] = [
  [/^(?:act|law|legislation|statute|bill|법|법안|법률)$/i, /(?:\bact|\blaw|\bbill|법|법안|법률)$/i],
  [/^(?:regulation|규정|규칙)$/i, /(?:regulation|\bact|directive|규정|규칙|법|령)$/i],
  [/^directive$/i, /directive$/i],
  [/^mechanism$/i, /mechanism$/i],
  [
    /^(?:agreement|협정)$/i,
    /(?:agreement|deal|pact|treaty|\bfta|accord|partnership|memorandum|arrangement|협정|협약|양해각서|mou)$/i,
  ],
  [/^framework$/i, /(?:framework|agreement|arrangement)$/i],
  [/^(?:program|programme|scheme|initiative)$/i, /(?:program|programme|scheme|initiative|fund|facility)$/i],
  [/^(?:strategy|plan|대책)$/i, /(?:strategy|plan|roadmap|전략|계획|대책)$/i],
  [/^(?:order|proclamation)$/i, /(?:order|proclamation)(?:\s+(?:no\.\s+)?\d+)?$/i],
];

/**
 * What the name of a policy an anaphor (`the agreement`, `동 법안`) can stand for ends with, by the anaphor's
 * noun; undefined when the noun says no kind (`the measure`, `이 제도`).
 */
export function anaphorKind(anaphor: string): RegExp | undefined {
  const noun = anaphor.replace(/^(?:the|this|that|이|동|해당|같은|이번)\s?/i, '');
  return ANAPHOR_FITS.find(([n]) => n.test(noun))?.[1];
}

/** Whether a policy of these names can be what an anaphor of this kind (`anaphorKind`) stands for. */
export function anaphorFits(kind: RegExp | undefined, names: readonly (string | undefined)[]): boolean {
  if (kind === undefined) return true;
  // `Defense Production Act Title III` is a part of an act, and of the act's kind.
  const bare = names.flatMap((n) =>
    n === undefined
      ? []
      : [
          n
            .replace(/\s*\([^)]*\)$/, '')
            .replace(/\s+of\s+\d{4}$/, '')
            .replace(/\s+(?:Title|Section|Article|Chapter|Part)\s+[\dIVXLC]+[A-Z]?$/, ''),
        ],
  );
  // `Made in China 2025` … `the plan`: a name that ends with no kind's noun may be of any kind.
  return bare.some((n) => kind.test(n)) || bare.every((n) => ANAPHOR_FITS.every(([, k]) => !k.test(n)));
}

/**
 * A defined group term in parentheses after the names it gathers: `(… and together, the “Participants”)`,
 * `(collectively, the "Parties")`, `(이하 "양 기관")`. Group 1 is the term.
 */
export const GROUP_TERM =
  /\((?:[^()]*?(?:together|collectively|jointly|이하)[,\s]*)?(?:the\s+)?["“']([A-Z][a-z]+s|양\s?[가-힣]{1,3})["”']\)/g;
/** `the two countries`, `both sides`, `양국`: two countries or parties named just before. */
/** (`양국 반도체 협회는`: the two countries' associations, not the countries.) */
export const PAIR_ANAPHOR =
  /\b(?:both|the\s+two)\s+(?:countries|nations|governments|sides)\b|(?<![가-힣])(?:양국|양측|두\s나라)(?=\s?(?:은|는|이|가|을|를|의|에|과|와|도|간|정부)|\s(?!(?:[가-힣]+\s){0,2}[가-힣]*(?:협회|기업|업계|업체|기관|회사|단체)))/gi;
/**
 * `the company`, `the country`, `the agency`, `해당 기업`, `이 나라`: a kind's noun standing for the one entity of
 * that kind named just before. The named group says the kind.
 */
export const KIND_ANAPHOR =
  /\b(?:the|this)\s+(?:(?<company>company|firm|automaker|carmaker|chipmaker|steelmaker|manufacturer)|(?<country>country|nation)|(?<organization>agency|department|ministry|commission))\b(?!['’]s?\s+(?:own\s+)?name)|(?<![가-힣])(?:(?:이|해당|같은|동)\s?(?:(?<companyKo>회사|기업|업체)|(?<countryKo>나라|국가))|(?<companyKo2>동사))(?=은|는|이|가|을|를|의|에|과|와|도|\s)/gi;
/** A negated or excluding clause does not state an effect: `does not offer`, `제공하지 않는다`, `대상에서 제외`. */
export const NEGATION =
  /않|없[다는고]|못하|아니|\bnot\b|n['’]t\b|\bno longer\b|대상에서\s*제외|excluded from/i;
/** Words for a company in apposition: `Korean steelmaker POSCO`, `Chinese groups such as Huayou`. */
export const COMPANY_NOUN =
  /^\s*(?:-based\s+|['’]s?\s+)?(?:(?:[a-z]+[- ])?(?:maker|makers|company|companies|firm|firms|enterprise|enterprises|group|groups|giant|giants|producer|producers|supplier|suppliers|manufacturer|manufacturers|chipmaker|chipmakers|automaker|automakers|steelmaker|steelmakers|conglomerate|major|majors|corporation|corporations|miner|miners|subsidiary|subsidiaries|affiliate|affiliates|entity|entities),?\s+)?(?:such as\s+|including\s+)?$/;
/** Korean words for a firm (기업, 업체, 회사, 제조사), as a source for patterns. */
export const KO_FIRM_WORDS =
  '기업|업체|회사|제조사|메이커|(?:건설|조선|철강|항공|해운|제약|통신|증권|운용)사';
/**
 * Nouns that describe what a company is, as a source for patterns (`a Finnish-based port equipment
 * manufacturer`, `Canada’s largest shipbuilder`); each pattern takes the plural `s` itself.
 */
export const COMPANY_DESCRIPTION =
  'maker|manufacturer|producer|supplier|shipbuilder|chipmaker|automaker|carmaker|steelmaker|miner|company|firm|enterprise|conglomerate';
/** The plurals of those nouns: `makers`, `companies`. */
export const COMPANY_DESCRIPTIONS = `(?:${COMPANY_DESCRIPTION.replace(/\bcompany\b/, 'companie')})s`;
/** Names of instruments inside a law (credits, tariffs, programmes) that "the law" never refers to. */
export const NOT_A_LAW = /(?:credit|공제|tariffs?|관세|program(?:me)?|프로그램|fund|기금|보조금)$/i;
/** `한국 배터리 기업들은 … LG에너지솔루션`, `Korean chipmakers such as …`: the text says whose companies they are. */
export const COMPANIES_OF = new RegExp(
  `${KO_FIRM_WORDS}|업계|3사|companies|firms|makers|chipmakers|automakers|producers|suppliers`,
  'i',
);
/** A noun for firms right after a name: `Chinese companies`, `LG에너지솔루션-캐나다 기업간`. */
export const COMPANIES_NEXT = new RegExp(`^\\s*(?:${COMPANIES_OF.source})`, 'i');
export const MEASURE =
  /수출\s?(?:통제|금지|규제|제한|허가제)|export\s+(?:controls?|bans?|restrictions?|licens\w*)|ban(?:ned|s)?\s+(?:the\s+)?exports?|restrict(?:ed|s)?\s+exports?|curb(?:ed|s)?\s+(?:\w+\s+)?exports?/i;
export const DEVELOP_CUE = /개발|연구|투자|상용화|develop|research|invest/i;
export const CONJUNCTION = /^\s*(?:,|·|및|와|과|and|or|&|\/)\s*$/;
export const POLICY_TITLE_REST =
  /^(?:활용|시행|도입|발표|개정|제정|개요|주요\s?내용|의\s?주요\s?내용|overview|in brief)?$/i;
export const TERM_LABEL =
  /^(단기|중기|장기|short[- ]term|mid[- ]term|medium[- ]term|long[- ]term)\s*[:：]\s*/i;
export const STATUS_ITEM = /(?:중|급성장|성장|가속화|약점|강점|이상|확대)$/;

/** A heading over a company's profile box in a release: `< 듀폰社 개요 >`, `[기업 현황] 솔브레인`. */
export const PROFILE_HEADING =
  /^\s*[<〈《[]?\s*[^<>\n]{1,30}?\s*(?:개요|현황|소개|프로필|profile)\s*[>〉》\]]?\s*$/i;

/**
 * Encyclopedia infobox fields (`산업 분야 운수장비업`, `Industry: Semiconductors`) and a profile box's fields
 * (`◈ 주요업종 : …`): the label, what the article's
 * subject is to the names after it, and which kinds of name it takes. Shareholders point at the subject.
 */
export const INFOBOX_FIELDS: readonly {
  label: RegExp;
  type: 'OPERATES_IN' | 'BASED_IN' | 'PRODUCES' | 'INVESTS_IN';
  kinds: readonly string[];
  toSubject?: boolean;
}[] = [
  {
    label: /^[\s◈◆■□▶▷•·*-]*(?:산업\s?분야|(?:주요\s?)?업종|Industry|Industries)\s*:?\s+/i,
    type: 'OPERATES_IN',
    kinds: ['Industry'],
  },
  {
    label:
      /^[\s◈◆■□▶▷•·*-]*(?:국가|본사\s?소재지|본사|Country|Headquarters|Hq\s+Location(?:\s+Country)?)\s*:?\s+/i,
    type: 'BASED_IN',
    kinds: ['Country'],
  },
  {
    label: /^[\s◈◆■□▶▷•·*-]*(?:제품|주요\s?제품|생산\s?품목|Products?)\s*:?\s+/i,
    type: 'PRODUCES',
    kinds: ['Industry', 'Material', 'Technology'],
  },
  {
    label: /^(?:주요\s?주주|주주|Owners?|Shareholders?)\s*:?\s+/i,
    type: 'INVESTS_IN',
    kinds: ['Company', 'Organization', 'Country'],
    toSubject: true,
  },
  {
    label: /^(?:자회사|종속\s?회사|Subsidiaries|Subsidiary)\s*:?\s+/i,
    type: 'INVESTS_IN',
    kinds: ['Company'],
  },
];

/** A Korean date to the year, month or day that opens a chronology's entry: `1999년`, `1999년 4월`, `2015년 6월 3일`. */
export const KO_DATE = String.raw`(?:19|20)\d{2}년(?:\s*\d{1,2}월)?(?:\s*\d{1,2}일)?`;
/** What may come before the first word of a list item or headline: bullets, numbers, brackets, a timeline's date. */
export const ITEM_OPENING = new RegExp(String.raw`^[\s*\-–·•○●◦▪▲△■□◇◆ㅇ①-⑳0-9.)(]*(?:${KO_DATE}\s*)?$`);
/** `Royal Dutch Shell-owned`, `Beijing-based`, `state-backed`: the participle that makes a name an owner, base or backer. */
export const OWNER_PARTICIPLE = '(?:owned|based|led|backed|controlled|run|funded)';

/** A court or tribunal's name: a body that rules on policies and enacts none. */
export const COURT = /\b(?:Court|Tribunal)\b|(?<!입)법원|재판소/;
