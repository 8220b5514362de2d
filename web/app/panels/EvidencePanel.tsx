import type { Evidence } from '../../../graph/model';
import type { EvidenceItem, EvidenceState } from '../hooks/useEvidence';

interface Props {
  state: EvidenceState;
  onOpen: (evidence: Evidence) => void;
}

/** Passages with the quote marked inside its sentence, each with its document, section path and a reader link. */
export function Passages({
  items,
  onOpen,
  testId = 'evidence-item',
}: {
  items: readonly EvidenceItem[];
  onOpen: (evidence: Evidence) => void;
  testId?: string;
}) {
  return (
    <ol className="passages">
      {items.map(({ evidence, passage, sections, documentTitle, namesBoth }) => (
        <li
          key={`${evidence.documentId}:${evidence.start}:${evidence.end}`}
          data-testid={testId}
          data-names-both={namesBoth === null ? undefined : String(namesBoth)}
        >
          <div className="where">
            <span className="doc" data-testid="evidence-document" data-document={evidence.documentId}>
              {documentTitle}
            </span>
            {evidence.page !== undefined && (
              <span className="page" data-testid="evidence-page">
                {' '}
                · p. {evidence.page}
              </span>
            )}
            {sections.length > 0 && <span className="section-path"> › {sections.join(' › ')}</span>}
            {namesBoth && <span className="badge strong">names both ends</span>}
          </div>
          <blockquote lang="ko">
            {passage.before}
            <mark
              data-testid="evidence-quote"
              data-document={evidence.documentId}
              data-start={evidence.start}
              data-end={evidence.end}
            >
              {passage.quote}
            </mark>
            {passage.after}
          </blockquote>
          {!passage.matches && (
            <p className="error">The stored quote does not match the source text at these offsets.</p>
          )}
          <button type="button" className="link" data-testid="evidence-open" onClick={() => onOpen(evidence)}>
            Open in report (chars {evidence.start}–{evidence.end})
          </button>
        </li>
      ))}
    </ol>
  );
}

/** The passages behind the selection; the mention is marked inside its sentence. Always plain text. */
export function EvidencePanel({ state, onOpen }: Props) {
  return (
    <section className="panel evidence" data-testid="evidence-panel" aria-label="Evidence">
      <h2>
        Evidence
        {state.status === 'ready' && <span className="count">{state.items.length}</span>}
      </h2>
      {state.status === 'idle' && (
        <p className="muted">Select a node or link to see where the report says so.</p>
      )}
      {state.status === 'loading' && <p className="muted">Loading passages…</p>}
      {state.status === 'error' && <p className="error">{state.message}</p>}
      {state.status === 'ready' && state.items.length === 0 && <p className="muted">No passages recorded.</p>}
      {state.status === 'ready' && <Passages items={state.items} onOpen={onOpen} />}
    </section>
  );
}
