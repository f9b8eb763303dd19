// Clusters (ổ dịch) on a day: those linked by exposures and those declared by an officer, with size, first and
// last case and status; choosing one draws its transmission graph. The filter and the choice live in the URL.
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { useSession } from '../auth/session.tsx';
import { formatDate, formatInstant, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { unitName } from '../geo/units.ts';
import { useOpeningCutoff } from '../reports/opening-cutoff.tsx';
import {
  clusterKey,
  clustersQuery,
  filterOf,
  parseClusterKey,
  STATUSES,
  type ClusterCase,
  type ClusterFilter,
  type ClusterRow,
} from './clusters.ts';

const NetworkGraph = lazy(() => import('../people/contact-graph.tsx').then((m) => ({ default: m.NetworkGraph })));

export function ClustersPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { units2024 } = useSession();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params, useOpeningCutoff().slice(0, 10));
  const [form, setForm] = useState<ClusterFilter>(filter);
  const list = useApi(
    (signal) => client.GET('/clusters', { params: { query: clustersQuery(filter) }, signal }),
    [filter.on, filter.status, filter.min],
  );
  const chosen = parseClusterKey(params.get('cluster'));
  const row = chosen && list.data?.find((c) => clusterKey(c) === clusterKey(chosen));

  const go = (f: ClusterFilter, cluster?: string) =>
    setParams({
      on: f.on,
      min: String(f.min),
      ...(f.status ? { status: f.status } : {}),
      ...(cluster ? { cluster } : {}),
    });
  function submit(e: FormEvent) {
    e.preventDefault();
    go(form);
  }
  const name = (c: ClusterRow) => (c.kind === 'linked' ? t('clusters.linkedName', { ref: c.id }) : (c.name ?? c.id));
  const caseCell = (c: ClusterCase | null) =>
    c ? (
      <>
        <Link to={`/people/${encodeURIComponent(c.person_ref)}`}>{c.person_ref}</Link>{' '}
        <span className="muted">{formatInstant(c.confirmed_at, lang)}</span>
      </>
    ) : (
      '—'
    );

  return (
    <div>
      <h1>{t('clusters.title')}</h1>
      <form className="card inline-form" onSubmit={submit} aria-label={t('clusters.filter')}>
        <label htmlFor="cl-on">{t('clusters.on')}</label>
        <input
          id="cl-on"
          type="date"
          value={form.on}
          required
          onChange={(e) => setForm({ ...form, on: e.target.value })}
        />
        <label htmlFor="cl-status">{t('clusters.status')}</label>
        <select
          id="cl-status"
          value={form.status}
          onChange={(e) => setForm({ ...form, status: e.target.value as ClusterFilter['status'] })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`clusters.statusName.${s || 'all'}`)}
            </option>
          ))}
        </select>
        <label htmlFor="cl-min">{t('clusters.minCases')}</label>
        <input
          id="cl-min"
          type="number"
          min={0}
          max={1000}
          step={1}
          value={form.min}
          required
          className="narrow"
          onChange={(e) => setForm({ ...form, min: Number(e.target.value) })}
        />
        <button type="submit">{t('dashboard.apply')}</button>
      </form>

      {list.loading && !list.data && <p role="status">{t('app.loading')}</p>}
      {list.error && (
        <p className="error" role="alert">
          {t('app.error', { message: list.error.message })}
        </p>
      )}
      {list.data && (
        <section className="card" aria-labelledby="cl-list-title">
          <h2 id="cl-list-title">{t('clusters.listTitle', { day: formatDate(filter.on), count: list.data.length })}</h2>
          {list.data.length === 0 ? (
            <p className="muted">{t('clusters.none')}</p>
          ) : (
            <div className="table-wrap" tabIndex={0}>
              <table data-testid="clusters">
                <thead>
                  <tr>
                    <th scope="col">{t('clusters.name')}</th>
                    <th scope="col" className="num">
                      {t('clusters.cases')}
                    </th>
                    <th scope="col" className="num">
                      {t('clusters.persons')}
                    </th>
                    <th scope="col">{t('clusters.firstCase')}</th>
                    <th scope="col">{t('clusters.lastCase')}</th>
                    <th scope="col">{t('clusters.wards')}</th>
                    <th scope="col">{t('clusters.status')}</th>
                    <th scope="col">
                      <span className="sr-only">{t('clusters.graph')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.map((c) => {
                    const selected = !!row && clusterKey(row) === clusterKey(c);
                    return (
                      <tr
                        key={clusterKey(c)}
                        data-cluster={clusterKey(c)}
                        className={
                          [c.status === 'closed' ? 'dim' : '', selected ? 'selected' : ''].join(' ').trim() || undefined
                        }
                      >
                        <th scope="row">
                          {name(c)} <span className="badge">{t(`clusters.kind.${c.kind}`)}</span>
                          {c.place && <div className="muted">{c.place}</div>}
                        </th>
                        <td className="num">{formatNumber(c.cases, lang)}</td>
                        <td className="num">{formatNumber(c.persons, lang)}</td>
                        <td>{caseCell(c.first_case)}</td>
                        <td>{caseCell(c.last_case)}</td>
                        <td>{c.wards.map((w) => unitName(units2024, w)).join('; ') || '—'}</td>
                        <td>
                          {t(`clusters.statusName.${c.status}`)}
                          <div className="muted">
                            {t(c.status === 'closed' ? 'clusters.closedOn' : 'clusters.closesOn', {
                              day: formatDate(c.closes_on),
                            })}
                          </div>
                        </td>
                        <td>
                          <button
                            type="button"
                            className="secondary"
                            aria-pressed={selected}
                            onClick={() => go(filter, clusterKey(c))}
                            aria-label={t('clusters.show', { name: name(c) })}
                          >
                            {t('clusters.graph')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      {row && <Transmission key={clusterKey(row)} cluster={row} name={name(row)} on={filter.on} />}
    </div>
  );
}

function Transmission({ cluster, name, on }: { cluster: ClusterRow; name: string; on: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useApi(
    (signal) =>
      client.GET('/clusters/{kind}/{id}/graph', {
        params: { path: { kind: cluster.kind, id: cluster.id }, query: { on } },
        signal,
      }),
    [cluster.kind, cluster.id, on],
  );
  const size = data && t('clusters.size', { nodes: data.nodes.length, edges: data.edges.length });
  // The graph opens below the list: keyboard and screen-reader users are taken to it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="card" aria-labelledby="cl-graph-title" data-testid="cluster-graph">
      <h2 id="cl-graph-title" ref={heading} tabIndex={-1}>
        {t('clusters.graphTitle', { name })}
      </h2>
      {loading && !data && <p role="status">{t('app.loading')}</p>}
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {data && (
        <>
          <p data-testid="cluster-graph-size">{size}</p>
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <NetworkGraph graph={data} label={t('clusters.graphLabel', { name, size })} />
          </Suspense>
        </>
      )}
    </section>
  );
}
