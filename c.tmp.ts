import { entityFromLexicon } from './importer/entities';
import { loadedLanguages, loadLanguages } from './importer/language';
import { loadLexicon } from './importer/lexicon/load';
import { Matcher } from './importer/mentions';
import { predicateLexicon } from './importer/relations/predicates';
import { sentenceClauses, sentenceProposals } from './importer/relations/sentence';
await loadLanguages();
const known = loadLexicon([]).entries.map(entityFromLexicon);
for (const extra of process.argv.slice(3)) {
  const [kind, name] = extra.split(':');
  known.push(entityFromLexicon({ id: name!.toLowerCase().replace(/\W+/g, '-'), kind: kind as never, en: name!, ko: name!, aliases: [], industries: [], parents: [], abbreviations: [], listForms: [] } as never));
}
const matcher = new Matcher(known);
const text = process.argv[2]!;
const names = matcher.find({ text });
const input = { text, names, languages: loadedLanguages()!, predicates: predicateLexicon([]) };
const { clauses } = sentenceClauses(input as never);
for (const c of clauses) console.log(`${c.predicate.lemma}${c.predicate.nominal ? '(n)' : ''}${c.predicate.negative ? ' NEG' : ''}${c.predicate.modal ? ' MOD' : ''}${c.relative ? ' REL' : ''} gov=${c.predicate.governor ?? ''} :: ${c.args.map((a) => `${a.role}${a.marker ? ':' + a.marker : ''}=${a.named.entity.name}`).join(', ')}`);
for (const p of sentenceProposals(input as never)) console.log('P', JSON.stringify(p).slice(0, 300));
