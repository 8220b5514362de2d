import { useEffect, useState } from 'react';
import type { Evidence } from '../../../graph/model';
import { LIMITS } from '../../../graph/store';
import { api } from '../api';
import { type Passage, passageContext } from '../graph/passage';
import type { GraphCache } from '../state/cache';
import { documentList, documentText } from '../state/documents';
import { namesOf, rankPassages } from '../state/evidence-rank';
import type { Selection } from '../state/view';

export interface EvidenceItem {
  evidence: Evidence;
  passage: Passage;
  /** Section names from outermost to innermost. */
  sections: string[];
  documentTitle: string;
  /** For a link: the passage names both of its ends, so it supports the link on its own. */
  namesBoth: boolean | null;
}

export type EvidenceState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; items: EvidenceItem[] };

/**
 * Every passage behind a node or a link, each with its sentence context and section path. For a link,
 * passages naming both ends come first.
 */
export async function loadEvidence(selection: Selection, cache: GraphCache): Promise<EvidenceItem[]> {
  const { type, id } = selection;
  const evidence = await api.evidence(type === 'node' ? { node: id } : { edge: id });
  const sectionIds = [...new Set(evidence.flatMap((e) => e.sectionPath))].filter((s) => !cache.nodes.has(s));
  const [docs] = await Promise.all([
    documentList(),
    sectionIds.length > 0
      ? api.subgraph(sectionIds.slice(0, LIMITS.subgraphMaxIds)).then((s) => cache.merge(s))
      : null,
  ]);
  const textsById = new Map<string, string>();
  for (const docId of new Set(evidence.map((e) => e.documentId))) {
    textsById.set(docId, await documentText(docId));
  }
  const items: EvidenceItem[] = evidence.map((e) => ({
    evidence: e,
    passage: passageContext(textsById.get(e.documentId) ?? '', e),
    sections: e.sectionPath.map((s) => cache.nodes.get(s)?.name ?? s),
    documentTitle: docs.find((d) => d.id === e.documentId)?.title || e.documentId,
    namesBoth: null,
  }));
  const edge = type === 'edge' ? cache.edges.get(id) : undefined;
  if (!edge) return items;
  return rankPassages(
    items,
    (item) => `${item.passage.before}${item.passage.quote}${item.passage.after}`,
    namesOf(cache.nodes.get(edge.source)),
    namesOf(cache.nodes.get(edge.target)),
  ).map(({ item, namesBoth }) => ({ ...item, namesBoth }));
}

/** The passages behind the selection (see `loadEvidence`). */
export function useEvidence(selection: Selection | null, cache: GraphCache): EvidenceState {
  const [state, setState] = useState<EvidenceState>({ status: 'idle' });
  const type = selection?.type;
  const id = selection?.id;
  useEffect(() => {
    if (!type || !id) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    loadEvidence({ type, id }, cache)
      .then((items) => {
        if (live) setState({ status: 'ready', items });
      })
      .catch((error: unknown) => {
        if (live)
          setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      live = false;
    };
  }, [type, id, cache]);
  return state;
}
