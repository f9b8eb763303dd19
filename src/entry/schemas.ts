// Request shapes of the entry API (zod → validation and OpenAPI). Phone, ID and origin rules run in validate.ts
// so that their messages name the field in the user's language.
import { z } from 'zod';
import { SYMPTOMS } from './validate.ts';

const str = (max: number) => z.string().max(max).nullish();
const date = z.iso.date();
const instant = z.iso.datetime({ offset: true });

export const travellerFields = {
  full_name: str(200),
  birth_year: z.number().int().min(1880).max(2100).nullish(),
  sex: z.enum(['M', 'F']).nullish(),
  id_number: str(32),
  phone: str(32),
  nationality: str(2),
  from_country: str(2),
  from_province: str(10),
  from_district: str(10),
  from_ward: str(10),
  from_place: str(300),
  vehicle_plate: str(20),
  to_ward_code: str(10),
  to_place: str(300),
};
export const mode = z.enum(['road', 'air', 'water', 'rail']);

export const declarationFields = {
  ...travellerFields,
  travel_mode: mode.nullish(),
  symptoms: z.array(z.enum(SYMPTOMS)).max(SYMPTOMS.length).optional(),
  contact_case: z.boolean().optional(),
  lang: z.enum(['vi', 'en']).nullish(),
};

/** The public QR form; `website` is a honeypot a person never sees. */
export const publicDeclarationBody = z.object({
  checkpoint_code: z.string().min(1).max(32),
  t: z.string().min(1).max(64),
  ...declarationFields,
  website: z.string().max(200).optional(),
});
/** A guest reported through an accommodation's link (check-in defaults to now). */
export const guestBody = z.object({
  ...declarationFields,
  declared_at: instant.optional(),
  check_out_at: instant.nullish(),
  room: str(20),
  website: z.string().max(200).optional(),
});

export const staffDeclarationBody = z.object({
  ...declarationFields,
  channel: z.enum(['paper', 'app', 'accommodation', 'other']).default('paper'),
  checkpoint_code: str(32),
  accommodation_code: str(32),
  declared_at: instant.optional(),
  check_out_at: instant.nullish(),
  room: str(20),
});

export const checkpointBody = z.object({
  checkpoint_code: z.string().trim().min(1).max(32),
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['checkpoint', 'border_post', 'airport', 'station', 'other']),
  mobility: z.enum(['fixed', 'mobile']).optional(),
  border: z.string().length(2).nullish(),
  mode: mode.optional(),
  ward_code: z.string().max(10),
  location: str(300),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  active_from: date.nullish(),
  active_to: date.nullish(),
});
export const accommodationBody = z.object({
  accommodation_code: z.string().trim().min(1).max(32),
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['hotel', 'guest_house', 'homestay', 'other']),
  ward_code: z.string().max(10),
  address: str(300),
  phone: str(32),
  rooms: z.number().int().min(0).max(100000).nullish(),
});
export const shiftBody = z.object({
  starts_at: instant,
  ends_at: instant,
  force: z.enum(['border_guard', 'military', 'militia', 'police', 'health', 'volunteer', 'other']),
  staff: z.number().int().min(1).max(10000),
  leader: str(200),
  note: str(500),
});

export const crossingBody = z.object({
  ...travellerFields,
  checkpoint_code: z.string().min(1).max(32),
  crossed_at: instant.optional(),
  direction: z.enum(['in', 'out']).optional(),
  mode: mode.optional(),
  person_ref: z.string().max(64).optional(),
  declaration_ref: z.string().max(64).optional(),
  purpose: z.enum(['return_home', 'work', 'goods', 'transit', 'official', 'medical', 'tourism', 'other']),
  decision: z.enum(['allowed', 'quarantine', 'turned_back']),
  rapid_test: z.enum(['negative', 'positive', 'invalid']).nullish(),
  note: str(500),
});

export const areaBody = z.object({
  level: z.enum(['country', 'province', 'district', 'ward']),
  area_code: z.string().trim().min(2).max(10),
  name: z.string().max(200).optional(),
  effective_from: date,
  effective_to: date.nullish(),
  zone_level: z.number().int().min(1).max(4).nullish(),
  followups: z
    .array(z.enum(['test', 'quarantine']))
    .max(2)
    .optional(),
  basis: str(300),
});

