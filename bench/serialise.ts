// What declaring a response schema costs or saves when Fastify writes the answer: the person search (GET
// /api/v1/persons?q=…, 200 rows) and the declaration POST, each answer captured as its handler returned it, then
// written by the generic JSON.stringify (a route without a response schema) and by the route's zod serialiser
// (fastify-type-provider-zod: the answer is checked against the schema, then stringified), in one process,
// interleaved rounds, the median kept. CPU-bound and in-process, so a busy machine shifts both columns alike.
//
//   node --import tsx bench/serialise.ts [--rounds 7] [--ms 400]
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { z } from 'zod';
import fastJson from 'fast-json-stringify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { openPglite } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { initProvince } from '../src/app/province.ts';
import { systemCtx } from '../src/shared/context.ts';
import { importFile } from '../src/app/imports.ts';
import { createSite } from '../src/entry/sites.ts';
import { addUser, signIn, testApp } from '../src/test/http.ts';
import type { TestDb } from '../src/test/db.ts';

const PROVINCE = '11';

interface Case {
  name: string;
  method: 'GET' | 'POST';
  url: string;
  status: number;
  payload?: unknown;
  schema?: z.ZodType;
}

async function capture(): Promise<Case[]> {
  const db = await openPglite(null);
  await migrate(db);
  await initProvince(db, PROVINCE, '2024');
  const ctx = systemCtx(PROVINCE, 'bench', 'vi');
  const site = await createSite(db, ctx, 'checkpoint', {
    checkpoint_code: 'TG',
    name: 'Chốt Tuần Giáo',
    kind: 'checkpoint',
    ward_code: '03253',
  });
  const rows = Array.from(
    { length: 400 },
    (_, i) => `B${i},Nguyễn Văn An ${i},${1950 + (i % 60)},09${String(10_000_000 + i).slice(-8)},03253\n`,
  );
  await importFile(db, ctx, 'persons', Readable.from(['person_ref,full_name,birth_year,phone,ward_code\n', ...rows]));
  const t = { db, ctx } as TestDb;
  const app = await testApp(t);
  const cases: Case[] = [
    { name: 'Person search, 200 rows', method: 'GET', url: '/api/v1/persons', status: 200 },
    { name: 'Declaration POST', method: 'POST', url: '/api/v1/public/entry/declarations', status: 201 },
  ];
  app.addHook('preSerialization', async (req, reply, payload) => {
    const c = cases.find((x) => x.method === req.method && x.url === req.routeOptions.url);
    if (!c || reply.statusCode !== c.status) return payload;
    c.payload = payload;
    const own = (req.routeOptions.schema?.response as Record<string, unknown> | undefined)?.[String(c.status)];
    if (!(own instanceof z.ZodType)) throw new Error(`${c.name}: the route declares no ${c.status} schema`);
    c.schema = own;
    return payload;
  });
  await addUser(t, 'admin', 'province_admin', ['province', PROVINCE]);
  const admin = await signIn(app, 'admin');
  const search = await admin({ url: '/api/v1/persons?q=nguyen van an&limit=200' });
  if (search.statusCode !== 200 || search.json().length !== 200) throw new Error(`search: ${search.statusCode}`);
  const declared = await app.inject({
    method: 'POST',
    url: '/api/v1/public/entry/declarations',
    payload: {
      checkpoint_code: 'TG',
      t: site.form_token,
      full_name: 'Lò Văn Pành',
      birth_year: 1980,
      sex: 'M',
      phone: '0912345678',
      from_province: '01',
      to_ward_code: '03259',
      to_place: 'Bản Phình',
      travel_mode: 'road',
      vehicle_plate: '27A-12345',
      symptoms: [],
      contact_case: false,
      lang: 'vi',
    },
  });
  if (declared.statusCode !== 201) throw new Error(`declaration: ${declared.statusCode} ${declared.body}`);
  await app.close();
  await db.close();
  return cases;
}

/** Microseconds per call of `fn`, over `ms` milliseconds. */
function perCall(fn: () => unknown, ms: number): number {
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 20; i++) fn();
    n += 20;
    now = performance.now();
  }
  return ((now - start) * 1000) / n;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { values } = parseArgs({ options: { rounds: { type: 'string' }, ms: { type: 'string' } } });
const rounds = Number(values.rounds ?? 7),
  ms = Number(values.ms ?? 400);
for (const c of await capture()) {
  if (!c.schema) throw new Error(`${c.name}: no schema`);
  const zodWrite = serializerCompiler({ schema: c.schema, method: c.method, url: c.url, httpStatus: String(c.status) });
  // For comparison: what Fastify's own compiler (fast-json-stringify) writes from the schema's JSON form, unchecked.
  const jsonSchema = z.toJSONSchema(c.schema, {
    target: 'draft-7',
    io: 'output',
    unrepresentable: 'any',
    override: (x) => {
      if (x.zodSchema._zod.def.type === 'date') Object.assign(x.jsonSchema, { type: 'string', format: 'date-time' });
    },
  });
  const fjsWrite = fastJson(jsonSchema as never);
  const plain = () => JSON.stringify(c.payload);
  const typed = () => zodWrite(c.payload);
  const compiled = () => fjsWrite(c.payload);
  if (JSON.stringify(JSON.parse(compiled())) !== typed())
    console.log(`  note: ${c.name}: fast-json-stringify wrote another answer`);
  if (plain() !== typed())
    console.log(`  note: ${c.name}: the schema's answer differs from the plain one (keys dropped)`);
  const a: number[] = [],
    b: number[] = [],
    f: number[] = [];
  for (const fn of [plain, typed, compiled]) perCall(fn, ms); // warm up
  for (let r = 0; r < rounds; r++) {
    a.push(perCall(plain, ms));
    b.push(perCall(typed, ms));
    f.push(perCall(compiled, ms));
  }
  const [before, after, fjs] = [median(a), median(b), median(f)];
  console.log(
    `${c.name} (${plain().length.toLocaleString('en')} bytes): ` +
      `JSON.stringify ${before.toFixed(1)} µs → zod serialiser ${after.toFixed(1)} µs per answer ` +
      `(${after >= before ? '+' : ''}${(((after - before) / before) * 100).toFixed(0)}%); ` +
      `fast-json-stringify from the same schema, unchecked: ${fjs.toFixed(1)} µs`,
  );
}
