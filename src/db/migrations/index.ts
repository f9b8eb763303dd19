// The numbered migrations (schema history), listed in the order they run. Append only: a released migration is
// never edited and a recorded name never changes. The order is not the numbers' order because numbers were given
// by module plan and files were written (and first run) in another order: 0006_flevels before 0005_entry, 0008
// before 0007, 0011 and 0010 before 0009. Every existing database ran them in this order and schema_migrations
// records names, not positions, so the order stays; new migrations take the next number and go at the end.
// Functions, views and triggers are not defined here but in the modules' .sql files (../definitions.ts).
import type { Db } from '../connection.ts';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_auth.ts';
import * as m0003 from './0003_rules.ts';
import * as m0004 from './0004_records.ts';
import * as m0006 from './0006_flevels.ts';
import * as m0005 from './0005_entry.ts';
import * as m0008 from './0008_quarantine.ts';
import * as m0007 from './0007_tracing.ts';
import * as m0011 from './0011_reports.ts';
import * as m0010 from './0010_vaccination.ts';
import * as m0009 from './0009_testing.ts';
import * as m0012 from './0012_vaccination_reach.ts';
import * as m0015 from './0015_auth.ts';
import * as m0016 from './0016_zoning.ts';
import * as m0019 from './0019_ward_shapes.ts';
import * as m0014 from './0014_audit.ts';
import * as m0017 from './0017_treatment.ts';
import * as m0018 from './0018_command.ts';
import * as m0020 from './0020_coverage_counts.ts';
import * as m0021 from './0021_outbreak_zoning.ts';
import * as m0022 from './0022_residents.ts';
import * as m0023 from './0023_portal.ts';
import * as m0024 from './0024_f2_release.ts';
import * as m0025 from './0025_report_templates.ts';

export const migrations: { name: string; up: (db: Db) => Promise<void> }[] = [
  { name: '0001_foundation', up: m0001.up },
  { name: '0002_auth', up: m0002.up },
  { name: '0003_rules', up: m0003.up },
  { name: '0004_records', up: m0004.up },
  { name: '0006_flevels', up: m0006.up },
  { name: '0005_entry', up: m0005.up },
  { name: '0008_quarantine', up: m0008.up },
  { name: '0007_tracing', up: m0007.up },
  { name: '0011_reports', up: m0011.up },
  { name: '0010_vaccination', up: m0010.up },
  { name: '0009_testing', up: m0009.up },
  { name: '0012_vaccination_reach', up: m0012.up },
  { name: '0015_auth', up: m0015.up },
  { name: '0014_audit', up: m0014.up },
  { name: '0016_zoning', up: m0016.up },
  { name: '0019_ward_shapes', up: m0019.up },
  { name: '0017_treatment', up: m0017.up },
  { name: '0018_command', up: m0018.up },
  { name: '0020_coverage_counts', up: m0020.up },
  { name: '0021_outbreak_zoning', up: m0021.up },
  { name: '0022_residents', up: m0022.up },
  { name: '0023_portal', up: m0023.up },
  { name: '0024_f2_release', up: m0024.up },
  { name: '0025_report_templates', up: m0025.up },
];
