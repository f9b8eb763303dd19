// The shapes the quarantine API answers with: the OpenAPI document, the response serialiser and the services'
// row types all come from these.
import { z } from 'zod';

const day = z.iso.date();
const episodeKind = z.enum(['centralized', 'home', 'self_monitoring']);

export const Facility = z
  .object({
    facility_code: z.string(),
    name: z.string(),
    kind: z.enum(['quarantine', 'treatment', 'both']),
    ward_code: z.string().nullable(),
    beds: z.number().int().nullable(),
    icu_beds: z.number().int().nullable(),
    tier: z.number().int().nullable(),
    status: z.enum(['planned', 'active', 'closed']),
    active_from: day.nullable(),
    active_to: day.nullable(),
  })
  .meta({ id: 'Facility' });
export type Facility = z.infer<typeof Facility>;

export const FacilityOccupancy = Facility.extend({
  state: z.enum(['planned', 'active', 'closed']).describe('On the day of the instant asked about'),
  current: z.number().int().describe('Persons counted there at the instant'),
  free: z
    .number()
    .int()
    .nullable()
    .describe('Beds − current while active (negative when overfilled by override), else 0; null without a bed count'),
}).meta({ id: 'FacilityOccupancy' });
export type FacilityOccupancy = z.infer<typeof FacilityOccupancy>;

export const FacilityBoard = z
  .object({
    at: z.date(),
    totals: z.object({
      facilities: z.number().int(),
      active: z.number().int(),
      in_use: z.number().int().describe('Facilities with at least one person'),
      planned: z.number().int(),
      closed: z.number().int(),
      beds: z.number().int().describe('Beds of the active facilities'),
      beds_planned: z.number().int(),
      current: z.number().int(),
      free: z.number().int().describe('Free beds of the active facilities'),
    }),
    facilities: z.array(FacilityOccupancy),
  })
  .meta({ id: 'FacilityBoard' });

export const QuarantineEpisode = z
  .object({
    episode_id: z.number().int(),
    person_ref: z.string(),
    full_name: z.string(),
    ward_code: z.string().nullable(),
    kind: episodeKind,
    facility_code: z.string().nullable(),
    start_at: z.date(),
    end_at: z.date().nullable(),
    end_reason: z.enum(['completed', 'confirmed_case', 'transferred', 'released_source_negative', 'other']).nullable(),
    released_by: z
      .object({ sample_ref: z.string(), person_ref: z.string().describe('The F1 the sample was taken from') })
      .nullable()
      .describe("released_source_negative: the F1's sample whose negative result (at end_at) ended it"),
    subject_group: z.enum(['abroad', 'outbreak_area', 'contact', 'tet_returnee', 'screened', 'other']).nullable(),
    override_reason: z.string().nullable().describe('Why it was placed in a full or inactive facility'),
    held_in_province: z
      .string()
      .nullable()
      .describe("Held in another province (its code): not counted in the province's quarantine figures"),
    plan: z.object({
      rule_set: z
        .object({ effective_from: day, name: z.string().nullable(), basis: z.string().nullable() })
        .nullable()
        .describe('The rule set in force on the day the course started'),
      rule: z.string().nullable().describe('Key of the rule applied, e.g. centralized_vaccinated'),
      vaccinated: z.boolean().describe('Fully vaccinated when the course started'),
      phase: z.enum(['main', 'follow_on']),
      course_start_at: z.date().describe('Moves and follow-ons continue a course'),
      follows: z
        .object({ episode_id: z.number().int(), link: z.enum(['transfer', 'follow_on']).nullable() })
        .nullable(),
      days: z.number().int().nullable(),
      planned_end_at: z.date().nullable(),
      tests: z.array(z.object({ day: z.number().int().describe('Day of the phase, from 1'), date: day })),
      follow_on: z
        .object({ kind: episodeKind, days: z.number().int().nullable() })
        .nullable()
        .describe('What follows when this (main) episode completes as planned'),
    }),
  })
  .meta({ id: 'QuarantineEpisode' });
