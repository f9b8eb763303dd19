// The zoning API's answers (contracts/zoning.md), as the generated client types them.
import type { paths } from '../shared/api-schema.d.ts';

type Json<P extends keyof paths, M extends 'get'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer R } } };
}
  ? R
  : never;

export type ZoningReport = Json<'/zoning', 'get'>;
export type ZoningUnit = ZoningReport['province'];
export type DecisionRow = Json<'/zoning/decisions', 'get'>[number];
export type MeasureRow = Json<'/zoning/measures', 'get'>[number];
