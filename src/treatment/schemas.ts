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

export const CareEpisode = z
  .object({
    episode_id: count,
    person_ref: z.string(),
    setting: z.enum(['facility', 'home']),
    facility_code: z.string().nullable(),
    facility_name: z.string().nullable(),
    tier: count.nullable().describe("The episode's tier (default the facility's); null at home"),
    start_at: instant,
    end_at: instant.nullable(),
    end_reason: z.enum(['recovered', 'transferred', 'died', 'other']).nullable(),
    override_reason: z.string().nullable(),
  })
  .meta({ id: 'CareEpisode' });
export type CareEpisode = z.infer<typeof CareEpisode>;

export const CareEnded = z
  .object({
    episode: CareEpisode,
    proposed_outcome: z
      .enum(['discharged', 'died'])
      .nullable()
      .describe('The case outcome written from this end (only when the case had none)'),
  })
  .meta({ id: 'CareEnded' });
export type CareEnded = z.infer<typeof CareEnded>;

export const CareTransferred = z.object({ ended: CareEpisode, started: CareEpisode }).meta({ id: 'CareTransferred' });
export type CareTransferred = z.infer<typeof CareTransferred>;

export const SeverityObservation = z
  .object({
    person_ref: z.string(),
    observed_at: instant,
    severity: z.enum(['asymptomatic', 'mild', 'moderate', 'severe', 'critical']),
    oxygen: z.enum(['none', 'mask', 'hfnc', 'ventilator', 'ecmo']),
  })
  .meta({ id: 'SeverityObservation' });
export type SeverityObservation = z.infer<typeof SeverityObservation>;

const capacityTier = z.object({
  needed: count.describe('round-half-up of cases × share / 100 (tier 1 less its home share)'),
  active_beds: count.describe("Beds of this tier's facilities active on T's date"),
  planned_beds: count.describe("Beds of this tier's facilities with status planned"),
  shortfall: count.describe('max(0, needed − active_beds)'),
});

export const CapacityScenario = z
  .object({
    cases: count,
    at: z.iso.datetime({ offset: true }).describe('T, in Viet Nam time'),
    by_tier: z.object({ '1': capacityTier, '2': capacityTier, '3': capacityTier }),
  })
  .meta({ id: 'CapacityScenario' });
export type CapacityScenario = z.infer<typeof CapacityScenario>;

export const TreatmentBoard = z
  .object({
    at: instant,
    figures: TreatmentFigures,
    facilities: z
      .array(z.object({ facility_code: z.string(), name: z.string(), oxygen_beds: count.nullable() }))
      .describe('Names and oxygen beds of the facilities in figures.by_facility'),
  })
  .meta({ id: 'TreatmentBoard' });
export type TreatmentBoard = z.infer<typeof TreatmentBoard>;

export const SeveritySeriesDay = z
  .object({
    date: z.iso.date(),
    asymptomatic: count,
    mild: count,
    moderate: count,
    severe: count,
    critical: count,
    unknown: count,
  })
  .meta({ id: 'SeveritySeriesDay' });
export type SeveritySeriesDay = z.infer<typeof SeveritySeriesDay>;

export const HomePatient = z
  .object({
    person_ref: z.string(),
    full_name: z.string(),
    ward_code: z.string().nullable(),
    phone: z.string().nullable(),
    home_since: instant,
    severity: z.enum(['asymptomatic', 'mild', 'moderate', 'severe', 'critical']).nullable(),
    oxygen: z.enum(['none', 'mask', 'hfnc', 'ventilator', 'ecmo']).nullable(),
    last_observed_at: instant.nullable(),
    due_on: z.iso.date().describe('The day of the last check (or of the start at home) + home_check_days'),
  })
  .meta({ id: 'HomePatient' });
export type HomePatient = z.infer<typeof HomePatient>;

export const HomeFollowup = z
  .object({
    at: instant,
    check_days: count.describe("The rule set's days between checks"),
    due_check: z.array(HomePatient).describe('Active cases at home whose next check falls on or before the day of at'),
    to_move: z
      .array(HomePatient)
      .describe('Active cases at home whose latest severity is moderate or worse: to be moved to a facility'),
  })
  .meta({ id: 'HomeFollowup' });
export type HomeFollowup = z.infer<typeof HomeFollowup>;
