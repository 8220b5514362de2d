import { useCallback, useMemo, useRef, useState } from 'react';
import type { Evidence } from '../../graph/model';
import { nodeLabel } from './graph/elements';
import { useCanvasKeys } from './hooks/useCanvasKeys';
import { useCytoscape } from './hooks/useCytoscape';
import { useDetails } from './hooks/useDetails';
import { APP_NAME, useDocuments } from './hooks/useDocuments';
import { useEvidence } from './hooks/useEvidence';
import { useExplorer } from './hooks/useExplorer';
import { useNodeMenu } from './hooks/useNodeMenu';
import { usePresentation } from './hooks/usePresentation';
import { useSavedViews } from './hooks/useSavedViews';
import { useViewExport } from './hooks/useViewExport';
import { DetailsPanel } from './panels/DetailsPanel';
import { EvidencePanel } from './panels/EvidencePanel';
import { ImportPanel } from './panels/ImportPanel';
import { Legend } from './panels/Legend';
import { NodeMenu } from './panels/NodeMenu';
import { NodePicker } from './panels/NodePicker';
import { PathFinder } from './panels/PathFinder';
import { PresentBar } from './panels/PresentBar';
import { ReaderView } from './panels/ReaderView';
import { Toolbar } from './panels/Toolbar';
import { forgetDocuments, reportsLabel } from './state/documents';
import { AnalystPanel } from './views/AnalystPanel';
import type { ShowOptions } from './views/types';
import { useAnalyst } from './views/useAnalyst';

