import type { Core } from 'cytoscape';
import { useState } from 'react';
import { toCsv, toGraphML } from '../../../graph/export';
import type { DocumentInfo, GraphSlice } from '../../../graph/model';
import type { Lang } from '../graph/elements';
import type { SavedView } from '../state/saved-views';
import { LAYOUTS, type LayoutName } from '../state/view';

interface Props {
  cy: Core | null;
  lang: Lang;
  layout: LayoutName;
  canGoBack: boolean;
  /** What the canvas shows, after every filter: what the exports hold. */
  slice: GraphSlice;
  /** The JSON export of the slice (graph document or slice format, see state/export-view.ts). */
  exportJson: () => Promise<unknown>;
  onBack: () => void;
  onLayout: (layout: LayoutName) => void;
  onRelayout: () => void;
  onLang: (lang: Lang) => void;
  onClear: () => void;
  webgl: boolean;
  onWebgl: (webgl: boolean) => void;
  fontScale: number;
  onFont: (step: 1 | -1) => void;
  presenting: boolean;
  onPresent: (on: boolean) => void;
  views: SavedView[];
  /** The "More" menu opened: its saved views are read then. */
  onViewsShown: () => void;
  onSaveView: (name: string) => void;
  onOpenView: (search: string) => void;
  onDeleteView: (name: string) => void;
  documents: DocumentInfo[] | null;
  hiddenDocuments: string[];
  onToggleDocument: (id: string) => void;
}

const LAYOUT_LABEL: Record<LayoutName, string> = {
  force: 'Force',
  fcose: 'fCoSE (small views)',
  concentric: 'Concentric',
  dagre: 'Hierarchical',
};

function download(href: string, filename: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
}

