// The pieces every route's OpenAPI description is built from: the one error answer, error responses by status,
// and file answers by media type. Routes declare `response: { 200: Schema, ...errors(404, 409) }`.
import { z } from 'zod';

/** Every refusal, in the caller's language: a catalogue key, its text, and the field at fault when there is one. */
export const ErrorBody = z
  .object({
    error: z.string().describe('Catalogue key, stable for scripts (e.g. "not_found", "facility_full")'),
    message: z.string().describe('The text for a person, in Vietnamese or (Accept-Language: en) English'),
    field: z.string().optional().describe('The request field at fault, when there is one'),
  })
  .meta({
    id: 'Error',
    example: { error: 'not_found', message: 'Không tìm thấy người DEMO-9999999' },
  });

const ERROR_TEXT = {
  400: 'Invalid input: the field is named',
  401: 'Not signed in (no or expired session or token)',
  403: 'Outside your permissions or jurisdiction',
  404: 'Not found',
  408: 'The request (an upload) did not arrive in time',
  409: 'Conflicts with stored records',
  413: 'Body too large',
  415: 'Unsupported media type',
  422: 'Refused by a rule',
  429: 'Too many requests: wait and retry',
  503: 'Not ready',
} as const;
export type ErrorStatus = keyof typeof ERROR_TEXT;

/** Error responses for the given statuses, each the shared Error body. */
export function errors<S extends ErrorStatus>(...statuses: S[]): Record<S, typeof ErrorBody> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorBody.describe(ERROR_TEXT[s])])) as Record<S, typeof ErrorBody>;
}

export const MEDIA = {
  csv: 'text/csv',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html',
  geojson: 'application/geo+json',
  svg: 'image/svg+xml',
  png: 'image/png',
} as const;

/** A file answer (not JSON): one or more media types, the body described as binary. */
export function file(description: string, ...types: (keyof typeof MEDIA)[]) {
  const schema = z.string().meta({ format: 'binary' });
  return { description, content: Object.fromEntries(types.map((t) => [MEDIA[t], { schema }])) };
}
