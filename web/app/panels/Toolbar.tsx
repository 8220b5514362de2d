import type { Core } from 'cytoscape';
import { api, type ExportFormat } from '../api';
import type { Lang } from '../graph/elements';
import { LAYOUTS, type LayoutName } from '../state/view';

interface Props {
  cy: Core | null;
  lang: Lang;
  layout: LayoutName;
  canGoBack: boolean;
  visibleIds: string[];
  onBack: () => void;
  onLayout: (layout: LayoutName) => void;
  onRelayout: () => void;
  onLang: (lang: Lang) => void;
  onClear: () => void;
  webgl: boolean;
  onWebgl: (webgl: boolean) => void;
}

const LAYOUT_LABEL: Record<LayoutName, string> = {
  fcose: 'Force (fCoSE)',
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

function exportPng(cy: Core) {
  const blob = cy.png({ full: true, scale: 3, output: 'blob', bg: '#ffffff' });
  const url = URL.createObjectURL(blob);
  download(url, 'policy-graph.png');
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const EXPORTS: { label: string; format: ExportFormat; table?: 'nodes' | 'edges'; file: string }[] = [
  { label: 'JSON', format: 'json', file: 'policy-graph.json' },
  { label: 'GraphML (Gephi, Cytoscape)', format: 'graphml', file: 'policy-graph.graphml' },
  { label: 'CSV — nodes', format: 'csv', table: 'nodes', file: 'policy-graph-nodes.csv' },
  { label: 'CSV — links', format: 'csv', table: 'edges', file: 'policy-graph-edges.csv' },
];

export function Toolbar(props: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="View">
      <button
        type="button"
        data-testid="back"
        disabled={!props.canGoBack}
        onClick={props.onBack}
        title="Undo the last change"
      >
        ← Back
      </button>
      <label className="inline">
        <span>Layout</span>
        <select
          data-testid="layout-select"
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
      <button type="button" onClick={props.onRelayout} title="Run the layout again">
        Re-layout
      </button>
      <button
        type="button"
        onClick={() =>
          props.cy?.animate({ fit: { eles: props.cy.elements(':visible'), padding: 40 } }, { duration: 250 })
        }
      >
        Fit
      </button>
      <fieldset className="lang" aria-label="Label language">
        {(['ko', 'en'] as const).map((lang) => (
          <button
            key={lang}
            type="button"
            data-testid={`lang-${lang}`}
            aria-pressed={props.lang === lang}
            onClick={() => props.onLang(lang)}
          >
            {lang === 'ko' ? '한국어' : 'English'}
          </button>
        ))}
      </fieldset>
      <details className="menu" data-testid="export-menu">
        <summary>Export</summary>
        <div className="menu-items">
          <button
            type="button"
            data-testid="export-png"
            disabled={!props.cy}
            onClick={() => props.cy && exportPng(props.cy)}
          >
            PNG image (3×)
          </button>
          {EXPORTS.map((e) => (
            <a
              key={e.label}
              data-testid={`export-${e.format}${e.table ? `-${e.table}` : ''}`}
              href={api.exportUrl(e.format, props.visibleIds, e.table)}
              download={e.file}
            >
              {e.label}
            </a>
          ))}
        </div>
      </details>
      <button type="button" className="secondary" data-testid="clear-canvas" onClick={props.onClear}>
        Clear
      </button>
      <label
        className="check inline"
        title="Experimental WebGL renderer for very large views (reloads the page)"
      >
        <input
          type="checkbox"
          data-testid="webgl-toggle"
          checked={props.webgl}
          onChange={(e) => props.onWebgl(e.target.checked)}
        />
        WebGL
      </label>
    </div>
  );
}
