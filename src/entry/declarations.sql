-- Health declarations (src/entry/declarations.ts, src/entry/followups.ts). Applied by migrate() whenever this
-- file changes (src/db/definitions.ts).

-- The hand-kept area a traveller came from on a day: the highest zone level, then the most specific unit. The list
-- is for areas outside the province: an origin inside it (from_province is the province) is judged by zoning
-- (entry_origin_zoning below), never by the list. (PL/pgSQL so that its plan is kept per connection: it runs once per
-- public declaration.)
CREATE OR REPLACE FUNCTION entry_outbreak_area(p_province text, p_day date, p_country text, p_prov text, p_dist text, p_ward text)
RETURNS bigint LANGUAGE plpgsql STABLE AS $f$ BEGIN
  IF COALESCE(p_country, 'VN') = 'VN' AND p_prov = p_province THEN RETURN NULL; END IF;
  RETURN (
  SELECT a.area_id FROM outbreak_areas a
   WHERE a.province_code = p_province AND a.effective_from <= p_day AND (a.effective_to IS NULL OR a.effective_to >= p_day)
     AND ((a.level = 'country' AND a.area_code = p_country) OR (a.level = 'province' AND a.area_code = p_prov)
       OR (a.level = 'district' AND a.area_code = p_dist) OR (a.level = 'ward' AND a.area_code = p_ward))
   ORDER BY COALESCE(a.zone_level, 0) DESC,
            CASE a.level WHEN 'ward' THEN 0 WHEN 'district' THEN 1 WHEN 'province' THEN 2 ELSE 3 END, a.area_id
   LIMIT 1);
END $f$;

-- An origin inside the province (from_province is the province) on a day: the zoning judgement (zoning_outbreak,
-- src/zoning/outbreak.sql), no row when it is not an outbreak area. An origin outside: no row, at no cost.
CREATE OR REPLACE FUNCTION entry_origin_zoning(p_province text, p_day date, p_country text, p_prov text, p_dist text, p_ward text)
RETURNS TABLE (judged_unit text, judged_level smallint, judged_measure text, judged_decision text)
LANGUAGE plpgsql STABLE AS $f$ BEGIN
  IF COALESCE(p_country, 'VN') = 'VN' AND p_prov = p_province THEN
    RETURN QUERY SELECT * FROM zoning_outbreak(p_province, p_day, p_dist, p_ward);
  END IF;
END $f$;

-- A zoning judgement stored on a declaration or crossing, as the lists show it: the unit with its name and tier, the
-- level or the measure, the decision. NULL when there is none. (PL/pgSQL, as entry_followup_kinds below: called from
-- entry_declare, an SQL function with a FROM would be planned again at every call.)
CREATE OR REPLACE FUNCTION entry_zoning_judgement(p_province text, p_unit text, p_level smallint, p_measure text, p_decision text)
RETURNS jsonb LANGUAGE plpgsql STABLE AS $f$
DECLARE
  u admin_units;
BEGIN
  IF p_unit IS NULL THEN RETURN NULL; END IF;
  SELECT au.* INTO u FROM provinces pr
    JOIN admin_units au ON au.province_code = pr.province_code AND au.geography = pr.geography AND au.code = p_unit
   WHERE pr.province_code = p_province;
  RETURN jsonb_build_object('unit_code', p_unit, 'unit_name', COALESCE(u.full_name, p_unit), 'tier', COALESCE(u.level, 'ward'),
                            'level', p_level, 'measure', p_measure, 'decision_number', p_decision);
END $f$;

-- The one person a traveller is: by ID number; else by phone + folded name + birth year (whose ID, if any,
-- does not contradict). Several candidates = no link: a clerk decides.
CREATE OR REPLACE FUNCTION entry_match_person(p_province text, p_id text, p_phone text, p_name text, p_birth_year integer)
RETURNS bigint LANGUAGE plpgsql STABLE AS $f$ BEGIN RETURN COALESCE(
    (SELECT CASE WHEN count(*) = 1 THEN min(person_id) END FROM persons
      WHERE p_id IS NOT NULL AND province_code = p_province AND id_number = p_id AND merged_into IS NULL),
    (SELECT CASE WHEN count(*) = 1 THEN min(person_id) END FROM persons
      WHERE p_phone IS NOT NULL AND p_birth_year IS NOT NULL AND province_code = p_province AND phone = p_phone
        AND name_fold = fold_vi(p_name) AND birth_year = p_birth_year AND merged_into IS NULL
        AND (p_id IS NULL OR id_number IS NULL OR id_number = p_id)));
END $f$;

-- The follow-up kinds owed by an arrival on a day: a hand-kept area's own kinds; from a zoning outbreak area inside
-- the province, the rule set's `outbreak_followups` in force that day (default test and quarantine). NULL: none.
-- (PL/pgSQL, not SQL: its plans are kept per connection, where an SQL function with subqueries would be planned
-- again at every call from entry_declare.)
CREATE OR REPLACE FUNCTION entry_followup_kinds(p_province text, p_area bigint, p_zoning_unit text, p_day date)
RETURNS text[] LANGUAGE plpgsql STABLE AS $f$
DECLARE
  kinds text[];
