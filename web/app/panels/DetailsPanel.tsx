import type { Evidence, Node, PropertyValue } from '../../../graph/model';
import { type Lang, nodeLabel } from '../graph/elements';
import type { Details } from '../hooks/useDetails';
import type { GraphCache } from '../state/cache';
import { NEIGHBOUR_PAGE, type Selection } from '../state/view';
import { KindIcon } from './Legend';
import { RelationsList } from './RelationsList';

interface Props {
  details: Details;
  lang: Lang;
  expandedCount: number | undefined;
  pinned: boolean;
  onCanvas: boolean;
  onExpand: (id: string) => void;
  /** Puts every neighbour not yet shown on the canvas at once. */
  onExpandAll: (id: string) => void;
  onCollapse: (id: string) => void;
  onHide: (id: string) => void;
  onTogglePin: (id: string) => void;
  onSelect: (selection: Selection) => void;
  cache: GraphCache;
  canvasIds: ReadonlySet<string>;
  onShowNeighbours: (id: string, ids: string[]) => void;
  onOpenEvidence: (evidence: Evidence) => void;
  /** Document id → title, to say which report a node or link comes from. */
  documentTitles: ReadonlyMap<string, string>;
}

function Sources({ ids, titles }: { ids: readonly string[]; titles: ReadonlyMap<string, string> }) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  return (
    <div>
      <dt>Source{unique.length === 1 ? '' : 's'}</dt>
      <dd data-testid="details-documents">
        {unique.map((id) => (
          <span key={id} className="doc-chip" data-document={id} title={id}>
            {titles.get(id) || id}
          </span>
        ))}
      </dd>
    </div>
  );
}

function Properties({ properties }: { properties: Record<string, PropertyValue> }) {
  const entries = Object.entries(properties);
  if (entries.length === 0) return null;
  return (
    <dl className="props">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{value === null ? '—' : String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function NodeLink({
  node,
  id,
  lang,
  onSelect,
}: {
  node: Node | undefined;
  id: string;
  lang: Lang;
  onSelect: Props['onSelect'];
}) {
  return (
    <button type="button" className="link" onClick={() => onSelect({ type: 'node', id })}>
      {node ? nodeLabel(node, lang) : id}
    </button>
  );
}

/** Names, aliases, kind, properties and figures of the selected node, or the selected link. */
export function DetailsPanel(props: Props) {
  const { details, lang } = props;
  return (
    <section className="panel details" data-testid="details-panel" aria-label="Details">
      <h2>Details</h2>
      {details.type === 'none' && (
        <p className="muted">
          Search for a policy such as <strong>IRA</strong>, then click a node or a link. Double-click a node
          to expand it.
        </p>
      )}
      {details.type === 'loading' && <p className="muted">Loading…</p>}
      {details.type === 'error' && <p className="error">{details.message}</p>}
      {details.type === 'edge' && (
        <div data-testid="details-edge">
          <p className="edge-line">
            <NodeLink node={details.source} id={details.edge.source} lang={lang} onSelect={props.onSelect} />
            <span className="edge-type"> —{details.edge.type}→ </span>
            <NodeLink node={details.target} id={details.edge.target} lang={lang} onSelect={props.onSelect} />
          </p>
          <p className="muted">
            {details.edge.evidence.length} passage{details.edge.evidence.length === 1 ? '' : 's'} in the
            evidence panel
          </p>
          <dl className="props">
            <Sources ids={details.edge.evidence.map((e) => e.documentId)} titles={props.documentTitles} />
          </dl>
          <Properties properties={details.edge.properties} />
        </div>
      )}
      {details.type === 'node' && (
        <NodeDetails
          {...props}
          node={details.node}
          total={details.total}
          figures={details.figures}
          relations={details.relations}
        />
      )}
    </section>
  );
}

function NodeDetails(
  props: Props & {
    node: Node;
    total: number | null;
    figures: Extract<Details, { type: 'node' }>['figures'];
    relations: Extract<Details, { type: 'node' }>['relations'];
  },
) {
  const { node, total, figures, expandedCount } = props;
  const shown = expandedCount ?? 0;
  const more = total === null ? null : Math.max(0, total - shown);
  return (
    <div data-testid="details-node" data-id={node.id}>
      <h3 className="node-title">
        <KindIcon kind={node.kind} size={22} />
        <span lang={props.lang}>{nodeLabel(node, props.lang)}</span>
      </h3>
      <dl className="props">
        <div>
          <dt>Kind</dt>
          <dd data-testid="details-kind">{node.kind}</dd>
        </div>
        <div>
          <dt>한국어</dt>
          <dd lang="ko">{node.nameKo ?? '—'}</dd>
        </div>
        <div>
          <dt>English</dt>
          <dd lang="en">{node.nameEn ?? '—'}</dd>
        </div>
        {node.aliases.length > 0 && (
          <div>
            <dt>Aliases</dt>
            <dd>{node.aliases.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>Mentions</dt>
          <dd>{node.mentions.length}</dd>
        </div>
        <Sources ids={node.mentions.map((m) => m.documentId)} titles={props.documentTitles} />
      </dl>
      <Properties properties={node.properties} />
      <div className="actions">
        {expandedCount === undefined ? (
          <button type="button" data-testid="expand" onClick={() => props.onExpand(node.id)}>
            Expand{total !== null ? ` (${total})` : ''}
          </button>
        ) : (
          <>
            {more !== null && more > 0 && (
              <button type="button" data-testid="expand-more" onClick={() => props.onExpand(node.id)}>
                {more} more
              </button>
            )}
            {more !== null && more > NEIGHBOUR_PAGE && (
              <button type="button" data-testid="expand-all" onClick={() => props.onExpandAll(node.id)}>
                All {more}
              </button>
            )}
            <button type="button" data-testid="collapse" onClick={() => props.onCollapse(node.id)}>
              Collapse
            </button>
          </>
        )}
        {props.onCanvas && (
          <>
            <button
              type="button"
              data-testid="pin"
              aria-pressed={props.pinned}
              onClick={() => props.onTogglePin(node.id)}
            >
              {props.pinned ? 'Unpin' : 'Pin'}
            </button>
            <button type="button" data-testid="hide" onClick={() => props.onHide(node.id)}>
              Hide
            </button>
          </>
        )}
      </div>
      <h3>Relationships</h3>
      <RelationsList
        centerId={node.id}
        groups={props.relations}
        lang={props.lang}
        cache={props.cache}
        onCanvas={props.canvasIds}
        onShow={(ids) => props.onShowNeighbours(node.id, ids)}
        onSelectNode={(id) => props.onSelect({ type: 'node', id })}
        onOpen={props.onOpenEvidence}
      />
      <h3>Figures</h3>
      {figures === null && <p className="muted">Loading…</p>}
      {figures?.length === 0 && <p className="muted">No figures attached.</p>}
      {figures && figures.length > 0 && (
        <ul className="figures" data-testid="figures">
          {figures.map(({ node: fig }) => (
            <li key={fig.id}>
              <button
                type="button"
                className="link"
                onClick={() => props.onSelect({ type: 'node', id: fig.id })}
              >
                {nodeLabel(fig, props.lang)}
              </button>
              <FigureValue properties={fig.properties} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FigureValue({ properties }: { properties: Record<string, PropertyValue> }) {
  const entries = Object.entries(properties).filter(([, v]) => v !== null && v !== '');
  if (entries.length === 0) return null;
  return (
    <span className="figure-value">
      {entries.map(([k, v]) => (
        <span key={k}>
          <span className="muted">{k}</span> {String(v)}
        </span>
      ))}
    </span>
  );
}
