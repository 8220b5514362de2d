import type { ErrorCode, ErrorDetails } from '../../graph/errors';
import type { GraphDocument } from '../../graph/model';

/** Stages of an upload as the page shows them; `upload` is the browser's, the others the server's. */
export type ImportStage = 'upload' | 'extract' | 'analyse' | 'store';

export interface WorkerRequest {
  job: number;
  bytes: ArrayBuffer;
  /** The uploaded file's name, shown in errors and recorded as the document's source path. */
  name: string;
  mediaType?: string;
  documentId: string;
  title?: string;
}

export type WorkerReply =
  | { job: number; type: 'progress'; stage: ImportStage; counts: Record<string, number> }
  | { job: number; type: 'done'; graph: GraphDocument }
  | { job: number; type: 'error'; code: ErrorCode; message: string; details: ErrorDetails };
