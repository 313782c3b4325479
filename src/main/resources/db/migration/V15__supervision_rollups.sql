-- Supervision: figures per center, service and day kept by the database itself, in the transaction
-- of each change, so that a region's or the nation's figures over two years read a few thousand
-- rows instead of millions of tickets (docs/adr/0015). Every figure here can be recounted from the
-- tickets, visits and referrals; tests and the benchmark compare the two.

-- The service a ticket was taken for (a transfer changes service_id, not this), and its first call
-- (a transferred ticket is called again; called_at is the latest call).
ALTER TABLE ticket ADD COLUMN first_service_id bigint REFERENCES social_service (id);
ALTER TABLE ticket ADD COLUMN first_called_at timestamptz;
UPDATE ticket SET first_service_id = service_id, first_called_at = called_at;
ALTER TABLE ticket ALTER COLUMN first_service_id SET NOT NULL;
-- "waiting now" across a region or the nation: only the tickets waiting today
CREATE INDEX ticket_waiting_day_idx ON ticket (day, center_id) WHERE state = 'WAITING';

-- Who works a counter now, and since when its state holds.
ALTER TABLE counter ADD COLUMN staff_id bigint REFERENCES staff_account (id);
ALTER TABLE counter ADD COLUMN state_since timestamptz;

-- Waits are counted in buckets (upper bounds in seconds, the last one open): percentiles over any
-- range and any area are read from the sums of these buckets.
CREATE FUNCTION wait_bucket(seconds double precision) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT width_bucket(seconds, ARRAY[60, 120, 180, 300, 420, 600, 900, 1200, 1500, 1800, 2400, 3000, 3600,
                                        4500, 5400, 7200, 9000, 10800, 14400]::double precision[]) + 1
$$;

