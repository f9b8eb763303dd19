// The shapes the reports API answers with (the daily report is docs/contracts/daily-report.md): the OpenAPI
// document, the response serialiser and the services' types all come from these. figures.ts computes the figures;
// the type check at the end keeps its `Figures` and the schema the same.
import { z } from 'zod';
import { VaccinationFigures } from '../vaccination/schemas.ts';
import { TreatmentFigures } from '../treatment/schemas.ts';
import { ZoningMeasure, ZoningReport } from '../zoning/schemas.ts';
import { CohortFigures, EntryCounts } from '../entry/schemas.ts';
import { ResidentsReport } from '../residents/schemas.ts';
import { CommandSummary } from '../command/schemas.ts';
import { ScreeningRoundFigures } from '../testing/schemas.ts';
import { SupplyFigures } from '../vaccination/schemas.ts';
import { QuarantineSplits } from '../quarantine/schemas.ts';
import type { Figures } from './figures.ts';

const count = z.number().int();
/** An instant in Viet Nam time, as the reports write it: 2021-09-10T06:30:00+07:00. */
const vnInstant = z.iso.datetime({ offset: true });
const date = z.iso.date();

export const ReportFacilityFigure = z
  .object({
    facility_code: z.string(),
    current: count.describe('Persons whose counted open episode is centralized at this facility'),
    beds: count.nullable().describe('null when the facility has no bed count'),
  })
  .meta({ id: 'ReportFacilityFigure' });

/** The figures at one cut-off T (the period is P < t ≤ T). */
export const ReportFigures = z
  .object({
    cases: z.object({
      total: count.describe('Persons confirmed at or before T'),
      new: count.describe('Confirmed in the period'),
      new_community: count.describe('Of new, detected in the community'),
      discharged: count,
      died: count,
      transferred_out: count,
      active: count.describe('total − discharged − died − transferred_out'),
    }),
    contacts: z.object({
      f1: count.describe('Persons at distance 1 from an active case at T'),
      f2: count.describe('Persons at distance 2'),
    }),
    quarantine: z.object({
      current: z
        .object({ centralized: count, home: count, self_monitoring: count, total: count })
        .describe('Persons with an episode open at T, each once, under the latest-started one'),
      by_facility: z.array(ReportFacilityFigure).describe('Every quarantine facility, by code'),
      new: count.describe('Episodes started in the period'),
      completed: count.describe('Episodes ended completed in the period'),
      persons_cumulative: count.describe('Distinct persons with an episode started at or before T'),
    }),
    testing: z.object({
      samples_taken: count.describe('Samples taken at or before T (a pooled member is one sample)'),
      samples_taken_new: count.describe('Taken in the period'),
      negative: count.describe('Results known at T (own, or a negative/invalid pool’s)'),
      positive: count,
      invalid: count,
      pending: count.describe('samples_taken − negative − positive − invalid'),
    }),
    vaccination: VaccinationFigures,
    treatment: TreatmentFigures,
  })
  .meta({ id: 'ReportFigures' });
export type ReportFigures = z.infer<typeof ReportFigures>;

/** The daily synthesis report: the figures at T and at P = T − 24h; the renderings show current (± previous). */
export const DailyReport = z
  .object({
    province_code: z.string(),
    as_of: vnInstant.describe('The cut-off T'),
    previous_as_of: vnInstant.describe('P = T − 24h'),
    current: ReportFigures.describe('At T, "new" counted over P < t ≤ T'),
    previous: ReportFigures.describe('At P, "new" counted over P − 24h < t ≤ P'),
  })
  .meta({ id: 'DailyReport' });
export type DailyReport = z.infer<typeof DailyReport>;

