// Request context and the one error handler: every failure becomes clear JSON in the caller's language.
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaValidationError,
} from 'fastify';
import { hasZodFastifySchemaValidationErrors, ResponseSerializationError } from 'fastify-type-provider-zod';
import { Stream } from 'node:stream';
import type { ZodError } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import { AppError } from '../shared/errors.ts';
import { isMessageKey, langFrom, t, type Lang, type MessageKey, type MessageParams } from '../shared/messages.ts';
import type { Ctx } from '../shared/context.ts';
import { unstorableText } from '../shared/text.ts';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
  }
}

/** Fastify's own refusals of a request body, by error code; other 4xx codes get the generic bad_request text. */
const FASTIFY_ERRORS: Record<string, MessageKey> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty_body',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
};

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const lang = langFrom(req.headers['accept-language']);
    if (err instanceof AppError) return reply.status(err.status).send(err.toJSON(lang));
    if (hasZodFastifySchemaValidationErrors(err)) {
      return reply
        .status(400)
        .send(
          validationError(
            lang,
            err.validation[0],
            err.validationContext ?? 'body',
            requestPart(req, err.validationContext),
          ),
        );
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const key = FASTIFY_ERRORS[err.code];
      if (key)
        return reply
          .status(err.statusCode)
          .send({ error: key, message: t(lang, key, { type: String(req.headers['content-type'] ?? '') }) });
      // Fastify's text is English: the user gets the code, the log keeps the text.
      req.log.info({ err }, 'request refused');
      return reply.status(err.statusCode).send({
        error: err.code ?? 'bad_request',
        message: t(lang, 'bad_request', { detail: err.code ?? String(err.statusCode) }),
      });
    }
    const body = { error: 'internal', message: t(lang, 'internal', { requestId: req.id }) };
    if (err instanceof ResponseSerializationError) {
      // An answer that does not match the route's declared schema: the document would lie, so it is not sent.
      const detail = serializationDetail(err);
      req.log.error({ err, issues: (err.cause as ZodError).issues }, detail);
      return reply.status(500).send(process.env.NODE_ENV === 'production' ? body : { ...body, detail });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body);
  });
  app.setNotFoundHandler((req, reply) => {
    const lang = langFrom(req.headers['accept-language']);
    reply.status(404).send({ error: 'not_found', message: t(lang, 'not_found', { what: req.url }) });
  });
}

/**
 * The router's own refusals (an address that is not valid UTF-8 once decoded, a path parameter over the length
 * limit) come before any route and its error handler: Fastify option `frameworkErrors`, answered in the Error shape.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const lang = langFrom(req.headers['accept-language']);
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  void reply.status(status).send({ error: 'bad_url', field: 'url', message: t(lang, 'bad_url') });
}

/**
 * Refuses, before any route sees them, path and query parameters and JSON fields (names or values) holding text
 * PostgreSQL cannot store or UTF-8 cannot encode (NUL, a lone surrogate): 400 naming the field, never a database
 * error. Streamed bodies (imports) are checked cell by cell by the import pipeline.
 */
export function registerTextCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const field = unstorableAt(req.params, []) ?? unstorableAt(req.query, []) ?? unstorableAt(req.body, []);
    if (field === null) return;
    const name = field.join('.') || 'body';
    throw new AppError(400, 'bad_text', { field: name }, name);
  });
}

/** Parsed input: arrays and objects (the query's has no prototype), not an upload's stream or a Buffer. */
const isPlain = (v: unknown): v is object =>
  typeof v === 'object' && v !== null && !(v instanceof Stream) && !ArrayBuffer.isView(v);

/** The path of the first unstorable string (a value or a key) in parsed input, or null. */
function unstorableAt(v: unknown, path: string[]): string[] | null {
  if (typeof v === 'string') return unstorableText(v) ? path : null;
  if (!isPlain(v)) return null;
  for (const [k, x] of Object.entries(v)) {
    if (unstorableText(k)) return path;
    const at = unstorableAt(x, [...path, k]);
    if (at) return at;
  }
  return null;
}

/** "GET /api/v1/x: answer does not match its schema at 0.birth_year: Invalid input: expected number, received string" */
export function serializationDetail(err: ResponseSerializationError): string {
  const issue = (err.cause as ZodError | undefined)?.issues?.[0];
  const where = issue ? ` at ${issue.path.join('.') || '(root)'}: ${issue.message}` : '';
  return `${err.method} ${err.url}: answer does not match its schema${where}`;
}

function requestPart(req: FastifyRequest, context: string | undefined): unknown {
  return context === 'querystring'
    ? req.query
    : context === 'params'
      ? req.params
      : context === 'headers'
        ? req.headers
        : req.body;
}

/**
 * The first zod issue of a refused request as `{ error, field, message }`: the error is a catalogue key, the message
 * names the field and says what is wrong in the user's language with the schema's limits. zod's own (English) text
 * is never shown; a refinement of ours carries a catalogue key as its message (see `keyed` in shared/messages.ts).
 */
