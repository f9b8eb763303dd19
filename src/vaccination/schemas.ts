// The shapes the vaccination API answers with: the OpenAPI document, the response serialiser and the services'
// row types all come from these.
import { z } from 'zod';

const date = z.iso.date();
const count = z.number().int();
const pct = z.number().nullable();

export const VaccineProduct = z
  .enum(['astrazeneca', 'pfizer', 'moderna', 'verocell', 'sputnik', 'abdala', 'other'])
  .meta({ id: 'VaccineProduct' });

/** A product's schedule from a date on (dated rows: the Ministry changes intervals). */
export const VaccineSchedule = z
  .object({
    product: VaccineProduct,
    effective_from: date,
    name: z.string(),
    basis: z.string().nullable().describe('The document the schedule follows'),
    primary_doses: count,
    min_interval_days: count.describe('Days between primary doses: earlier is flagged "early"'),
    max_interval_days: count.describe('Days between primary doses: later is overdue'),
    booster_doses: count,
    booster_min_days: count,
    booster_max_days: count,
    mix_with: z.array(VaccineProduct).describe('Other products allowed for the next primary dose'),
    boost_with: z.array(VaccineProduct).describe('Products allowed for a booster after this product'),
  })
  .meta({ id: 'VaccineSchedule' });
export type VaccineSchedule = z.infer<typeof VaccineSchedule>;

export const DoseFlagCode = z.enum(['early', 'late', 'mix_not_allowed', 'missing_previous', 'expired_lot']);
export type DoseFlagCode = z.infer<typeof DoseFlagCode>;

const doseFields = {
  person_ref: z.string(),
  dose_number: count,
  product: VaccineProduct,
  given_on: date,
  lot: z.string().nullable(),
  site: z.string().nullable().describe('A registered site code, or the text of a historic record'),
  round_code: z.string().nullable().describe('The round named on the dose, else the round running that day there'),
  previous_product: VaccineProduct.nullable(),
  interval_days: count.nullable().describe('Days since the previous dose'),
  booster: z.boolean().nullable().describe('Past the primary series of the previous dose’s product'),
  min_days: count.nullable().describe('The interval window that applied (days)'),
  max_days: count.nullable(),
  expires_on: date.nullable().describe('Expiry of the lot, when the lot is registered'),
};

/** A dose with the checks it was judged by; flags in the reader's language. */
export const CheckedDose = z
  .object({ ...doseFields, flags: z.array(z.object({ code: DoseFlagCode, message: z.string() })) })
  .meta({ id: 'CheckedDose' });
export type CheckedDose = z.infer<typeof CheckedDose>;
/** A dose as the query returns it, before its flags are explained. */
export type CheckedDoseRow = Omit<CheckedDose, 'flags'> & { flags: DoseFlagCode[] };

/** A person's next dose as of a day: its window and whether it is due. */
export const NextDose = z
  .object({
    person_ref: z.string(),
    full_name: z.string(),
    birth_year: count.nullable(),
    phone: z.string().nullable(),
    ward_code: z.string().nullable(),
    ward_name: z.string().nullable(),
    hamlet: z.string().nullable(),
    address: z.string().nullable(),
    last_dose: count,
    last_product: VaccineProduct,
    last_given_on: date,
    next_dose: count,
    due_from: date,
    overdue_after: date,
    status: z.enum(['not_yet_due', 'due', 'overdue']),
  })
  .meta({ id: 'NextDose' });
export type NextDose = z.infer<typeof NextDose>;

export const PersonDoses = z
  .object({
    person: z.object({
      person_ref: z.string(),
      full_name: z.string(),
      birth_year: count.nullable(),
      ward_code: z.string().nullable(),
    }),
    doses: z.array(CheckedDose),
    next: NextDose.nullable().describe('null after the last dose of the schedule'),
  })
  .meta({ id: 'PersonDoses' });
export type PersonDoses = z.infer<typeof PersonDoses>;

export const VaccinationSite = z
  .object({ site_code: z.string(), name: z.string(), kind: z.enum(['store', 'site']), ward_code: z.string() })
  .meta({ id: 'VaccinationSite' });
export type VaccinationSite = z.infer<typeof VaccinationSite>;

export const VaccineAllocation = z
  .object({
    allocation_id: count,
    decision_number: z.string(),
    decided_on: date,
    product: VaccineProduct,
    quantity: count.describe('Doses'),
    target_level: z.enum(['province', 'district', 'site']),
    target_code: z.string().describe('The province, district or site code'),
    round_code: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'VaccineAllocation' });
export type VaccineAllocation = z.infer<typeof VaccineAllocation>;

export const StockMove = z
  .object({
    move_id: count,
    kind: z.enum(['receipt', 'transfer', 'wastage', 'adjustment']),
    moved_on: date,
    site_code: z.string(),
    to_site_code: z.string().nullable(),
    product: VaccineProduct,
    lot: z.string(),
    quantity: count.describe('Doses; an adjustment may be negative'),
    allocation_id: count.nullable(),
    reason: z.string().nullable(),
    document: z.string().nullable(),
  })
  .meta({ id: 'VaccineStockMove' });
export type StockMove = z.infer<typeof StockMove>;

