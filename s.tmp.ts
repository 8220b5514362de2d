import { readFileSync } from 'node:fs';
import { importBytes } from './importer';
import { loadLanguages } from './importer/language';
import { loadLexicon } from './importer/lexicon/load';
import { sentenceClauses, type SentenceInput } from './importer/relations/sentence';
import { SentenceProposals } from './importer/relations/sentence-cache';
import { roleKey } from './importer/relations/rules/predicate-frame';
await loadLanguages();
const orig = SentenceProposals.prototype.of;
const pat = new RegExp(process.argv[3]!);
SentenceProposals.prototype.of = function (input: SentenceInput) {
  const ps = orig.call(this, input);
  if (pat.test(input.text)) {
    console.log('SENT «' + input.text + '»');
    console.log('  names:', input.names.map((n) => `${n.entity.kind}:${input.text.slice(n.from, n.to)}`).join(', '));
    for (const c of sentenceClauses(input).clauses) console.log(`  ${c.predicate.lemma}${c.predicate.nominal ? '(n)' : ''}${c.predicate.negative ? ' NEG' : ''}${c.predicate.modal ? ' MOD' : ''} :: ${c.args.map((a) => `${roleKey(a)}=${input.text.slice(a.named.from, a.named.to)}`).join(', ')}`);
    for (const p of ps) console.log(`  P ${p.rule} ${p.type} ${p.source.name} → ${p.target.name}`);
  }
  return ps;
};
const path = process.argv[2]!;
importBytes(readFileSync(path), { path, lexicon: loadLexicon([]), importedAt: '2026-01-01T00:00:00Z' });
