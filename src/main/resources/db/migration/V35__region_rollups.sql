-- Rollups per region, for the nation's and a region's trends at a few thousand centers (ADR 0029).
-- A nation-wide trend over two years summed service_month per center: 2,000 centers x 5 services x
-- 24 months, 240,000 rows of 168 cells. Per region it is 12 x 5 x 24.
--
-- No trigger keeps them in the ticket's transaction: every ticket of a region would wait on its
-- region's day row, the hottest row there could be. A job (RegionRollups) sums the closed days
-- instead, every few seconds, and notes here up to which day it has; readers take the region tables up
-- to that day and the per-center tables after it. A late change to a closed day (a referral accepted
-- weeks after it was made) marks its day stale, and the next run sums that day again.

CREATE TABLE region_rollup_state (
    only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    -- every day up to this one, in every center's zone, is in the region tables; NULL: none yet
    through   date
);
INSERT INTO region_rollup_state (only_row, through) VALUES (true, NULL);

-- Days at or before "through" whose per-center rows changed after they were summed, per rollup
-- ('service', 'outcome', 'referral', 'appointment'): readers take that rollup's per-center rows
-- from the first stale day on until the job has summed it again (a few seconds), so that a
-- referral accepted today for a referral of March slows the referrals' figures only.
CREATE TABLE region_rollup_stale (
    rollup  text NOT NULL,
    day     date NOT NULL,
    PRIMARY KEY (rollup, day)
);

CREATE TABLE region_service_day (
    region_id        smallint NOT NULL,
    day              date NOT NULL,
    service_id       bigint NOT NULL,
    issued           integer NOT NULL,
    called           integer NOT NULL,
    served           integer NOT NULL,
    no_shows         integer NOT NULL,
    transferred      integer NOT NULL,
    wait_count       integer NOT NULL,
    wait_seconds     double precision NOT NULL,
    service_count    integer NOT NULL,
    service_seconds  double precision NOT NULL,
    issued_by_hour   integer[] NOT NULL,
    waits            integer[] NOT NULL,
    PRIMARY KEY (region_id, day, service_id)
);
CREATE INDEX region_service_day_day_idx ON region_service_day (day);

-- Whole months only, each summed once its last day is in region_service_day.
CREATE TABLE region_service_month (
    region_id            smallint NOT NULL,
    month                date NOT NULL CHECK (extract(day FROM month) = 1),
    service_id           bigint NOT NULL,
    issued               integer NOT NULL,
    called               integer NOT NULL,
    served               integer NOT NULL,
    no_shows             integer NOT NULL,
    transferred          integer NOT NULL,
    wait_count           integer NOT NULL,
    wait_seconds         double precision NOT NULL,
    service_count        integer NOT NULL,
    service_seconds      double precision NOT NULL,
    issued_by_week_hour  integer[] NOT NULL,
    waits                integer[] NOT NULL,
    PRIMARY KEY (region_id, month, service_id)
);
CREATE INDEX region_service_month_month_idx ON region_service_month (month);

CREATE TABLE region_outcome_day (
    region_id  smallint NOT NULL,
    day        date NOT NULL,
    outcome    text NOT NULL,
    visits     integer NOT NULL,
    PRIMARY KEY (region_id, day, outcome)
);
CREATE INDEX region_outcome_day_day_idx ON region_outcome_day (day);

CREATE TABLE region_referral_day (
    region_id        smallint NOT NULL,
    day              date NOT NULL,
    organization_id  bigint NOT NULL,
    status           text NOT NULL,
    referrals        integer NOT NULL,
    PRIMARY KEY (region_id, day, organization_id, status)
);
CREATE INDEX region_referral_day_day_idx ON region_referral_day (day);

CREATE TABLE region_appointment_day (
    region_id   smallint NOT NULL,
    day         date NOT NULL,
    service_id  bigint NOT NULL,
    booked      integer NOT NULL,
    checked_in  integer NOT NULL,
    no_shows    integer NOT NULL,
    cancelled   integer NOT NULL,
    called      integer NOT NULL,
    on_time     integer NOT NULL,
    PRIMARY KEY (region_id, day, service_id)
);
CREATE INDEX region_appointment_day_day_idx ON region_appointment_day (day);

-- Marks a summed day stale. FOR SHARE on the state: a run of the job updates that row first, so a
-- change either commits before the run reads the day, or waits for the run and sees its new
-- "through". Only changes to past days get here (the triggers' WHEN), never a ticket of today.
CREATE FUNCTION region_rollup_mark() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed date := CASE WHEN TG_OP = 'DELETE' THEN OLD.day ELSE NEW.day END;
    summed date;
BEGIN
    SELECT through INTO summed FROM region_rollup_state FOR SHARE;
    IF changed <= summed THEN
        INSERT INTO region_rollup_stale (rollup, day) VALUES (TG_ARGV[0], changed) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER service_day_region AFTER INSERT OR UPDATE ON service_day
    FOR EACH ROW WHEN (NEW.day < current_date) EXECUTE FUNCTION region_rollup_mark('service');
CREATE TRIGGER service_day_region_delete AFTER DELETE ON service_day
    FOR EACH ROW WHEN (OLD.day < current_date) EXECUTE FUNCTION region_rollup_mark('service');
CREATE TRIGGER visit_outcome_day_region AFTER INSERT OR UPDATE ON visit_outcome_day
    FOR EACH ROW WHEN (NEW.day < current_date) EXECUTE FUNCTION region_rollup_mark('outcome');
CREATE TRIGGER visit_outcome_day_region_delete AFTER DELETE ON visit_outcome_day
    FOR EACH ROW WHEN (OLD.day < current_date) EXECUTE FUNCTION region_rollup_mark('outcome');
CREATE TRIGGER referral_day_region AFTER INSERT OR UPDATE ON referral_day
    FOR EACH ROW WHEN (NEW.day < current_date) EXECUTE FUNCTION region_rollup_mark('referral');
CREATE TRIGGER referral_day_region_delete AFTER DELETE ON referral_day
    FOR EACH ROW WHEN (OLD.day < current_date) EXECUTE FUNCTION region_rollup_mark('referral');
CREATE TRIGGER appointment_day_region AFTER INSERT OR UPDATE ON appointment_day
    FOR EACH ROW WHEN (NEW.day < current_date) EXECUTE FUNCTION region_rollup_mark('appointment');
CREATE TRIGGER appointment_day_region_delete AFTER DELETE ON appointment_day
    FOR EACH ROW WHEN (OLD.day < current_date) EXECUTE FUNCTION region_rollup_mark('appointment');

-- The job reads the per-center day tables by day; service_day has had its index since V15.
CREATE INDEX visit_outcome_day_day_idx ON visit_outcome_day (day);
CREATE INDEX referral_day_day_idx ON referral_day (day);
CREATE INDEX appointment_day_day_idx ON appointment_day (day);
