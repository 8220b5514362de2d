import type { Entity } from '../entities';
import { type SentenceInput, sentenceProposals } from './sentence';
import type { Proposal } from './types';

const CACHED_SENTENCES = 8192;
const TOPIC = -1;

type Linked = Omit<Proposal, 'source' | 'target'> & { source: number; target: number };

function entityKey(e: Entity): string {
  return e.kind === 'Figure' ? 'Figure' : `${e.nodeId}\u0001${e.nameEn ?? ''}\u0001${e.country ?? ''}`;
}

/**
 * `sentenceProposals` remembered by sentence, for one document: reports repeat sentences (headings,
 * boilerplate, table rows), and reading one costs its analysis and clause building. The proposals depend
 * on the text, the names' offsets and what the rules read of each entity (kind, node id, English name,
 * country), which make the key; a remembered proposal keeps which name (or the topic) it links, and a
 * hit links those of the sentence at hand. Figures are new entities at each occurrence and never one node.
 * Uses the same languages and predicates for every sentence.
 */
export class SentenceProposals {
  private readonly remembered = new Map<string, readonly Linked[]>();

  of(input: SentenceInput): Proposal[] {
    let key = `${input.topic ? entityKey(input.topic) : ''}\u0000${input.text}`;
    for (const n of input.names) key += `\u0000${n.from}\u0001${n.to}\u0001${entityKey(n.entity)}`;
    const entityAt = (i: number) => (i === TOPIC ? input.topic! : input.names[i]!.entity);
    const remembered = this.remembered.get(key);
    if (remembered)
      return remembered.map((p) => ({ ...p, source: entityAt(p.source), target: entityAt(p.target) }));
    const proposals = sentenceProposals(input);
    const indexOf = (e: Entity) => {
      const i = input.names.findIndex((n) => n.entity === e);
      return i >= 0 ? i : e === input.topic ? TOPIC : undefined;
    };
    const linked = proposals.map((p) => ({ ...p, source: indexOf(p.source), target: indexOf(p.target) }));
    // A sentence whose proposals link an entity it does not name is read again each time.
    if (linked.every((p): p is Linked => p.source !== undefined && p.target !== undefined)) {
      if (this.remembered.size >= CACHED_SENTENCES) this.remembered.clear();
      this.remembered.set(key, linked);
    }
    return proposals;
  }
}
