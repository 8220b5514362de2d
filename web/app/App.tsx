import { useCallback, useMemo, useRef, useState } from 'react';
import type { Evidence } from '../../graph/model';
import { useCytoscape } from './hooks/useCytoscape';
import { useDetails } from './hooks/useDetails';
import { APP_NAME, useDocuments } from './hooks/useDocuments';
import { useEvidence } from './hooks/useEvidence';
import { useExplorer } from './hooks/useExplorer';
import { DetailsPanel } from './panels/DetailsPanel';
import { EvidencePanel } from './panels/EvidencePanel';
import { ImportPanel } from './panels/ImportPanel';
import { Legend } from './panels/Legend';
import { NodePicker } from './panels/NodePicker';
import { PathFinder } from './panels/PathFinder';
import { ReaderView } from './panels/ReaderView';
import { Toolbar } from './panels/Toolbar';
import { forgetDocuments, reportsLabel } from './state/documents';

export function App() {
  const explorer = useExplorer();
  const { view, actions, cache, version, elements, path } = explorer;
  const container = useRef<HTMLDivElement>(null);
  const [reading, setReading] = useState<Evidence | null>(null);
  const [revision, setRevision] = useState(0);
  const documents = useDocuments(revision);

  const pathElements = useMemo(
    () =>
      new Set(
        path.status === 'found'
          ? path.paths.flatMap((p) => [...p.nodes.map((n) => n.id), ...p.edges.map((e) => e.id)])
          : [],
      ),
    [path],
  );
  const cy = useCytoscape({
    container,
    elements,
    view,
    pathElements,
    layoutRequest: explorer.layoutRequest,
    focus: explorer.focus,
    handlers: { onSelect: actions.select, onExpand: actions.expand },
  });
  const details = useDetails(view.selected, cache, version);
  const evidence = useEvidence(view.selected, cache);
  const closeReader = useCallback(() => setReading(null), []);

  const visibleIds = useMemo(() => {
    const hidden = new Set(view.hidden);
    return elements
      .filter(
        (e) =>
          e.group === 'nodes' && !hidden.has(e.data.id as string) && !view.hiddenKinds.includes(e.data.kind),
      )
      .map((e) => e.data.id as string);
  }, [elements, view.hidden, view.hiddenKinds]);

  const selectedId = view.selected?.type === 'node' ? view.selected.id : null;

  /** After an upload or a removal: forget what was fetched and show the new report (its document node). */
  const onDocumentsChanged = useCallback(
    (change: 'uploaded' | 'removed', documentId: string) => {
      forgetDocuments(documentId);
      cache.reset();
      setReading(null);
      actions.clear();
      setRevision((r) => r + 1);
      if (change === 'uploaded') void actions.pick(documentId);
    },
    [actions, cache],
  );

  return (
    <div className="app" lang={view.lang}>
      <header className="topbar">
        <div className="titles">
          <h1>{APP_NAME}</h1>
          {documents && (
            <p
              className="report-title"
              data-testid="report-title"
              lang="ko"
              title={documents.map((d) => d.title || d.id).join('\n')}
            >
              {reportsLabel(documents)}
            </p>
          )}
        </div>
        <NodePicker
          testId="search-input"
          optionTestId="search-option"
          label="Search nodes"
          placeholder="Search policies, industries, companies… (IRA, 반도체)"
          lang={view.lang}
          onPick={(node) => void actions.pick(node.id)}
        />
        <Toolbar
          cy={cy}
          lang={view.lang}
          layout={view.layout}
          canGoBack={explorer.canGoBack}
          visibleIds={visibleIds}
          onBack={actions.back}
          onLayout={actions.setLayout}
          onRelayout={actions.relayout}
          onLang={actions.setLang}
          onClear={actions.clear}
          webgl={view.webgl}
          onWebgl={actions.setWebgl}
        />
      </header>
      <aside className="sidebar left">
        <ImportPanel documents={documents} onChanged={onDocumentsChanged} />
        <Legend
          elements={elements}
          hiddenKinds={view.hiddenKinds}
          hiddenTypes={view.hiddenTypes}
          onToggleKind={actions.toggleKind}
          onToggleType={actions.toggleType}
          hiddenCount={view.hidden.length}
          onShowHidden={actions.showHidden}
        />
        <PathFinder
          lang={view.lang}
          path={path}
          cache={cache}
          initialFrom={view.pathFrom}
          initialTo={view.pathTo}
          initialViaSections={view.pathViaSections}
          onFind={(from, to, viaSections) => void actions.findPath(from, to, viaSections)}
          onClear={actions.clearPath}
          onSelect={actions.select}
        />
      </aside>
      <main className="stage">
        <div
          ref={container}
          className="canvas"
          data-testid="graph-canvas"
          data-node-count={visibleIds.length}
          data-busy={explorer.busy}
          role="img"
          aria-label={`Graph with ${visibleIds.length} nodes`}
        />
        <div className="status" role="status" aria-live="polite">
          {explorer.busy && <span className="busy">Loading…</span>}
          {explorer.error && (
            <span className="error" data-testid="error">
              {explorer.error}{' '}
              <button type="button" className="link" onClick={actions.dismissError}>
                Dismiss
              </button>
            </span>
          )}
        </div>
        {reading && <ReaderView evidence={reading} onClose={closeReader} />}
      </main>
      <aside className="sidebar right">
        <DetailsPanel
          details={details}
          lang={view.lang}
          expandedCount={selectedId ? view.expanded[selectedId] : undefined}
          pinned={selectedId ? view.pinned.includes(selectedId) : false}
          onCanvas={selectedId ? view.nodes.includes(selectedId) : false}
          onExpand={actions.expand}
          onCollapse={actions.collapse}
          onHide={actions.hide}
          onTogglePin={actions.togglePin}
          onSelect={actions.select}
        />
        <EvidencePanel state={evidence} onOpen={setReading} />
      </aside>
    </div>
  );
}