BEGIN
  IF p_area IS NOT NULL THEN
    SELECT a.followups INTO kinds FROM outbreak_areas a WHERE a.province_code = p_province AND a.area_id = p_area;
    RETURN kinds;
  ELSIF p_zoning_unit IS NOT NULL THEN
    SELECT CASE WHEN jsonb_typeof(r.rules->'outbreak_followups') = 'array'
                THEN ARRAY(SELECT jsonb_array_elements_text(r.rules->'outbreak_followups')) END
      INTO kinds FROM rule_sets r
     WHERE r.province_code = p_province AND r.effective_from <= p_day ORDER BY r.effective_from DESC LIMIT 1;
    RETURN COALESCE(kinds, '{test,quarantine}');
  END IF;
  RETURN NULL;
END $f$;

-- The follow-ups an arrival owes (entry_followup_kinds), on the list of the destination ward (else the person's ward
-- of residence, else the province's), due on the day of arrival. Used set-wise (src/entry/followups.ts) and by
-- entry_declare below.
CREATE OR REPLACE FUNCTION entry_followup_rows(p_province text, p_area bigint, p_zoning_unit text, p_to_ward text, p_person bigint, p_day date)
RETURNS TABLE (kind text, ward_code text, due_on date) LANGUAGE sql STABLE AS $f$
  SELECT k.kind, COALESCE(p_to_ward, (SELECT pe.ward_code FROM persons pe WHERE pe.province_code = p_province AND pe.person_id = p_person)), p_day
    FROM unnest(entry_followup_kinds(p_province, p_area, p_zoning_unit, p_day)) AS k(kind)
$f$;

-- What a receipt says of the origin: the hand-kept area's name and zone level, or the zoning unit's name, its level
-- (4) or the measure (lockdown).
CREATE OR REPLACE FUNCTION entry_outbreak_receipt(p_province text, p_area bigint, p_unit text, p_level smallint, p_measure text)
RETURNS TABLE (outbreak_area text, zone_level smallint, outbreak_measure text) LANGUAGE sql STABLE AS $f$
  SELECT COALESCE(a.name, CASE WHEN p_unit IS NOT NULL
                               THEN entry_zoning_judgement(p_province, p_unit, p_level, p_measure, NULL)->>'unit_name' END),
         COALESCE(a.zone_level, p_level), p_measure
    FROM (SELECT 1) one LEFT JOIN outbreak_areas a ON a.province_code = p_province AND a.area_id = p_area
$f$;

-- Stores one declaration (a row of declarations as jsonb) at a site: the site must exist (and, with a token, carry
-- it and be operating today); the same phone + name at the same site within 10 minutes is a double submission and
-- returns the first receipt. Links the person, judges the origin (inside the province by zoning, outside by the
-- hand-kept list), creates the follow-ups and the audit row.
-- One PL/pgSQL call so that the QR form costs one round trip and no planning per request (plans are kept).
CREATE OR REPLACE FUNCTION entry_declare(p_province text, p_site_kind text, p_site_code text, p_token text, p_request_id text, p jsonb)
RETURNS TABLE (status text, declaration_ref text, declared_at timestamptz, outbreak_area text, zone_level smallint,
               outbreak_measure text)
LANGUAGE plpgsql AS $f$
#variable_conflict use_column
DECLARE
  r declarations := jsonb_populate_record(NULL::declarations, p);
  today date := (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
  v_day date;
  site_ward text;
  dup declarations;
BEGIN
  IF p_site_kind = 'checkpoint' THEN
    SELECT c.checkpoint_code INTO r.checkpoint_code FROM checkpoints c
     WHERE c.province_code = p_province AND c.checkpoint_code = p_site_code
       AND (p_token IS NULL OR (c.form_token = p_token AND (c.active_from IS NULL OR c.active_from <= today)
                                AND (c.active_to IS NULL OR c.active_to >= today)));
    IF NOT FOUND THEN RETURN QUERY SELECT 'no_site', NULL::text, NULL::timestamptz, NULL::text, NULL::smallint, NULL::text; RETURN; END IF;
  ELSIF p_site_kind = 'accommodation' THEN
    -- A guest stays at the accommodation: that is the destination unless another is given.
    SELECT a.accommodation_code, a.ward_code INTO r.accommodation_code, site_ward FROM accommodations a
     WHERE a.province_code = p_province AND a.accommodation_code = p_site_code AND (p_token IS NULL OR a.form_token = p_token);
    IF NOT FOUND THEN RETURN QUERY SELECT 'no_site', NULL::text, NULL::timestamptz, NULL::text, NULL::smallint, NULL::text; RETURN; END IF;
    r.to_ward_code := COALESCE(r.to_ward_code, site_ward);
  END IF;
  IF r.to_ward_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM admin_units u WHERE u.province_code = p_province
                                                 AND u.level = 'ward' AND u.code = r.to_ward_code) THEN
    RETURN QUERY SELECT 'unknown_ward', NULL::text, NULL::timestamptz, NULL::text, NULL::smallint, NULL::text; RETURN;
  END IF;
  IF r.phone IS NOT NULL THEN
    SELECT * INTO dup FROM declarations d
     WHERE d.province_code = p_province AND d.phone = r.phone AND d.created_at > now() - interval '10 minutes'
       AND d.checkpoint_code IS NOT DISTINCT FROM r.checkpoint_code AND d.accommodation_code IS NOT DISTINCT FROM r.accommodation_code
       AND fold_vi(d.full_name) = fold_vi(r.full_name)
     LIMIT 1;
    IF FOUND THEN
      RETURN QUERY SELECT 'duplicate', dup.declaration_ref, dup.declared_at, o.outbreak_area, o.zone_level, o.outbreak_measure
        FROM entry_outbreak_receipt(p_province, dup.outbreak_area_id, dup.zoning_unit_code, dup.zoning_level, dup.zoning_measure) o;
      RETURN;
    END IF;
  END IF;
  r.declared_at := COALESCE(r.declared_at, now());
  v_day := (r.declared_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
  r.person_id := entry_match_person(p_province, r.id_number, r.phone, r.full_name, r.birth_year);
  r.zoning_unit_code := NULL; r.zoning_level := NULL; r.zoning_measure := NULL; r.zoning_decision := NULL;
  IF COALESCE(r.from_country, 'VN') = 'VN' AND r.from_province = p_province THEN
    -- From inside the province: zoning on the day (only these pay for the lookup).
    SELECT z.judged_unit, z.judged_level, z.judged_measure, z.judged_decision
      INTO r.zoning_unit_code, r.zoning_level, r.zoning_measure, r.zoning_decision
      FROM zoning_outbreak(p_province, v_day, r.from_district, r.from_ward) z;
    r.outbreak_area_id := NULL;
  ELSE
    r.outbreak_area_id := entry_outbreak_area(p_province, v_day, r.from_country, r.from_province, r.from_district, r.from_ward);
  END IF;
  INSERT INTO declarations (province_code, declaration_ref, declared_at, channel, checkpoint_code, accommodation_code, person_id,
         full_name, birth_year, sex, id_number, phone, nationality, from_country, from_province, from_district, from_ward,
         from_place, travel_mode, vehicle_plate, to_ward_code, to_place, check_out_at, room, symptoms, contact_case,
         outbreak_area_id, zoning_unit_code, zoning_level, zoning_measure, zoning_decision, lang, recorded_by)
  VALUES (p_province, r.declaration_ref, r.declared_at, r.channel, r.checkpoint_code, r.accommodation_code, r.person_id,
         r.full_name, r.birth_year, r.sex, r.id_number, r.phone, COALESCE(r.nationality, 'VN'), COALESCE(r.from_country, 'VN'),
         r.from_province, r.from_district, r.from_ward, r.from_place, r.travel_mode, r.vehicle_plate, r.to_ward_code, r.to_place,
         r.check_out_at, r.room, COALESCE(r.symptoms, '{}'), COALESCE(r.contact_case, false), r.outbreak_area_id,
         r.zoning_unit_code, r.zoning_level, r.zoning_measure, r.zoning_decision, r.lang, r.recorded_by)
  RETURNING * INTO r;
  IF r.outbreak_area_id IS NOT NULL OR r.zoning_unit_code IS NOT NULL THEN
    INSERT INTO entry_followups (province_code, kind, ward_code, declaration_id, outbreak_area_id, due_on)
    SELECT p_province, f.kind, f.ward_code, r.declaration_id, r.outbreak_area_id, f.due_on
      FROM entry_followup_rows(p_province, r.outbreak_area_id, r.zoning_unit_code, r.to_ward_code, r.person_id, v_day) f
    ON CONFLICT DO NOTHING;
  END IF;
  -- The declaration is its own record of what was declared: its audit row says who, when and where only, in the
  -- table the owner summarises and prunes (migration 0014, src/shared/audit.ts).
  INSERT INTO declaration_audit (province_code, actor, request_id, declaration_ref, site_kind, site_code)
  VALUES (p_province, r.recorded_by, p_request_id, r.declaration_ref, p_site_kind, p_site_code);
  RETURN QUERY SELECT 'stored', r.declaration_ref, r.declared_at, o.outbreak_area, o.zone_level, o.outbreak_measure
    FROM entry_outbreak_receipt(p_province, r.outbreak_area_id, r.zoning_unit_code, r.zoning_level, r.zoning_measure) o;
END $f$;
