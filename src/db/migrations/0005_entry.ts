// Entry control (src/entry/): checkpoints and border posts with staff shifts, crossings, health declarations
// (public QR form, staff entry, CSV), accommodation guest reports, dated outbreak-area lists, the follow-up tasks
// they create for the ward of destination, and illegal-entry incidents and violations.
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    CREATE TABLE checkpoints (
      province_code text NOT NULL REFERENCES provinces,
      checkpoint_code text NOT NULL,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('checkpoint', 'border_post', 'airport', 'station', 'other')),
      mobility text NOT NULL DEFAULT 'fixed' CHECK (mobility IN ('fixed', 'mobile')),
      border text,                        -- the country across the border (ISO alpha-2) for border posts
      mode text NOT NULL DEFAULT 'road' CHECK (mode IN ('road', 'air', 'water', 'rail')),
      ward_code text NOT NULL,
      location text,
      latitude double precision,
      longitude double precision,
      active_from date,
      active_to date,
      -- Part of the QR link, so a form cannot be reached by guessing codes; rotating it retires printed codes.
      form_token text NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', ''),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, checkpoint_code),
      CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from)
    );

    -- Staff on duty: one row per shift and force (border guards, military, militia …).
    CREATE TABLE checkpoint_shifts (
      province_code text NOT NULL,
      shift_id bigint GENERATED ALWAYS AS IDENTITY,
      checkpoint_code text NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      force text NOT NULL CHECK (force IN ('border_guard', 'military', 'militia', 'police', 'health', 'volunteer', 'other')),
      staff integer NOT NULL CHECK (staff > 0),
      leader text,
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, shift_id),
      CHECK (ends_at > starts_at),
      FOREIGN KEY (province_code, checkpoint_code) REFERENCES checkpoints (province_code, checkpoint_code)
    );
    CREATE INDEX checkpoint_shifts_time ON checkpoint_shifts (province_code, checkpoint_code, starts_at);

    CREATE TABLE accommodations (
      province_code text NOT NULL REFERENCES provinces,
      accommodation_code text NOT NULL,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('hotel', 'guest_house', 'homestay', 'other')),
      ward_code text NOT NULL,
      address text,
      phone text,
      rooms integer CHECK (rooms >= 0),
      form_token text NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', ''), -- the host's reporting link (a secret)
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, accommodation_code)
    );

    -- Dated list of outbreak areas (a country, a province, a district or a ward, by GSO/ISO code). A declaration
    -- or crossing whose origin lies in an area in force on its day creates the area's follow-ups.
    CREATE TABLE outbreak_areas (
      province_code text NOT NULL REFERENCES provinces,
      area_id bigint GENERATED ALWAYS AS IDENTITY,
      level text NOT NULL CHECK (level IN ('country', 'province', 'district', 'ward')),
      area_code text NOT NULL,
      name text NOT NULL,
      effective_from date NOT NULL,
      effective_to date,
      zone_level smallint CHECK (zone_level BETWEEN 1 AND 4),
      followups text[] NOT NULL DEFAULT '{test,quarantine}' CHECK (followups <@ ARRAY['test', 'quarantine']::text[]),
      basis text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, area_id),
      CHECK (effective_to IS NULL OR effective_to >= effective_from)
    );
    CREATE INDEX outbreak_areas_code ON outbreak_areas (province_code, level, area_code);

    CREATE TABLE declarations (
      province_code text NOT NULL REFERENCES provinces,
      declaration_id bigint GENERATED ALWAYS AS IDENTITY,
      declaration_ref text NOT NULL,      -- the receipt code (QR form) or the source system's id (import)
      declared_at timestamptz NOT NULL,
      channel text NOT NULL CHECK (channel IN ('qr', 'app', 'paper', 'accommodation', 'other')),
      checkpoint_code text,
      accommodation_code text,
      person_id bigint,
      full_name text NOT NULL,
      birth_year integer,
      sex text CHECK (sex IN ('M', 'F')),
      id_number text,
      phone text,
      nationality text NOT NULL DEFAULT 'VN',
      from_country text NOT NULL DEFAULT 'VN',
      from_province text,
      from_district text,
      from_ward text,
      from_place text,
      travel_mode text CHECK (travel_mode IN ('road', 'air', 'water', 'rail')),
      vehicle_plate text,
      to_ward_code text,
      to_place text,
      check_out_at timestamptz,           -- accommodation guests: declared_at is the check-in
      room text,
      symptoms text[] NOT NULL DEFAULT '{}',
      contact_case boolean NOT NULL DEFAULT false,
      outbreak_area_id bigint,
      lang text,
      recorded_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, declaration_id),
      UNIQUE (province_code, declaration_ref),
      CHECK (checkpoint_code IS NULL OR accommodation_code IS NULL),
      FOREIGN KEY (province_code, checkpoint_code) REFERENCES checkpoints (province_code, checkpoint_code),
      FOREIGN KEY (province_code, accommodation_code) REFERENCES accommodations (province_code, accommodation_code),
      FOREIGN KEY (province_code, person_id) REFERENCES persons (province_code, person_id)
    );
    CREATE INDEX declarations_time ON declarations (province_code, declared_at);
    CREATE INDEX declarations_checkpoint ON declarations (province_code, checkpoint_code, declared_at) WHERE checkpoint_code IS NOT NULL;
    CREATE INDEX declarations_accommodation ON declarations (province_code, accommodation_code, declared_at) WHERE accommodation_code IS NOT NULL;
    CREATE INDEX declarations_phone ON declarations (province_code, phone, declared_at);
    CREATE INDEX declarations_id_number ON declarations (province_code, id_number) WHERE id_number IS NOT NULL;
    CREATE INDEX declarations_person ON declarations (province_code, person_id) WHERE person_id IS NOT NULL;

    CREATE TABLE crossings (
      province_code text NOT NULL,
      crossing_id bigint GENERATED ALWAYS AS IDENTITY,
      checkpoint_code text NOT NULL,
      crossed_at timestamptz NOT NULL,
      direction text NOT NULL DEFAULT 'in' CHECK (direction IN ('in', 'out')),
      mode text NOT NULL CHECK (mode IN ('road', 'air', 'water', 'rail')),
      person_id bigint,
      declaration_id bigint,
      full_name text NOT NULL,
      birth_year integer,
      sex text CHECK (sex IN ('M', 'F')),
      id_number text,
      phone text,
      nationality text NOT NULL DEFAULT 'VN',
      vehicle_plate text,
      from_country text NOT NULL DEFAULT 'VN',
      from_province text,
      from_district text,
      from_ward text,
      from_place text,
      to_ward_code text,
      to_place text,
      purpose text NOT NULL CHECK (purpose IN ('return_home', 'work', 'goods', 'transit', 'official', 'medical', 'tourism', 'other')),
      decision text NOT NULL CHECK (decision IN ('allowed', 'quarantine', 'turned_back')),
      rapid_test text CHECK (rapid_test IN ('negative', 'positive', 'invalid')),
      outbreak_area_id bigint,
      note text,
      recorded_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, crossing_id),
      FOREIGN KEY (province_code, checkpoint_code) REFERENCES checkpoints (province_code, checkpoint_code),
      FOREIGN KEY (province_code, person_id) REFERENCES persons (province_code, person_id),
      FOREIGN KEY (province_code, declaration_id) REFERENCES declarations (province_code, declaration_id)
    );
    CREATE INDEX crossings_time ON crossings (province_code, crossed_at);
    CREATE INDEX crossings_checkpoint ON crossings (province_code, checkpoint_code, crossed_at);
    CREATE INDEX crossings_person ON crossings (province_code, person_id) WHERE person_id IS NOT NULL;

    -- Work for the ward of destination: test or assign quarantine to someone who arrived from an outbreak area.
    CREATE TABLE entry_followups (
      province_code text NOT NULL,
      followup_id bigint GENERATED ALWAYS AS IDENTITY,
      kind text NOT NULL CHECK (kind IN ('test', 'quarantine')),
      ward_code text,                     -- whose due list; NULL = destination unknown, the province's list
      declaration_id bigint,
      crossing_id bigint,
      outbreak_area_id bigint NOT NULL,
      due_on date NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
      handled_at timestamptz,
      handled_by text,
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, followup_id),
      UNIQUE (province_code, declaration_id, kind),
      UNIQUE (province_code, crossing_id, kind),
      CHECK ((declaration_id IS NULL) <> (crossing_id IS NULL)),
      FOREIGN KEY (province_code, declaration_id) REFERENCES declarations (province_code, declaration_id),
      FOREIGN KEY (province_code, crossing_id) REFERENCES crossings (province_code, crossing_id),
      FOREIGN KEY (province_code, outbreak_area_id) REFERENCES outbreak_areas (province_code, area_id)
    );
    CREATE INDEX entry_followups_due ON entry_followups (province_code, status, due_on, ward_code);

    -- Illegal entries caught, groups handed over by the other side, groups returned to it.
    CREATE TABLE entry_incidents (
      province_code text NOT NULL REFERENCES provinces,
      incident_id bigint GENERATED ALWAYS AS IDENTITY,
      kind text NOT NULL CHECK (kind IN ('illegal_entry', 'received_from_neighbour', 'returned_to_neighbour')),
      occurred_at timestamptz NOT NULL,
      people integer NOT NULL CHECK (people > 0),
      border text,
      place text NOT NULL,
      ward_code text,
      checkpoint_code text,
      handling text NOT NULL CHECK (handling IN ('quarantine', 'returned', 'prosecuted', 'fined', 'released', 'other')),
      handling_note text,
      recorded_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, incident_id),
      FOREIGN KEY (province_code, checkpoint_code) REFERENCES checkpoints (province_code, checkpoint_code)
    );
    CREATE INDEX entry_incidents_time ON entry_incidents (province_code, occurred_at);

    CREATE TABLE entry_violations (
      province_code text NOT NULL REFERENCES provinces,
      violation_id bigint GENERATED ALWAYS AS IDENTITY,
      kind text NOT NULL CHECK (kind IN ('false_declaration', 'no_mask', 'leaving_quarantine', 'false_information_online', 'other')),
      occurred_at timestamptz NOT NULL,
      person_id bigint,
      offender_name text NOT NULL,
      ward_code text,
      place text,
      fine_vnd bigint CHECK (fine_vnd >= 0),
      decision_ref text,                  -- số quyết định xử phạt
      declaration_id bigint,
      note text,
      recorded_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, violation_id),
      FOREIGN KEY (province_code, person_id) REFERENCES persons (province_code, person_id),
      FOREIGN KEY (province_code, declaration_id) REFERENCES declarations (province_code, declaration_id)
    );
    CREATE INDEX entry_violations_time ON entry_violations (province_code, occurred_at);

    -- The area a traveller came from on a day: the highest zone level, then the most specific unit.
    -- (PL/pgSQL so that its plan is kept per connection: it runs once per public declaration.)
    CREATE FUNCTION entry_outbreak_area(p_province text, p_day date, p_country text, p_prov text, p_dist text, p_ward text)
    RETURNS bigint LANGUAGE plpgsql STABLE AS $f$ BEGIN RETURN (
      SELECT a.area_id FROM outbreak_areas a
       WHERE a.province_code = p_province AND a.effective_from <= p_day AND (a.effective_to IS NULL OR a.effective_to >= p_day)
         AND ((a.level = 'country' AND a.area_code = p_country) OR (a.level = 'province' AND a.area_code = p_prov)
           OR (a.level = 'district' AND a.area_code = p_dist) OR (a.level = 'ward' AND a.area_code = p_ward))
       ORDER BY COALESCE(a.zone_level, 0) DESC,
                CASE a.level WHEN 'ward' THEN 0 WHEN 'district' THEN 1 WHEN 'province' THEN 2 ELSE 3 END, a.area_id
       LIMIT 1);
    END $f$;

    -- The one person a traveller is: by ID number; else by phone + folded name + birth year (whose ID, if any,
    -- does not contradict). Several candidates = no link: a clerk decides.
    CREATE FUNCTION entry_match_person(p_province text, p_id text, p_phone text, p_name text, p_birth_year integer)
    RETURNS bigint LANGUAGE plpgsql STABLE AS $f$ BEGIN RETURN COALESCE(
        (SELECT CASE WHEN count(*) = 1 THEN min(person_id) END FROM persons
          WHERE p_id IS NOT NULL AND province_code = p_province AND id_number = p_id AND merged_into IS NULL),
        (SELECT CASE WHEN count(*) = 1 THEN min(person_id) END FROM persons
          WHERE p_phone IS NOT NULL AND p_birth_year IS NOT NULL AND province_code = p_province AND phone = p_phone
            AND name_fold = fold_vi(p_name) AND birth_year = p_birth_year AND merged_into IS NULL
            AND (p_id IS NULL OR id_number IS NULL OR id_number = p_id)));
    END $f$;

    -- The follow-ups an arrival from an area owes: the area's kinds, on the list of the destination ward (else the
    -- person's ward of residence, else the province's), due on the day of arrival. Used set-wise (src/entry/followups.ts)
    -- and by entry_declare below.
    CREATE FUNCTION entry_followup_rows(p_province text, p_area bigint, p_to_ward text, p_person bigint, p_day date)
    RETURNS TABLE (kind text, ward_code text, due_on date) LANGUAGE sql STABLE AS $f$
      SELECT k.kind, COALESCE(p_to_ward, (SELECT pe.ward_code FROM persons pe WHERE pe.province_code = p_province AND pe.person_id = p_person)), p_day
        FROM outbreak_areas a CROSS JOIN LATERAL unnest(a.followups) AS k(kind)
       WHERE a.province_code = p_province AND a.area_id = p_area
    $f$;

    -- Stores one declaration (a row of declarations as jsonb) at a site: the site must exist (and, with a token, carry
    -- it and be operating today); the same phone + name at the same site within 10 minutes is a double submission and
    -- returns the first receipt. Links the person, judges the origin, creates the follow-ups and the audit row.
    -- One PL/pgSQL call so that the QR form costs one round trip and no planning per request (plans are kept).
    CREATE FUNCTION entry_declare(p_province text, p_site_kind text, p_site_code text, p_token text, p_request_id text, p jsonb)
    RETURNS TABLE (status text, declaration_ref text, declared_at timestamptz, outbreak_area text, zone_level smallint)
    LANGUAGE plpgsql AS $f$
    #variable_conflict use_column
    DECLARE
      r declarations := jsonb_populate_record(NULL::declarations, p);
      today date := (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
      site_ward text;
      dup declarations;
    BEGIN
      IF p_site_kind = 'checkpoint' THEN
        SELECT c.checkpoint_code INTO r.checkpoint_code FROM checkpoints c
         WHERE c.province_code = p_province AND c.checkpoint_code = p_site_code
           AND (p_token IS NULL OR (c.form_token = p_token AND (c.active_from IS NULL OR c.active_from <= today)
                                    AND (c.active_to IS NULL OR c.active_to >= today)));
        IF NOT FOUND THEN RETURN QUERY SELECT 'no_site', NULL::text, NULL::timestamptz, NULL::text, NULL::smallint; RETURN; END IF;
      ELSIF p_site_kind = 'accommodation' THEN
        -- A guest stays at the accommodation: that is the destination unless another is given.
        SELECT a.accommodation_code, a.ward_code INTO r.accommodation_code, site_ward FROM accommodations a
         WHERE a.province_code = p_province AND a.accommodation_code = p_site_code AND (p_token IS NULL OR a.form_token = p_token);
        IF NOT FOUND THEN RETURN QUERY SELECT 'no_site', NULL::text, NULL::timestamptz, NULL::text, NULL::smallint; RETURN; END IF;
        r.to_ward_code := COALESCE(r.to_ward_code, site_ward);
      END IF;
      IF r.to_ward_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM admin_units u WHERE u.province_code = p_province
                                                     AND u.level = 'ward' AND u.code = r.to_ward_code) THEN
        RETURN QUERY SELECT 'unknown_ward', NULL::text, NULL::timestamptz, NULL::text, NULL::smallint; RETURN;
      END IF;
      IF r.phone IS NOT NULL THEN
        SELECT * INTO dup FROM declarations d
         WHERE d.province_code = p_province AND d.phone = r.phone AND d.created_at > now() - interval '10 minutes'
           AND d.checkpoint_code IS NOT DISTINCT FROM r.checkpoint_code AND d.accommodation_code IS NOT DISTINCT FROM r.accommodation_code
           AND fold_vi(d.full_name) = fold_vi(r.full_name)
         LIMIT 1;
        IF FOUND THEN
          RETURN QUERY SELECT 'duplicate', dup.declaration_ref, dup.declared_at, a.name, a.zone_level
            FROM (SELECT 1) one LEFT JOIN outbreak_areas a ON a.province_code = p_province AND a.area_id = dup.outbreak_area_id;
          RETURN;
        END IF;
      END IF;
      r.declared_at := COALESCE(r.declared_at, now());
      r.person_id := entry_match_person(p_province, r.id_number, r.phone, r.full_name, r.birth_year);
      r.outbreak_area_id := entry_outbreak_area(p_province, (r.declared_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
                                                r.from_country, r.from_province, r.from_district, r.from_ward);
      INSERT INTO declarations (province_code, declaration_ref, declared_at, channel, checkpoint_code, accommodation_code, person_id,
             full_name, birth_year, sex, id_number, phone, nationality, from_country, from_province, from_district, from_ward,
             from_place, travel_mode, vehicle_plate, to_ward_code, to_place, check_out_at, room, symptoms, contact_case,
             outbreak_area_id, lang, recorded_by)
      VALUES (p_province, r.declaration_ref, r.declared_at, r.channel, r.checkpoint_code, r.accommodation_code, r.person_id,
             r.full_name, r.birth_year, r.sex, r.id_number, r.phone, COALESCE(r.nationality, 'VN'), COALESCE(r.from_country, 'VN'),
             r.from_province, r.from_district, r.from_ward, r.from_place, r.travel_mode, r.vehicle_plate, r.to_ward_code, r.to_place,
             r.check_out_at, r.room, COALESCE(r.symptoms, '{}'), COALESCE(r.contact_case, false), r.outbreak_area_id, r.lang, r.recorded_by)
      RETURNING * INTO r;
      IF r.outbreak_area_id IS NOT NULL THEN
        INSERT INTO entry_followups (province_code, kind, ward_code, declaration_id, outbreak_area_id, due_on)
        SELECT p_province, f.kind, f.ward_code, r.declaration_id, r.outbreak_area_id, f.due_on
          FROM entry_followup_rows(p_province, r.outbreak_area_id, r.to_ward_code, r.person_id,
                                   (r.declared_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) f
        ON CONFLICT DO NOTHING;
      END IF;
      INSERT INTO audit_log (province_code, actor, request_id, action, entity, entity_key, before, after)
      VALUES (p_province, r.recorded_by, p_request_id, 'insert', 'declaration', r.declaration_ref, NULL, to_jsonb(r));
      RETURN QUERY SELECT 'stored', r.declaration_ref, r.declared_at, a.name, a.zone_level
        FROM (SELECT 1) one LEFT JOIN outbreak_areas a ON a.province_code = p_province AND a.area_id = r.outbreak_area_id;
    END $f$;
  `);
}