/** One ward's area figures at T (GET /reports/areas): sums, and the parts of each ratio so districts add up. */
export const WardFigures = z
  .object({
    ward_code: z.string().describe('The ward of residence of the persons counted'),
    cases_new: count.describe('Persons confirmed in the period P < t ≤ T'),
    cases_new_community: count.describe('Of cases_new, those detected in the community'),
    cases_total: count.describe('Persons confirmed at or before T'),
    discharged: count.describe('Persons discharged at or before T'),
    died: count.describe('Persons who died at or before T'),
    cases_active: count.describe('Confirmed at or before T with no outcome at or before T'),
    contacts_f1: count.describe(
      'Persons whose F-level at T is 1 (the daily report’s contacts.f1; never a confirmed person)',
    ),
    contacts_f2: count.describe('Persons whose F-level at T is 2 (contacts.f2)'),
    quarantine_current: count.describe('Persons with a quarantine episode (any kind) open at T, each once'),
    quarantine_new: count.describe('Quarantine episodes started in the period'),
    samples_taken: count.describe('Samples taken at or before T'),
    samples_taken_new: count.describe('Samples taken in the period'),
    positive_new: count.describe('Positive results that arrived in the period'),
    results_new: count.describe('Results (negative, positive, invalid) that arrived in the period'),
    positivity_pct: z.number().nullable().describe('positive_new / results_new × 100, 2 decimals; null when 0 results'),
    doses: count.describe('Doses given at or before T (a dose counts from the start of its day)'),
    dose1_18plus: count.describe('Persons aged 18+ at T with a first dose given at or before T'),
    population: count.nullable().describe('The ward’s population; null when not loaded'),
    population_18plus: count.nullable().describe('Aged 18+; null when not loaded'),
    coverage_dose1_18plus_pct: z
      .number()
      .nullable()
      .describe('dose1_18plus / population_18plus × 100, 2 decimals; null when no adult population'),
  })
  .meta({ id: 'WardFigures' });
export type WardFigures = z.infer<typeof WardFigures>;

export const AreaFigures = z
  .object({
    province_code: z.string(),
    as_of: vnInstant.describe('The cut-off T'),
    previous_as_of: vnInstant.describe('P = T − 24h: the period is P < t ≤ T'),
    wards: z.array(WardFigures).describe('Every ward in your jurisdiction, by code'),
  })
  .meta({ id: 'AreaFigures' });
export type AreaFigures = z.infer<typeof AreaFigures>;

export const PeriodSeriesDay = z
  .object({
    date,
    cases_new: count,
    cases_new_community: count,
    cases_active: count.describe('At the end of the day'),
    discharged: count,
    died: count,
    transferred_out: count,
    quarantine_new: count,
    quarantine_completed: count,
    quarantine_current: count.describe('Persons in quarantine at the end of the day'),
    samples_taken: count,
    samples_positive: count.describe('Positive results that arrived that day'),
    doses: count,
  })
  .meta({ id: 'PeriodSeriesDay' });
export type PeriodSeriesDay = z.infer<typeof PeriodSeriesDay>;

export const PeriodReport = z
  .object({
    province_code: z.string(),
    kind: z.enum(['week', 'month', 'custom']).describe('custom: given as from..to'),
    from: date.describe('First day of the period'),
    to: date.describe('Last day of the period'),
    as_of: vnInstant.describe('End of the period (00:00 after `to`)'),
    since: vnInstant.describe('Start of the period (00:00 of `from`)'),
    previous_since: vnInstant.describe('Start of the period before, as long as this one'),
    current: ReportFigures.describe('At as_of, "new" counted over the period'),
    previous: ReportFigures.describe('At since, "new" counted over the period before'),
    series: z.array(PeriodSeriesDay),
  })
  .meta({ id: 'PeriodReport' });
export type PeriodReport = z.infer<typeof PeriodReport>;

/** The period report against any earlier instant (docs/contracts/period-report.md "Period report"). */
export const PeriodComparison = z
  .object({
    province_code: z.string(),
    to: vnInstant.describe('The cut-off T'),
    compare_at: vnInstant.describe('The earlier instant C the figures are compared with'),
    from: vnInstant.describe('Start A of the period A < t ≤ T the new cases are counted over (default C)'),
    at_to: ReportFigures.describe("The daily report's `current` figures at T"),
    at_compare: ReportFigures.describe('The same figures at C'),
    new_cases_by_district: z
      .array(
        z.object({
          district_code: z.string(),
          new: count.describe('Cases confirmed in the period, by the district of the person’s ward'),
          new_community: count.describe('Of new, detected in the community'),
        }),
      )
      .describe('Every district of the province (of your jurisdiction), by code, zeros included'),
    new_cases_by_detected_in: z
      .object({ community: count, quarantine: count, entry: count })
      .describe('Cases confirmed in the period by where they were detected'),
    days_since_last_case: count
      .nullable()
      .describe('Viet Nam days from the day of the latest case confirmed at or before T to T’s day; null if none'),
  })
  .meta({ id: 'PeriodComparison' });
