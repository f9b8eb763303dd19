// Seed 000's rule: F2 stay in home quarantine while their F1 awaits a result; the F1's negative result at the end
// ends it ("released_source_negative", at the result's instant), a positive makes them F1 (by derivation). Hand-made
// fixture in March 2020 (rule set 2020-01-01 has f2_release_on_source_negative) and December 2019 (no rule set):
//   case C0 (10/3) — F1 A, B, D (contacts 8/3); F2 X (contact of A), Y (of A and B), Z (of D);
//   case C9 (20/12/2019) — F1 G; F2 H.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load as loadCsv } from '../test/import.ts';
import { createSample, recordResult } from '../testing/service.ts';
import { listEpisodes } from './service.ts';

let t: TestDb;
const load = (kind: string, csv: string) => loadCsv(t, kind, csv);
const sample = (ref: string, person: string, taken: string) =>
  createSample(t.db, t.ctx, { sample_ref: ref, person_ref: person, taken_at: new Date(taken), method: 'pcr' });
const result = (ref: string, r: 'negative' | 'positive', at: string) =>
  recordResult(t.db, t.ctx, ref, { result: r, result_at: new Date(at) });
/** The person's (one) episode: how it ended and by which sample. */
async function ended(ref: string) {
  const [e] = await listEpisodes(t.db, t.ctx, { person_ref: ref });
  return { end_at: e.end_at?.toISOString() ?? null, end_reason: e.end_reason, released_by: e.released_by };
}
const open = { end_at: null, end_reason: null, released_by: null };

before(async () => {
  t = await testDb();
  await load(
    'persons',
    'person_ref,full_name,ward_code\n' +
      ['C0', 'A', 'B', 'D', 'X', 'Y', 'Z', 'C9', 'G', 'H'].map((r) => `${r},Người ${r},31321`).join('\n') +
      '\n',
  );
  await load('cases', 'person_ref,confirmed_at\nC0,2020-03-10 08:00\nC9,2019-12-20 08:00\n');
  await load(
    'exposures',
    'source_ref,contact_ref,exposed_on\n' +
      'C0,A,2020-03-08\nC0,B,2020-03-08\nC0,D,2020-03-08\n' +
      'A,X,2020-03-09\nA,Y,2020-03-09\nB,Y,2020-03-09\nD,Z,2020-03-09\n' +
      'C9,G,2019-12-19\nG,H,2019-12-20\n',
  );
  await load(
    'quarantine',
    'person_ref,kind,start_at,subject_group\n' +
      ['X', 'Y', 'Z'].map((r) => `${r},home,2020-03-10 10:00,contact`).join('\n') +
      '\nH,home,2019-12-21 10:00,contact\n',
  );
  await sample('A1', 'A', '2020-03-10T09:00:00+07:00');
  await sample('B1', 'B', '2020-03-10T09:00:00+07:00');
  await sample('B2', 'B', '2020-03-11T09:00:00+07:00');
  await sample('D1', 'D', '2020-03-10T09:00:00+07:00');
  await sample('G1', 'G', '2019-12-21T09:00:00+07:00');
});
after(async () => {
  await t.close();
});

test(`[${engineName}] the F1's negative result at T releases their F2 at exactly T, explained and audited`, async () => {
  await result('A1', 'negative', '2020-03-11T15:00:00+07:00');
  assert.deepEqual(await ended('X'), {
    end_at: '2020-03-11T08:00:00.000Z',
    end_reason: 'released_source_negative',
    released_by: { sample_ref: 'A1', person_ref: 'A' },
  });
  // Y is F2 through B too, who still awaits B1 and B2.
  assert.deepEqual(await ended('Y'), open);
  const audited = await t.db.query<{ key: string; before: string | null; after: string }>(
    `SELECT entity_key AS key, before->>'end_reason' AS before, after->>'end_reason' AS after FROM audit_log
      WHERE entity = 'quarantine_episode' AND action = 'update' AND after->>'released_by_sample' = 'A1'`,
  );
  assert.equal(audited.length, 1);
  assert.match(audited[0].key, /^X\//);
  assert.deepEqual([audited[0].before, audited[0].after], [null, 'released_source_negative']);
});

test(`[${engineName}] an F2 of two F1s is released only once both have their results, none pending`, async () => {
  await result('B1', 'negative', '2020-03-11T16:00:00+07:00');
  assert.deepEqual(await ended('Y'), open, 'B2 is still pending');
  // The last result through a lab file: same rule, same transaction.
  await load(
    'samples',
    'sample_ref,person_ref,taken_at,method,result,result_at\nB2,B,2020-03-11 09:00,pcr,negative,2020-03-12 09:00\n',
  );
  assert.deepEqual(await ended('Y'), {
    end_at: '2020-03-12T02:00:00.000Z',
    end_reason: 'released_source_negative',
    released_by: { sample_ref: 'B2', person_ref: 'B' },
  });
});

test(`[${engineName}] a positive result releases nothing: the F1 becomes a case and their F2 an F1`, async () => {
  await result('D1', 'positive', '2020-03-11T10:00:00+07:00');
  assert.deepEqual(await ended('Z'), open);
  const [z] = await t.db.query<{ level: number }>(
    `SELECT f.level FROM f_levels_at($1, '2020-03-11T12:00:00+07:00', 2) f
       JOIN persons p ON p.province_code = $1 AND p.person_id = f.person_id WHERE p.person_ref = 'Z'`,
    [t.ctx.province],
  );
  assert.equal(z.level, 1);
});

test(`[${engineName}] before the rule set (December 2019) a negative F1 releases nobody`, async () => {
  await result('G1', 'negative', '2019-12-22T10:00:00+07:00');
  assert.deepEqual(await ended('H'), open);
});
