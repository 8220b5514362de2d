import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type EdgeType, SYMMETRIC_EDGES } from '../graph/model';
import { importBytes } from '../importer';
import { loadLanguages } from '../importer/language';
import { loadLexicon } from '../importer/lexicon/load';
import { pairFeatures } from '../importer/relations/learned/features';
import { candidatePairs, classProbabilities, PairModel } from '../importer/relations/learned/pairs';
import type { ReadSentence } from '../importer/relations/sentence';
import { type CorpusText, loadCorpus } from './corpus';
import { matchNodes, normalizeForm } from './score';

const { values } = parseArgs({
  options: {
    folds: { type: 'string', default: '5' },
    precision: { type: 'string', default: '0.85' },
    epochs: { type: 'string', default: '12' },
    write: { type: 'boolean', default: false },
    filter: { type: 'boolean', default: false },
  },
});

const MODEL_PATH = fileURLToPath(new URL('../importer/relations/learned/pair-model.json', import.meta.url));
const MIN_FEATURE_COUNT = 2;
const L2 = Number(process.env.L2 ?? 1e-6);
const RATE = Number(process.env.RATE ?? 0.3);
const PRUNE = 0.02;

/** One ordered pair of names in a sentence, with what the annotation says of it. */
interface Example {
  text: number;
  features: string[];
  /** The annotated edge type from the first name to the second, or NONE. */
  label: string;
  /** The annotated relation a typed prediction would find: `type source target`, or the pair for a false link. */
  key: string;
  /** For reading: the pair and its sentence. */
  shown: string;
}

function overlaps(sentence: string, quote: string): boolean {
  const s = normalizeForm(sentence);
  const q = normalizeForm(quote);
  if (s.includes(q) || q.includes(s)) return true;
  for (let i = 0; i + 24 <= q.length; i += 12) if (s.includes(q.slice(i, i + 24))) return true;
  return false;
}

/** Examples of one text: every candidate pair no rule linked, labelled from its exhaustive annotation. */
function examplesOf(t: CorpusText, index: number, lexicon: ReturnType<typeof loadLexicon>): Example[] {
  const read: ReadSentence[] = [];
  const doc = importBytes(t.bytes, {
    path: t.path,
    title: t.annotation.title,
    lexicon,
    importedAt: '2026-01-01T00:00:00Z',
    observe: (r) => read.push(r),
  });
  const matched = matchNodes(doc, t.annotation.entities);
  const relations = t.annotation.relations;
  const out: Example[] = [];
  if (values.filter) {
    for (const s of read)
      for (const p of s.proposals) {
        if (p.source.kind === 'Figure' || p.target.kind === 'Figure') continue;
        const x = s.names.find((n) => n.entity === p.source);
        const y = s.names.find((n) => n.entity === p.target);
        if (!x || !y) continue;
        const ax = (matched.get(x.entity.nodeId) ?? []).map((e) => e.name);
        const ay = (matched.get(y.entity.nodeId) ?? []).map((e) => e.name);
        const right = relations.some(
          (r) =>
            r.type === p.type &&
            ((ax.includes(r.source) && ay.includes(r.target)) ||
              (SYMMETRIC_EDGES.has(p.type) && ax.includes(r.target) && ay.includes(r.source))),
        );
        const kinds = `${x.entity.kind}>${y.entity.kind}`;
        out.push({
          text: index,
          features: [
            ...pairFeatures(s, x, y),
            `rule=${p.rule}`,
            `rt=${p.rule}:${p.type}`,
            `rtk=${p.rule}:${p.type}:${kinds}`,
            `t=${p.type}:${kinds}`,
          ],
          label: right ? 'KEEP' : 'NONE',
          key: `${index} ${p.type} ${x.entity.nodeId} ${y.entity.nodeId}`,
          shown: `${p.rule} ${x.entity.name} ${p.type} ${y.entity.name} :: ${s.text.replace(/\s+/g, ' ').slice(0, 200)}`,
        });
      }
    return out;
  }
  for (const s of read) {
    const ruled = new Set(
      s.proposals.flatMap((p) => [
        `${p.source.nodeId} ${p.target.nodeId}`,
        `${p.target.nodeId} ${p.source.nodeId}`,
      ]),
    );
    for (const [x, y] of candidatePairs(s.names)) {
      if (ruled.has(`${x.entity.nodeId} ${y.entity.nodeId}`)) continue;
      const ax = new Set((matched.get(x.entity.nodeId) ?? []).map((e) => e.name));
      const ay = new Set((matched.get(y.entity.nodeId) ?? []).map((e) => e.name));
      const between = relations.filter(
        (r) =>
          (ax.has(r.source) && ay.has(r.target)) ||
          (SYMMETRIC_EDGES.has(r.type as EdgeType) && ax.has(r.target) && ay.has(r.source)),
      );
      const stated = between.find((r) => overlaps(s.text, r.quote));
      const reverse = relations.some(
        (r) => ay.has(r.source) && ax.has(r.target) && overlaps(s.text, r.quote),
      );
      // A relation the annotation places elsewhere, or in the other direction, teaches nothing about this pair.
      if (!stated && (between.length > 0 || reverse)) continue;
      out.push({
        text: index,
        features: pairFeatures(s, x, y),
        label: stated?.type ?? 'NONE',
        key: stated
          ? `${index} ${stated.type} ${stated.source} ${stated.target}`
          : `${index} ${[x.entity.nodeId, y.entity.nodeId].sort().join(' ')}`,
        shown: `${x.entity.name} → ${y.entity.name} :: ${s.text.replace(/\s+/g, ' ').slice(0, 220)}`,
      });
    }
  }
  return out;
}

