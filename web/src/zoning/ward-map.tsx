// The wards on a MapLibre map (no tile server: the shapes only), each filled with its risk level's colour; hovering
// names the ward and its level, clicking selects it. Drawn on the zoning page and on the public portal.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { mapLocale } from '../geo/map-locale.ts';
import { bbox } from '../geo/area-figures.ts';
import { levelColour } from './levels.ts';
import type { WardCollection } from '../geo/ward-shapes.ts';

maplibregl.setWorkerUrl(workerUrl);

export function WardMap({
  geo,
  levels,
  selected = null,
  onSelect,
}: {
  geo: WardCollection | undefined;
  levels: Map<string, number | null>;
  selected?: string | null;
  onSelect?: (code: string) => void;
}) {
  const { t } = useTranslation();
  const levelText = useCallback(
    (level: number | null | undefined) => (level == null ? t('zoning.noLevel') : t(`zoning.level.${level}`)),
    [t],
  );
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);
  const [noWebgl, setNoWebgl] = useState(false);
  const [mapVersion, setMapVersion] = useState(0);

  const coloured = useMemo(
    () =>
      geo && {
        ...geo,
        features: geo.features.map((f) => ({
          ...f,
          properties: {
            ...f.properties,
            colour: levelColour(levels.get(f.properties.ward_code)),
            label: `${f.properties.name}: ${levelText(levels.get(f.properties.ward_code))}`,
            selected: f.properties.ward_code === selected,
          },
        })),
      },
    [geo, levels, selected, levelText],
  );

  useEffect(() => {
    if (!geo || !container.current || map.current) return;
    const b = bbox(geo.features.map((f) => f.geometry));
    try {
      const m = new maplibregl.Map({
        container: container.current,
        style: {
          version: 8,
          sources: { wards: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
          layers: [
            { id: 'background', type: 'background', paint: { 'background-color': '#eef3f6' } },
            {
              id: 'fill',
              type: 'fill',
              source: 'wards',
              paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.85 },
            },
            {
              id: 'outline',
              type: 'line',
              source: 'wards',
              paint: {
                'line-color': ['case', ['get', 'selected'], '#1a4f8b', '#555'],
                'line-width': ['case', ['get', 'selected'], 3, 0.6],
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
        const code = e.features?.[0]?.properties?.ward_code;
        if (code) onSelect?.(String(code));
      });
      // The ward's name and level under the pointer.
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
      m.once('idle', () => container.current?.setAttribute('data-ready', 'true'));
      map.current = m;
      setMapVersion((v) => v + 1);
    } catch (err) {
      console.warn('map unavailable', err);
      setNoWebgl(true);
    }
    return () => {
      map.current?.remove();
      map.current = null;
    };
    // onSelect is a state setter (or absent): stable.
  }, [geo]);

  useEffect(() => {
    const m = map.current;
    if (!m || !coloured) return;
    const apply = () =>
      void (m.getSource('wards') as GeoJSONSource | undefined)?.setData(
        coloured as Parameters<GeoJSONSource['setData']>[0],
      );
    if (m.isStyleLoaded()) apply();
    else m.once('load', apply);
  }, [coloured, mapVersion]);

  if (noWebgl) return <p className="notice">{t('map.noWebgl')}</p>;
  return (
    <div
      ref={container}
      className="map zoning-map"
      role="region"
      aria-label={t('zoning.mapLabel')}
      data-testid="zoning-map"
    />
  );
}
