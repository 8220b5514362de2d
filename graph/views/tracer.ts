import { z } from 'zod';
import { invalidInput } from '../errors';
import type { EdgeType, NodeKind } from '../model';
import type { GraphStore } from '../store';
import { allNeighbors, compareIds, EdgeRef, edgeRef, NodeRef, nodeRef } from './common';

/** Edge types by which a policy acts on something (policy → target). */
export const IMPACT_TYPES = [
  'TARGETS',
  'AFFECTS',
  'IMPOSES',
  'FUNDS',
  'SECURES',
  'INVESTS_IN',
] as const satisfies readonly EdgeType[];
/** What the text states in response to a policy or its targets. */
export const RESPONSE_KINDS = [
  'Strategy',
  'Implication',
  'RoadmapItem',
] as const satisfies readonly NodeKind[];
/** Response → policy (RESPONDS_TO) and policy → implication (IMPLIES). */
const POLICY_RESPONSE_TYPES = [
  'RESPONDS_TO',
  'IMPLIES',
  'CONCERNS',
  'SCHEDULES',
] as const satisfies readonly EdgeType[];
/** Response → a target of the policy. */
const TARGET_RESPONSE_TYPES = [
  'CONCERNS',
  'SERVES',
  'SECURES',
  'SCHEDULES',
  'RESPONDS_TO',
] as const satisfies readonly EdgeType[];

export const TraceStep = z.object({
  /** 1: what the policy targets or affects; 2: a strategy, implication or roadmap item. */
  depth: z.union([z.literal(1), z.literal(2)]),
  /** The node this step hangs from: the policy, or the target a response concerns. */
  parent: z.string(),
  node: NodeRef,
  edge: EdgeRef,
});
export type TraceStep = z.infer<typeof TraceStep>;

export const PolicyTrace = z.object({ policy: NodeRef, steps: z.array(TraceStep) });
export type PolicyTrace = z.infer<typeof PolicyTrace>;

const byEvidenceThenId = (a: TraceStep, b: TraceStep) =>
  b.edge.evidence.length - a.edge.evidence.length || compareIds(a.node.id, b.node.id);

/**
 * The policy impact chain: policy → what it targets, affects, imposes on, funds or secures →
 * the strategies, implications and roadmap items that respond to the policy or concern those targets.
 * Each step carries the edge and the passages stating it.
 */
export async function tracePolicy(store: GraphStore, policyId: string): Promise<PolicyTrace> {
  const policy = await store.node(policyId);
  if (policy.kind !== 'Policy')
    throw invalidInput(`${policyId} is a ${policy.kind}, not a Policy`, { field: 'policy' });

  const impacts = await allNeighbors(store, policyId, { types: [...IMPACT_TYPES] });
  const kindOf = new Map(impacts.nodes.map((n) => [n.id, n]));
  const targets: TraceStep[] = impacts.edges
    .filter((e) => e.source === policyId && e.target !== policyId && kindOf.has(e.target))
    .map((e) => ({ depth: 1, parent: policyId, node: nodeRef(kindOf.get(e.target)!), edge: edgeRef(e) }));
  targets.sort(byEvidenceThenId);

  const responses: TraceStep[] = [];
  const direct = await allNeighbors(store, policyId, {
    types: [...POLICY_RESPONSE_TYPES],
    kinds: [...RESPONSE_KINDS],
  });
  const directNodes = new Map(direct.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const push = (parent: string, other: string, edge: (typeof direct.edges)[number], node = directNodes) => {
    const key = `${parent}|${edge.id}`;
    const found = node.get(other);
    if (!found || seen.has(key)) return;
    seen.add(key);
    responses.push({ depth: 2, parent, node: nodeRef(found), edge: edgeRef(edge) });
  };
  for (const edge of direct.edges) push(policyId, edge.source === policyId ? edge.target : edge.source, edge);

  const targetIds = [...new Set(targets.map((t) => t.node.id))];
  for (const target of targetIds) {
    const concerned = await allNeighbors(store, target, {
      types: [...TARGET_RESPONSE_TYPES],
      kinds: [...RESPONSE_KINDS],
    });
    const nodes = new Map(concerned.nodes.map((n) => [n.id, n]));
    // Only responses pointing at the target (response → target); the target never "responds".
    for (const edge of concerned.edges) if (edge.target === target) push(target, edge.source, edge, nodes);
  }
  responses.sort(
    (a, b) =>
      Number(a.parent !== policyId) - Number(b.parent !== policyId) ||
      compareIds(a.parent, b.parent) ||
      byEvidenceThenId(a, b),
  );
  return { policy: nodeRef(policy), steps: [...targets, ...responses] };
}
