import { invalidInput } from './errors';
import { type Evidence, GraphDocument } from './model';

/**
 * Parses and checks a graph document before any store changes: schema, unique ids, edge endpoints
 * present in the same document, and every evidence quote equal to its slice of the document text.
 */
export function validateGraphDocument(input: unknown): GraphDocument {
  const parsed = GraphDocument.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? formatPath(issue.path) : '';
    const owner = issue ? describeOwner(input, issue.path) : '';
    throw invalidInput(
      `invalid graph document: ${field || '(root)'}${owner}: ${issue?.message ?? 'invalid'}`,
      {
        field,
      },
    );
  }
  const doc = parsed.data;
  const documentId = doc.document.id;
  const nodeIds = new Set<string>();
  doc.nodes.forEach((node, i) => {
    if (nodeIds.has(node.id)) {
      throw invalidInput(`document ${documentId}: duplicate node id "${node.id}"`, {
        field: `nodes[${i}].id`,
      });
    }
    nodeIds.add(node.id);
    node.mentions.forEach((evidence, j) => {
      const problem = evidenceProblem(doc, evidence);
      if (problem)
        throw evidenceError(doc, evidence, `node "${node.id}"`, `nodes[${i}].mentions[${j}]`, problem);
    });
  });
  const edgeIds = new Set<string>();
  doc.edges.forEach((edge, i) => {
    if (edgeIds.has(edge.id)) {
      throw invalidInput(`document ${documentId}: duplicate edge id "${edge.id}"`, {
        field: `edges[${i}].id`,
      });
    }
    edgeIds.add(edge.id);
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(edge[end])) {
        throw invalidInput(
          `document ${documentId}: edge "${edge.id}" ${end} "${edge[end]}" is not a node of this document`,
          { field: `edges[${i}].${end}` },
        );
      }
    }
    edge.evidence.forEach((evidence, j) => {
      const problem = evidenceProblem(doc, evidence);
      if (problem)
        throw evidenceError(doc, evidence, `edge "${edge.id}"`, `edges[${i}].evidence[${j}]`, problem);
    });
  });
  return doc;
}

type EvidenceProblem = 'documentId' | 'end' | 'quote';

function evidenceProblem(doc: GraphDocument, evidence: Evidence): EvidenceProblem | undefined {
  if (evidence.documentId !== doc.document.id) return 'documentId';
  if (evidence.end > doc.text.length) return 'end';
  if (doc.text.slice(evidence.start, evidence.end) !== evidence.quote) return 'quote';
  return undefined;
}

function evidenceError(
  doc: GraphDocument,
  evidence: Evidence,
  owner: string,
  field: string,
  problem: EvidenceProblem,
) {
  const documentId = doc.document.id;
  const message = {
    documentId: `cites document "${evidence.documentId}"; evidence must point into the document that carries it`,
    end: `evidence ends at ${evidence.end}, past the end of the text (${doc.text.length})`,
    quote: `evidence quote ${JSON.stringify(clip(evidence.quote))} does not equal text[${evidence.start}..${evidence.end}] ${JSON.stringify(clip(doc.text.slice(evidence.start, evidence.end)))}`,
  }[problem];
  return invalidInput(`document ${documentId}: ${owner} ${message}`, { field: `${field}.${problem}` });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Names the node or edge an issue belongs to, when the raw input has an id there. */
function describeOwner(input: unknown, path: readonly PropertyKey[]): string {
  const [collection, index] = path;
  if ((collection !== 'nodes' && collection !== 'edges') || typeof index !== 'number') return '';
  const list = (input as Record<string, unknown> | null)?.[collection];
  const item = Array.isArray(list) ? (list[index] as { id?: unknown } | undefined) : undefined;
  return typeof item?.id === 'string' ? ` (${collection === 'nodes' ? 'node' : 'edge'} "${item.id}")` : '';
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
