// Normalisation of Vietnamese text and identifiers (rules in the README glossary / docs/domain.md "People").

/** Every precomposed Vietnamese letter with a diacritic, lower and upper case, and its bare ASCII letter. */
const VI_LOWER = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
export const FOLD_FROM = VI_LOWER + VI_LOWER.toUpperCase();
export const FOLD_TO = [...FOLD_FROM]
  .map((c) => (c.toLowerCase() === 'đ' ? 'd' : c.normalize('NFD')[0].toLowerCase()))
  .join('');

const foldMap = new Map([...FOLD_FROM].map((c, i) => [c, FOLD_TO[i]]));

/** Stored form of names and free text: NFC, trimmed, inner white space collapsed. */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * True for text PostgreSQL cannot store or UTF-8 cannot encode: a NUL character, or a lone UTF-16 surrogate (half
 * of a pair, which JSON escapes and URLs can carry). Every request field and import cell is refused with it.
 */
export function unstorableText(s: string): boolean {
  return s.includes('\u0000') || /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

/** Search key: no diacritics, lower case. Must equal SQL fold_vi() (src/shared/text.sql) for the same input. */
export function fold(s: string): string {
  return [...cleanText(s)]
    .map((c) => foldMap.get(c) ?? c)
    .join('')
    .toLowerCase();
}

/** Vietnamese phone → 0xxxxxxxxx (mobile, 10 digits) or 02xxxxxxxxx (landline, 11 digits); null if not a phone. */
export function normalizePhone(input: string): string | null {
  let d = input.replace(/[\s.\-()]/g, '');
  if (d.startsWith('+84')) d = '0' + d.slice(3);
  else if (d.startsWith('0084')) d = '0' + d.slice(4);
  else if (/^84\d{9,10}$/.test(d)) d = '0' + d.slice(2);
  else if (/^[35789]\d{8}$/.test(d)) d = '0' + d; // leading zero lost in a spreadsheet
  if (/^0[35789]\d{8}$/.test(d) || /^02\d{9}$/.test(d)) return d;
  return null;
}

export type IdKind = 'cccd' | 'cmnd' | 'passport';
export interface ParsedId {
  kind: IdKind;
  number: string;
  birthYear?: number;
  sex?: 'M' | 'F';
  provinceCode?: string;
}
export type IdProblem = 'bad_id_number' | 'bad_cccd_province';

/**
 * CCCD: 3-digit province-of-birth code (0 + GSO province code), century/sex digit (0/1 1900s M/F, 2/3 2000s M/F),
 * 2 birth-year digits, 6 serial. CMND: 9 digits. Foreigners (nationality ≠ VN): passport, 6–12 letters/digits.
 */
export function parseIdNumber(
  input: string,
  nationality: string,
  provinceCodes: ReadonlySet<string>,
): ParsedId | IdProblem {
  const s = input.replace(/[\s.-]/g, '').toUpperCase();
  if (/^\d{12}$/.test(s)) {
    const province = s.slice(1, 3);
    const century = Number(s[3]);
    if (s[0] !== '0' || century > 3) return 'bad_id_number';
    if (!provinceCodes.has(province)) return 'bad_cccd_province';
    const birthYear = (century < 2 ? 1900 : 2000) + Number(s.slice(4, 6));
    if (birthYear > new Date().getFullYear()) return 'bad_id_number';
    return { kind: 'cccd', number: s, birthYear, sex: century % 2 === 0 ? 'M' : 'F', provinceCode: province };
  }
  if (/^\d{9}$/.test(s)) return { kind: 'cmnd', number: s };
  if (nationality !== 'VN' && /^[A-Z0-9]{6,12}$/.test(s)) return { kind: 'passport', number: s };
  return 'bad_id_number';
}
