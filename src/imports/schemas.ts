// The shapes the imports API answers with (the same result the `import` command prints): the OpenAPI document,
// the response serialiser and the pipeline's types come from these.
import { z } from 'zod';
import { ErrorBody } from '../api/openapi.ts';

export const ImportKindInfo = z
  .object({
    kind: z.string().describe('e.g. persons, cases, samples'),
    columns: z.array(z.object({ name: z.string(), required: z.boolean() })).describe('The CSV header names'),
  })
  .meta({ id: 'ImportKindInfo' });

export const Rejected = z
  .object({
    line: z.number().int().describe('Line of the file (1 = the header), or the row in a workbook'),
    column: z.string().describe('The column at fault (empty when the whole row is)'),
    reason: z.string().describe("Why, in the caller's language"),
  })
  .meta({ id: 'ImportRejected' });
export type Rejected = z.infer<typeof Rejected>;

export const ImportResult = z
  .object({
    kind: z.string(),
    rows: z.number().int().describe('Data rows read'),
    inserted: z.number().int(),
    updated: z.number().int().describe('Rows that changed a stored record (unchanged rows count in neither)'),
    rejected: z.array(Rejected),
  })
  .meta({
    id: 'ImportResult',
    // The demo province's persons file with one bad phone (phongdich demo --seed 1).
    example: {
      kind: 'persons',
      rows: 50,
      inserted: 49,
      updated: 0,
      rejected: [{ line: 3, column: 'phone', reason: 'Số điện thoại không hợp lệ: 07829031' }],
    },
  });
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportProgress = z
  .object({
    phase: z
      .enum(['receiving', 'reading', 'checking', 'applying'])
      .describe('receiving: the upload arrives (nothing is held meanwhile); then the import reads, checks, writes'),
    rows: z.number().int().describe('Rows read so far'),
    bytes: z.number().int().describe('Bytes of the file received or read so far'),
    totalBytes: z.number().int().optional().describe("The file's size: while receiving, the Content-Length when sent"),
    percent: z
      .number()
      .int()
      .nullable()
      .describe('Percent of the file received or read; null when its size is unknown'),
  })
  .meta({ id: 'ImportProgress' });

/** One line of the NDJSON answer: progress while the file is read, checked and written; then the result or the error. */
export const ImportProgressLine = z
  .union([
    z.object({ progress: ImportProgress }),
    z.object({ result: ImportResult }),
    ErrorBody.describe('The import failed (nothing was written)'),
  ])
  .meta({ id: 'ImportProgressLine' });
