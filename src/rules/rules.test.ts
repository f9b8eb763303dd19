import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp } from '../test/http.ts';
import { rulesOn } from './service.ts';
import { NATIONAL_RULE_SETS } from './national.ts';

let t: TestDb;
before(async () => {
  t = await testDb();
});
after(async () => {
  await t.close();
});

test(`[${engineName}] the rule set in force: boundaries are inclusive of the effective day`, async () => {
  assert.equal((await rulesOn(t.db, t.ctx, '2020-03-27')).rules.quarantine.centralized.days, 14);
  assert.equal((await rulesOn(t.db, t.ctx, '2021-05-04')).rules.quarantine.centralized.days, 14);
  const may = await rulesOn(t.db, t.ctx, '2021-05-05');
  assert.equal(may.basis, '600/CĐ-BCĐ (05/5/2021)');
  assert.deepEqual(may.rules.quarantine.centralized.test_days, [1, 14, 20]);
  assert.equal((await rulesOn(t.db, t.ctx, '2021-07-13')).rules.quarantine.centralized.days, 21);
  assert.equal((await rulesOn(t.db, t.ctx, '2021-07-14')).rules.quarantine.centralized.follow_on_kind, 'home');
  assert.equal((await rulesOn(t.db, t.ctx, '2022-03-01')).rules.quarantine.home_vaccinated?.days, 5);
  await assert.rejects(rulesOn(t.db, t.ctx, '2019-12-31'));
});

test(`[${engineName}] the rule sets and the one in force on a date, over HTTP`, async () => {
  const app = await testApp(t);
  await addUser(t, 'reader', 'leader', ['province', '93']);
  const reader = await signIn(app, 'reader');
  const all = (await reader('/api/v1/rules')).json();
  assert.deepEqual(
    all.slice(0, 2).map((r: { effective_from: string }) => r.effective_from),
    ['2020-01-01', '2021-05-05'],
  );
  const may = await reader('/api/v1/rules/on/2021-05-30');
  assert.equal(may.statusCode, 200, may.body);
  assert.deepEqual(
    [may.json().effective_from, may.json().basis, may.json().rules.quarantine.centralized.test_days],
    ['2021-05-05', '600/CĐ-BCĐ (05/5/2021)', [1, 14, 20]],
  );
  assert.equal((await reader('/api/v1/rules/on/2019-12-31')).statusCode, 404);
  await app.close();
});

test(`[${engineName}] a province admin edits a rule set over HTTP; others may not`, async () => {
  const app = await testApp(t);
  await addUser(t, 'boss', 'province_admin', ['province', '93']);
  await addUser(t, 'clerk', 'province_officer', ['province', '93']);
  const boss = await signIn(app, 'boss'),
    clerk = await signIn(app, 'clerk');
  const body = {
    name: 'Tỉnh: 10 ngày',
    basis: 'QĐ tỉnh',
    rules: { ...NATIONAL_RULE_SETS[5].rules, contact_window_days: 10 },
  };
  assert.equal((await clerk({ method: 'PUT', url: '/api/v1/rules/2022-03-15', payload: body })).statusCode, 403);
  const put = await boss({ method: 'PUT', url: '/api/v1/rules/2022-03-15', payload: body });
  assert.equal(put.statusCode, 200, put.body);
  assert.equal((await rulesOn(t.db, t.ctx, '2022-03-15')).rules.contact_window_days, 10);
  assert.equal((await rulesOn(t.db, t.ctx, '2022-03-14')).rules.contact_window_days, 14);
  const bad = await boss({
    method: 'PUT',
    url: '/api/v1/rules/2022-03-16',
    payload: { ...body, rules: { ...body.rules, contact_window_days: 0 } },
  });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().field, 'rules.contact_window_days');
  await app.close();
});
