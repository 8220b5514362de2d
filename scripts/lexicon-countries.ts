// Writes importer/lexicon/data/countries-iso.json: every ISO 3166-1 country that countries.json lacks,
// with English and Korean names from i18n-iso-countries and the English adjectives for its people
// (`Jordanian`) from scripts/data/demonyms.json; the Korean names the Ministry of Foreign Affairs writes, where the
// package has an older or another spelling (`이디오피아` for 에티오피아), come first from scripts/data/ko-country-names.json.
// Run: node bin/run-ts.js scripts/lexicon-countries.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { formKey, slugify } from '../importer/entities';
import { LexiconFile } from '../importer/lexicon/schema';

const require = createRequire(import.meta.url);
type Names = Record<string, string | string[]>;
const en: Names = require('i18n-iso-countries/langs/en.json').countries;
const ko: Names = require('i18n-iso-countries/langs/ko.json').countries;

const DATA = fileURLToPath(new URL('../importer/lexicon/data/', import.meta.url));
/** Short names and adjectives by entry id, written for this project (facts, not copied from a database). */
const demonyms: Record<string, string[]> = JSON.parse(
  readFileSync(fileURLToPath(new URL('./data/demonyms.json', import.meta.url)), 'utf8'),
);
/** Standard Korean names by ISO code, and an English name for a code whose package name has a comma. */
const standard: Record<string, { en?: string; ko: string[] } | undefined> = JSON.parse(
  readFileSync(fileURLToPath(new URL('./data/ko-country-names.json', import.meta.url)), 'utf8'),
);
/** Names that policy texts use far more often for something else (a US state, New Jersey, Korean 건지 "whether it is"). */
const SKIP = new Set(['GE', 'JE', 'GG']);
/** Korean names that are also common words (오만 "arrogance", 말리다, 피지 "sebum", 수단 "means"). */
const KO_COMMON_WORDS = new Set(['OM', 'ML', 'FJ', 'SD']);

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

const curated = LexiconFile.parse(JSON.parse(readFileSync(`${DATA}countries.json`, 'utf8')));
const taken = new Set<string>();
for (const file of [
  'countries',
  'organizations',
  'policies',
  'companies',
  'materials',
  'industries',
  'technologies',
]) {
  const data = LexiconFile.parse(JSON.parse(readFileSync(`${DATA}${file}.json`, 'utf8')));
  for (const e of data.entries) for (const f of [e.en, e.ko, ...e.aliases]) if (f) taken.add(formKey(f));
}

/** A form two ISO entries share ("Congo") names neither. */
const counts = new Map<string, number>();
for (const code of Object.keys(en))
  for (const key of new Set(
    [...list(en[code]), ...list(ko[code]), ...list(standard[code]?.en), ...(standard[code]?.ko ?? [])].map(
      (f) => formKey(f),
    ),
  ))
    counts.set(key, (counts.get(key) ?? 0) + 1);

const entries = [];
for (const code of Object.keys(en).sort()) {
  if (SKIP.has(code)) continue;
  const english = [...list(standard[code]?.en), ...list(en[code]).filter((f) => !f.includes(','))];
  const korean = KO_COMMON_WORDS.has(code) ? [] : [...(standard[code]?.ko ?? []), ...list(ko[code])];
  if ([...english, ...korean].some((f) => taken.has(formKey(f)))) continue;
  const forms = [...english, ...korean].filter(
    (f, k, all) => counts.get(formKey(f)) === 1 && all.findIndex((g) => formKey(g) === formKey(f)) === k,
  );
  const first = english.find((f) => forms.includes(f));
  if (!first) continue;
  const koName = korean.find((f) => forms.includes(f));
  const id = slugify(first.normalize('NFD').replace(/\p{M}/gu, ''));
  const adjectives = (demonyms[id] ?? []).filter((f) => !taken.has(formKey(f)));
  entries.push({
    id,
    kind: 'Country' as const,
    en: first,
    ...(koName ? { ko: koName } : {}),
    aliases: [...forms.filter((f) => f !== first && f !== koName), ...adjectives],
  });
}
const out = { version: curated.version, entries };
LexiconFile.parse(out);
writeFileSync(`${DATA}countries-iso.json`, `${JSON.stringify(out, null, 2)}\n`);
process.stdout.write(`countries-iso.json: ${entries.length} countries\n`);
