// A traveller as declared or recorded at a checkpoint: the person rules (src/people/validate.ts: phone, CCCD/CMND,
// birth year) plus where they come from. Shared by the public form, staff entry and the CSV import.
import type { RowError } from '../imports/pipeline.ts';
import type { Geography } from '../geo/reference.ts';
import { validatePerson } from '../people/validate.ts';
import { AppError } from '../shared/errors.ts';
import { resolveOrigin, type Origin, type OriginInput } from './origin.ts';

export interface TravellerInput extends OriginInput {
  full_name?: string | null;
  birth_year?: number | null;
  sex?: 'M' | 'F' | null;
  id_number?: string | null;
  phone?: string | null;
  nationality?: string | null;
}
export interface Traveller extends Origin {
  full_name: string;
  birth_year: number | null;
  sex: 'M' | 'F' | null;
  id_number: string | null;
  phone: string | null;
  nationality: string;
}

export const SYMPTOMS = ['fever', 'cough', 'breathing', 'sore_throat', 'taste_smell', 'fatigue'] as const;

export function validateTraveller(
  input: TravellerInput,
  env: { provinceCodes: ReadonlySet<string>; geography?: Geography; required?: string[] },
): { traveller: Traveller } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const missing = (o: object, columns: string[]) => {
    for (const column of columns) {
      const v = (o as Record<string, unknown>)[column];
      if (v === undefined || v === null || (typeof v === 'string' && v.trim() === ''))
        errors.push({ column, key: 'required' });
    }
  };
  // Origin columns are checked once resolved: a ward given alone brings its province.
  const required = ['full_name', ...(env.required ?? [])];
  missing(
    input,
    required.filter((c) => !c.startsWith('from_')),
  );
  if (errors.length) return { errors };
  const p = validatePerson(
    {
      person_ref: '-',
      full_name: input.full_name!,
      birth_year: input.birth_year ?? undefined,
      sex: input.sex ?? undefined,
      id_number: input.id_number || undefined,
      phone: input.phone || undefined,
      nationality: input.nationality || undefined,
    },
    env.provinceCodes,
  );
  if ('errors' in p) errors.push(...p.errors);
  const o = resolveOrigin(input, env.geography);
  if ('errors' in o) errors.push(...o.errors);
  if (!('errors' in o))
    missing(
      o.origin,
      required.filter((c) => c.startsWith('from_')),
    );
  if (errors.length || 'errors' in p || 'errors' in o) return { errors };
  const { full_name, birth_year, sex, id_number, phone, nationality } = p.person;
  return { traveller: { full_name, birth_year, sex, id_number, phone, nationality, ...o.origin } };
}

/** The same, for an API call: the first fault becomes a 400 naming its field. */
export function travellerOrThrow(...args: Parameters<typeof validateTraveller>): Traveller {
  const r = validateTraveller(...args);
  if ('errors' in r) {
    const e = r.errors[0];
    throw new AppError(400, e.key, e.params ?? {}, e.column);
  }
  return r.traveller;
}
