// Test helper: the app over a test database with a province officer and a commune officer of ward 31340 signed in.
import type { FastifyInstance } from 'fastify';
import type { TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';

export async function officerAndCommune(
  t: TestDb,
): Promise<{ app: FastifyInstance; officer: Client; commune: Client }> {
  const app = await testApp(t);
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  await addUser(t, 'xa', 'commune_officer', ['ward', '31340']);
  return { app, officer: await signIn(app, 'tinh'), commune: await signIn(app, 'xa') };
}
