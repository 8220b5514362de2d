import { parseArgs } from 'node:util';
import { interchangeFile, writeAtomically } from '../graph/document-json';
import { invalidInput } from '../graph/errors';
import { openStore } from '../graph/open-store';
import { importFile } from '../importer/index';
import { maxInputBytes, STORE_OPTIONS, storeOptions } from './options';
import { escapeControls } from './output';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...STORE_OPTIONS,
      lexicon: { type: 'string', multiple: true },
      predicates: { type: 'string', multiple: true },
      out: { type: 'string' },
      id: { type: 'string' },
      title: { type: 'string' },
      'max-bytes': { type: 'string' },
    },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0)
    throw invalidInput(
      'usage: kg import FILE (.pdf, .txt, .md, .html) [--lexicon FILE]... [--predicates FILE]... [--title TITLE] [--id ID] [--out graph.json] [--store memory|neo4j] [--data-dir DIR] [--max-bytes N]',
    );
  const maxBytes = maxInputBytes(values['max-bytes']);
  const graph = await importFile(file, {
    lexiconPaths: values.lexicon ?? [],
    predicatePaths: values.predicates ?? [],
    ...(maxBytes === undefined ? {} : { maxInputBytes: maxBytes }),
    ...(values.id ? { documentId: values.id } : {}),
    ...(values.title ? { title: values.title } : {}),
  });
  const counts = new Map<string, number>();
  for (const n of graph.nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  if (values.out) {
    await writeAtomically(values.out, interchangeFile(graph), { hidden: true });
    console.log(`wrote ${values.out}`);
  }
  if (!values.out || values.store || values['data-dir']) {
    const settings = storeOptions(values);
    const store = await openStore({ ...settings, lazy: true });
    try {
      const result = await store.load(graph);
      console.log(
        `${result.replaced ? 'replaced document' : 'loaded document'} ${result.documentId} ${result.replaced ? 'in' : 'into'} the ${settings.store ?? 'memory'} store`,
      );
    } finally {
      await store.close();
    }
  }
  console.log(`document ${graph.document.id}: ${graph.nodes.length} nodes, ${graph.edges.length} edges`);
  for (const [kind, n] of [...counts.entries()].sort((a, b) => b[1] - a[1]))
    console.log(`  ${kind.padEnd(14)} ${n}`);
  for (const w of graph.warnings) console.warn(`warning: ${escapeControls(w)}`);
  return 0;
}
