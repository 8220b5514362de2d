// Runs imports off the server's event loop (worker_threads): extraction and analysis of one upload at a
// time, reporting each stage; the server thread loads the result into its store.
import { parentPort } from 'node:worker_threads';
import { GraphError, isGraphError } from '../../graph/errors';
import { extractSource } from '../../importer/extract/index';
import { importExtracted } from '../../importer/index';
import { hasHangul, loadLanguages } from '../../importer/language';
import { type Lexicon, loadLexicon } from '../../importer/lexicon/load';
import type { WorkerReply, WorkerRequest } from './import-protocol';

let lexicon: Lexicon | undefined;

function post(reply: WorkerReply) {
  parentPort?.postMessage(reply);
}

async function handle(job: WorkerRequest): Promise<void> {
  const bytes = new Uint8Array(job.bytes);
  const extracted = await extractSource(bytes, job.name, job.mediaType ? { mediaType: job.mediaType } : {});
  post({
    job: job.job,
    type: 'progress',
    stage: 'extract',
    counts: {
      chars: extracted.text.length,
      ...(extracted.pageStarts ? { pages: extracted.pageStarts.length } : {}),
    },
  });
  const languages = await loadLanguages({ korean: hasHangul(extracted.text) });
  lexicon ??= loadLexicon([]);
  const graph = importExtracted(bytes, extracted, {
    path: job.name,
    documentId: job.documentId,
    ...(job.title ? { title: job.title } : {}),
    lexicon,
    languages,
  });
  post({
    job: job.job,
    type: 'progress',
    stage: 'analyse',
    counts: { nodes: graph.nodes.length, edges: graph.edges.length },
  });
  post({ job: job.job, type: 'done', graph });
}

parentPort?.on('message', (job: WorkerRequest) => {
  handle(job).catch((error: unknown) => {
    const known = isGraphError(error)
      ? error
      : new GraphError('INVALID_INPUT', `${job.name}: ${String(error)}`);
    if (!isGraphError(error))
      process.stderr.write(
        `kg import worker: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
    post({ job: job.job, type: 'error', code: known.code, message: known.message, details: known.details });
  });
});
