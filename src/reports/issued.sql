-- Issued reports are immutable (src/reports/service.ts). Applied by migrate() whenever this file changes
-- (src/db/definitions.ts).

CREATE OR REPLACE FUNCTION issued_reports_immutable() RETURNS trigger LANGUAGE plpgsql AS $f$
  BEGIN RAISE EXCEPTION 'issued_reports is immutable'; END
$f$;

CREATE OR REPLACE TRIGGER issued_reports_no_update BEFORE UPDATE OR DELETE ON issued_reports
  FOR EACH ROW EXECUTE FUNCTION issued_reports_immutable();

CREATE OR REPLACE TRIGGER issued_reports_no_truncate BEFORE TRUNCATE ON issued_reports
  FOR EACH STATEMENT EXECUTE FUNCTION issued_reports_immutable();