interface Trained {
  classes: string[];
  weights: Map<string, Float64Array>;
}

/** Multinomial logistic regression by AdaGrad with L2, over features seen at least twice. */
function train(examples: readonly Example[], classes: string[], epochs: number): Trained {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const weights = new Map<string, Float64Array>();
  const squares = new Map<string, Float64Array>();
  for (const [f, n] of counts)
    if (n >= MIN_FEATURE_COUNT || f === 'bias') {
      weights.set(f, new Float64Array(classes.length));
      squares.set(f, new Float64Array(classes.length).fill(1e-8));
    }
  const classOf = new Map(classes.map((c, i) => [c, i]));
  const order = examples.map((_, i) => i);
  let seed = 17;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const e = examples[i]!;
      const fs = e.features.filter((f) => weights.has(f));
      const scores = new Float64Array(classes.length);
      for (const f of fs) {
        const w = weights.get(f)!;
        for (let c = 0; c < classes.length; c++) scores[c]! += w[c]!;
      }
      const top = Math.max(...scores);
      let sum = 0;
      for (let c = 0; c < classes.length; c++) {
        scores[c] = Math.exp(scores[c]! - top);
        sum += scores[c]!;
      }
      const gold = classOf.get(e.label)!;
      for (const f of fs) {
        const w = weights.get(f)!;
        const g2 = squares.get(f)!;
        for (let c = 0; c < classes.length; c++) {
          const g = scores[c]! / sum - (c === gold ? 1 : 0) + L2 * w[c]!;
          g2[c]! += g * g;
          w[c]! -= (RATE * g) / Math.sqrt(g2[c]!);
        }
      }
    }
  }
  return { classes, weights };
}

function asModel(t: Trained, threshold: number, texts: number, examples: number): PairModel {
  const weights: Record<string, [number, number][]> = {};
  for (const [f, w] of t.weights) {
    const kept: [number, number][] = [];
    w.forEach((v, c) => {
      if (Math.abs(v) >= PRUNE) kept.push([c, Math.round(v * 1000) / 1000]);
    });
    if (kept.length > 0) weights[f] = kept;
  }
  const model = {
    version: 1,
    classes: t.classes,
    threshold,
    weights,
    trainedOn: { texts, examples, split: 'dev' },
  };
  return values.filter ? (model as PairModel) : PairModel.parse(model);
}

interface Prediction {
  p: number;
  type: string;
  example: Example;
}

function predict(m: PairModel, examples: readonly Example[]): Prediction[] {
  return examples.map((e) => {
    const ps = classProbabilities(m, e.features);
    let c = 1;
    for (let i = 2; i < ps.length; i++) if (ps[i]! > ps[c]!) c = i;
    return { p: ps[c]!, type: m.classes[c]!, example: e };
  });
}

