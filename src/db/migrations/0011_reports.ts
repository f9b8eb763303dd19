// Reports: each jurisdiction's template (official header, recipients, signer, drafting schedule), drafts the officer
// edits (the narrative), and issued reports — immutable snapshots of the JSON and the rendered files.
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    -- scope_code: the province code for the provincial Steering Committee, or a district/ward code for its own reports.
    CREATE TABLE report_templates (
      province_code text NOT NULL REFERENCES provinces,
      scope_code text NOT NULL,
      scope_level text NOT NULL CHECK (scope_level IN ('province', 'district', 'ward')),
      issuing_parent text NOT NULL,      -- cơ quan chủ quản, e.g. UBND TỈNH HẬU GIANG
      issuing_body text NOT NULL,        -- cơ quan ban hành, e.g. BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19
      number_pattern text NOT NULL CHECK (number_pattern LIKE '%{n}%'),  -- e.g. {n}/BC-BCĐ
      place text NOT NULL,               -- địa danh, e.g. Hậu Giang
      title text NOT NULL,               -- trích yếu
      recipients jsonb NOT NULL,         -- Nơi nhận, one line each
      signer_title text NOT NULL,        -- e.g. KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN (lines separated by \\n)
      signer_name text NOT NULL,
      narrative_titles jsonb NOT NULL,   -- headings of the text sections the officer writes
      schedule jsonb NOT NULL,           -- [{"time":"09:00","cutoff":"06:30"}]: drafts made automatically (Viet Nam time)
      updated_by text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, scope_code)
    );

    CREATE TABLE report_drafts (
      province_code text NOT NULL REFERENCES provinces,
      draft_id bigint GENERATED ALWAYS AS IDENTITY,
      kind text NOT NULL DEFAULT 'daily' CHECK (kind IN ('daily')),
      scope_level text NOT NULL CHECK (scope_level IN ('province', 'district', 'ward')),
      scope_code text NOT NULL,
      scope_wards text[],                -- the wards the figures cover; null = the whole province
      as_of timestamptz NOT NULL,
      slot timestamptz,                  -- the scheduled instant it was drafted for; null when drafted by hand
      narrative jsonb NOT NULL,          -- [{"title","text"}]
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_by text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, draft_id),
      -- One draft per scheduled slot, however many servers run the schedule.
      UNIQUE (province_code, scope_code, slot)
    );
    CREATE INDEX report_drafts_scope ON report_drafts (province_code, scope_code, as_of DESC);

    -- What was issued, exactly as issued: never updated nor deleted (refused below, like audit_log).
    CREATE TABLE issued_reports (
      province_code text NOT NULL REFERENCES provinces,
      report_id bigint GENERATED ALWAYS AS IDENTITY,
      draft_id bigint NOT NULL,
      kind text NOT NULL,
      scope_code text NOT NULL,
      scope_wards text[],
      year integer NOT NULL,
      number integer NOT NULL,
      symbol text NOT NULL,              -- số, ký hiệu: 12/BC-BCĐ
      as_of timestamptz NOT NULL,
      data jsonb NOT NULL,               -- the report JSON (contracts/daily-report.md)
      header jsonb NOT NULL,             -- the template as issued
      narrative jsonb NOT NULL,
      html text NOT NULL,
      docx bytea NOT NULL,
      xlsx bytea NOT NULL,
      issued_by text NOT NULL,
      issued_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, report_id),
      UNIQUE (province_code, scope_code, year, number),
      UNIQUE (province_code, draft_id),
      FOREIGN KEY (province_code, draft_id) REFERENCES report_drafts (province_code, draft_id)
    );
    CREATE INDEX issued_reports_scope ON issued_reports (province_code, scope_code, issued_at DESC);
    CREATE FUNCTION issued_reports_immutable() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN RAISE EXCEPTION 'issued_reports is immutable'; END
    $f$;
    CREATE TRIGGER issued_reports_no_update BEFORE UPDATE OR DELETE ON issued_reports
      FOR EACH ROW EXECUTE FUNCTION issued_reports_immutable();
    CREATE TRIGGER issued_reports_no_truncate BEFORE TRUNCATE ON issued_reports
      FOR EACH STATEMENT EXECUTE FUNCTION issued_reports_immutable();
  `);
}
