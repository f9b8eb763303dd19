// The districts of the province coloured by a chosen figure (MapLibre GL over the shipped GeoJSON, no tile server),
// with a table of the same numbers that also drills down to the wards of a district (keyboard and screen readers).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { mapLocale } from './map-locale.ts';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { useSession } from '../auth/session.tsx';
import { formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { wardDistricts } from './units.ts';
import {
  bbox,
  classBreaks,
  colourOf,
  districtsInScope,
  legend,
  NO_DATA,
  rollUp,
  type AreaValues,
} from './area-figures.ts';

maplibregl.setWorkerUrl(workerUrl);

// The document describes the boundaries as a GeoJSON file (application/geo+json); the map reads these fields of it.
interface DistrictFeature {
  type: 'Feature';
  properties: { district_code: string; name: string };
  geometry: { type: string; coordinates: unknown };
}
interface DistrictCollection {
  type: 'FeatureCollection';
  features: DistrictFeature[];
}

const MAP_FIGURES = ['population', 'population_18plus', 'wards'] as const;
type MapFigure = (typeof MAP_FIGURES)[number];

export function DistrictMap() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { me, units, units2024 } = useSession();
  const geo = useApi((signal) => client.GET('/geo/districts.geojson', { parseAs: 'json', signal }), []).data as
    DistrictCollection | undefined;
  const { data: population } = useApi((signal) => client.GET('/geo/population', { signal }), []);
  const [figure, setFigure] = useState<MapFigure>('population');
  const [selected, setSelected] = useState<string | null>(null);
  const [noWebgl, setNoWebgl] = useState(false);
  const [mapVersion, setMapVersion] = useState(0);
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);

  const parentOf = useMemo(() => wardDistricts(units), [units]);
  const scope = useMemo(() => districtsInScope(me?.wards ?? null, parentOf), [me?.wards, parentOf]);
  const byWard = useMemo<AreaValues>(() => {
    if (figure === 'wards') return new Map([...parentOf.keys()].map((w) => [w, 1]));
    return new Map((population ?? []).filter((p) => p[figure] != null).map((p) => [p.ward_code, Number(p[figure])]));
  }, [figure, population, parentOf]);
  const byDistrict = useMemo(() => rollUp(byWard, parentOf), [byWard, parentOf]);
  const breaks = useMemo(() => classBreaks([...byDistrict.values()]), [byDistrict]);

  const coloured = useMemo(
    () =>
      geo && {
        ...geo,
        features: geo.features.map((f) => ({
          ...f,
          properties: {
            ...f.properties,
            colour: colourOf(byDistrict.get(f.properties.district_code), breaks),
            inScope: !scope || scope.has(f.properties.district_code),
            selected: f.properties.district_code === selected,
          },
        })),
      },
    [geo, byDistrict, breaks, scope, selected],
  );

  // The table swaps between districts and a district's wards: the button pressed disappears, so focus goes to the
  // wards' close button, and back to the district's button on closing (not when the map was clicked).
  const tableWrap = useRef<HTMLDivElement>(null);
  const lastSelected = useRef<string | null>(null);
  useEffect(() => {
    const wrap = tableWrap.current;
    const active = document.activeElement;
    if (wrap && (active === document.body || wrap.contains(active))) {
      const target = selected
        ? wrap.querySelector<HTMLButtonElement>('caption button')
        : lastSelected.current
          ? wrap.querySelector<HTMLButtonElement>(`button[data-district="${lastSelected.current}"]`)
          : null;
      target?.focus();
    }
    lastSelected.current = selected;
  }, [selected]);

  // Create the map once the shapes are here; fit it to the user's own districts.
  useEffect(() => {
    if (!geo || !container.current || map.current) return;
    const mine = geo.features.filter((f) => !scope || scope.has(f.properties.district_code));
    const b = bbox((mine.length ? mine : geo.features).map((f) => f.geometry));
    try {
      const m = new maplibregl.Map({
        container: container.current,
        style: {
          version: 8,
          sources: { districts: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
          layers: [
            { id: 'background', type: 'background', paint: { 'background-color': '#eef3f6' } },
            {
              id: 'fill',
              type: 'fill',
              source: 'districts',
              paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': ['case', ['get', 'inScope'], 0.9, 0.35] },
            },
            {
              id: 'outline',
              type: 'line',
              source: 'districts',
              paint: {
                'line-color': ['case', ['get', 'selected'], '#1a4f8b', '#555'],
                'line-width': ['case', ['get', 'selected'], 3, ['get', 'inScope'], 1.5, 0.6],
              },
            },
          ],
        },
        bounds: b ?? undefined,
        fitBoundsOptions: { padding: 16 },
        attributionControl: { compact: true, customAttribution: 'dvhcvn (GPL-3.0)' },
        dragRotate: false,
        locale: mapLocale(t),
      });
      m.addControl(new maplibregl.NavigationControl({ showCompass: false }));
      m.on('click', 'fill', (e) => {
        const code = e.features?.[0]?.properties?.district_code;
        if (code) setSelected(String(code));
      });
      m.on('mouseenter', 'fill', () => {
        m.getCanvas().style.cursor = 'pointer';
      });
      m.on('mouseleave', 'fill', () => {
        m.getCanvas().style.cursor = '';
      });
      map.current = m;
      setMapVersion((v) => v + 1); // a new map needs the data again
    } catch (err) {
      console.warn('map unavailable', err);
      setNoWebgl(true);
    }
    return () => {
      map.current?.remove();
      map.current = null;
    };
  }, [geo, scope]);

  useEffect(() => {
    const m = map.current;
    if (!m || !coloured) return;
    const apply = () =>
      void (m.getSource('districts') as GeoJSONSource | undefined)?.setData(
        coloured as Parameters<GeoJSONSource['setData']>[0],
      );
    if (m.isStyleLoaded()) apply();
    else m.once('load', apply);
  }, [coloured, mapVersion]);

  const figureLabel = (f: MapFigure) => t(`map.${f}`);
  const selectedFeature = geo?.features.find((f) => f.properties.district_code === selected);
  const wardsOfSelected = units.filter(
    (u) => u.geography === '2024' && u.level === 'ward' && u.parent_code === selected,
  );

  return (
    <section className="card" aria-labelledby="map-title">
      <div className="section-head">
        <h2 id="map-title">{t('map.title')}</h2>
        <label className="inline">
          <span>{t('map.figure')}</span>
          <select value={figure} onChange={(e) => setFigure(e.target.value as MapFigure)}>
            {MAP_FIGURES.map((f) => (
              <option key={f} value={f}>
                {figureLabel(f)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="map-layout">
        <div>
          {noWebgl ? (
            <p className="notice">{t('map.noWebgl')}</p>
          ) : (
            <div
              ref={container}
              className="map"
              role="region"
              aria-label={`${t('map.title')}: ${figureLabel(figure)}`}
              data-testid="district-map"
            />
          )}
          <ul className="legend" aria-label={t('map.legend')}>
            {breaks.length === 0 && (
              <li>
                <span className="swatch" style={{ background: NO_DATA }} />
                {t('map.noData')}
              </li>
            )}
            {breaks.length > 0 &&
              legend(breaks).map((l) => (
                <li key={l.from}>
                  <span className="swatch" style={{ background: l.colour }} />
                  {formatNumber(l.from, lang)}
                  {l.to != null ? `–${formatNumber(l.to, lang)}` : '+'}
                </li>
              ))}
          </ul>
        </div>
        <div className="table-wrap" ref={tableWrap} tabIndex={0}>
          {selected && selectedFeature ? (
            <table data-testid="ward-table">
              <caption>
                {t('map.wardsOf', { name: selectedFeature.properties.name })}{' '}
                <button type="button" className="link" onClick={() => setSelected(null)}>
                  {t('map.close')}
                </button>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('map.ward')}</th>
                  <th scope="col" className="num">
                    {figureLabel(figure)}
                  </th>
                </tr>
              </thead>
              <tbody>
                {wardsOfSelected.map((w) => (
                  <tr key={w.code}>
                    <td>{w.full_name}</td>
                    <td className="num">{formatNumber(byWard.get(w.code), lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <table data-testid="district-table">
              <caption>{t('map.districts')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('map.district')}</th>
                  <th scope="col" className="num">
                    {figureLabel(figure)}
                  </th>
                </tr>
              </thead>
              <tbody>
                {geo?.features.map((f) => {
                  const code = f.properties.district_code;
                  return (
                    <tr key={code} className={scope && !scope.has(code) ? 'dim' : undefined}>
                      <td>
                        <span className="swatch" style={{ background: colourOf(byDistrict.get(code), breaks) }} />
                        <button type="button" className="link" data-district={code} onClick={() => setSelected(code)}>
                          {units2024.get(code)?.full_name ?? f.properties.name}
                        </button>
                        {scope?.has(code) && <span className="badge">{t('map.inScope')}</span>}
                      </td>
                      <td className="num">{formatNumber(byDistrict.get(code), lang)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </section>
  );
}
