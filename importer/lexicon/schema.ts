import { z } from 'zod';
import { ENTITY_KINDS } from '../../graph/model';

export const LexiconKind = z.enum(ENTITY_KINDS);
export type LexiconKind = z.infer<typeof LexiconKind>;

/**
 * One curated entity. Its node id is `${kind.toLowerCase()}:${id}`, stable across documents.
 * Surface forms are `ko`, `en` and `aliases`; matching ignores case for forms with a lowercase letter
 * or Hangul, and is exact-case for all-caps acronyms (so "IRA" does not match "ira" inside a word).
 */
export const LexiconEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase kebab-case'),
    kind: LexiconKind,
    ko: z.string().min(1).optional(),
    en: z.string().min(1).optional(),
    aliases: z.array(z.string().min(1)).default([]),
    /** Policy: the enacting country/bloc; Company/Organization: where it is based (a Country entry id). */
    country: z.string().optional(),
    /** Company: industries it operates in; Policy: industries it targets (Industry entry ids). */
    industries: z.array(z.string()).default([]),
    /** Industry/Technology: the broader Industry entry id; Country: blocs it belongs to. */
    parents: z.array(z.string()).default([]),
    /** Country: short Korean forms used only inside lists joined by `·` (한·미·일 정상회의). */
    abbreviations: z.array(z.string().regex(/^[가-힣]{1,2}$/, 'one or two Hangul syllables')).default([]),
    /**
     * Industry, Material, Technology: ordinary words that name the entry only as an item of a list of such
     * names (`construction, electronics and energy`; bare `construction` is also the building of a plant).
     */
    listForms: z.array(z.string().min(2)).default([]),
    /** Country: a geographic region (Asia, the Middle East), not a state or a bloc; nothing is based in it by name. */
    region: z.boolean().optional(),
    /**
     * Policy: a kind of instrument every country has (free trade agreements, anti-dumping duties), not one
     * country's policy; no country enacts the entry itself.
     */
    generic: z.boolean().optional(),
    description: z.string().optional(),
  })
  .refine((e) => e.ko !== undefined || e.en !== undefined, {
    message: 'an entry needs ko or en',
    path: ['ko'],
  });
export type LexiconEntry = z.infer<typeof LexiconEntry>;

export const LexiconFile = z.object({
  /** Semantic version of the lexicon data; recorded in every graph document. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  entries: z.array(LexiconEntry),
});
export type LexiconFile = z.infer<typeof LexiconFile>;
