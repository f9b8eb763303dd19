// Uploading the province's ward boundaries (a GeoJSON file) from the map page; the server checks every feature and
// its refusal names the feature and the code.
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../shared/api.ts';
import { call, client } from '../shared/api-client.ts';

export function WardShapesUpload({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);

  async function upload(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    setBusy(true);
    setStatus(undefined);
    try {
      let body: { type: 'FeatureCollection'; features: unknown[] };
      try {
        body = JSON.parse(await file.text());
      } catch {
        throw new ApiError(400, t('zoning.shapesNotJson'));
      }
      const r = await call(client.PUT('/geo/wards.geojson', { body }));
      setStatus({ ok: true, text: t('zoning.shapesSaved', { count: r.wards }) });
      onDone();
    } catch (err) {
      setStatus({ ok: false, text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
      e.target.value = '';
    }
  }

  return (
    <details className="shapes-upload">
      <summary>{t('zoning.shapesTitle')}</summary>
      <p className="muted">{t('zoning.shapesHint')}</p>
      <input
        type="file"
        accept=".geojson,.json,application/geo+json"
        aria-label={t('zoning.shapesTitle')}
        onChange={upload}
        disabled={busy}
      />
      {status && (
        <p className={status.ok ? 'ok' : 'error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
    </details>
  );
}