-- One row per center, day (the ticket's day) and service:
--   issued, called (first calls), waits (first call minus issue; walk-ins are not waits) and
--   issued_by_hour count by the service the ticket was taken for; transferred counts the tickets
--   of that service sent elsewhere at least once; served, service time and no-shows count by the
--   service that ended the ticket.
CREATE TABLE service_day (
    center_id        bigint NOT NULL REFERENCES center (id),
    day              date NOT NULL,
    service_id       bigint NOT NULL REFERENCES social_service (id),
    issued           integer NOT NULL DEFAULT 0,
    called           integer NOT NULL DEFAULT 0,
    served           integer NOT NULL DEFAULT 0,
    no_shows         integer NOT NULL DEFAULT 0,
    transferred      integer NOT NULL DEFAULT 0,
    wait_count       integer NOT NULL DEFAULT 0,
    wait_seconds     double precision NOT NULL DEFAULT 0,
    service_count    integer NOT NULL DEFAULT 0,
    service_seconds  double precision NOT NULL DEFAULT 0,
    issued_by_hour   integer[] NOT NULL DEFAULT array_fill(0, ARRAY[24]),
    waits            integer[] NOT NULL DEFAULT array_fill(0, ARRAY[20]),
    PRIMARY KEY (center_id, day, service_id)
);
CREATE INDEX service_day_day_idx ON service_day (day);

-- An array of {size} zeros with a one at {at_index} (none when it is null).
CREATE FUNCTION one_hot(size integer, at_index integer) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN at_index IS NULL THEN array_fill(0, ARRAY[size])
                ELSE array_fill(0, ARRAY[at_index - 1]) || 1 || array_fill(0, ARRAY[size - at_index]) END
$$;

CREATE FUNCTION service_day_add(p_center bigint, p_day date, p_service bigint, d_issued integer, d_called integer,
        d_served integer, d_no_shows integer, d_transferred integer, p_wait double precision,
        p_service_time double precision, p_hour integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    h integer := CASE WHEN p_hour IS NULL THEN NULL ELSE p_hour + 1 END;
    w integer := CASE WHEN p_wait IS NULL THEN NULL ELSE wait_bucket(p_wait) END;
BEGIN
    INSERT INTO service_day AS s (center_id, day, service_id, issued, called, served, no_shows, transferred,
                                  wait_count, wait_seconds, service_count, service_seconds, issued_by_hour, waits)
    VALUES (p_center, p_day, p_service, d_issued, d_called, d_served, d_no_shows, d_transferred,
            (p_wait IS NOT NULL)::int, coalesce(p_wait, 0), (p_service_time IS NOT NULL)::int, coalesce(p_service_time, 0),
            one_hot(24, h), one_hot(20, w))
    ON CONFLICT (center_id, day, service_id) DO UPDATE SET
        issued = s.issued + d_issued,
        called = s.called + d_called,
        served = s.served + d_served,
        no_shows = s.no_shows + d_no_shows,
        transferred = s.transferred + d_transferred,
        wait_count = s.wait_count + (p_wait IS NOT NULL)::int,
        wait_seconds = s.wait_seconds + coalesce(p_wait, 0),
        service_count = s.service_count + (p_service_time IS NOT NULL)::int,
        service_seconds = s.service_seconds + coalesce(p_service_time, 0),
        -- a null position adds nothing: zero is added to the first cell
        issued_by_hour[coalesce(h, 1)] = s.issued_by_hour[coalesce(h, 1)] + (h IS NOT NULL)::int,
        waits[coalesce(w, 1)] = s.waits[coalesce(w, 1)] + (w IS NOT NULL)::int;
END $$;

CREATE FUNCTION service_day_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    zone text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT time_zone INTO zone FROM center WHERE id = NEW.center_id;
        PERFORM service_day_add(NEW.center_id, NEW.day, NEW.first_service_id, 1, 0, 0, 0, 0, NULL, NULL,
                                extract(hour FROM NEW.issued_at AT TIME ZONE zone)::integer);
        RETURN NULL;
    END IF;
    IF OLD.first_called_at IS NULL AND NEW.first_called_at IS NOT NULL THEN
        PERFORM service_day_add(NEW.center_id, NEW.day, NEW.first_service_id, 0, 1, 0, 0, 0,
                                CASE WHEN NEW.walk_in THEN NULL
                                     ELSE greatest(0, extract(epoch FROM NEW.first_called_at - NEW.issued_at)) END,
                                NULL, NULL);
    END IF;
    IF OLD.transfer_count = 0 AND NEW.transfer_count > 0 THEN
        PERFORM service_day_add(NEW.center_id, NEW.day, NEW.first_service_id, 0, 0, 0, 0, 1, NULL, NULL, NULL);
    END IF;
    IF NEW.state = 'DONE' AND OLD.state <> 'DONE' THEN
        PERFORM service_day_add(NEW.center_id, NEW.day, NEW.service_id, 0, 0, 1, 0, 0, NULL,
                                greatest(0, extract(epoch FROM NEW.finished_at - coalesce(NEW.started_at, NEW.last_called_at))),
                                NULL);
    END IF;
    IF NEW.state = 'NO_SHOW' AND OLD.state <> 'NO_SHOW' THEN
        PERFORM service_day_add(NEW.center_id, NEW.day, NEW.service_id, 0, 0, 0, 1, 0, NULL, NULL, NULL);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER ticket_service_day_insert AFTER INSERT ON ticket
    FOR EACH ROW EXECUTE FUNCTION service_day_track();
CREATE TRIGGER ticket_service_day_update AFTER UPDATE ON ticket
    FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.transfer_count <> NEW.transfer_count
                       OR OLD.first_called_at IS DISTINCT FROM NEW.first_called_at)
    EXECUTE FUNCTION service_day_track();

-- The same figures counted again from the tickets: what the rollup must equal.
CREATE VIEW service_day_recount AS
WITH taken AS (
    SELECT t.center_id, t.day, t.first_service_id AS service_id, count(*) AS issued, count(t.first_called_at) AS called,
           count(*) FILTER (WHERE t.transfer_count > 0) AS transferred,
           count(t.first_called_at) FILTER (WHERE NOT t.walk_in) AS wait_count,
           coalesce(sum(greatest(0, extract(epoch FROM t.first_called_at - t.issued_at))) FILTER (WHERE NOT t.walk_in), 0) AS wait_seconds
      FROM ticket t GROUP BY 1, 2, 3),
ended AS (
    SELECT t.center_id, t.day, t.service_id, count(*) FILTER (WHERE t.state = 'DONE') AS served,
           count(*) FILTER (WHERE t.state = 'NO_SHOW') AS no_shows,
           coalesce(sum(greatest(0, extract(epoch FROM t.finished_at - coalesce(t.started_at, t.last_called_at))))
                    FILTER (WHERE t.state = 'DONE'), 0) AS service_seconds
      FROM ticket t WHERE t.state IN ('DONE', 'NO_SHOW') GROUP BY 1, 2, 3)
SELECT coalesce(a.center_id, e.center_id) AS center_id, coalesce(a.day, e.day) AS day,
       coalesce(a.service_id, e.service_id) AS service_id, coalesce(a.issued, 0) AS issued, coalesce(a.called, 0) AS called,
       coalesce(e.served, 0) AS served, coalesce(e.no_shows, 0) AS no_shows, coalesce(a.transferred, 0) AS transferred,
       coalesce(a.wait_count, 0) AS wait_count, coalesce(a.wait_seconds, 0) AS wait_seconds,
       coalesce(e.served, 0) AS service_count, coalesce(e.service_seconds, 0) AS service_seconds
  FROM taken a FULL JOIN ended e ON e.center_id = a.center_id AND e.day = a.day AND e.service_id = a.service_id;

-- Visits ended per center, day (the visit's start, Morocco time) and outcome.
CREATE TABLE visit_outcome_day (
    center_id  bigint NOT NULL REFERENCES center (id),
    day        date NOT NULL,
    outcome    text NOT NULL,
    visits     integer NOT NULL DEFAULT 0,
    PRIMARY KEY (center_id, day, outcome)
);

CREATE FUNCTION visit_outcome_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.outcome IS NOT NULL THEN
        UPDATE visit_outcome_day SET visits = visits - 1
         WHERE center_id = OLD.center_id AND day = (OLD.started_at AT TIME ZONE 'Africa/Casablanca')::date
           AND outcome = OLD.outcome;
    END IF;
    IF NEW.outcome IS NOT NULL THEN
        INSERT INTO visit_outcome_day AS v (center_id, day, outcome, visits)
        VALUES (NEW.center_id, (NEW.started_at AT TIME ZONE 'Africa/Casablanca')::date, NEW.outcome, 1)
        ON CONFLICT (center_id, day, outcome) DO UPDATE SET visits = v.visits + 1;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER visit_outcome_day_insert AFTER INSERT ON visit
    FOR EACH ROW WHEN (NEW.outcome IS NOT NULL) EXECUTE FUNCTION visit_outcome_track();
CREATE TRIGGER visit_outcome_day_update AFTER UPDATE ON visit
    FOR EACH ROW WHEN (OLD.outcome IS DISTINCT FROM NEW.outcome) EXECUTE FUNCTION visit_outcome_track();

-- Referrals per partner, referring center, day made (Morocco time) and current status.
CREATE TABLE referral_day (
    organization_id  bigint NOT NULL REFERENCES partner_organization (id),
    center_id        bigint NOT NULL REFERENCES center (id),
    day              date NOT NULL,
    status           text NOT NULL,
    referrals        integer NOT NULL DEFAULT 0,
    PRIMARY KEY (center_id, day, organization_id, status)
);

CREATE FUNCTION referral_day_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        UPDATE referral_day SET referrals = referrals - 1
         WHERE center_id = OLD.center_id AND day = (OLD.created_at AT TIME ZONE 'Africa/Casablanca')::date
           AND organization_id = OLD.organization_id AND status = OLD.status;
    END IF;
    INSERT INTO referral_day AS r (organization_id, center_id, day, status, referrals)
    VALUES (NEW.organization_id, NEW.center_id, (NEW.created_at AT TIME ZONE 'Africa/Casablanca')::date, NEW.status, 1)
    ON CONFLICT (center_id, day, organization_id, status) DO UPDATE SET referrals = r.referrals + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER referral_day_insert AFTER INSERT ON referral FOR EACH ROW EXECUTE FUNCTION referral_day_track();
CREATE TRIGGER referral_day_update AFTER UPDATE ON referral
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.organization_id <> NEW.organization_id)
    EXECUTE FUNCTION referral_day_track();

-- What is already there is counted once, now.
INSERT INTO service_day (center_id, day, service_id, issued, called, served, no_shows, transferred, wait_count,
                         wait_seconds, service_count, service_seconds)
SELECT center_id, day, service_id, issued, called, served, no_shows, transferred, wait_count, wait_seconds,
       service_count, service_seconds FROM service_day_recount;
UPDATE service_day s SET issued_by_hour = h.hours FROM (
    SELECT t.center_id, t.day, t.first_service_id AS service_id,
           array_agg(coalesce(n.tickets, 0) ORDER BY g.hour) AS hours
      FROM (SELECT DISTINCT center_id, day, first_service_id FROM ticket) t
      CROSS JOIN generate_series(0, 23) AS g(hour)
      LEFT JOIN (SELECT x.center_id, x.day, x.first_service_id, extract(hour FROM x.issued_at AT TIME ZONE c.time_zone)::int AS hour,
                        count(*) AS tickets
                   FROM ticket x JOIN center c ON c.id = x.center_id GROUP BY 1, 2, 3, 4) n
        ON n.center_id = t.center_id AND n.day = t.day AND n.first_service_id = t.first_service_id AND n.hour = g.hour
     GROUP BY 1, 2, 3) h
 WHERE s.center_id = h.center_id AND s.day = h.day AND s.service_id = h.service_id;
UPDATE service_day s SET waits = b.waits FROM (
    SELECT t.center_id, t.day, t.service_id, array_agg(coalesce(n.tickets, 0) ORDER BY g.bucket) AS waits
      FROM (SELECT DISTINCT center_id, day, first_service_id AS service_id FROM ticket) t
      CROSS JOIN generate_series(1, 20) AS g(bucket)
      LEFT JOIN (SELECT center_id, day, first_service_id AS service_id,
                        wait_bucket(greatest(0, extract(epoch FROM first_called_at - issued_at))) AS bucket, count(*) AS tickets
                   FROM ticket WHERE first_called_at IS NOT NULL AND NOT walk_in GROUP BY 1, 2, 3, 4) n
        ON n.center_id = t.center_id AND n.day = t.day AND n.service_id = t.service_id AND n.bucket = g.bucket
     GROUP BY 1, 2, 3) b
 WHERE s.center_id = b.center_id AND s.day = b.day AND s.service_id = b.service_id;
INSERT INTO visit_outcome_day (center_id, day, outcome, visits)
SELECT center_id, (started_at AT TIME ZONE 'Africa/Casablanca')::date, outcome, count(*)
  FROM visit WHERE outcome IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO referral_day (organization_id, center_id, day, status, referrals)
SELECT organization_id, center_id, (created_at AT TIME ZONE 'Africa/Casablanca')::date, status, count(*)
  FROM referral GROUP BY 1, 2, 3, 4;
