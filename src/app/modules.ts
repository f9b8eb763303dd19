// The composition root's one list of modules. Each module contributes what it has: its API routes (under /api/v1),
// pages at the site root, CSV import kinds, the permissions it owns, and the rule defaults a new province starts
// with. The server (server.ts), the command line (cli.ts), the importer (imports.ts) and province initialisation
// (province.ts) are built from this list; no module imports src/app/ (eslint.config.js enforces it).
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/connection.ts';
import type { Permission } from '../shared/permissions.ts';
import type { ImportKind } from '../imports/pipeline.ts';
import type { ImportCatalogue } from '../imports/registry.ts';
import { authRoutes } from '../auth/routes.ts';
import { geoRoutes } from '../geo/routes.ts';
import { hamletsKind, populationKind } from '../geo/import.ts';
import { peopleRoutes } from '../people/routes.ts';
import { personsKind } from '../people/import.ts';
import { importRoutes } from '../imports/routes.ts';
import { ruleRoutes } from '../rules/routes.ts';
import { seedNationalRules } from '../rules/service.ts';
import { tracingRoutes } from '../tracing/routes.ts';
import { casesKind, exposuresKind, outcomesKind } from '../tracing/import.ts';
import { quarantineRoutes } from '../quarantine/routes.ts';
import { facilitiesKind, quarantineKind } from '../quarantine/import.ts';
import { vaccinationRoutes } from '../vaccination/routes.ts';
import { vaccinationsKind } from '../vaccination/import.ts';
import { seedVaccineSchedules } from '../vaccination/products.ts';
import { entryRoutes } from '../entry/routes.ts';
import { cohortRoutes } from '../entry/cohort-routes.ts';
import { publicEntryPages, publicEntryRoutes } from '../entry/public.ts';
import { declarationsKind } from '../entry/import.ts';
import { reportRoutes } from '../reports/routes.ts';
import { testingRoutes } from '../testing/routes.ts';
import { poolResultsKind, samplesKind } from '../testing/import.ts';
import { webApp } from '../web/static.ts';
import { commandRoutes } from '../command/routes.ts';
import { COMMAND_KINDS } from '../command/import.ts';
import { zoningRoutes } from '../zoning/routes.ts';
import { measuresKind, zoningDecisionsKind } from '../zoning/import.ts';
import { treatmentRoutes } from '../treatment/routes.ts';
import { careKind, severityKind } from '../treatment/import.ts';
import { residentsRoutes } from '../residents/routes.ts';
import { residentsAbroadKind } from '../residents/import.ts';
import { portalRoutes } from '../portal/routes.ts';

export interface Module {
  /** The module's folder under src/. */
  name: string;
  /** Registers its routes under /api/v1; the importer's routes get the application's import kinds. */
  routes?: ((api: FastifyInstance, db: Db, imports: ImportCatalogue) => Promise<void>)[];
  /** Pages outside the API, at the site root. */
  pages?: (app: FastifyInstance) => Promise<void>;
  /** Its CSV import kinds (docs/contracts/imports.md). */
  importKinds?: ImportKind[];
  /** The permissions it owns (the vocabulary is src/shared/permissions.ts; roles: src/auth/roles.ts). */
  permissions?: Permission[];
  /** Writes its rule defaults for a province being initialised, inside the initialisation transaction. */
  seedProvince?: (tx: Db, province: string) => Promise<void>;
}

// In this order the API registers the routes and the importer lists the kinds (persons first: the CLI's usage and
// GET /imports/kinds show them so).
export const MODULES: Module[] = [
  { name: 'auth', routes: [authRoutes], permissions: ['users.manage', 'audit.read'] },
  {
    name: 'people',
    routes: [peopleRoutes],
    importKinds: [personsKind],
    permissions: ['people.read', 'people.write', 'people.merge'],
  },
  {
    name: 'geo',
    routes: [geoRoutes],
    importKinds: [populationKind, hamletsKind],
    permissions: ['geo.read', 'geo.write'],
  },
  {
    name: 'tracing',
    routes: [tracingRoutes],
    importKinds: [casesKind, outcomesKind, exposuresKind],
    permissions: ['tracing.read', 'tracing.write'],
  },
  {
    name: 'quarantine',
    routes: [quarantineRoutes],
    importKinds: [facilitiesKind, quarantineKind],
    permissions: ['quarantine.read', 'quarantine.write'],
  },
  {
    name: 'testing',
    routes: [testingRoutes],
    importKinds: [samplesKind, poolResultsKind],
    permissions: ['testing.read', 'testing.write'],
  },
  {
    name: 'vaccination',
    routes: [vaccinationRoutes],
    importKinds: [vaccinationsKind],
    permissions: ['vaccination.read', 'vaccination.write', 'vaccination.manage'],
    seedProvince: seedVaccineSchedules,
  },
  {
    name: 'entry',
    routes: [entryRoutes, cohortRoutes, publicEntryRoutes],
    pages: publicEntryPages,
    importKinds: [declarationsKind],
    permissions: ['entry.read', 'entry.write', 'entry.manage', 'entry.followup'],
  },
  {
    name: 'treatment',
    routes: [treatmentRoutes],
    importKinds: [careKind, severityKind],
    permissions: ['treatment.read', 'treatment.write'],
  },
  { name: 'imports', routes: [importRoutes], permissions: ['imports.run'] },
  { name: 'rules', routes: [ruleRoutes], permissions: ['rules.manage'], seedProvince: seedNationalRules },
  { name: 'reports', routes: [reportRoutes], permissions: ['reports.read', 'reports.issue'] },
  {
    name: 'zoning',
    routes: [zoningRoutes],
    importKinds: [zoningDecisionsKind, measuresKind],
    permissions: ['zoning.read', 'zoning.write'],
  },
  {
    name: 'command',
    routes: [commandRoutes],
    importKinds: COMMAND_KINDS,
    permissions: ['command.read', 'command.write', 'command.manage'],
  },
  // Residents abroad and residents held in other provinces (docs/contracts/period-report.md): no permission of its own
  // (the registry is people.write, the report reports.read).
  { name: 'residents', routes: [residentsRoutes], importKinds: [residentsAbroadKind] },
  // The public portal (figures, levels, measures, forms, hotlines) and its settings.
  { name: 'portal', routes: [portalRoutes], permissions: ['portal.manage'] },
  // The web app last: its shell answers every GET the routes above leave.
  { name: 'web', pages: webApp },
];
