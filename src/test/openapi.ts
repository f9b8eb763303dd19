// The OpenAPI document as the server builds it, and the TypeScript types the web app's client is generated from.
import { format, resolveConfig } from 'prettier';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { openPglite } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import { initProvince } from '../app/province.ts';
import { testApp } from './http.ts';
import type { TestDb } from './db.ts';

export const API_TYPES_FILE = 'web/src/shared/api-schema.d.ts';

/** The document of a server over `t`, or over a fresh in-memory PGlite with province 93 (no network). */
export async function apiDocument(t?: Pick<TestDb, 'db'>): Promise<OpenAPI3> {
  const db = t?.db ?? (await openPglite(null));
  try {
    if (!t) {
      await migrate(db);
      await initProvince(db, '93', '2024');
    }
    const app = await testApp({ db } as TestDb);
    await app.ready();
    const doc = structuredClone(app.swagger()) as OpenAPI3;
    await app.close();
    return doc;
  } finally {
    if (!t) await db.close();
  }
}

/** The generated types file (openapi-typescript), formatted as the tree is. */
export async function apiTypes(doc: OpenAPI3): Promise<string> {
  const header =
    '// Generated from the OpenAPI document by `npm run api:types` (openapi-typescript). Do not edit by hand.\n';
  const blob = ts.factory.createTypeReferenceNode('Blob');
  const nodes = await openapiTS(doc, {
    alphabetize: true,
    // Files (uploads, DOCX/XLSX/CSV answers) are Blobs in the browser.
    transform: (schema) => (schema.format === 'binary' ? blob : undefined),
  });
  return format(header + astToString(nodes), { ...(await resolveConfig(API_TYPES_FILE)), filepath: API_TYPES_FILE });
}
