// How report routes answer: `?format=json` (the default) the JSON, html/docx/xlsx the rendered file.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { file } from '../api/openapi.ts';
import { CONTENT_TYPES, FORMATS, type FileFormat } from './service.ts';

export const formatQuery = z.object({ format: z.enum(FORMATS).default('json') });

/** The 200 answer of a route with `?format=`: its JSON schema, or the file. */
export const jsonOrFile = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema }, ...file(description, 'html', 'docx', 'xlsx').content },
});

/** HTML inline (opens in a tab), DOCX and XLSX as attachments. */
export function sendFile(reply: FastifyReply, format: FileFormat, body: Buffer, name: string) {
  return reply
    .type(CONTENT_TYPES[format])
    .header('content-disposition', `${format === 'html' ? 'inline' : 'attachment'}; filename="${name}"`)
    .send(body);
}
