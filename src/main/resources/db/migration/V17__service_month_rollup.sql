-- Monthly rollups per center and service, kept from service_day by a trigger in the same
-- transaction: a range of two years reads 24 rows a center and service instead of 500. Trends
-- take the whole months of a range here and the days at its ends from service_day (ADR 0015).

-- Element-wise sum of two integer arrays (a missing cell counts as zero); with a null state it
-- returns the other array, so it also serves as the step of int_array_sum.
CREATE FUNCTION int_array_add(a integer[], b integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
    SELECT array_agg(coalesce(x, 0) + coalesce(y, 0) ORDER BY i) FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i)
$$;

CREATE FUNCTION int_array_sub(a integer[], b integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
    SELECT array_agg(coalesce(x, 0) - coalesce(y, 0) ORDER BY i) FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i)
$$;

CREATE AGGREGATE int_array_sum(integer[]) (SFUNC = int_array_add, STYPE = integer[]);

-- A day's 24 hours placed in the week's 168 (Monday 00h is cell 1, Sunday 23h cell 168).
CREATE FUNCTION week_hours(p_day date, hours integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
    SELECT array_fill(0, ARRAY[(extract(isodow FROM p_day)::int - 1) * 24]) || hours
           || array_fill(0, ARRAY[(7 - extract(isodow FROM p_day)::int) * 24])
$$;

CREATE TABLE service_month (
    center_id            bigint NOT NULL REFERENCES center (id),
    month                date NOT NULL CHECK (extract(day FROM month) = 1),
    service_id           bigint NOT NULL REFERENCES social_service (id),
    issued               integer NOT NULL DEFAULT 0,
    called               integer NOT NULL DEFAULT 0,
    served               integer NOT NULL DEFAULT 0,
    no_shows             integer NOT NULL DEFAULT 0,
    transferred          integer NOT NULL DEFAULT 0,
    wait_count           integer NOT NULL DEFAULT 0,
    wait_seconds         double precision NOT NULL DEFAULT 0,
    service_count        integer NOT NULL DEFAULT 0,
    service_seconds      double precision NOT NULL DEFAULT 0,
    issued_by_week_hour  integer[] NOT NULL DEFAULT array_fill(0, ARRAY[168]),
    waits                integer[] NOT NULL DEFAULT array_fill(0, ARRAY[20]),
    PRIMARY KEY (center_id, month, service_id)
);
CREATE INDEX service_month_month_idx ON service_month (month);

-- What service_month must equal: service_day summed by month.
CREATE VIEW service_month_recount AS
SELECT center_id, date_trunc('month', day)::date AS month, service_id, sum(issued)::int AS issued, sum(called)::int AS called,
       sum(served)::int AS served, sum(no_shows)::int AS no_shows, sum(transferred)::int AS transferred,
       sum(wait_count)::int AS wait_count, sum(wait_seconds) AS wait_seconds, sum(service_count)::int AS service_count,
       sum(service_seconds) AS service_seconds, int_array_sum(week_hours(day, issued_by_hour)) AS issued_by_week_hour,
       int_array_sum(waits) AS waits
  FROM service_day GROUP BY 1, 2, 3;

-- Adds the change of one service_day row (NEW minus OLD; a missing side counts as zero).
CREATE FUNCTION service_month_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r service_day := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    zero24 integer[] := array_fill(0, ARRAY[24]);
    zero20 integer[] := array_fill(0, ARRAY[20]);
BEGIN
    INSERT INTO service_month AS m (center_id, month, service_id, issued, called, served, no_shows, transferred,
                                    wait_count, wait_seconds, service_count, service_seconds, issued_by_week_hour, waits)
    VALUES (r.center_id, date_trunc('month', r.day)::date, r.service_id,
            coalesce(NEW.issued, 0) - coalesce(OLD.issued, 0), coalesce(NEW.called, 0) - coalesce(OLD.called, 0),
            coalesce(NEW.served, 0) - coalesce(OLD.served, 0), coalesce(NEW.no_shows, 0) - coalesce(OLD.no_shows, 0),
            coalesce(NEW.transferred, 0) - coalesce(OLD.transferred, 0), coalesce(NEW.wait_count, 0) - coalesce(OLD.wait_count, 0),
            coalesce(NEW.wait_seconds, 0) - coalesce(OLD.wait_seconds, 0),
            coalesce(NEW.service_count, 0) - coalesce(OLD.service_count, 0),
            coalesce(NEW.service_seconds, 0) - coalesce(OLD.service_seconds, 0),
            week_hours(r.day, int_array_sub(coalesce(NEW.issued_by_hour, zero24), coalesce(OLD.issued_by_hour, zero24))),
            int_array_sub(coalesce(NEW.waits, zero20), coalesce(OLD.waits, zero20)))
    ON CONFLICT (center_id, month, service_id) DO UPDATE SET
        issued = m.issued + EXCLUDED.issued, called = m.called + EXCLUDED.called, served = m.served + EXCLUDED.served,
        no_shows = m.no_shows + EXCLUDED.no_shows, transferred = m.transferred + EXCLUDED.transferred,
        wait_count = m.wait_count + EXCLUDED.wait_count, wait_seconds = m.wait_seconds + EXCLUDED.wait_seconds,
        service_count = m.service_count + EXCLUDED.service_count, service_seconds = m.service_seconds + EXCLUDED.service_seconds,
        issued_by_week_hour = int_array_add(m.issued_by_week_hour, EXCLUDED.issued_by_week_hour),
        waits = int_array_add(m.waits, EXCLUDED.waits);
    RETURN NULL;
END $$;

CREATE TRIGGER service_day_month AFTER INSERT OR UPDATE OR DELETE ON service_day
    FOR EACH ROW EXECUTE FUNCTION service_month_track();

-- What is already there is counted once, now.
INSERT INTO service_month SELECT * FROM service_month_recount;
