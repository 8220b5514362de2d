import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { importBytes } from '../importer';
import { loadLanguages } from '../importer/language';
import { loadLexicon } from '../importer/lexicon/load';
import { loadCorpus } from './corpus';
import { type FileScore, scoreFile } from './score';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    file: { type: 'string' },
    'by-rule': { type: 'boolean', default: false },
    false: { type: 'boolean', default: false },
    missed: { type: 'boolean', default: false },
    entities: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const pct = (n: number, d: number) => (d === 0 ? '   –' : `${((100 * n) / d).toFixed(0).padStart(3)}%`);

async function main() {
  const corpus = loadCorpus().filter(
    (t) =>
      (values.split === 'all' || t.annotation.split === values.split) &&
      (!values.file || t.annotation.id === values.file),
  );
  if (corpus.length === 0) throw new Error(`no corpus text in split ${values.split}`);
  const lexicon = loadLexicon([]);
  await loadLanguages();
  const scores: FileScore[] = [];
  let bytes = 0;
  let ms = 0;
  for (const text of corpus) {
    const t0 = performance.now();
    const doc = importBytes(text.bytes, {
      path: text.path,
      title: text.annotation.title,
      lexicon,
      importedAt: '2026-01-01T00:00:00Z',
    });
    ms += performance.now() - t0;
    bytes += text.bytes.length;
    scores.push(scoreFile(text.annotation, doc));
  }
  if (values.json) {
    console.log(
      JSON.stringify(
        scores.map((s) => ({ ...s, byRule: Object.fromEntries(s.byRule) })),
        null,
        2,
      ),
    );
    return;
  }
  console.log(
    'file                                       split  ent.R  ent.P  rel.R  any.R  rel.P  false  mnl',
  );
  const sum = {
    eA: 0,
    eF: 0,
    eN: 0,
    eC: 0,
    rA: 0,
    rF: 0,
    rU: 0,
    rE: 0,
    rC: 0,
    mnl: 0,
    pairs: 0,
    falseLinks: 0,
  };
  const means = { eR: 0, rR: 0 };
  for (const s of scores) {
    const ex = s.exhaustive;
    console.log(
      `${s.id.padEnd(42)} ${s.split.padEnd(5)} ${pct(s.entities.found, s.entities.annotated)}  ${ex ? pct(s.entities.correctNodes, s.entities.nodes) : '   ·'}  ${pct(s.relations.found, s.relations.annotated)}  ${pct(s.relations.foundUntyped, s.relations.annotated)}  ${ex ? pct(s.relations.correct, s.relations.edges) : '   ·'}  ${String(s.falseLinks.length).padStart(5)}  ${s.mustNotLink.linked}/${s.mustNotLink.pairs}`,
    );
    sum.eA += s.entities.annotated;
    sum.eF += s.entities.found;
    sum.rA += s.relations.annotated;
    sum.rF += s.relations.found;
    sum.rU += s.relations.foundUntyped;
    sum.mnl += s.mustNotLink.linked;
    sum.pairs += s.mustNotLink.pairs;
    sum.falseLinks += s.falseLinks.length;
    means.eR += s.entities.annotated ? s.entities.found / s.entities.annotated : 1;
    means.rR += s.relations.annotated ? s.relations.found / s.relations.annotated : 1;
    if (ex) {
      sum.eN += s.entities.nodes;
      sum.eC += s.entities.correctNodes;
      sum.rE += s.relations.edges;
      sum.rC += s.relations.correct;
    }
  }
  console.log(
    `${'overall (pooled)'.padEnd(42)} ${String(values.split).padEnd(5)} ${pct(sum.eF, sum.eA)}  ${pct(sum.eC, sum.eN)}  ${pct(sum.rF, sum.rA)}  ${pct(sum.rU, sum.rA)}  ${pct(sum.rC, sum.rE)}  ${String(sum.falseLinks).padStart(5)}  ${sum.mnl}/${sum.pairs}`,
  );
  console.log(
    `mean per file: entity recall ${pct(means.eR, scores.length)}, typed relation recall ${pct(means.rR, scores.length)}; ${scores.length} files, ${(bytes / 1024).toFixed(0)} kB imported at ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`,
  );
  console.log('ent.R entity recall, ent.P entity precision (exhaustive files), rel.R typed relation recall,');
  console.log(
    'any.R relation recall ignoring type and direction, rel.P typed relation precision (exhaustive files)',
  );
  if (values['by-rule']) {
    const rules = new Map<string, { right: number; wrong: number }>();
    for (const s of scores)
      for (const [rule, t] of s.byRule) {
        const r = rules.get(rule) ?? { right: 0, wrong: 0 };
        r.right += t.right;
        r.wrong += t.wrong;
        rules.set(rule, r);
      }
    console.log('\nrule (exhaustive files)                     right  wrong');
    for (const [rule, t] of [...rules].sort((a, b) => b[1].wrong - a[1].wrong))
      console.log(`${rule.padEnd(42)} ${String(t.right).padStart(6)} ${String(t.wrong).padStart(6)}`);
  }
  if (values.false)
    for (const s of scores)
      for (const f of s.falseLinks)
        console.log(
          `FALSE ${s.id} ${f.why} ${f.type} ${f.source} → ${f.target} [${f.rule}] «${f.quote.slice(0, 160)}»`,
        );
  if (values.entities)
    for (const s of scores)
      for (const e of s.missedEntities)
        console.log(`UNFOUND ${s.id} ${e.kind} ${e.name}${e.asKind ? ` (found as ${e.asKind})` : ''}`);
  if (values.missed)
    for (const s of scores)
      for (const m of s.missed)
        console.log(
          `MISSED ${m.named ? 'rule' : 'name'} ${s.id} ${m.type} ${m.source} → ${m.target} «${m.quote.slice(0, 160)}»`,
        );
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
