import { parseArgs } from 'node:util';
import { DiskStore } from '../graph/memory/persist';
import { reportJson } from './doctor';
import { embeddedDataDir, STORE_OPTIONS } from './options';

/**
 * `kg repair [--json] [--data-dir DIR]`: moves damaged document files into quarantine/, rebuilds a
 * damaged or missing manifest from the document files, and writes the manifest in the current format.
 */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...STORE_OPTIONS, json: { type: 'boolean', default: false } },
  });
  const dir = embeddedDataDir(values, 'repair');
  const result = await DiskStore.repair(dir);
  if (values.json) {
    console.log(JSON.stringify(reportJson(dir, result)));
  } else {
    for (const fixed of result.problems) console.log(`${fixed.code}: ${fixed.message}`);
    console.log(
      `store ${dir}: ${result.documents.length} readable documents, ${result.problems.length} problems set aside`,
    );
  }
  return 0;
}
