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