export type PeriodComparison = z.infer<typeof PeriodComparison>;

/** The report templates a draft is drawn with: the daily layout, or one of the seeds' own reports. */
export const REPORT_TEMPLATES = ['daily', 'synthesis', 'situation', 'border'] as const;
export type ReportTemplateName = (typeof REPORT_TEMPLATES)[number];
export type SeedTemplateName = Exclude<ReportTemplateName, 'daily'>;

/**
 * The figures of a seed template (src/reports/seed-templates.ts): each module's own report at the cut-off T, the
 * period report against C; a part the template does not use is null.
 */
export const SeedReport = z
  .object({
    template: z.enum(['synthesis', 'situation', 'border']),
    period: PeriodComparison,
    zoning: ZoningReport.nullable().describe('On T’s day against C’s day'),
    screening: z.array(ScreeningRoundFigures).nullable().describe('Screening rounds as known at T'),
    entry: EntryCounts.nullable().describe('At T; over C < t ≤ T for the border template'),
    residents: ResidentsReport.nullable(),
    arrivals: z
      .array(CohortFigures.extend({ name: z.string().describe('The outbreak area (a province)') }))
      .nullable()
      .describe(
        'For the border template: the arrival cohort from each province on the outbreak list at T, since the day it ' +
          'was listed (seed 004: "người về từ Hà Nội tính từ 20/7")',
      ),
    splits: QuarantineSplits.omit({ at: true })
      .nullable()
      .describe('For the synthesis template: centralized quarantine by site type, home quarantine by workplace, at T'),
    supply: SupplyFigures.nullable().describe(
      'For the border template: vaccine allocated, received and administered up to the end of T’s day (seed 004)',
    ),
    command: CommandSummary.describe('At T; received and issued over C < t ≤ T'),
  })
  .meta({ id: 'SeedReport' });
export type SeedReport = z.infer<typeof SeedReport>;

export const ReviewConferenceTable = z
  .object({
    from: date,
    to: date,
    rows: z.array(
      z.object({
        group: z
          .string()
          .describe(
            'Subject group key (abroad, outbreak_area, contact, tet_returnee, screened, other, …), tested, total',
          ),
        label: z.string().describe('The row title, in the reader’s language'),
        centralized: count,
        home: count,
        self_monitoring: count,
        total: count,
      }),
    ),
  })
  .meta({ id: 'ReviewConferenceTable' });
export type ReviewConferenceTable = z.infer<typeof ReviewConferenceTable>;

/** The review-conference report of seed 003: the records behind each item of the plan's outline, for from..to. */
export const ReviewReport = z
  .object({
    province_code: z.string(),
    from: date.describe('The first day of the period (2020-01-01, "from the start of the epidemic", when not asked)'),
    to: date.describe('The last day of the period'),
    period: PeriodComparison.describe(
      'The period report from 00:00 of `from` to 24:00 of `to` (Viet Nam time): figures at both ends, new cases between',
    ),
    entry: EntryCounts.describe('Entry control over the period (checkpoints at its end)'),
    command: CommandSummary.describe('Tasks, supplies and funds at the end of the period, movements over it'),
    distancing: z.array(ZoningMeasure).describe('Directives 15, 16, 19 applied to an area on some day of the period'),
    table: ReviewConferenceTable,
  })
  .meta({ id: 'ReviewReport' });
export type ReviewReport = z.infer<typeof ReviewReport>;

export const ScopeLevel = z.enum(['province', 'district', 'ward']);

export const ReportTemplate = z
  .object({
    issuing_parent: z.string().describe('Cơ quan chủ quản: "UBND TỈNH HẬU GIANG"'),
    issuing_body: z.string(),
    number_pattern: z.string().describe('The number and symbol, {n} the number: "{n}/BC-BCĐ"'),
    place: z.string(),
    title: z.string().describe('The subject line (trích yếu)'),
    recipients: z.array(z.string()),
    signer_title: z.string(),
    signer_name: z.string(),
    narrative_titles: z.array(z.string()).describe('Headings of the text a new draft starts with'),
    schedule: z
      .array(
        z.object({
          time: z.string().describe('HH:MM, Viet Nam time'),
          cutoff: z.string().optional(),
          template: z.enum(REPORT_TEMPLATES).optional().describe('The layout of the draft (default daily)'),
        }),
      )
      .describe('When drafts are made; the cut-off defaults to the time itself'),
  })
  .meta({ id: 'ReportTemplate' });