export type QuarantineEpisode = z.infer<typeof QuarantineEpisode>;

export const EpisodeClosed = z
  .object({ closed: QuarantineEpisode, opened: QuarantineEpisode.nullable().describe('The follow-on episode') })
  .meta({ id: 'QuarantineEpisodeClosed' });
export const EpisodeMoved = z
  .object({ closed: QuarantineEpisode, opened: QuarantineEpisode.describe('The episode at the new place') })
  .meta({ id: 'QuarantineEpisodeMoved' });

/** A due-list row: who and where first (every list), then what each list adds; lists from other modules add their own. */
const DueRow = z
  .object({
    person_ref: z.string(),
    full_name: z.string(),
    phone: z.string().nullable(),
    ward_code: z.string().nullable(),
    ward_name: z.string().nullable(),
    hamlet: z.string().nullable(),
    address: z.string().nullable(),
    episode_id: z.number().int().optional(),
    kind: episodeKind.optional(),
    facility_code: z.string().nullable().optional(),
    start_at: z.date().optional(),
    end_at: z.date().nullable().optional(),
    end_reason: z.string().nullable().optional(),
    planned_end_at: z.date().nullable().optional(),
    rule_set_name: z.string().nullable().optional(),
    rule: z.string().nullable().optional(),
    test_day: z.number().int().optional().describe('tests_due: day of the phase the test is due'),
    sampled: z.boolean().optional().describe('tests_due: a sample was taken that day'),
    follow_on_kind: episodeKind.nullable().optional(),
    follow_on_days: z.number().int().nullable().optional(),
    days_overdue: z.number().int().optional(),
    last_exposed_on: day.nullable().optional().describe('f1_without_episode: last contact with a case'),
  })
  .catchall(z.unknown())
  .meta({ id: 'QuarantineDueRow' });
export type DueRow = z.infer<typeof DueRow>;

export const DueLists = z
  .object({
    date: day,
    cutoff: z.date().describe('The last instant of the day in Viet Nam'),
    sections: z.array(
      z.object({
        key: z.string().describe('tests_due, ending_today, overdue, f1_without_episode, or a list another module adds'),
        title: z.string(),
        count: z.number().int(),
        rows: z.array(DueRow),
      }),
    ),
  })
  .meta({ id: 'QuarantineDueLists' });

export const ReviewRow = z
  .object({
    group: z.string().describe('Subject group, or unspecified / tested / total'),
    label: z.string(),
    centralized: z.number().int(),
    home: z.number().int(),
    self_monitoring: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'QuarantineReviewRow' });
export type ReviewRow = z.infer<typeof ReviewRow>;
/** Seed 000's splits of the persons in quarantine at an instant (splits.ts). */
export const QuarantineSplits = z
  .object({
    at: z.date(),
    centralized: z
      .array(
        z.object({
          site_type: z.enum(['health_centre', 'other']).describe("The facility's site_type; unset counts as other"),
          current: z.number().int(),
          facilities: z.array(z.object({ facility_code: z.string(), name: z.string(), current: z.number().int() })),
        }),
      )
      .describe('Persons in centralized quarantine by facility site type (health centres first)'),
    home: z
      .array(
        z.object({
          workplace_type: z
            .enum(['industrial_zone', 'other', 'none'])
            .describe("The episode's workplace_type; other when only a workplace is written; none without either"),
          current: z.number().int(),
          workplaces: z.array(z.object({ workplace: z.string(), current: z.number().int() })),
        }),
      )
      .describe('Persons in home quarantine by workplace'),
  })
  .meta({ id: 'QuarantineSplits' });
export type QuarantineSplits = z.infer<typeof QuarantineSplits>;

export const ReviewTable = z
  .object({ from: day, to: day, rows: z.array(ReviewRow) })
  .meta({ id: 'QuarantineReviewTable' });
