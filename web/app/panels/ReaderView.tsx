import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Evidence } from '../../../graph/model';
import { useReader } from '../hooks/useReader';

interface Props {
  evidence: Evidence;
  onClose: () => void;
}

/** The whole source report as text, scrolled to the passage, which is highlighted. */
export function ReaderView({ evidence, onClose }: Props) {
  const { text, title, error } = useReader(evidence);
  const mark = useRef<HTMLElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    if (text !== null) mark.current?.scrollIntoView({ block: 'center' });
  }, [text]);

  useEffect(() => {
    closeButton.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div
      className="reader"
      data-testid="reader-view"
      role="dialog"
      aria-modal="true"
      aria-label={`Report: ${title}`}
    >
      <header>
        <h2>{title}</h2>
        {evidence.page !== undefined && (
          <span className="page" data-testid="reader-page">
            page {evidence.page}
          </span>
        )}
        <button type="button" ref={closeButton} onClick={onClose} data-testid="reader-close">
          Close
        </button>
      </header>
      {error && <p className="error">{error}</p>}
      {text === null && !error && <p className="muted">Loading report…</p>}
      {text !== null && (
        <div className="reader-text" lang="ko">
          {text.slice(0, evidence.start)}
          <mark ref={mark} data-testid="reader-highlight">
            {text.slice(evidence.start, evidence.end)}
          </mark>
          {text.slice(evidence.end)}
        </div>
      )}
    </div>
  );
}
