// Ward boundaries, which are not public: each province imports its own (GeoJSON upload or CLI) and the zoning map
// draws them. One geometry (a GeoJSON Polygon or MultiPolygon, validated on the way in) per ward of the province.
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    CREATE TABLE ward_shapes (
      province_code text NOT NULL REFERENCES provinces,
      ward_code text NOT NULL,
      geometry jsonb NOT NULL CHECK (geometry->>'type' IN ('Polygon', 'MultiPolygon')),
      updated_by text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, ward_code)
    );
  `);
}
