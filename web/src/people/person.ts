// A person as /api/v1/persons returns them.
export interface Person {
  person_ref: string;
  full_name: string;
  birth_year: number | null;
  birth_date: string | null;
  sex: 'M' | 'F' | null;
  id_kind: string | null;
  id_number: string | null;
  phone: string | null;
  ward_code: string | null;
  hamlet: string | null;
  address: string | null;
  nationality: string | null;
  created_at: string;
  updated_at: string;
  merged_into_ref?: string | null;
}

/** The search box only asks the server once there is something to look for. */
export const searchable = (q: string) => q.trim().length >= 2;
