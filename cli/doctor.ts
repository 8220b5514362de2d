import { parseArgs } from 'node:util';
import type { GraphError } from '../graph/errors';
import { DiskStore, type StoreCheck } from '../graph/memory/persist';
import { embeddedDataDir, STORE_OPTIONS } from './options';

/**
 * `kg doctor [--json] [--data-dir DIR]`: checks the embedded store (manifest, format version, every
 * document file against its checksum) and changes nothing. Exits 1 when it finds a problem.
 */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...STORE_OPTIONS, json: { type: 'boolean', default: false } },
  });
  const dir = embeddedDataDir(values, 'doctor');
  const report = await DiskStore.check(dir);
  console.log(values.json ? JSON.stringify(reportJson(dir, report)) : formatReport(dir, report));
  return report.problems.length > 0 ? 1 : 0;
}

export function reportJson(dir: string, report: StoreCheck) {
  return {
    dataDir: dir,
    formatVersion: report.formatVersion ?? null,
    documents: report.documents,
    problems: report.problems.map(problemJson),
  };
}

function problemJson(problem: GraphError) {
  return { code: problem.code, file: problem.details.file ?? null, message: problem.message };
}

function formatReport(dir: string, report: StoreCheck): string {
  const version =
    report.formatVersion === undefined ? 'no readable manifest' : `format ${report.formatVersion}`;
  const summary = `store ${dir}: ${version}, ${report.documents.length} readable documents, ${report.problems.length} problems`;
  const hint = report.problems.length > 0 ? ' (kg repair quarantines the damaged files)' : '';
  return [...report.problems.map((p) => `${p.code}: ${p.message}`), `${summary}${hint}`].join('\n');
}
