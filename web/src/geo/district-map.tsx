// The districts of the province, or its wards where ward shapes were imported, coloured by a chosen figure (the daily
// report's area figures at the dashboard's cut-off, or the population) (MapLibre GL over the shipped district GeoJSON
// and the imported ward shapes, no tile server), with a table of the same numbers (keyboard and screen readers): the
// districts drilling down to their wards, or every ward with a shape.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import type { WardCollection } from './ward-shapes.ts';
import {
  bbox,
  figureValues,
  rollUpRecords,
  type AreaRecord,
  type FigureDef,
  classBreaks,
  colourOf,
  districtsInScope,
  legend,
  NO_DATA,
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
type Level = 'district' | 'ward';

// Each figure of the picker: a sum of a ward field, or a percentage of two sums (fields of GET /reports/areas, of
// GET /geo/population, and `wards` = 1 per ward).
const FIGURES = {
  cases_new: { sum: 'cases_new' },
  cases_new_community: { sum: 'cases_new_community' },
  cases_total: { sum: 'cases_total' },
  cases_active: { sum: 'cases_active' },
  discharged: { sum: 'discharged' },
  died: { sum: 'died' },
  contacts_f1: { sum: 'contacts_f1' },
  contacts_f2: { sum: 'contacts_f2' },
  quarantine_current: { sum: 'quarantine_current' },
  quarantine_new: { sum: 'quarantine_new' },
  samples_taken: { sum: 'samples_taken' },
  samples_taken_new: { sum: 'samples_taken_new' },
  positivity_pct: { num: 'positive_new', den: 'results_new' },
  doses: { sum: 'doses' },
  coverage_dose1_18plus_pct: { num: 'dose1_18plus', den: 'population_18plus' },
  population: { sum: 'population' },
  population_18plus: { sum: 'population_18plus' },
  wards: { sum: 'wards' },
} satisfies Record<string, FigureDef>;
type MapFigure = keyof typeof FIGURES;
const MAP_FIGURES = Object.keys(FIGURES) as MapFigure[];
const isPercent = (f: MapFigure) => 'num' in FIGURES[f];

/** The map at the cut-off `at` (the dashboard's); its period is the daily report's, the 24 hours before. */
export function DistrictMap({ at }: { at: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { me, units, units2024 } = useSession();
  const geo = useApi((signal) => client.GET('/geo/districts.geojson', { parseAs: 'json', signal }), []).data as
    DistrictCollection | undefined;
  const { data: population } = useApi((signal) => client.GET('/geo/population', { signal }), []);
  const wardGeo = useApi((signal) => client.GET('/geo/wards.geojson', { parseAs: 'json', signal }), []).data as
    WardCollection | undefined;
  const hasWardShapes = !!wardGeo?.features.length;
  const { data: areas } = useApi((signal) => client.GET('/reports/areas', { params: { query: { at } }, signal }), [at]);
  const [figure, setFigure] = useState<MapFigure>('cases_new');
  const [level, setLevel] = useState<Level>('district');
  const levelRef = useRef(level); // read by the map's click handler, made once
  levelRef.current = level;
  const [selected, setSelected] = useState<string | null>(null);
  const [selectedWard, setSelectedWard] = useState<string | null>(null);
  const [noWebgl, setNoWebgl] = useState(false);
  const [mapVersion, setMapVersion] = useState(0);
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);

  const parentOf = useMemo(() => wardDistricts(units), [units]);
  const scope = useMemo(() => districtsInScope(me?.wards ?? null, parentOf), [me?.wards, parentOf]);
  const wardScope = useMemo(() => (me?.wards ? new Set(me.wards) : null), [me?.wards]);
  // Every ward's fields: the area figures at the cut-off, its population, and 1 for counting wards.
  const records = useMemo(() => {
    const m = new Map<string, AreaRecord>([...parentOf.keys()].map((w) => [w, { wards: 1 }]));
    const rec = (w: string) => m.get(w) ?? m.set(w, {}).get(w)!;
    for (const a of areas?.wards ?? []) {
      const { ward_code, population: _p, population_18plus: _a, ...fields } = a;
      Object.assign(rec(ward_code), fields);
    }
    for (const p of population ?? [])
      Object.assign(rec(p.ward_code), { population: p.population, population_18plus: p.population_18plus });
    return m;
  }, [areas, population, parentOf]);
  const byWard = useMemo(() => figureValues(FIGURES[figure], records), [figure, records]);
  const byDistrict = useMemo(
    () => figureValues(FIGURES[figure], rollUpRecords(records, parentOf)),
    [figure, records, parentOf],
  );
  const show = useCallback(
    (v: number | undefined) => (v == null || !isPercent(figure) ? formatNumber(v, lang) : formatNumber(v, lang) + '%'),
    [figure, lang],
  );
  const shown = level === 'ward' ? byWard : byDistrict;
  // At ward level the classes span the wards' values: a ward's colour is read against the other wards.
  const breaks = useMemo(() => classBreaks([...shown.values()], undefined, !isPercent(figure)), [shown, figure]);

  // The shapes of the level shown, each with its colour, outline and the label shown under the pointer.
  const coloured = useMemo(() => {
    const area = (
      geometry: DistrictFeature['geometry'],
      code: string,
      name: string,
      inScope: boolean,
      isSelected: boolean,
      width: number,
    ) => ({
      type: 'Feature' as const,
      geometry,
      properties: {
        code,
        colour: colourOf(shown.get(code), breaks),
        label: `${name}: ${show(shown.get(code))}`,
        inScope,
        lineWidth: isSelected ? 3 : inScope ? width : width / 2.5,
        selected: isSelected,
      },
    });
    const features =
      level === 'ward'
        ? wardGeo?.features.map((f) => {
            const code = f.properties.ward_code;
            return area(
              f.geometry,
              code,
              f.properties.name,
              !wardScope || wardScope.has(code),
              code === selectedWard,
              0.8,
            );
          })
        : geo?.features.map((f) => {
            const code = f.properties.district_code;
            const name = units2024.get(code)?.full_name ?? f.properties.name;
            return area(f.geometry, code, name, !scope || scope.has(code), code === selected, 1.5);
          });
    return features && { type: 'FeatureCollection' as const, features };
  }, [level, geo, wardGeo, shown, breaks, scope, wardScope, selected, selectedWard, units2024, show]);

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

  // Create the map once the district shapes are here (either level's shapes go in its one source); fit it to the
  // user's own districts.
  useEffect(() => {
    if (!geo || !container.current || map.current) return;
    const mine = geo.features.filter((f) => !scope || scope.has(f.properties.district_code));
    const b = bbox((mine.length ? mine : geo.features).map((f) => f.geometry));
    try {
      const m = new maplibregl.Map({
        container: container.current,
        style: {
          version: 8,
          sources: { areas: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
          layers: [
            { id: 'background', type: 'background', paint: { 'background-color': '#eef3f6' } },
            {
              id: 'fill',
              type: 'fill',
              source: 'areas',
              paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': ['case', ['get', 'inScope'], 0.9, 0.35] },
            },
            {
              id: 'outline',
              type: 'line',
              source: 'areas',
              paint: {
                'line-color': ['case', ['get', 'selected'], '#1a4f8b', '#555'],
                'line-width': ['get', 'lineWidth'],
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
      // A district clicked opens its wards in the table; a ward clicked is marked there.
      m.on('click', 'fill', (e) => {
        const code = e.features?.[0]?.properties?.code;
        if (code) (levelRef.current === 'ward' ? setSelectedWard : setSelected)(String(code));
      });
      // The area's name and figure under the pointer.
      const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false });
      m.on('mousemove', 'fill', (e) => {
        m.getCanvas().style.cursor = 'pointer';
        const label = e.features?.[0]?.properties?.label;
        if (label) popup.setLngLat(e.lngLat).setText(String(label)).addTo(m);
      });
      m.on('mouseleave', 'fill', () => {
        m.getCanvas().style.cursor = '';
        popup.remove();
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
      void (m.getSource('areas') as GeoJSONSource | undefined)?.setData(
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
  const title = t(level === 'ward' ? 'map.titleWards' : 'map.title');

  // A ward clicked on the map is brought into view in the table.
  useEffect(() => {
    tableWrap.current?.querySelector('tr.selected')?.scrollIntoView({ block: 'nearest' });
  }, [selectedWard]);

  return (
    <section className="card" aria-labelledby="map-title">
      <div className="section-head">
        <h2 id="map-title">{title}</h2>
        <fieldset className="map-level">
          <legend>{t('map.level')}</legend>
          {(['district', 'ward'] as const).map((l) => (
            <label key={l} className="inline">
              <input
                type="radio"
                name="map-level"
                value={l}
                checked={level === l}
                onChange={() => setLevel(l)}
                disabled={l === 'ward' && !hasWardShapes}
                aria-describedby={l === 'ward' && wardGeo && !hasWardShapes ? 'no-ward-shapes' : undefined}
              />
              {t(l === 'ward' ? 'map.levelWard' : 'map.levelDistrict')}
            </label>
          ))}
          {/* said once the answer is known: no note while the shapes load */}
          {wardGeo && !hasWardShapes && (
            <span id="no-ward-shapes" className="muted">
              {t('map.noWardShapes')}
            </span>
          )}
        </fieldset>
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
              aria-label={`${title}: ${figureLabel(figure)}`}
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
                  {show(l.from)}
                  {l.to != null ? `–${show(l.to)}` : '+'}
                </li>
              ))}
          </ul>
        </div>
        <div className={level === 'ward' ? 'table-wrap all-wards' : 'table-wrap'} ref={tableWrap} tabIndex={0}>
          {level === 'ward' ? (
            <table data-testid="ward-level-table">
              <caption>{t('map.wardsWithShapes')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('map.ward')}</th>
                  <th scope="col">{t('map.district')}</th>
                  <th scope="col" className="num">
                    {figureLabel(figure)}
                  </th>
                </tr>
              </thead>
              <tbody>
                {wardGeo?.features.map(({ properties: { ward_code: code, district_code, name } }) => (
                  <tr
                    key={code}
                    className={
                      code === selectedWard ? 'selected' : wardScope && !wardScope.has(code) ? 'dim' : undefined
                    }
                    aria-current={code === selectedWard || undefined}
                  >
                    <td>
                      <span className="swatch" style={{ background: colourOf(byWard.get(code), breaks) }} />
                      {name}
                    </td>
                    <td>{district_code ? (units2024.get(district_code)?.full_name ?? district_code) : '—'}</td>
                    <td className="num">{show(byWard.get(code))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : selected && selectedFeature ? (
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
                    <td className="num">{show(byWard.get(w.code))}</td>
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
                      <td className="num">{show(byDistrict.get(code))}</td>
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