/** Distinct relations a threshold finds and distinct false links it draws, as the harness counts them. */
function atThreshold(predictions: readonly Prediction[], threshold: number) {
  const right = new Set<string>();
  const wrong = new Set<string>();
  for (const { p, type, example } of predictions) {
    if (p < threshold) continue;
    if (example.label === type) right.add(example.key);
    else wrong.add(`${example.key} ${type}`);
  }
  return { right: right.size, wrong: wrong.size };
}

async function main() {
  const corpus = loadCorpus().filter((t) => t.annotation.split === 'dev' && t.annotation.exhaustive);
  const lexicon = loadLexicon([]);
  await loadLanguages();
  const examples = corpus.flatMap((t, i) => examplesOf(t, i, lexicon));
  const positives = new Set(examples.filter((e) => e.label !== 'NONE').map((e) => e.key)).size;
  const annotated = corpus.reduce((n, t) => n + t.annotation.relations.length, 0);
  const classes = ['NONE', ...new Set(examples.map((e) => e.label).filter((l) => l !== 'NONE'))].sort(
    (a, b) => (a === 'NONE' ? -1 : b === 'NONE' ? 1 : a.localeCompare(b)),
  );
  console.log(
    `${corpus.length} exhaustive dev texts, ${annotated} annotated relations; ${examples.length} pairs no rule links, ` +
      `stating ${positives} distinct relations`,
  );
  const folds = Number(values.folds);
  const epochs = Number(values.epochs);
  const heldOut: Prediction[] = [];
  for (let k = 0; k < folds; k++) {
    const fit = examples.filter((e) => e.text % folds !== k);
    const model = asModel(train(fit, classes, epochs), 0.5, 0, fit.length);
    heldOut.push(
      ...predict(
        model,
        examples.filter((e) => e.text % folds === k),
      ),
    );
  }
  if (values.filter) {
    // An edge stays when any of its proposals scores KEEP above the threshold; report edges dropped.
    const edges = new Map<string, { right: boolean; best: number }>();
    for (const h of heldOut) {
      const pKeep = h.type === 'KEEP' ? h.p : 1 - h.p;
      const e = edges.get(h.example.key) ?? { right: h.example.label === 'KEEP', best: 0 };
      e.best = Math.max(e.best, pKeep);
      edges.set(h.example.key, e);
    }
    const all = [...edges.values()];
    console.log(`${all.length} edges from rules, ${all.filter((e) => e.right).length} right`);
    for (const t of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]) {
      const dropped = all.filter((e) => e.best < t);
      console.log(
        `keep p ≥ ${t}: drops ${dropped.filter((e) => !e.right).length} false, ${dropped.filter((e) => e.right).length} right`,
      );
    }
    return;
  }
  console.log(`${folds}-fold cross-validation by text (each text scored by a model that never saw it):`);
  console.log('threshold  relations found  false links  precision');
  const target = Number(values.precision);
  let chosen = 1;
  for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]) {
    const { right, wrong } = atThreshold(heldOut, threshold);
    const precision = right / Math.max(1, right + wrong);
    if (precision >= target && chosen === 1) chosen = threshold;
    console.log(
      `${threshold.toFixed(2).padStart(9)}  ${String(right).padStart(15)}  ${String(wrong).padStart(11)}  ${(100 * precision).toFixed(0).padStart(8)}%`,
    );
  }
  if (process.env.SHOW) {
    const t = Number(process.env.SHOW);
    const shownWrong = heldOut.filter((h) => h.p >= t && h.type !== h.example.label);
    const shownRight = heldOut.filter((h) => h.p >= t && h.type === h.example.label);
    for (const h of shownWrong.filter((_, i) => i % Math.max(1, Math.floor(shownWrong.length / 30)) === 0))
      console.log(`WRONG ${h.type} (gold ${h.example.label}) ${h.p.toFixed(2)} ${h.example.shown}`);
    for (const h of shownRight.filter((_, i) => i % Math.max(1, Math.floor(shownRight.length / 15)) === 0))
      console.log(`RIGHT ${h.type} ${h.p.toFixed(2)} ${h.example.shown}`);
  }
  console.log(`threshold for precision ≥ ${target}: ${chosen}`);
  if (values.write) {
    const model = asModel(train(examples, classes, epochs), chosen, corpus.length, examples.length);
    writeFileSync(MODEL_PATH, `${JSON.stringify(model)}\n`);
    console.log(`wrote ${MODEL_PATH}: ${Object.keys(model.weights).length} features`);
  }
}

await main();
