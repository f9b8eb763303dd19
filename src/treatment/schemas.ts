// The shapes the treatment API answers with, and the daily report's treatment section (docs/contracts/treatment.md):
// the OpenAPI document, the response serialiser and the services' row types all come from these.
import { z } from 'zod';

const count = z.number().int();
const instant = z.date();

export const TreatmentFacilityFigure = z
  .object({
    facility_code: z.string(),
    tier: count.nullable(),
    current: count.describe('Persons counted under this facility in in_facility'),
    beds: count.nullable(),
    icu_beds: count.nullable(),
    icu_current: count.describe('Of current, those whose latest severity is severe or critical'),
    ventilators: count.nullable(),
    on_ventilator: count.describe('Of current, those counted in on_ventilator'),
  })
  .meta({ id: 'TreatmentFacilityFigure' });
export type TreatmentFacilityFigure = z.infer<typeof TreatmentFacilityFigure>;

const tierFigure = z.object({
  current: count.describe('Persons in the listed facilities whose episode is of this tier'),
  beds: count.describe('Beds of the listed facilities of this tier'),
});

export const TreatmentFigures = z
  .object({
    active_by_severity: z
      .object({
        asymptomatic: count,
        mild: count,
        moderate: count,
        severe: count,
        critical: count,
        unknown: count,
      })
      .describe("Active cases by their latest observation at or before T, else the case's own severity"),
    in_facility: count.describe('Persons with a care episode at a facility open at T (each once, latest-started)'),
    at_home: count.describe('Persons with a home care episode open at T'),
    on_oxygen: count.describe("Active cases whose latest observation has oxygen other than 'none'"),
    on_ventilator: count.describe("Active cases whose latest observation has oxygen 'ventilator' or 'ecmo'"),
    by_facility: z
      .array(TreatmentFacilityFigure)
      .describe("Every facility of kind treatment/both active on T's date, by code"),
    by_tier: z.object({ '1': tierFigure, '2': tierFigure, '3': tierFigure }),
  })
  .meta({ id: 'TreatmentFigures' });
export type TreatmentFigures = z.infer<typeof TreatmentFigures>;

export { instant };