export function validationError(lang: Lang, v: FastifySchemaValidationError, context: string, input: unknown) {
  const path = v.instancePath
    .split('/')
    .slice(1)
    .filter((p) => p !== '');
  const issue = { ...v.params, code: v.keyword, path, message: v.message ?? '' } as $ZodIssue;
  const at = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path;
  const field = at.join('.') || context;
  const { key, params } = describe(issue, valueAt(input, path) == null);
  return { error: key, field, message: t(lang, 'validation', { field, detail: t(lang, key, params) }) };
}

/** A zod issue of a document checked outside a request (`phongdich rules set FILE`): its key path and what is wrong. */
export function issueText(lang: Lang, issue: $ZodIssue, input: unknown): { field: string; detail: string } {
  const path = issue.path.map(String);
  const at = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path;
  const { key, params } = describe(issue, valueAt(input, path) == null);
  return { field: at.join('.') || '(root)', detail: t(lang, key, params) };
}

function valueAt(input: unknown, path: string[]): unknown {
  return path.reduce<unknown>(
    (v, p) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined),
    input,
  );
}

type Described = { key: MessageKey; params?: MessageParams };

const EXPECTED: Record<string, MessageKey> = {
  string: 'expect_string',
  number: 'expect_number',
  nan: 'expect_number',
  int: 'expect_int',
  boolean: 'expect_boolean',
  array: 'expect_array',
  object: 'expect_object',
  record: 'expect_object',
};
const LIMITS: Record<string, { min: MessageKey; max: MessageKey; exact: MessageKey }> = {
  string: { min: 'min_chars', max: 'max_chars', exact: 'exact_chars' },
  array: { min: 'min_items', max: 'max_items', exact: 'exact_items' },
  set: { min: 'min_items', max: 'max_items', exact: 'exact_items' },
};
const FORMATS: Record<string, MessageKey> = {
  date: 'bad_iso_date',
  datetime: 'bad_iso_datetime',
  time: 'bad_clock_time',
  regex: 'bad_pattern',
  starts_with: 'must_start',
  ends_with: 'must_end',
  includes: 'must_contain',
};

/** A zod issue as a catalogue key and parameters; `missing`: no value was sent at the issue's path. */
function describe(issue: $ZodIssue, missing: boolean): Described {
  if (isMessageKey(issue.message))
    return { key: issue.message, params: issue.code === 'custom' ? issue.params : undefined };
  switch (issue.code) {
    case 'invalid_type':
      return { key: missing ? 'required' : (EXPECTED[issue.expected] ?? 'wrong_type') };
    case 'too_small':
      return limit(issue.origin, 'min', issue.minimum, issue.inclusive, issue.exact);
    case 'too_big':
      return limit(issue.origin, 'max', issue.maximum, issue.inclusive, issue.exact);
    case 'invalid_format': {
      const f = issue as $ZodIssue & { prefix?: string; suffix?: string; includes?: string };
      return {
        key: FORMATS[issue.format] ?? 'bad_format',
        params: { format: issue.format, pattern: issue.pattern ?? '', text: f.prefix ?? f.suffix ?? f.includes ?? '' },
      };
    }
    case 'invalid_value':
      return { key: 'not_allowed', params: { allowed: issue.values.map(String).join(', ') } };
    case 'invalid_union': {
      const options = 'options' in issue ? (issue.options ?? []) : []; // a discriminated union names its tags
      return options.length
        ? { key: 'not_allowed', params: { allowed: options.map(String).join(', ') } }
        : { key: 'bad_value' };
    }
    case 'not_multiple_of':
      return { key: 'not_multiple_of', params: { divisor: issue.divisor } };
    case 'unrecognized_keys':
      return { key: 'unknown_fields', params: { keys: issue.keys.join(', ') } };
    // a bad record key or set element: what is wrong with it is in the inner issue
    case 'invalid_key':
    case 'invalid_element':
      return issue.issues[0] ? describe(issue.issues[0], false) : { key: 'bad_value' };
    default:
      return { key: 'bad_value' }; // a refinement without a catalogue key: its text is not ours to show
  }
}

function limit(
  origin: string,
  side: 'min' | 'max',
  bound: number | bigint,
  inclusive = true,
  exact = false,
): Described {
  const sized = LIMITS[origin];
  if (sized) {
    if (exact) return { key: sized.exact, params: { limit: String(bound) } };
    if (side === 'min' && Number(bound) === 1) return { key: 'empty' };
    return { key: sized[side], params: { limit: String(bound) } };
  }
  const value = origin === 'date' ? new Date(Number(bound)).toISOString() : String(bound);
  const key = side === 'min' ? (inclusive ? 'min_value' : 'above_value') : inclusive ? 'max_value' : 'below_value';
  return { key, params: { limit: value } };
}
