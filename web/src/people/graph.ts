// The person graph of the tracing API (GET /persons/:ref/graph) as cytoscape elements.
import type { components } from '../shared/api-schema.d.ts';

type Schemas = components['schemas'];
export type GraphNode = Schemas['ContactGraphNode'];
export type GraphEdge = Schemas['ContactGraphEdge'];
export type ContactGraph = Schemas['ContactGraph'];

/** Colours by level, the same as the legend (styles.css .level-*). */
export const LEVEL_COLORS: Record<string, string> = { F0: '#b3261e', F1: '#e07b00', F2: '#e8c547', other: '#9aa5b1' };

export function levelKey(n: Pick<GraphNode, 'level' | 'confirmed_at'>): keyof typeof LEVEL_COLORS {
  if (n.level === 0) return 'F0';
  if (n.level === 1 || n.level === 2) return `F${n.level}`;
  return 'other';
}

/** A person as the graph names them: the name beside the ref where the user may see it, else the ref. */
export function nodeLabel(n: Pick<GraphNode, 'person_ref' | 'full_name'>): string {
  return n.full_name ? `${n.full_name} (${n.person_ref})` : n.person_ref;
}

export function graphElements(g: ContactGraph, self: string) {
  return [
    ...g.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.person_ref, label: nodeLabel(n), color: LEVEL_COLORS[levelKey(n)] },
      classes: n.person_ref === self ? 'self' : '',
    })),
    ...g.edges
      .filter((e) => e.source_ref && e.contact_ref)
      .map((e, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: e.source_ref, target: e.contact_ref },
      })),
  ];
}