function downloadText(text: string, type: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  download(url, filename);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The view as a 3× PNG, drawn without the selection's fading and highlight. */
export function exportPng(cy: Core) {
  const faded = cy.elements('.faded');
  const selected = cy.elements('.sel');
  faded.removeClass('faded');
  selected.removeClass('sel');
  try {
    const blob = cy.png({ full: true, scale: 3, output: 'blob', bg: '#ffffff' });
    const url = URL.createObjectURL(blob);
    download(url, 'policy-graph.png');
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } finally {
    faded.addClass('faded');
    selected.addClass('sel');
  }
}

/** A button with a full label on wide screens and a short one (an icon) in the compact toolbar. */
function Label({ full, short }: { full: string; short: string }) {
  return (
    <>
      <span className="full">{full}</span>
      <span className="short" aria-hidden="true">
        {short}
      </span>
    </>
  );
}

function closeMenu(e: { currentTarget: HTMLElement }) {
  e.currentTarget.closest('details')?.removeAttribute('open');
}

export function Toolbar(props: Props) {
  const [viewName, setViewName] = useState('');
  const { slice } = props;
  return (
    <div className="toolbar" role="toolbar" aria-label="View" data-testid="toolbar">
      <button
        type="button"
        data-testid="back"
        disabled={!props.canGoBack}
        onClick={props.onBack}
        title="Undo the last change"
        aria-label="Back"
      >
        <Label full="← Back" short="←" />
      </button>
      <label className="inline">
        <span className="full">Layout</span>
        <select
          data-testid="layout-select"
          aria-label="Layout"
          value={props.layout}
          onChange={(e) => props.onLayout(e.target.value as LayoutName)}
        >
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {LAYOUT_LABEL[l]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        data-testid="relayout"
        onClick={props.onRelayout}
        title="Run the layout again"
        aria-label="Re-layout"
      >
        <Label full="Re-layout" short="⟳" />
      </button>
      <button
        type="button"
        data-testid="fit"
        title="Fit the graph to the screen"
        aria-label="Fit"
        onClick={() =>
          props.cy?.animate({ fit: { eles: props.cy.elements(':visible'), padding: 40 } }, { duration: 250 })
        }
      >
        <Label full="Fit" short="⤢" />
      </button>
      <fieldset className="lang" aria-label="Label language">
        {(['ko', 'en'] as const).map((lang) => (
          <button
            key={lang}
            type="button"
            data-testid={`lang-${lang}`}
            aria-pressed={props.lang === lang}
            aria-label={lang === 'ko' ? '한국어' : 'English'}
            onClick={() => props.onLang(lang)}
          >
            <Label full={lang === 'ko' ? '한국어' : 'English'} short={lang === 'ko' ? '한' : 'EN'} />
          </button>
        ))}
      </fieldset>
      <fieldset className="font-size" aria-label="Label size">
        <button
          type="button"
          data-testid="font-smaller"
          title="Smaller labels"
          aria-label="Smaller labels"
          onClick={() => props.onFont(-1)}
        >
          A−
        </button>
        <output data-testid="font-scale" title="Label size">
          {Math.round(props.fontScale * 100)}%
        </output>
        <button
          type="button"
          data-testid="font-larger"
          title="Larger labels"
          aria-label="Larger labels"
          onClick={() => props.onFont(1)}
        >
          A+
        </button>
      </fieldset>
      <button
        type="button"
        data-testid="present"
        aria-pressed={props.presenting}
        title="Presentation mode: larger labels, no side panels (Esc leaves)"
        aria-label="Presentation mode"
        onClick={() => props.onPresent(!props.presenting)}
      >
        <Label full="Present" short="▶" />
      </button>
      <details className="menu" data-testid="export-menu">
        <summary>Export</summary>
        <div className="menu-items">
          <p className="menu-note muted">
            {slice.nodes.length} nodes, {slice.edges.length} links as shown (filters applied)
          </p>
          <button
            type="button"
            data-testid="export-png"
            disabled={!props.cy}
            onClick={(e) => {
              if (props.cy) exportPng(props.cy);
              closeMenu(e);
            }}
          >
            PNG image (3×)
          </button>
          <button
            type="button"
            data-testid="export-json"
            onClick={(e) => {
              closeMenu(e);
              void props
                .exportJson()
                .then((doc) =>
                  downloadText(`${JSON.stringify(doc, null, 2)}\n`, 'application/json', 'policy-graph.json'),
                );
            }}
          >
            JSON (graph document)
          </button>
          <button
            type="button"
            data-testid="export-graphml"
            onClick={(e) => {
              closeMenu(e);
              downloadText(toGraphML(slice), 'application/graphml+xml', 'policy-graph.graphml');
            }}
          >
            GraphML (Gephi, Cytoscape)
          </button>
          {(['nodes', 'edges'] as const).map((table) => (
            <button
              key={table}
              type="button"
              data-testid={`export-csv-${table}`}
              onClick={(e) => {
                closeMenu(e);
                downloadText(toCsv(slice, table), 'text/csv', `policy-graph-${table}.csv`);
              }}
            >
              CSV — {table === 'nodes' ? 'nodes' : 'links'}
            </button>
          ))}
        </div>
      </details>
      <details
        className="menu"
        data-testid="more-menu"
        onToggle={(e) => {
          if (e.currentTarget.open) props.onViewsShown();
        }}
      >
        <summary aria-label="More: views, documents, clear">
          <Label full="More ▾" short="⋯" />
        </summary>
        <div className="menu-items">
          <form
            className="save-view"
            onSubmit={(e) => {
              e.preventDefault();
              if (!viewName.trim()) return;
              props.onSaveView(viewName);
              setViewName('');
            }}
          >
            <label>
              <span className="sr-only">View name</span>
              <input
                data-testid="view-name"
                value={viewName}
                placeholder="Name this view…"
                onChange={(e) => setViewName(e.target.value)}
              />
            </label>
            <button type="submit" data-testid="view-save" disabled={!viewName.trim()}>
              Save view
            </button>
          </form>
          {props.views.length > 0 && (
            <ul className="saved-views" data-testid="saved-views">
              {props.views.map((v) => (
                <li key={v.name} className="saved-view">
                  <button
                    type="button"
                    className="saved-view-open"
                    data-testid="view-open"
                    data-name={v.name}
                    onClick={() => props.onOpenView(v.search)}
                  >
                    {v.name}
                  </button>
                  <button
                    type="button"
                    className="small secondary"
                    aria-label={`Delete view ${v.name}`}
                    onClick={() => props.onDeleteView(v.name)}
                  >
                    ✕
                  </button>
                </li>
              ))}
            </ul>
          )}
          {props.documents && props.documents.length > 1 && (
            <fieldset className="documents" data-testid="document-filter">
              <legend>Documents</legend>
              {props.documents.map((d) => (
                <label key={d.id} className="check">
                  <input
                    type="checkbox"
                    data-testid="document-toggle"
                    data-document={d.id}
                    checked={!props.hiddenDocuments.includes(d.id)}
                    onChange={() => props.onToggleDocument(d.id)}
                  />
                  {d.title.trim() || d.id}
                </label>
              ))}
            </fieldset>
          )}
          <button
            type="button"
            className="secondary"
            data-testid="clear-canvas"
            onClick={(e) => {
              props.onClear();
              closeMenu(e);
            }}
          >
            Clear the canvas
          </button>
          <label
            className="check"
            title="Experimental WebGL renderer for very large views (reloads the page)"
          >
            <input
              type="checkbox"
              data-testid="webgl-toggle"
              checked={props.webgl}
              onChange={(e) => props.onWebgl(e.target.checked)}
            />
            WebGL renderer
          </label>
        </div>
      </details>
    </div>
  );
}
