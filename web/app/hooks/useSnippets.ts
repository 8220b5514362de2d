import { useEffect, useState } from 'react';
import type { Node } from '../../../graph/model';
import { passageContext } from '../graph/passage';
import { documentText } from '../state/documents';

const REACH = 24;

/** Words around a node's first mention, to tell apart suggestions that share a name (four "20%" figures). */
export function useSnippets(nodes: readonly Node[]): Map<string, string> {
  const [snippets, setSnippets] = useState(new Map<string, string>());
  const key = nodes.map((n) => n.id).join('\u0000');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the node list.
  useEffect(() => {
    let live = true;
    if (nodes.length === 0) return;
    Promise.all(
      nodes.map(async (node) => {
        const mention = node.mentions[0];
        if (!mention) return [node.id, ''] as const;
        const passage = passageContext(await documentText(mention.documentId), mention, REACH);
        const text = `${passage.before}[${passage.quote}]${passage.after}`.replace(/\s+/g, ' ').trim();
        return [node.id, text] as const;
      }),
    )
      .then((entries) => {
        if (live) setSnippets(new Map(entries.filter(([, t]) => t)));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key]);
  return snippets;
}
