import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PassThrough, Readable } from 'node:stream';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { templateCsv, type ImportCatalogue } from './registry.ts';
import type { ImportOptions, ImportProgress } from './pipeline.ts';
import { tooLarge, withReceivedFile, type ImportFile } from './upload.ts';
import { loadConfig } from '../config.ts';
import { XLSX_TYPE } from './sources.ts';
import { percentRead } from './progress.ts';
import { AppError } from '../shared/errors.ts';
import { langFrom, t } from '../shared/messages.ts';
import { requireAccess } from '../auth/scope.ts';
import { errors, file, MEDIA } from '../api/openapi.ts';
import { ImportKindInfo, ImportProgressLine, ImportResult } from './schemas.ts';

const NDJSON = 'application/x-ndjson';
/** While an upload arrives, a progress line per this many bytes received. */
const RECEIVING_STEP = 1 << 20;
/** The file itself (the content-type parser below hands the stream on, unread). */
const uploadBody = z
  .custom<Readable>()
  .meta({ type: 'string', format: 'binary', description: 'The CSV (UTF-8, header row) or the workbook (first sheet)' });

/** The import endpoints over the kinds the application registers (src/app/imports.ts). */
export async function importRoutes(app: FastifyInstance, db: Db, catalogue: ImportCatalogue): Promise<void> {
  const { importFile, importKind, importKinds } = catalogue;
  const { uploadMaxBytes, uploadTimeoutS } = loadConfig();
  const limits = { maxBytes: uploadMaxBytes, timeoutS: uploadTimeoutS };
  // CSV and XLSX bodies are handed on unread, to be received to a file within the limits (upload.ts).
  app.addContentTypeParser(['text/csv', XLSX_TYPE], { bodyLimit: uploadMaxBytes }, (_req, payload, done) =>
    done(null, payload),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const kindParams = z.object({ kind: z.string().max(32) });
  r.get(
    '/imports/kinds',
    {
      config: { access: 'imports.run' },
      schema: {
        tags: ['imports'],
        summary: 'Import kinds and their columns',
        operationId: 'listImportKinds',
        response: { 200: z.array(ImportKindInfo) },
      },
    },
    async () =>
      Object.values(importKinds).map((k) => ({
        kind: k.kind,
        columns: Object.entries(k.columns).map(([name, c]) => ({ name, required: !!c.required })),
      })),
  );
  r.get(
    '/imports/:kind/template.csv',
    {
      config: { access: 'imports.run' },
      schema: {
        tags: ['imports'],
        summary: 'Empty CSV with the columns of a kind',
        operationId: 'downloadImportTemplate',
        params: kindParams,
        response: { 200: file('The header row (UTF-8 with BOM), required columns first', 'csv') },
      },
    },
    async (req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${req.params.kind}.csv"`)
        .send(templateCsv(importKind(req.params.kind))),
  );
  r.post(
    '/imports/:kind',
    {
      bodyLimit: uploadMaxBytes,
      config: { access: 'imports.run' },
      schema: {
        tags: ['imports'],
        summary:
          'Import a CSV (Content-Type: text/csv) or an Excel workbook (Content-Type: ' +
          XLSX_TYPE +
          '); all or nothing ' +
          'unless partial=true. With Accept: application/x-ndjson the answer streams progress lines {"progress":{…}} while ' +
          'the file is read, checked and written, then one line {"result":{…}} (or {"error":…})',
        operationId: 'importFile',
        params: kindParams,
        querystring: z.object({
          partial: z.stringbool().default(false).describe('Write the valid rows even when some are rejected'),
          file_name: z.string().max(200).optional().describe('The file name, kept with the import in the audit log'),
        }),
        consumes: [MEDIA.csv, MEDIA.xlsx],
        body: uploadBody,
        response: {
          200: {
            description: 'Every row imported; or, with Accept: application/x-ndjson, the progress lines and the result',
            content: { 'application/json': { schema: ImportResult }, [NDJSON]: { schema: ImportProgressLine } },
          },
          422: ImportResult.describe('Rows rejected: nothing written, or (partial=true) the valid rows written'),
          ...errors(408),
        },
      },
    },
    async (req, reply) => {
      const kind = importKind(req.params.kind);
      await requireAccess(db, req.ctx, { permission: kind.permission });
      // An import answer closes its connection: after a refused upload, the rest of it is not waited for.
      reply.header('connection', 'close');
      const length = Number(req.headers['content-length']);
      const totalBytes = Number.isFinite(length) && length > 0 ? length : undefined;
      if (totalBytes !== undefined && totalBytes > limits.maxBytes) throw tooLarge(limits.maxBytes); // before a byte is read
      const body = req.body as Readable;
      const input = body instanceof Readable ? body : Readable.from([String(body ?? '')]);
      const opts: ImportOptions = {
        partial: req.query.partial,
        fileName: req.query.file_name,
        format: req.headers['content-type']?.startsWith(XLSX_TYPE) ? 'xlsx' : 'csv',
        totalBytes,
      };
      // The whole file is received to disk first; only then does the import's one transaction open.
      const run = (file: ImportFile, onProgress?: ImportOptions['onProgress']) => {
        // The file is here: what remains is the server's own work, which a silent socket must not cut short.
        req.raw.socket.setTimeout?.(0); // (a test's injected request has a socket without it)
        return importFile(db, req.ctx, kind.kind, file, { ...opts, onProgress });
      };
      if (!req.headers.accept?.includes(NDJSON)) {
        const result = await withReceivedFile(input, limits, (file) => run(file));
        return reply.status(result.rejected.length ? 422 : 200).send(result);
      }
      // Progress for a browser: the same request answers with one JSON line per step, the result last. (Polling a
      // second endpoint would not work on the embedded database, which the import holds for its whole length.)
      const out = new PassThrough();
      const line = (o: z.infer<typeof ImportProgressLine>) => out.write(JSON.stringify(o) + '\n');
      const progress = (p: ImportProgress) => line({ progress: { ...p, percent: percentRead(p) } });
      reply
        .type(NDJSON)
        .header('cache-control', 'no-store')
        .send(out as never); // a stream of ImportProgressLine, which the type provider cannot express
      let reported = 0;
      progress({ phase: 'receiving', rows: 0, bytes: 0, totalBytes });
      const receiving = {
        ...limits,
        onBytes: (bytes: number) => {
          if (bytes - reported < RECEIVING_STEP) return;
          reported = bytes;
          progress({ phase: 'receiving', rows: 0, bytes, totalBytes });
        },
      };
      withReceivedFile(input, receiving, (file) => run(file, progress))
        .then(
          (result) => line({ result }),
          (e: unknown) => {
            const lang = langFrom(req.headers['accept-language']);
            if (e instanceof AppError) return line(e.toJSON(lang));
            req.log.error({ err: e }, 'import failed');
            line({ error: 'internal', message: t(lang, 'internal', { requestId: req.id }) });
          },
        )
        .finally(() => out.end());
      return reply;
    },
  );
}
