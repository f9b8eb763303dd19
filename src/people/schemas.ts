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
  .meta({ id: 'PersonSummary' });
export type PersonSummary = z.infer<typeof PersonSummary>;