export type ReportTemplate = z.infer<typeof ReportTemplate>;

export const ScopedReportTemplate = z
  .object({ scope_level: ScopeLevel, scope_code: z.string(), ...ReportTemplate.shape })
  .meta({ id: 'ScopedReportTemplate' });

export const NarrativeSection = z.object({ title: z.string(), text: z.string() }).meta({ id: 'NarrativeSection' });

const draftFields = {
  draft_id: count,
  kind: z.enum(['daily']),
  template: z
    .enum(REPORT_TEMPLATES)
    .describe('The layout: daily, or a seed’s own report (synthesis, situation, border)'),
  scope_level: ScopeLevel,
  scope_code: z.string(),
  scope_wards: z.array(z.string()).nullable().describe('The wards the figures cover; null: the whole province'),
  as_of: vnInstant.describe('The cut-off'),
  compare_at: vnInstant.nullable().describe('The instant the figures are compared with; null: 24 hours before'),
  slot: vnInstant.nullable().describe('The scheduled instant it was drafted for; null when drafted by hand'),
  status: z.enum(['draft', 'issued']),
  created_by: z.string(),
  created_at: z.date(),
  updated_by: z.string(),
  updated_at: z.date(),
};
export const ReportDraftSummary = z.object(draftFields).meta({ id: 'ReportDraftSummary' });
export const ReportDraft = z
  .object({ ...draftFields, narrative: z.array(NarrativeSection) })
  .meta({ id: 'ReportDraft' });
export type ReportDraft = z.infer<typeof ReportDraft>;
export const ReportDraftWithFigures = z
  .object({
    ...ReportDraft.shape,
    report: DailyReport.describe(
      'Computed now from the records: it follows late corrections until issued. The figures at the cut-off and at ' +
        'the compare instant (24 hours before for the daily layout)',
    ),
    figures: SeedReport.nullable().describe('A seed template’s figures, computed now; null for the daily layout'),
  })
  .meta({ id: 'ReportDraftWithFigures' });
export type ReportDraftWithFigures = z.infer<typeof ReportDraftWithFigures>;

const issuedFields = {
  report_id: count,
  draft_id: count,
  symbol: z.string().describe('Số, ký hiệu: "12/BC-BCĐ"'),
  as_of: vnInstant.describe('The cut-off'),
  issued_by: z.string(),
  issued_at: z.date(),
};
export const IssuedReportSummary = z
  .object({ ...issuedFields, kind: z.enum(['daily']), template: z.enum(REPORT_TEMPLATES), scope_code: z.string() })
  .meta({ id: 'IssuedReportSummary' });
export const IssueResult = z.object(issuedFields).meta({ id: 'ReportIssueResult' });
export type IssueResult = z.infer<typeof IssueResult>;

export const ReportList = z
  .object({ drafts: z.array(ReportDraftSummary), issued: z.array(IssuedReportSummary) })
  .meta({ id: 'ReportList' });
export type ReportList = z.infer<typeof ReportList>;

/** The header as stored at issue (JSON): the template with the number and the date of issue. */
export const IssuedHeader = z
  .object({
    issuing_parent: z.string(),
    issuing_body: z.string(),
    symbol: z.string().nullable(),
    number_pattern: z.string(),
    place: z.string(),
    date: z.iso.datetime().nullable().describe('The date of issue'),
    recipients: z.array(z.string()),
    signer_title: z.string(),
    signer_name: z.string(),
  })
  .meta({ id: 'IssuedReportHeader' });
export type IssuedHeader = z.infer<typeof IssuedHeader>;

export const IssuedReport = z
  .object({
    ...issuedFields,
    kind: z.enum(['daily']),
    template: z.enum(REPORT_TEMPLATES),
    scope_code: z.string(),
    data: z
      .union([DailyReport, SeedReport])
      .describe('The report JSON as issued, never to change: DailyReport, or SeedReport for a seed template'),
    header: IssuedHeader,
    narrative: z.array(NarrativeSection),
  })
  .meta({ id: 'IssuedReport' });
export type IssuedReport = z.infer<typeof IssuedReport>;

// figures.ts computes what the contract describes: both directions, so a field added, dropped or made nullable on
// either side fails the build.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type FiguresMatchSchema = Assert<Same<Figures, ReportFigures>>;