export function App() {
  const explorer = useExplorer();
  const { view, actions, cache, version, elements, path } = explorer;
  const container = useRef<HTMLDivElement>(null);
  const [reading, setReading] = useState<Evidence | null>(null);
  const [revision, setRevision] = useState(0);
  const documents = useDocuments(revision);
  const analyst = useAnalyst();
  const [highlight, setHighlight] = useState<readonly string[]>([]);
  const showNodes = actions.showNodes;
  const showAnalysis = useCallback(
    (ids: string[], options: ShowOptions = {}) => {
      setHighlight(options.highlight ?? []);
      void showNodes(ids, options.positions);
    },
    [showNodes],
  );

  const pathElements = useMemo(
    () =>
      new Set(
        path.status === 'found'
          ? path.paths.flatMap((p) => [...p.nodes.map((n) => n.id), ...p.hops.map((h) => h.edge.id)])
          : highlight,
      ),
    [path, highlight],
  );
  const { menu, open: openMenu, close: closeMenu } = useNodeMenu(container, actions.select);
  const fontScale = view.fontScale * (view.presenting ? 1.5 : 1);
  const cy = useCytoscape({
    container,
    elements,
    view,
    pathElements,
    layoutRequest: explorer.layoutRequest,
    focus: explorer.focus,
    fontScale,
    handlers: {
      onSelect: actions.select,
      onExpand: actions.expand,
      onContextMenu: openMenu,
      onPlace: actions.place,
    },
  });
  useCanvasKeys(container, cy, {
    selected: view.selected,
    onSelect: actions.select,
    onExpand: actions.expand,
    onMenu: openMenu,
  });
  const savedViews = useSavedViews();
  usePresentation(cy, view.presenting, actions.present);
  const details = useDetails(view.selected, cache, version);
  const known = view.selected
    ? (view.selected.type === 'node' ? cache.nodes : cache.edges).has(view.selected.id)
    : false;
  const evidence = useEvidence(known ? view.selected : null, cache);
  const closeReader = useCallback(() => setReading(null), []);

  const { slice, exportJson } = useViewExport(view, cache, version, documents);
  const visibleCount = slice.nodes.length;

  const selectedId = view.selected?.type === 'node' ? view.selected.id : null;
  const canvasIds = useMemo(() => new Set(view.nodes), [view.nodes]);
  const selectedNode = selectedId ? cache.nodes.get(selectedId) : undefined;
  const selectedLabel = selectedNode ? nodeLabel(selectedNode, view.lang) : null;
  const documentTitles = useMemo(
    () => new Map((documents ?? []).map((d) => [d.id, d.title.trim() || d.id])),
    [documents],
  );

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
    <div className={`app${view.presenting ? ' presenting' : ''}`} lang={view.lang}>
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
          slice={slice}
          exportJson={exportJson}
          onBack={actions.back}
          onLayout={actions.setLayout}
          onRelayout={actions.relayout}
          onLang={actions.setLang}
          onClear={actions.clear}
          webgl={view.webgl}
          onWebgl={actions.setWebgl}
          fontScale={view.fontScale}
          onFont={actions.stepFont}
          presenting={view.presenting}
          onPresent={actions.present}
          views={savedViews.views}
          onViewsShown={savedViews.load}
          onSaveView={savedViews.save}
          onOpenView={actions.openView}
          onDeleteView={savedViews.remove}
          documents={documents}
          hiddenDocuments={view.hiddenDocuments}
          onToggleDocument={actions.toggleDocument}
        />
        <button
          type="button"
          data-testid="analyst-toggle"
          aria-pressed={analyst.state.tab !== null}
          onClick={() => analyst.update({ tab: analyst.state.tab ? null : 'matrix' })}
        >
          Analyst views
        </button>
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
      <main className={analyst.state.tab ? 'stage with-analyst' : 'stage'}>
        <div
          ref={container}
          className="canvas"
          data-testid="graph-canvas"
          data-node-count={visibleCount}
          data-busy={explorer.busy}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas is operated with the keyboard (useCanvasKeys).
          tabIndex={0}
          role="application"
          aria-roledescription="graph"
          aria-label={`Graph with ${visibleCount} nodes${selectedLabel ? `, ${selectedLabel} selected` : ''}. Arrow keys move between nodes, Enter expands, Shift+F10 opens the node menu, + and − zoom, 0 fits.`}
        />
        {menu && cache.nodes.get(menu.id) && (
          <NodeMenu
            at={menu}
            label={nodeLabel(cache.nodes.get(menu.id)!, view.lang)}
            groups={details.type === 'node' && details.node.id === menu.id ? details.relations : null}
            canvasIds={canvasIds}
            onExpand={() => void actions.expand(menu.id)}
            onShow={(ids) => void actions.expandGroup(menu.id, ids)}
            onHide={() => actions.hide(menu.id)}
            onClose={closeMenu}
          />
        )}
        {view.presenting && (
          <PresentBar
            onFont={actions.stepFont}
            onFit={() =>
              cy?.animate({ fit: { eles: cy.elements(':visible'), padding: 40 } }, { duration: 250 })
            }
            onRelayout={actions.relayout}
            onExit={() => actions.present(false)}
          />
        )}
        <div className="status" role="status" aria-live="polite">
          {explorer.busy && <span className="busy">Loading…</span>}
          {explorer.notice && (
            <span className="notice" data-testid="notice">
              {explorer.notice}{' '}
              <button type="button" className="link" onClick={actions.dismissNotice}>
                Dismiss
              </button>
            </span>
          )}
          {explorer.error && (
            <span className="error" data-testid="error">
              {explorer.error}{' '}
              <button type="button" className="link" onClick={actions.dismissError}>
                Dismiss
              </button>
            </span>
          )}
        </div>
        <AnalystPanel
          state={analyst.state}
          update={analyst.update}
          lang={view.lang}
          onOpen={setReading}
          onShow={showAnalysis}
          selected={selectedId ? { id: selectedId, kind: cache.nodes.get(selectedId)?.kind ?? '' } : null}
          cy={cy}
        />
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
          onExpandAll={actions.expandAll}
          onCollapse={actions.collapse}
          onHide={actions.hide}
          onTogglePin={actions.togglePin}
          onSelect={actions.select}
          cache={cache}
          canvasIds={canvasIds}
          onShowNeighbours={(id, ids) => void actions.expandGroup(id, ids)}
          onOpenEvidence={setReading}
          documentTitles={documentTitles}
        />
        <EvidencePanel state={evidence} onOpen={setReading} />
      </aside>
    </div>
  );
}
