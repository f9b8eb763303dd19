// The demo's CSV files: one per import kind, in the exact column names of docs/contracts/imports.md, listed in the order
// they must be imported (each kind references only kinds above it). Rows are written as they are generated.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const DEMO_FILES = {
  population: ['ward_code', 'population', 'population_18plus', 'population_50plus'],
  hamlets: ['ward_code', 'name'],
  persons: [
    'person_ref',
    'full_name',
    'birth_year',
    'birth_date',
    'sex',
    'id_number',
    'phone',
    'ward_code',
    'hamlet',
    'address',
  ],
  facilities: [
    'facility_code',
    'name',
    'kind',
    'ward_code',
    'beds',
    'icu_beds',
    'tier',
    'oxygen_beds',
    'ventilators',
    'status',
    'active_from',
    'active_to',
  ],
  cases: ['person_ref', 'confirmed_at', 'case_number', 'detected_in', 'severity'],
  outcomes: ['person_ref', 'outcome', 'at'],
  exposures: ['source_ref', 'contact_ref', 'exposed_on', 'setting'],
  quarantine: ['person_ref', 'kind', 'start_at', 'facility_code', 'end_at', 'end_reason', 'subject_group'],
  samples: ['sample_ref', 'person_ref', 'taken_at', 'method', 'pool_ref', 'result', 'result_at', 'lab'],
  pool_results: ['pool_ref', 'result', 'result_at'],
  vaccinations: ['person_ref', 'dose_number', 'product', 'given_on', 'lot', 'site'],
  zoning_decisions: ['unit_code', 'level', 'from_date', 'to_date', 'decision_number', 'reason'],
  measures: ['unit_code', 'measure', 'from_date', 'to_date', 'decision_number', 'note'],
  care: ['person_ref', 'setting', 'facility_code', 'start_at', 'end_at', 'end_reason', 'tier'],
  severity: ['person_ref', 'observed_at', 'severity', 'oxygen'],
} as const;

export type DemoKind = keyof typeof DEMO_FILES;
export const DEMO_KINDS = Object.keys(DEMO_FILES) as DemoKind[];
export type Cell = string | number | null | undefined;

/** Where generated rows go: values in the order of DEMO_FILES[kind]. */
export interface Sink {
  row(kind: DemoKind, values: readonly Cell[]): void;
}

/** One CSV line (RFC 4180): quoted only when needed; null/undefined → empty cell (= not given). */
export function csvLine(values: readonly Cell[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i) line += ',';
    if (v === null || v === undefined) continue;
    const s = String(v);
    line += /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  return line + '\n';
}

const FLUSH_CHARS = 1 << 20;

/** Writes each kind to DIR/KIND.csv with a header, buffering about 1 MB per file. Synchronous: the generator is. */
export class CsvFiles implements Sink {
  readonly rows = Object.fromEntries(DEMO_KINDS.map((k) => [k, 0])) as Record<DemoKind, number>;
  private readonly fds = {} as Record<DemoKind, number>;
  private readonly buffers = {} as Record<DemoKind, string>;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    for (const kind of DEMO_KINDS) {
      this.fds[kind] = openSync(join(dir, `${kind}.csv`), 'w');
      this.buffers[kind] = DEMO_FILES[kind].join(',') + '\n';
    }
  }

  row(kind: DemoKind, values: readonly Cell[]): void {
    this.rows[kind]++;
    if ((this.buffers[kind] += csvLine(values)).length >= FLUSH_CHARS) this.flush(kind);
  }

  private flush(kind: DemoKind) {
    writeSync(this.fds[kind], this.buffers[kind]);
    this.buffers[kind] = '';
  }

  close(): void {
    for (const kind of DEMO_KINDS) {
      this.flush(kind);
      closeSync(this.fds[kind]);
    }
  }
}

export const demoPath = (dir: string, kind: DemoKind) => join(dir, `${kind}.csv`);
