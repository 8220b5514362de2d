import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphDocument } from '../graph/model';

const SAMPLES_DIR = fileURLToPath(new URL('../samples', import.meta.url));
export const SAMPLE_REPORT = join(SAMPLES_DIR, '000_dd9d7d845ba8a621.txt');

/** The sample's title from samples/samples.json: its PDF text has no title line of its own. */
export function sampleTitle(): string | undefined {
  const manifest = JSON.parse(readFileSync(join(SAMPLES_DIR, 'samples.json'), 'utf8')) as {
    file: string;
    title?: string;
  }[];
  return manifest.find((s) => join(SAMPLES_DIR, s.file) === SAMPLE_REPORT)?.title;
}

/** The graph of the bundled sample report, titled as the manifest says. */
export async function importSample(): Promise<GraphDocument> {
  const { importFile } = await import('../importer/index');
  const title = sampleTitle();
  return importFile(SAMPLE_REPORT, title ? { title } : {});
}
