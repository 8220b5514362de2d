import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentInfo } from '../../../graph/model';
import { ApiError, removeDocument, type UploadProgress, uploadDocument } from '../api';

const STAGES = ['upload', 'extract', 'analyse', 'store'] as const;
type Stage = (typeof STAGES)[number];
const STAGE_NAMES: Record<Stage, string> = {
  upload: 'Upload',
  extract: 'Extract',
  analyse: 'Analyse',
  store: 'Store',
};
const ACCEPT = '.pdf,.txt,.md,.markdown,.html,.htm,application/pdf,text/plain,text/markdown,text/html';
const TOKEN_KEY = 'policy-graph-token';

interface Job {
  name: string;
  reached: Partial<Record<Stage, UploadProgress>>;
  current: Stage;
  done: boolean;
  error: string | null;
}

interface Props {
  documents: DocumentInfo[] | null;
  /** An upload was stored (`uploaded`) or a report removed; the app reloads what it shows. */
  onChanged: (change: 'uploaded' | 'removed', documentId: string) => void;
}

function sizeOf(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What a stage has counted, in words. */
function countsText(stage: Stage, progress: UploadProgress | undefined): string {
  if (!progress) return '';
  const c = progress.counts;
  if (stage === 'upload')
    return progress.fraction !== undefined && progress.fraction < 1
      ? `${Math.round(progress.fraction * 100)}%`
      : sizeOf(c.bytes ?? 0);
  if (stage === 'extract')
    return [c.pages !== undefined ? `${c.pages} pages` : '', `${(c.chars ?? 0).toLocaleString()} characters`]
      .filter(Boolean)
      .join(', ');
  return `${c.nodes ?? 0} nodes, ${c.edges ?? 0} links`;
}

/** The server has a token (KG_TOKEN) and was sent none or another (401); a 403 is not helped by one. */
const needsToken = (error: unknown) => error instanceof ApiError && error.code === 'UNAUTHORIZED';

/**
 * The reports on the server, a drop zone (drops anywhere on the page count) and a file picker for new ones,
 * with the progress of each stage, and the token prompt when the server asks for one.
 */
export function ImportPanel({ documents, onChanged }: Props) {
  const [job, setJob] = useState<Job | null>(null);
  const [dragging, setDragging] = useState(false);
  const [askToken, setAskToken] = useState<string | null>(null);
  const [tokenDraft, setTokenDraft] = useState('');
  const [removeError, setRemoveError] = useState<string | null>(null);
  const pendingFile = useRef<File | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const busy = job !== null && !job.done && job.error === null;

  const token = () => sessionStorage.getItem(TOKEN_KEY) ?? undefined;

  const start = useCallback(
    (file: File) => {
      pendingFile.current = file;
      setAskToken(null);
      setJob({ name: file.name, reached: {}, current: 'upload', done: false, error: null });
      const t = sessionStorage.getItem(TOKEN_KEY) ?? undefined;
      uploadDocument(file, {
        ...(t ? { token: t } : {}),
        onProgress: (progress) =>
          setJob(
            (j) =>
              j && { ...j, current: progress.stage, reached: { ...j.reached, [progress.stage]: progress } },
          ),
      })
        .then((result) => {
          setJob((j) => j && { ...j, done: true, current: 'store' });
          onChanged('uploaded', result.document.id);
        })
        .catch((error: unknown) => {
          if (needsToken(error)) setAskToken((error as ApiError).message);
          const message = error instanceof Error ? error.message : String(error);
          const code = error instanceof ApiError ? `${error.code}: ` : '';
          setJob((j) => j && { ...j, error: `${code}${message}` });
        });
    },
    [onChanged],
  );

  const take = useCallback(
    (files: FileList | null | undefined) => {
      const file = files?.[0];
      if (file && !busy) start(file);
    },
    [busy, start],
  );

  // Drops anywhere on the page import the file, instead of the browser opening it.
  useEffect(() => {
    const over = (e: globalThis.DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: globalThis.DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: globalThis.DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(false);
      take(e.dataTransfer.files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [take]);

  const remove = async (doc: DocumentInfo) => {
    if (!window.confirm(`Remove the report "${doc.title || doc.id}" and everything only it states?`)) return;
    setRemoveError(null);
    try {
      await removeDocument(doc.id, token());
      onChanged('removed', doc.id);
    } catch (error) {
      if (needsToken(error)) setAskToken((error as ApiError).message);
      setRemoveError(error instanceof Error ? error.message : String(error));
    }
  };

  const saveToken = (e: React.FormEvent) => {
    e.preventDefault();
    if (tokenDraft.trim()) sessionStorage.setItem(TOKEN_KEY, tokenDraft.trim());
    setTokenDraft('');
    setAskToken(null);
    if (pendingFile.current && job?.error) start(pendingFile.current);
  };

  return (
    <section className="panel imports" data-testid="import-panel" aria-label="Reports">
      <h2>Reports {documents && <span className="count">{documents.length}</span>}</h2>
      {documents && documents.length > 0 && (
        <ul className="reports">
          {documents.map((d) => (
            <li key={d.id} data-testid="report-item" data-document={d.id}>
              <span className="report-name" lang="ko" title={d.sourcePath}>
                {d.title || d.id}
              </span>
              <button
                type="button"
                className="link"
                data-testid="report-remove"
                aria-label={`Remove ${d.title || d.id}`}
                onClick={() => void remove(d)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {removeError && <p className="error">{removeError}</p>}
      <div className={`drop-zone${dragging ? ' dragging' : ''}`} data-testid="drop-zone">
        <p>Drop a PDF, text, Markdown or HTML report here</p>
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          Choose a file…
        </button>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          hidden
          data-testid="file-input"
          onChange={(e) => {
            take(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      {job && (
        <div className="import-job" data-testid="import-job" data-done={job.done} aria-live="polite">
          <p className="job-name" lang="ko">
            {job.name}
          </p>
          <ol className="stages">
            {STAGES.map((stage) => {
              const index = STAGES.indexOf(stage);
              const currentIndex = STAGES.indexOf(job.current);
              const state =
                job.done || index < currentIndex
                  ? 'done'
                  : index === currentIndex
                    ? job.error
                      ? 'failed'
                      : 'active'
                    : 'waiting';
              return (
                <li
                  key={stage}
                  data-testid={`stage-${stage}`}
                  data-state={state}
                  className={`stage ${state}`}
                >
                  <span className="stage-name">{STAGE_NAMES[stage]}</span>{' '}
                  <span className="stage-counts">{countsText(stage, job.reached[stage])}</span>
                </li>
              );
            })}
          </ol>
          {job.error && (
            <p className="error" data-testid="import-error">
              {job.error}
            </p>
          )}
        </div>
      )}
      {askToken !== null && (
        <form className="token-form" onSubmit={saveToken} data-testid="token-form">
          <label>
            This server needs its token (KG_TOKEN) to change reports
            <input
              type="password"
              autoComplete="off"
              value={tokenDraft}
              onChange={(e) => setTokenDraft(e.target.value)}
              data-testid="token-input"
            />
          </label>
          <button type="submit">Use token</button>
        </form>
      )}
    </section>
  );
}
