import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Annotation, annotationProblems } from './schema';

export const CORPUS_DIR = fileURLToPath(new URL('./corpus/', import.meta.url));

export interface CorpusText {
  annotation: Annotation;
  path: string;
  bytes: Uint8Array;
}

/** Every annotated text of the corpus; a malformed annotation fails naming its file and field. */
export function loadCorpus(dir = CORPUS_DIR): CorpusText[] {
  const annotations = join(dir, 'annotations');
  const out: CorpusText[] = [];
  for (const file of readdirSync(annotations)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const where = join(annotations, file);
    const parsed = Annotation.safeParse(JSON.parse(readFileSync(where, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${where}: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    const path = join(dir, 'texts', `${parsed.data.id}.txt`);
    const bytes = readFileSync(path);
    const problems = annotationProblems(parsed.data, bytes.toString('utf8'));
    if (problems.length > 0) throw new Error(`${where}: ${problems[0]}`);
    out.push({ annotation: parsed.data, path, bytes });
  }
  return out;
}
