// The public portal (docs/contracts: none; README "Public portal"): what anyone may read without signing in.
// Every field is a count, a level or a published order: nothing here names, locates or identifies a person.
import { z } from 'zod';
import { LevelCounts, ZoningMeasure } from '../zoning/schemas.ts';

const count = z.number().int();
const level = z.number().int().min(1).max(4).nullable();

const PortalFigures = z.object({
  cases_total: count,
  cases_new: count.describe('Confirmed in the 24 hours before the cut-off'),
  cases_active: count,
  discharged: count,
  died: count,
  quarantine_current: count.describe('Persons in quarantine of any kind at the cut-off'),
  samples_taken: count,
  positive: count,
  vaccination_doses: count,
  coverage_dose1_18plus_pct: z.number().nullable(),
});
export type PortalFigures = z.infer<typeof PortalFigures>;

export const Hotline = z.object({
  label: z.string().trim().min(1).max(100).describe('Whom the number reaches, as the public reads it'),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 .-]{1,18}[0-9]$/)
    .describe('Digits, spaces, dots or dashes; 3–20 characters'),
});
export const PortalSettings = z
  .object({ hotlines: z.array(Hotline).max(10).describe("The province's own hotline numbers, in the order shown") })
  .meta({ id: 'PortalSettings' });
export type PortalSettings = z.infer<typeof PortalSettings>;

export const Portal = z
  .object({
    province: z.object({ code: z.string(), name: z.string() }),
    generated_at: z.iso.datetime({ offset: true }).describe('When this answer was computed (it is cached a minute)'),
    report: z
      .object({
        symbol: z.string().describe('The issued report’s number, e.g. 12/BC-BCĐ'),
        issued_at: z.iso.datetime({ offset: true }),
        as_of: z.iso.datetime({ offset: true }),
        previous_as_of: z.iso.datetime({ offset: true }),
        current: PortalFigures,
        previous: PortalFigures,
      })
      .nullable()
      .describe("The province's latest issued daily report (null before the first is issued)"),
    zoning: z
      .object({
        day: z.iso.date().describe('The report’s day (today when no report is issued)'),
        province_level: level,
        counts: z.object({ districts: LevelCounts, wards: LevelCounts }),
        wards: z.array(
          z.object({
            unit_code: z.string(),
            name: z.string(),
            district: z.string().nullable().describe('Its district’s name (null in the 2025 geography)'),
            level,
          }),
        ),
      })
      .describe('Risk levels on that day'),
    measures: z.array(ZoningMeasure).describe('Measures in force on that day (Chỉ thị 15/16/19, lockdowns)'),
    declaration_forms: z
      .array(z.object({ checkpoint_code: z.string(), name: z.string(), url: z.string() }))
      .describe('The health-declaration forms of the checkpoints active that day (their QR codes’ targets)'),
    hotlines: z.array(Hotline),
  })
  .meta({ id: 'Portal' });
export type Portal = z.infer<typeof Portal>;
