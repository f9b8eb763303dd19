// Vaccination (src/vaccination/): dated product schedules, rounds (đợt) and their sites, vaccination sites and
// stores, allocation decisions, lots with expiry, stock movements, and the province's certificate signing key.
// Doses themselves are the `vaccinations` table (0004); a dose may name its round explicitly.
import type { Db } from '../connection.ts';
import { PRODUCTS, seedVaccineSchedules } from '../../vaccination/products.ts';

const productCheck = (col: string) => `CHECK (${col} IN (${PRODUCTS.map((p) => `'${p}'`).join(', ')}))`;

export async function up(db: Db): Promise<void> {
  await db.exec(`
    -- A product's schedule from a date on; a dose is judged by the row in force on its own date.
    CREATE TABLE vaccine_schedules (
      province_code text NOT NULL REFERENCES provinces,
      product text NOT NULL ${productCheck('product')},
      effective_from date NOT NULL,
      name text NOT NULL,
      basis text,
      primary_doses integer NOT NULL CHECK (primary_doses BETWEEN 1 AND 5),
      -- Days between consecutive primary doses: earlier than min is flagged, later than max is overdue.
      min_interval_days integer NOT NULL CHECK (min_interval_days >= 0),
      max_interval_days integer NOT NULL,
      booster_doses integer NOT NULL CHECK (booster_doses BETWEEN 0 AND 5),
      booster_min_days integer NOT NULL CHECK (booster_min_days >= 0),
      booster_max_days integer NOT NULL,
      -- Other products allowed for the next primary dose / for a booster after a dose of this product.
      mix_with text[] NOT NULL DEFAULT '{}',
      boost_with text[] NOT NULL DEFAULT '{}',
      updated_by text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, product, effective_from),
      CHECK (max_interval_days >= min_interval_days),
      CHECK (booster_max_days >= booster_min_days)
    );

    -- Where vaccine is stored or given: the provincial store, district stores (TTYT), vaccination points.
    CREATE TABLE vaccination_sites (
      province_code text NOT NULL REFERENCES provinces,
      site_code text NOT NULL,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('store', 'site')),
      ward_code text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, site_code)
    );

    CREATE TABLE vaccination_rounds (
      province_code text NOT NULL REFERENCES provinces,
      round_code text NOT NULL,
      name text NOT NULL,
      starts_on date NOT NULL,
      ends_on date,
      target_groups text[] NOT NULL DEFAULT '{}',
      note text,
      updated_by text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, round_code),
      CHECK (ends_on IS NULL OR ends_on >= starts_on)
    );
    CREATE TABLE vaccination_round_sites (
      province_code text NOT NULL,
      round_code text NOT NULL,
      site_code text NOT NULL,
      PRIMARY KEY (province_code, round_code, site_code),
      FOREIGN KEY (province_code, round_code) REFERENCES vaccination_rounds (province_code, round_code),
      FOREIGN KEY (province_code, site_code) REFERENCES vaccination_sites (province_code, site_code)
    );

    ALTER TABLE vaccinations ADD COLUMN round_code text;
    ALTER TABLE vaccinations ADD FOREIGN KEY (province_code, round_code) REFERENCES vaccination_rounds (province_code, round_code);
    CREATE INDEX vaccinations_site_lot ON vaccinations (province_code, site, product, lot) WHERE lot IS NOT NULL;

    -- A decision (quyết định phân bổ) giving doses of a product to the province (from the Ministry), a district or a site.
    CREATE TABLE vaccine_allocations (
      province_code text NOT NULL REFERENCES provinces,
      allocation_id bigint GENERATED ALWAYS AS IDENTITY,
      decision_number text NOT NULL,
      decided_on date NOT NULL,
      product text NOT NULL ${productCheck('product')},
      quantity integer NOT NULL CHECK (quantity > 0),
      target_level text NOT NULL CHECK (target_level IN ('province', 'district', 'site')),
      target_code text NOT NULL,
      round_code text,
      note text,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, allocation_id),
      UNIQUE (province_code, decision_number, product, target_level, target_code),
      FOREIGN KEY (province_code, round_code) REFERENCES vaccination_rounds (province_code, round_code)
    );

    CREATE TABLE vaccine_lots (
      province_code text NOT NULL REFERENCES provinces,
      product text NOT NULL ${productCheck('product')},
      lot text NOT NULL,
      expires_on date NOT NULL,
      PRIMARY KEY (province_code, product, lot)
    );

    -- Stock changes other than doses given: receipts from outside the province, transfers between sites, wastage
    -- (broken, expired, cold chain, opened vial unused) and counted corrections. Doses given at a registered site
    -- with a lot take one from that site's stock of the lot (see src/vaccination/supply.ts).
    CREATE TABLE vaccine_stock_moves (
      province_code text NOT NULL,
      move_id bigint GENERATED ALWAYS AS IDENTITY,
      kind text NOT NULL CHECK (kind IN ('receipt', 'transfer', 'wastage', 'adjustment')),
      moved_on date NOT NULL,
      site_code text NOT NULL,
      to_site_code text,
      product text NOT NULL,
      lot text NOT NULL,
      quantity integer NOT NULL CHECK (quantity <> 0 AND (kind = 'adjustment' OR quantity > 0)),
      allocation_id bigint,
      reason text,
      document text,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, move_id),
      CHECK ((kind = 'transfer') = (to_site_code IS NOT NULL) AND to_site_code IS DISTINCT FROM site_code),
      FOREIGN KEY (province_code, site_code) REFERENCES vaccination_sites (province_code, site_code),
      FOREIGN KEY (province_code, to_site_code) REFERENCES vaccination_sites (province_code, site_code),
      FOREIGN KEY (province_code, product, lot) REFERENCES vaccine_lots (province_code, product, lot),
      FOREIGN KEY (province_code, allocation_id) REFERENCES vaccine_allocations (province_code, allocation_id)
    );
    CREATE INDEX vaccine_stock_moves_lot ON vaccine_stock_moves (province_code, product, lot);

    -- Module settings, e.g. the certificate signing key generated when PHONGDICH_CERT_KEY is not configured.
    CREATE TABLE vaccination_settings (
      province_code text NOT NULL REFERENCES provinces,
      name text NOT NULL,
      value text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, name)
    );
  `);
  // Provinces initialised before this migration get the national schedules now; later ones at init.
  for (const { province_code } of await db.query<{ province_code: string }>('SELECT province_code FROM provinces')) {
    await seedVaccineSchedules(db, province_code);
  }
}
