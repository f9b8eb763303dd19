// The person graph of the tracing API (GET /persons/:ref/graph) as cytoscape elements.
export interface GraphNode {
  person_ref: string;
  full_name: string | null;
  level: number | null;
  confirmed_at: string | null;
  distance?: number;
}
export interface GraphEdge {
  source_ref: string;
  contact_ref: string;
  exposed_on: string;
  setting: string | null;
}
export interface ContactGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** Colours by level, the same as the legend (styles.css .level-*). */
export const LEVEL_COLORS: Record<string, string> = { F0: '#b3261e', F1: '#e07b00', F2: '#e8c547', other: '#9aa5b1' };

export function levelKey(n: Pick<GraphNode, 'level' | 'confirmed_at'>): keyof typeof LEVEL_COLORS {
  if (n.level === 0) return 'F0';
  if (n.level === 1 || n.level === 2) return `F${n.level}`;
  return 'other';
}

export function graphElements(g: ContactGraph, self: string) {
  return [
    ...g.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.person_ref, label: n.person_ref, color: LEVEL_COLORS[levelKey(n)] },
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
