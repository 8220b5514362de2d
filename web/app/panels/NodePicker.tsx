import { useEffect, useId, useRef, useState } from 'react';
import type { Node } from '../../../graph/model';
import { type Lang, nodeLabel } from '../graph/elements';
import { KIND_STYLE } from '../graph/palette';
import { useSearch } from '../hooks/useSearch';
import { useSnippets } from '../hooks/useSnippets';

interface Props {
  testId: string;
  optionTestId: string;
  label: string;
  placeholder: string;
  lang: Lang;
  onPick: (node: Node) => void;
  /** Keep the picked name in the box (path pickers) or clear it (main search). */
  keepValue?: boolean;
}

/** A search box with a suggestion list (ARIA combobox), keyboard and mouse. */
export function NodePicker({ testId, optionTestId, label, placeholder, lang, onPick, keepValue }: Props) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const { hits, loading, error, fuzzy, answers } = useSearch(open ? text : '');
  // The list keeps the answer to the previous text until the new one arrives; the keyboard acts only on the answer
  // to what is in the box, and an Enter pressed before it arrives picks its first suggestion then.
  const current = answers === text.trim();
  const [enterPending, setEnterPending] = useState(false);
  // -1: no suggestion chosen yet, so ArrowDown goes to the first one and Enter alone takes the first. A choice holds
  // only for the answer it was made in.
  const [choice, setChoice] = useState({ answers: '', index: -1 });
  const active = choice.answers === answers ? choice.index : -1;
  const setActive = (index: number) => setChoice({ answers, index });
  const listId = useId();
  // A blur closes the list a moment later (so a click on an option lands first); focusing or typing again
  // before then cancels it.
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const keepOpen = () => {
    clearTimeout(closing.current);
    setOpen(true);
  };
  const labels = hits.map((h) => nodeLabel(h.node, lang));
  const repeated = hits.filter((_, i) => labels.indexOf(labels[i]!) !== labels.lastIndexOf(labels[i]!));
  const snippets = useSnippets(repeated.map((h) => h.node));

  const pick = (node: Node) => {
    setText(keepValue ? nodeLabel(node, lang) : '');
    setOpen(false);
    setEnterPending(false);
    onPick(node);
  };
  useEffect(() => {
    if (!enterPending || !current) return;
    setEnterPending(false);
    if (hits[0]) pick(hits[0].node);
  });

  return (
    <div className="picker">
      <label className="sr-only" htmlFor={`${listId}-input`}>
        {label}
      </label>
      <input
        id={`${listId}-input`}
        data-testid={testId}
        type="search"
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          keepOpen();
          setEnterPending(false);
          setActive(-1);
        }}
        onFocus={keepOpen}
        onBlur={() => {
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            if (current) setActive(Math.min(active + 1, hits.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            if (current) setActive(Math.max(active - 1, 0));
          } else if (e.key === 'Enter') {
            const hit = hits[Math.max(active, 0)];
            if (!current) setEnterPending(open);
            else if (hit) pick(hit.node);
          } else if (e.key === 'Escape') {
            setEnterPending(false);
            setOpen(false);
          }
        }}
      />
      {open && text.trim() && (
        <div
          className={current ? 'suggestions' : 'suggestions stale'}
          id={listId}
          role="listbox"
          aria-busy={!current}
        >
          {loading && hits.length === 0 && <div className="muted">Searching…</div>}
          {error && <div className="error">{error}</div>}
          {!loading && !error && hits.length === 0 && <div className="muted">No matches</div>}
          {fuzzy && hits.length > 0 && (
            <div className="muted fuzzy-note" data-testid={`${optionTestId}-fuzzy`}>
              No exact match; close spellings:
            </div>
          )}
          {hits.map((hit, i) => (
            <div
              key={hit.node.id}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              data-testid={optionTestId}
              data-id={hit.node.id}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit.node);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="swatch" style={{ background: KIND_STYLE[hit.node.kind].color }} />
              <span className="option-name">{nodeLabel(hit.node, lang)}</span>
              {nodeLabel(hit.node, lang) !== hit.matched && <span className="muted"> ({hit.matched})</span>}
              {snippets.get(hit.node.id) && (
                <span className="snippet muted" data-testid="option-context">
                  {snippets.get(hit.node.id)}
                </span>
              )}
              <span className="kind">{hit.node.kind}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
