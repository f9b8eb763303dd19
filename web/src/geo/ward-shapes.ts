// GET /geo/wards.geojson (and the portal's copy): the imported ward shapes, each with its code, district and name.
// None until a province uploads them; the demo has synthetic ones.
export interface WardFeature {
  type: 'Feature';
  properties: { ward_code: string; district_code: string | null; name: string };
  geometry: { type: string; coordinates: unknown };
}
export interface WardCollection {
  type: 'FeatureCollection';
  features: WardFeature[];
}