/** A site's stock of a lot at the end of a day, with what moved it (doses). */
export const StockLevel = z
  .object({
    site_code: z.string(),
    site_name: z.string(),
    site_kind: z.enum(['store', 'site']),
    ward_code: z.string(),
    product: VaccineProduct,
    lot: z.string(),
    expires_on: date,
    expired: z.boolean(),
    received: count,
    transferred_in: count,
    transferred_out: count,
    administered: count,
    wasted: count,
    adjusted: count,
    balance: count,
  })
  .meta({ id: 'VaccineStockLevel' });
export type StockLevel = z.infer<typeof StockLevel>;

const supplyFields = {
  allocated: count,
  received: count,
  administered: count,
  wasted: count,
  dose1: count,
  dose2: count,
  dose3_plus: count,
  administered_pct_of_received: pct.describe('Administered over received ×100, 2 decimals; null with none received'),
};
export const SupplyFigures = z.object(supplyFields).meta({ id: 'VaccineSupplyFigures' });
export type SupplyFigures = z.infer<typeof SupplyFigures>;

export const SupplySummary = z
  .object({
    as_of: date.describe('At the end of this day'),
    total: SupplyFigures,
    by_product: z.array(z.object({ product: VaccineProduct, ...supplyFields })),
    by_round: z.array(
      z.object({
        round_code: z.string().nullable().describe('null: doses and receipts outside any round'),
        round_name: z.string().nullable(),
        product: VaccineProduct,
        ...supplyFields,
      }),
    ),
  })
  .meta({ id: 'VaccineSupplySummary' });
export type SupplySummary = z.infer<typeof SupplySummary>;

export const VaccinationRound = z
  .object({
    round_code: z.string(),
    name: z.string(),
    starts_on: date,
    ends_on: date.nullable(),
    target_groups: z.array(z.string()),
    note: z.string().nullable(),
    site_codes: z.array(z.string()).describe('Empty: the round runs at every site'),
  })
  .meta({ id: 'VaccinationRound' });
export type VaccinationRound = z.infer<typeof VaccinationRound>;

/** docs/contracts/daily-report.md `vaccination.*` (also the daily report's section). */
export const VaccinationFigures = z
  .object({
    doses: count.describe('Doses given on or before the day of the cut-off'),
    persons_dose1: count.describe('Persons with a dose numbered 1 or more'),
    persons_dose2: count,
    persons_dose3: count,
    coverage_dose1_18plus_pct: pct.describe(
      'Persons 18+ with dose 1 over the population 18+ ×100, 2 decimals; null when no population is loaded',
    ),
  })
  .meta({ id: 'VaccinationFigures' });
export type VaccinationFigures = z.infer<typeof VaccinationFigures>;

/** Coverage of one unit: persons with dose 1/2/3 over the population (and 18+ over the population 18+), ×100. */
export const CoverageRow = z
  .object({
    unit_code: z.string().nullable().describe('Ward, district or province code; null: persons without a known ward'),
    unit_name: z.string().nullable(),
    population: count.nullable().describe('null when no population is loaded for the unit'),
    population_18plus: count.nullable(),
    persons_dose1: count,
    persons_dose1_18plus: count,
    persons_dose2: count,
    persons_dose2_18plus: count,
    persons_dose3: count,
    persons_dose3_18plus: count,
    dose1_pct: pct,
    dose1_18plus_pct: pct,
    dose2_pct: pct,
    dose2_18plus_pct: pct,
    dose3_pct: pct,
    dose3_18plus_pct: pct,
  })
  .meta({ id: 'VaccinationCoverage' });
export type CoverageRow = z.infer<typeof CoverageRow>;

/** The signed data of a certificate (the QR payload's JSON). */
export const CertificateData = z
  .object({
    v: z.literal(1),
    kid: z.string().describe('Key id: the first 12 base64url characters of the public key’s SHA-256'),
    iss: z.string().describe('Issuing province code'),
    iat: z.iso.datetime().describe('Issued at'),
    ref: z.string().describe('Person ref'),
    name: z.string(),
    birth: z.string().nullable().describe('Birth date (YYYY-MM-DD) or year'),
    id: z.string().nullable().describe('ID number'),
    doses: z.array(
      z.object({ n: count.describe('Dose number'), product: VaccineProduct, date, lot: z.string().nullable() }),
    ),
  })
  .meta({ id: 'VaccinationCertificateData' });
export type CertificateData = z.infer<typeof CertificateData>;

export const Certificate = z
  .object({
    certificate: CertificateData,
    payload: z.string().describe('PDVC1.<base64url JSON>.<base64url Ed25519 signature>: the QR code’s text'),
    qr_svg: z.string().describe('The QR code as an SVG document'),
  })
  .meta({ id: 'VaccinationCertificate' });
export type Certificate = z.infer<typeof Certificate>;

export const CertificateCheck = z
  .discriminatedUnion('valid', [
    z.object({ valid: z.literal(true), certificate: CertificateData, message: z.string() }),
    z.object({
      valid: z.literal(false),
      reason: z.enum(['malformed', 'unknown_key', 'bad_signature']),
      message: z.string(),
    }),
  ])
  .meta({ id: 'VaccinationCertificateCheck' });
export type CertificateCheck = z.infer<typeof CertificateCheck>;
