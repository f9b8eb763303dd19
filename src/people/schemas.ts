// The shapes the people API answers with: the OpenAPI document, the response serialiser and the services'
// row types all come from these.
import { z } from 'zod';

/** A person as lists and the person page show them (no internal ids). */
export const PersonSummary = z
  .object({
    person_ref: z.string(),
    full_name: z.string(),
    birth_year: z.number().int().nullable(),
    birth_date: z.iso.date().nullable(),
    sex: z.enum(['M', 'F']).nullable(),
    id_kind: z.enum(['cccd', 'cmnd', 'passport']).nullable(),
    id_number: z.string().nullable(),
    phone: z.string().nullable(),
    ward_code: z.string().nullable(),
    hamlet: z.string().nullable(),
    address: z.string().nullable(),
    nationality: z.string(),
    created_at: z.date(),
    updated_at: z.date(),
  })
  .meta({
    id: 'PersonSummary',
    // The first person of the demo province (phongdich demo --seed 1).
    example: {
      person_ref: 'DEMO-0000001',
      full_name: 'Huỳnh Thanh Sang',
      birth_year: 1951,
      birth_date: null,
      sex: 'M',
      id_kind: null,
      id_number: null,
      phone: '0855894731',
      ward_code: '31343',
      hamlet: 'Khu vực 3',
      address: 'Số 87 đường Điện Biên Phủ',
      nationality: 'VN',
      created_at: '2021-10-13T00:00:00.000Z',
      updated_at: '2021-10-13T00:00:00.000Z',
    },
  });
export type PersonSummary = z.infer<typeof PersonSummary>;

/** One person, with the record it was merged into when it is a merged duplicate. */
export const Person = PersonSummary.extend({
  merged_into_ref: z.string().nullable().describe('The kept record when this one was merged into it, else null'),
}).meta({ id: 'Person' });
export type Person = z.infer<typeof Person>;

/** Two records that may be the same person, for a clerk to merge or declare different. */
export const DuplicatePair = z
  .object({
    a_ref: z.string(),
    a_name: z.string(),
    b_ref: z.string(),
    b_name: z.string(),
    reasons: z.string().describe('Comma-separated: id_number, phone_name_birth_year'),
  })
  .meta({ id: 'DuplicatePair' });
export type DuplicatePair = z.infer<typeof DuplicatePair>;

/** A record merged into a person: its snapshot as it was at the merge (timestamps as ISO strings). */
export const PersonMerge = z
  .object({
    merged_ref: z.string(),
    merged_snapshot: PersonSummary.extend({ created_at: z.string(), updated_at: z.string() }),
    reason: z.string().nullable(),
    actor: z.string(),
    at: z.date(),
  })
  .meta({ id: 'PersonMerge' });
export type PersonMerge = z.infer<typeof PersonMerge>;
