import { useState } from 'react';
import type { Node } from '../../../graph/model';
import { type Lang, nodeLabel } from '../graph/elements';
import type { PathState } from '../hooks/useExplorer';
import type { GraphCache } from '../state/cache';
import type { Selection } from '../state/view';
import { NodePicker } from './NodePicker';

interface Props {
  lang: Lang;
  path: PathState;
  cache: GraphCache;
  initialFrom: string | null;
  initialTo: string | null;
  initialViaSections: boolean;
  onFind: (from: string, to: string, viaSections: boolean) => void;
  onClear: () => void;
  onSelect: (selection: Selection) => void;
}

/** Trims the sentence around a hop's quote to a readable length. */
function clip(text: string, side: 'start' | 'end', max = 90): string {
  const chars = Array.from(text.replace(/\s+/g, ' '));
  if (chars.length <= max) return chars.join('');
  return side === 'start' ? `…${chars.slice(-max).join('')}` : `${chars.slice(0, max).join('')}…`;
}

/** From/to pickers and the shortest paths found, each hop with the sentence that supports it. */
export function PathFinder(props: Props) {
  const { lang, path, cache, onFind, onClear, onSelect } = props;
  const [from, setFrom] = useState<string | null>(props.initialFrom);
  const [to, setTo] = useState<string | null>(props.initialTo);
  const [viaSections, setViaSections] = useState(props.initialViaSections);
  const name = (id: string | null) => {
    if (!id) return '—';
    const node = cache.nodes.get(id);
    return node ? nodeLabel(node, lang) : id;
  };
  return (
    <section className="panel paths" aria-label="Path finder">
      <h2>Path finder</h2>
      <div className="path-pickers">
        <NodePicker
          testId="path-from"
          optionTestId="path-from-option"
          label="From"
          placeholder={from ? `From: ${name(from)}` : 'From… (e.g. IRA)'}
          lang={lang}
          keepValue
          onPick={(node: Node) => setFrom(node.id)}
        />
        <NodePicker
          testId="path-to"
          optionTestId="path-to-option"
          label="To"
          placeholder={to ? `To: ${name(to)}` : 'To… (e.g. 바이오헬스)'}
          lang={lang}
          keepValue
          onPick={(node: Node) => setTo(node.id)}
        />
      </div>
      <label className="check">
        <input
          type="checkbox"
          data-testid="path-via-sections"
          checked={viaSections}
          onChange={(e) => setViaSections(e.target.checked)}
        />
        Also through report sections
      </label>
      <div className="actions">
        <button
          type="button"
          data-testid="path-find"
          disabled={!from || !to || from === to || path.status === 'loading'}
          onClick={() => from && to && onFind(from, to, viaSections)}
        >
          {path.status === 'loading' ? 'Finding…' : 'Find path'}
        </button>
        {path.status !== 'idle' && (
          <button type="button" className="secondary" onClick={onClear}>
            Clear
          </button>
        )}
      </div>
      {path.status === 'none' && (
        <p className="notice" data-testid="path-empty" role="status">
          No path between {name(path.from)} and {name(path.to)} within the hop limit.
        </p>
      )}
      {path.status === 'found' && (
        <ol className="path-list" data-testid="path-result">
          {path.paths.map((p, i) => (
            <li
              key={p.hops.map((h) => h.edge.id).join('|') || String(i)}
              data-testid="path-item"
              data-weakness={p.weakness}
            >
              <p className="path-title">
                Path {i + 1}: {p.hops.length} hop{p.hops.length === 1 ? '' : 's'}
                {p.weakness === 0 ? (
                  <span className="badge strong">every step stated</span>
                ) : (
                  <span className="badge weak" title="Hops through hubs or mere co-mentions">
                    {p.hops.filter((h) => h.weak.length > 0).length} weak
                  </span>
                )}
              </p>
              <ol className="hops">
                {p.hops.map(({ edge, weak, passage, context, namesBoth }, hop) => {
                  const a = p.nodes[hop];
                  const b = p.nodes[hop + 1];
                  const forward = edge.source === a?.id;
                  return (
                    <li
                      key={edge.id}
                      className={`hop${weak.length > 0 ? ' weak' : ''}`}
                      data-testid="path-hop"
                      data-edge={edge.id}
                      data-weak={weak.join(' ')}
                      data-names-both={String(namesBoth)}
                    >
                      <button
                        type="button"
                        className="link"
                        onClick={() => onSelect({ type: 'edge', id: edge.id })}
                      >
                        {a ? nodeLabel(a, lang) : '?'} {forward ? `—${edge.type}→` : `←${edge.type}—`}{' '}
                        {b ? nodeLabel(b, lang) : '?'}
                      </button>
                      {weak.includes('hub') && (
                        <span
                          className="badge weak"
                          title="Passes through a node the report names everywhere"
                        >
                          via hub
                        </span>
                      )}
                      {weak.includes('co-mention') && (
                        <span className="badge weak" title="The link only says both names occur in one item">
                          co-mention
                        </span>
                      )}
                      <q
                        className="hop-quote"
                        lang="ko"
                        data-start={passage?.start}
                        data-end={passage?.end}
                        data-document={passage?.documentId}
                      >
                        {context?.matches ? (
                          <>
                            {clip(context.before, 'start')}
                            <mark>{context.quote}</mark>
                            {clip(context.after, 'end')}
                          </>
                        ) : (
                          passage?.quote
                        )}
                      </q>
                      {edge.evidence.length > 1 && (
                        <span className="muted hop-more">
                          {' '}
                          +{edge.evidence.length - 1} more passage{edge.evidence.length === 2 ? '' : 's'}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