export const incidentBody = z.object({
  kind: z.enum(['illegal_entry', 'received_from_neighbour', 'returned_to_neighbour']),
  occurred_at: instant,
  people: z.number().int().min(1).max(100000),
  border: z.string().length(2).nullish(),
  place: z.string().trim().min(1).max(300),
  ward_code: str(10),
  checkpoint_code: str(32),
  handling: z.enum(['quarantine', 'returned', 'prosecuted', 'fined', 'released', 'other']),
  handling_note: str(1000),
});
export const violationBody = z.object({
  kind: z.enum(['false_declaration', 'no_mask', 'leaving_quarantine', 'false_information_online', 'other']),
  occurred_at: instant,
  person_ref: str(64),
  offender_name: str(200),
  ward_code: str(10),
  place: str(300),
  fine_vnd: z.number().int().min(0).max(10_000_000_000).nullish(),
  decision_ref: str(100),
  declaration_ref: str(64),
  note: str(1000),
});

export const period = z.object({
  from: instant.optional(),
  to: instant.optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

// ---- answers ---------------------------------------------------------------------------------------------------
// What the entry API returns: the OpenAPI document, the response serialiser and the services' row types all come
// from these. Timestamps (timestamptz) are JS Dates serialised as ISO instants; dates are 'YYYY-MM-DD'.

const text = z.string().nullable();
const at = z.date();
const checkpointKind = z.enum(['checkpoint', 'border_post', 'airport', 'station', 'other']);
const sex = z.enum(['M', 'F']).nullable();
const purpose = z.enum(['return_home', 'work', 'goods', 'transit', 'official', 'medical', 'tourism', 'other']);
const decision = z.enum(['allowed', 'quarantine', 'turned_back']);
const rapidTest = z.enum(['negative', 'positive', 'invalid']).nullable();
const followupKind = z.enum(['test', 'quarantine']);
const followupStatus = z.enum(['open', 'done', 'cancelled']);
const incidentKind = incidentBody.shape.kind;
const handling = incidentBody.shape.handling;
const violationKind = violationBody.shape.kind;
const border = text.describe('The country across the border, ISO alpha-2');
const formToken = z.string().describe("The form token of the site's public link (rotate_token issues a new one)");
const recordedBy = z.string().describe('Who recorded it: a username, or qr:<checkpoint> / accommodation:<code>');
/** Columns only the stored row (RETURNING *) has, beside its fields as listed. */
const stored = { province_code: z.string(), created_at: at };

export const Checkpoint = z
  .object({
    checkpoint_code: z.string(),
    name: z.string(),
    kind: checkpointKind,
    mobility: z.enum(['fixed', 'mobile']),
    border,
    mode,
    ward_code: z.string(),
    location: text,
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    active_from: date.nullable(),
    active_to: date.nullable(),
    form_token: formToken,
    updated_at: at,
  })
  .meta({ id: 'Checkpoint' });
export type Checkpoint = z.infer<typeof Checkpoint>;
export const CheckpointRecord = Checkpoint.extend(stored).meta({ id: 'CheckpointRecord' });
export type CheckpointRecord = z.infer<typeof CheckpointRecord>;

/** As listed: the host's form token is a secret (GET …/link). */
export const Accommodation = z
  .object({
    accommodation_code: z.string(),
    name: z.string(),
    kind: accommodationBody.shape.kind,
    ward_code: z.string(),
    address: text,
    phone: text,
    rooms: z.number().int().nullable(),
    updated_at: at,
  })
  .meta({ id: 'Accommodation' });
export type Accommodation = z.infer<typeof Accommodation>;
export const AccommodationRecord = Accommodation.extend({ ...stored, form_token: formToken }).meta({
  id: 'AccommodationRecord',
});
export type AccommodationRecord = z.infer<typeof AccommodationRecord>;

export const FormLink = z.object({ url: z.string().describe("The host's reporting page, token included") });

export const CheckpointShift = z
  .object({
    shift_id: z.number().int(),
    checkpoint_code: z.string(),
    starts_at: at,
    ends_at: at,
    force: shiftBody.shape.force,
    staff: z.number().int().describe('People on duty'),
    leader: text,
    note: text,
  })
  .meta({ id: 'CheckpointShift' });
export type CheckpointShift = z.infer<typeof CheckpointShift>;
export const CheckpointShiftRecord = CheckpointShift.extend(stored).meta({ id: 'CheckpointShiftRecord' });
export type CheckpointShiftRecord = z.infer<typeof CheckpointShiftRecord>;

const count = z.number().int().min(0);
export const CheckpointDay = z
  .object({
    checkpoint_code: z.string(),
    name: z.string(),
    day: date.describe('Viet Nam day'),
    crossings_in: count,
    crossings_out: count,
    allowed: count,
    quarantine: count,
    turned_back: count,
    crossings_from_outbreak: count,
    rapid_tests: count,
    rapid_positive: count,
    declarations: count,
    declarations_from_outbreak: count,
  })
  .meta({ id: 'CheckpointDay' });
export type CheckpointDay = z.infer<typeof CheckpointDay>;

/**
 * Why an origin inside the province was an outbreak area on its day, as judged when the record was stored (zoning:
 * src/zoning/outbreak.sql): the unit (the origin ward, its district, or the province) at level 4 or under lockdown.
 */
export const OutbreakZoning = z
  .object({
    unit_code: z.string().describe('GSO code of the unit judged'),
    unit_name: z.string(),
    tier: z.enum(['ward', 'district', 'province']),
    level: z.number().int().nullable().describe('The unit’s level (4) when judged by level, else null'),
    measure: z.enum(['lockdown']).nullable().describe('The measure in force on the unit when judged by measure'),
    decision_number: text.describe('The decision declaring the level or the measure, if any'),
  })
  .meta({ id: 'OutbreakZoning' });
export type OutbreakZoning = z.infer<typeof OutbreakZoning>;
const outbreakZoning = OutbreakZoning.nullable().describe(
  'From inside the province: the zoning judgement (null: not an outbreak area by zoning, or from outside)',
);

/** Who crossed, from where, to where: the fields a crossing shares with a declaration. */
const origin = {
  from_country: z.string().describe('ISO alpha-2'),
  from_province: text,
  from_district: text,
  from_ward: text,
};
const journey = { ...origin, from_place: text, vehicle_plate: text, to_ward_code: text, to_place: text };

export const CrossingSummary = z
  .object({
    crossing_id: z.number().int(),
    checkpoint_code: z.string(),
    crossed_at: at,
    direction: z.enum(['in', 'out']),
    mode,
    person_ref: text,
    full_name: z.string(),
    birth_year: z.number().int().nullable(),
    phone: text,
    id_number: text,
    ...journey,
    purpose,
    decision,
    rapid_test: rapidTest,
    outbreak_area: text.describe('Name of the outbreak area the traveller came from on that day (listed or by zoning)'),
    outbreak_zoning: outbreakZoning,
    note: text,
    recorded_by: recordedBy,
  })
  .meta({ id: 'CrossingSummary' });
export type CrossingSummary = z.infer<typeof CrossingSummary>;

/** A crossing as stored, with its outbreak area and the follow-ups it created. */
export const CrossingRecord = CrossingSummary.omit({ person_ref: true })
  .extend({
    ...stored,
    person_id: z.number().int().nullable(),
    declaration_id: z.number().int().nullable(),
    sex,
    nationality: z.string(),
    outbreak_area_id: z.number().int().nullable(),
    zone_level: z.number().int().nullable(),
    followups: z.array(followupKind).nullable().describe('Follow-up tasks created (null: none)'),
  })
  .meta({ id: 'CrossingRecord' });
export type CrossingRecord = z.infer<typeof CrossingRecord>;

export const DeclarationSummary = z
  .object({
    declaration_ref: z.string().describe('Receipt code, or the source system’s id (import)'),
    declared_at: at.describe('Declared, or for an accommodation guest checked in'),
    channel: z.enum(['qr', 'app', 'paper', 'accommodation', 'other']),
    checkpoint_code: text,
    accommodation_code: text,
    person_ref: text.describe('The registered person it is linked to'),
    full_name: z.string(),
    birth_year: z.number().int().nullable(),
    sex,
    id_number: text,
    phone: text,
    nationality: z.string(),
    ...journey,
    travel_mode: mode.nullable(),
    check_out_at: at.nullable(),
    room: text,
    symptoms: z.array(z.enum(SYMPTOMS)),
    contact_case: z.boolean(),
    outbreak_area: text.describe('Name of the outbreak area the traveller came from on that day (listed or by zoning)'),
    outbreak_zoning: outbreakZoning,
    recorded_by: recordedBy,
  })
  .meta({ id: 'DeclarationSummary' });
export type DeclarationSummary = z.infer<typeof DeclarationSummary>;

/** The answer to a declaration: flat and small, the public form sends thousands a second. */
export const DeclarationReceipt = z
  .object({
    declaration_ref: z.string().describe('The receipt code to show at the checkpoint'),
    declared_at: at,
    duplicate: z.boolean().describe('Sent before (same phone and name at the site within 10 minutes): first receipt'),
    outbreak_area: text.describe(
      'The outbreak area (listed) or the unit of the province (zoning) the traveller came from',
    ),
    zone_level: z.number().int().nullable(),
    outbreak_measure: z.enum(['lockdown']).nullable().describe('From a unit of the province under lockdown'),
  })
  .meta({ id: 'DeclarationReceipt' });
export type DeclarationReceipt = z.infer<typeof DeclarationReceipt>;

export const OutbreakArea = z
  .object({
    area_id: z.number().int(),
    level: areaBody.shape.level,
    area_code: z.string().describe('ISO alpha-2 for a country, else the GSO code'),
    name: z.string(),
    effective_from: date,
    effective_to: date.nullable(),
    zone_level: z.number().int().nullable(),
    followups: z.array(followupKind).describe('What an arrival from the area owes'),
    basis: text.describe('The decision that lists it'),
    updated_at: at,
  })
  .meta({ id: 'OutbreakArea' });
export type OutbreakArea = z.infer<typeof OutbreakArea>;

export const OriginCheck = z
  .object({
    origin: z.object(origin).describe('The origin, completed with the parents of its most precise unit'),
    outbreak_area: OutbreakArea.nullable().describe('From outside the province: the listed area it lies in'),
    zoning: outbreakZoning,
  })
  .meta({ id: 'OriginCheck' });

export const Followup = z
  .object({
    followup_id: z.number().int(),
    kind: followupKind,
    status: followupStatus,
    due_on: date,
    ward_code: text.describe("Whose due list; null: the province's"),
    handled_at: at.nullable(),
    handled_by: text,
    note: text,
    outbreak_area: z.string(),
    zone_level: z.number().int().nullable(),
    outbreak_zoning: outbreakZoning,
    source_ref: z.string().describe('The declaration’s receipt code, or crossing:<id>'),
    arrived_at: at,
    checkpoint_code: text,
    accommodation_code: text,
    person_ref: text,
    full_name: z.string(),
    birth_year: z.number().int().nullable(),
    phone: text,
    to_place: text,
  })
  .meta({ id: 'EntryFollowup' });
export type Followup = z.infer<typeof Followup>;
export const FollowupRecord = z
  .object({
    ...stored,
    followup_id: z.number().int(),
    kind: followupKind,
    ward_code: text,
    declaration_id: z.number().int().nullable(),
    crossing_id: z.number().int().nullable(),
    outbreak_area_id: z.number().int().nullable().describe('The listed area; null when judged by zoning'),
    due_on: date,
    status: followupStatus,
    handled_at: at.nullable(),
    handled_by: text,
    note: text,
  })
  .meta({ id: 'EntryFollowupRecord' });
export type FollowupRecord = z.infer<typeof FollowupRecord>;

export const Incident = z
  .object({
    incident_id: z.number().int(),
    kind: incidentKind,
    occurred_at: at,
    people: z.number().int(),
    border,
    place: z.string(),
    ward_code: text,
    checkpoint_code: text,
    handling,
    handling_note: text,
    recorded_by: recordedBy,
  })
  .meta({ id: 'EntryIncident' });
export type Incident = z.infer<typeof Incident>;
export const IncidentRecord = Incident.extend(stored).meta({ id: 'EntryIncidentRecord' });
export type IncidentRecord = z.infer<typeof IncidentRecord>;

const violation = {
  violation_id: z.number().int(),
  kind: violationKind,
  occurred_at: at,
  offender_name: z.string(),
  ward_code: text,
  place: text,
  fine_vnd: z.number().int().nullable().describe('Fine in đồng'),
  decision_ref: text.describe('Number of the sanction decision'),
  note: text,
  recorded_by: recordedBy,
};
export const Violation = z
  .object({ ...violation, person_ref: text, declaration_ref: text })
  .meta({ id: 'EntryViolation' });
export type Violation = z.infer<typeof Violation>;
export const ViolationRecord = z
  .object({
    ...violation,
    ...stored,
    person_id: z.number().int().nullable(),
    declaration_id: z.number().int().nullable(),
  })
  .meta({ id: 'EntryViolationRecord' });
export type ViolationRecord = z.infer<typeof ViolationRecord>;

const byKey = <T extends z.ZodType>(key: string, value: T) => z.record(z.string(), value).describe(`By ${key}`);
const tally = z.object({ total: count, from_outbreak_areas: count });
const crossingTally = z.object({
  entries: count,
  exits: count,
  allowed: count,
  quarantine: count,
  turned_back: count,
  rapid_tests: count,
});
const cases = z.object({ cases: count, people: count });
export const EntryCounts = z
  .object({
    at: z.string().describe('The cut-off instant, as asked'),
    since: z.string().nullable(),
    checkpoints: z.object({
      sites: count.describe('Operating at the cut-off'),
      staff: count.describe('On shifts covering the cut-off'),
      by_kind: z.array(
        z.object({ kind: checkpointKind, mobility: z.enum(['fixed', 'mobile']), border, sites: count, staff: count }),
      ),
      staff_by_force: byKey('force', count),
    }),
    declarations: tally.extend({ by_channel: byKey('channel', tally), by_checkpoint: byKey('checkpoint', tally) }),
    crossings: z.object({
      entries: count,
      exits: count,
      entries_from_outbreak_areas: count,
      rapid_tests: count,
      rapid_positive: count,
      by_decision: crossingTally.pick({ allowed: true, quarantine: true, turned_back: true }),
      by_mode: byKey('mode', crossingTally),
      by_checkpoint: byKey('checkpoint', crossingTally),
      by_day: byKey('Viet Nam day (YYYY-MM-DD)', crossingTally),
    }),
    incidents: byKey('kind', cases.extend({ by_border: byKey('border country', cases) })),
    violations: byKey('kind', z.object({ count, fined: count, fines_vnd: count.describe('Fines in đồng') })),
  })
  .meta({ id: 'EntryCounts' });
export type EntryCounts = z.infer<typeof EntryCounts>;

/** An arrival cohort at T (docs/contracts/period-report.md, "Arrival cohorts"; src/entry/cohorts.ts). */
export const CohortFigures = z
  .object({
    origin: z.string().describe("A province code (the origin's ward, district or province lies in it), or abroad"),
    since: date.describe('D: arrivals from the start of this Viet Nam day'),
    at: instant.describe('T, in Viet Nam time'),
    arrived: count.describe(
      'Distinct travellers with a crossing in (not turned back) or a declaration from the origin',
    ),
    under_management: count.describe('centralized + home + self_monitoring'),
    centralized: count.describe('Of arrived, with an open episode of this kind at T (one kind per person)'),
    home: count,
    self_monitoring: count,
    sampled: count.describe('Of arrived, with a sample taken since their first arrival and ≤ T'),
    positive: count.describe("Of sampled, by the latest such sample's result at T"),
    negative: count,
    pending: count.describe('No result at T (an invalid latest result is in none of the three)'),
  })
  .meta({ id: 'CohortFigures' });
export type CohortFigures = z.infer<typeof CohortFigures>;

// ---- the public form's answers ----

export const PublicForm = z
  .object({
    form: z.enum(['checkpoint', 'accommodation']),
    site: z.object({
      code: z.string(),
      name: z.string(),
      kind: z.string().describe('The checkpoint’s or accommodation’s kind'),
      ward_code: z.string(),
      ward_name: text,
      province_name: z.string(),
      geography: z.enum(['2024', '2025']).describe('Administrative map of the province (2025: no districts)'),
    }),
    destinations: z.array(z.object({ code: z.string(), name: z.string(), district: text })),
  })
  .meta({ id: 'PublicForm' });
export type PublicForm = z.infer<typeof PublicForm>;

export const OriginUnit = z.object({ code: z.string(), name: z.string() }).meta({ id: 'OriginUnit' });

export const GuestImportResult = z
  .object({
    kind: z.string(),
    rows: count,
    inserted: count,
    updated: count,
    rejected: z.array(z.object({ line: z.number().int(), column: z.string(), reason: z.string() })),
  })
  .meta({ id: 'GuestImportResult' });
