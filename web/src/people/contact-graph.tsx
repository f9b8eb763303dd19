// Exposures drawn as a network (cytoscape, its own chunk), coloured by F-level, with the same links as a table for
// keyboard and screen-reader users. A node opens that person's page. Used around a person (ContactGraph) and for
// a cluster's transmission graph (the clusters page).
import { useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import cytoscape from 'cytoscape';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { formatDate } from '../shared/format.ts';
import { graphElements, nodeLabel, type ContactGraph as Graph } from './graph.ts';

/** The network of `graph` with its legend and table; `self` (a person) is outlined; `label` names it for screen readers. */
export function NetworkGraph({ graph, self, label }: { graph: Graph; self?: string; label: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const box = useRef<HTMLDivElement>(null);
  const names = new Map(graph.nodes.map((n) => [n.person_ref, nodeLabel(n)]));
  const named = (ref: string) => names.get(ref) ?? ref;

  useEffect(() => {
    if (!box.current || graph.nodes.length === 0) return;
    const cy = cytoscape({
      container: box.current,
      elements: graphElements(graph, self ?? ''),
      // Spaced by the labels too, so that no two labels overlap; a long name wraps at 110 px.
      layout: {
        name: 'breadthfirst',
        directed: true,
        spacingFactor: 1,
        padding: 16,
        nodeDimensionsIncludeLabels: true,
      },
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'background-color': 'data(color)',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'wrap',
            'text-max-width': '110px',
            'text-background-color': '#fff',
            'text-background-opacity': 0.85,
            'text-background-padding': '1px',
            // a large network fitted small: labels hidden below 8 px, shown on the node under the pointer
            'min-zoomed-font-size': 8,
            width: 22,
            height: 22,
          },
        },
        { selector: 'node.self', style: { 'border-width': 3, 'border-color': '#1c2430' } },
        { selector: 'node.hover', style: { 'font-size': 14, 'min-zoomed-font-size': 0, 'z-index': 10 } },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#8894a1',
            'target-arrow-color': '#8894a1',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
          },
        },
      ],
      userZoomingEnabled: false,
    });
    cy.on('tap', 'node', (e) => navigate(`/people/${encodeURIComponent(e.target.id())}`));
    cy.on('mouseover', 'node', (e) => e.target.addClass('hover'));
    cy.on('mouseout', 'node', (e) => e.target.removeClass('hover'));
    return () => cy.destroy();
  }, [graph, self, navigate]);

  return (
    <>
      <div ref={box} className="graph" data-testid="contact-graph" role="img" aria-label={label} />
      <ul className="legend">
        {(['F0', 'F1', 'F2', 'other'] as const).map((k) => (
          <li key={k}>
            <span className={`swatch level-${k}`} />
            {k === 'other' ? t('person.noLevel') : k}
          </li>
        ))}
      </ul>
      {graph.truncated && <p className="warn">{t('person.graphTruncated')}</p>}
      <details>
        <summary>{t('person.graphTable')}</summary>
        <div className="table-wrap" tabIndex={0}>
          <table data-testid="graph-edges">
            <thead>
              <tr>
                <th scope="col">{t('person.from')}</th>
                <th scope="col">{t('person.to')}</th>
                <th scope="col">{t('person.on')}</th>
              </tr>
            </thead>
            <tbody>
              {graph.edges.map((e, i) => (
                <tr key={i}>
                  <td>
                    <Link to={`/people/${encodeURIComponent(e.source_ref)}`}>{named(e.source_ref)}</Link>
                  </td>
                  <td>
                    <Link to={`/people/${encodeURIComponent(e.contact_ref)}`}>{named(e.contact_ref)}</Link>
                  </td>
                  <td>{formatDate(e.exposed_on)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

/** The exposures around one person, two steps out; with `at`, those of the contact window then. */
export function ContactGraph({ personRef, at }: { personRef: string; at?: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useApi(
    (signal) =>
      client.GET('/persons/{ref}/graph', { params: { path: { ref: personRef }, query: { depth: 2, at } }, signal }),
    [personRef, at],
  );
  return (
    <section className="card" aria-labelledby="graph-title">
      <h2 id="graph-title">{t('person.graph')}</h2>
      {loading && !data && <p role="status">{t('app.loading')}</p>}
      {error && (
        <p className="notice" data-testid="graph-unavailable">
          {t('person.unavailable', { what: t('person.graph') })} <span className="muted">({error.message})</span>
        </p>
      )}
      {data && data.nodes.length <= 1 && <p className="muted">{t('person.noContacts')}</p>}
      {data && data.nodes.length > 1 && (
        <NetworkGraph
          graph={data}
          self={personRef}
          label={t('person.graphLabel', { nodes: data.nodes.length, edges: data.edges.length })}
        />
      )}
    </section>
  );
}
