// Validation and normalisation of one person, shared by the import and the API (rules: docs/domain.md "People").
import type { RowError } from '../imports/pipeline.ts';
import { cleanText, normalizePhone, parseIdNumber, type IdKind } from '../shared/text.ts';

export interface PersonInput {
  person_ref: string;
  full_name: string;
  birth_year?: number;
  birth_date?: string;
  sex?: 'M' | 'F';
  id_number?: string;
  phone?: string;
  ward_code?: string;
  hamlet?: string;
  address?: string;
  nationality?: string;
}
export interface Person {
  person_ref: string;
  full_name: string;
  birth_year: number | null;
  birth_date: string | null;
  sex: 'M' | 'F' | null;
  id_kind: IdKind | null;
  id_number: string | null;
  phone: string | null;
  ward_code: string | null;
  hamlet: string | null;
  address: string | null;
  nationality: string;
}

export function validatePerson(
  input: PersonInput,
  provinceCodes: ReadonlySet<string>,
): { person: Person } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const nationality = (input.nationality ?? 'VN').toUpperCase();
  if (!/^[A-Z]{2}$/.test(nationality))
    errors.push({ column: 'nationality', key: 'bad_country', params: { value: input.nationality ?? '' } });

  let birthYear = input.birth_year ?? null;
  const birthDate = input.birth_date ?? null;
  if (birthYear !== null && (birthYear < 1880 || birthYear > new Date().getFullYear())) {
    errors.push({ column: 'birth_year', key: 'bad_birth_year', params: { value: birthYear } });
  }
  if (birthDate) {
    const y = Number(birthDate.slice(0, 4));
    if (birthYear === null) birthYear = y;
    else if (birthYear !== y) errors.push({ column: 'birth_date', key: 'birth_mismatch' });
  }

  let sex = input.sex ?? null;
  let idKind: IdKind | null = null,
    idNumber: string | null = null;
  if (input.id_number) {
    const id = parseIdNumber(input.id_number, nationality, provinceCodes);
    if (typeof id === 'string') errors.push({ column: 'id_number', key: id, params: { value: input.id_number } });
    else {
      idKind = id.kind;
      idNumber = id.number;
      if (id.birthYear !== undefined) {
        // The CCCD encodes birth year and sex: fill them when absent, refuse a contradiction.
        if (birthYear === null) birthYear = id.birthYear;
        else if (birthYear !== id.birthYear)
          errors.push({ column: 'id_number', key: 'bad_cccd_birth', params: { cccd: id.number, year: birthYear } });
        sex ??= id.sex ?? null;
      }
    }
  }

  let phone: string | null = null;
  if (input.phone) {
    phone = normalizePhone(input.phone);
    if (!phone) errors.push({ column: 'phone', key: 'bad_phone', params: { value: input.phone } });
  }
  if (errors.length) return { errors };
  const opt = (s: string | undefined) => (s ? cleanText(s) : null);
  return {
    person: {
      person_ref: input.person_ref.trim(),
      full_name: cleanText(input.full_name),
      birth_year: birthYear,
      birth_date: birthDate,
      sex,
      id_kind: idKind,
      id_number: idNumber,
      phone,
      ward_code: input.ward_code?.trim() || null,
      hamlet: opt(input.hamlet),
      address: opt(input.address),
      nationality,
    },
  };
}
