-- What citizens said, summed for supervision at a few thousand centers (issue 18, ADR 0032). The
-- trends read satisfaction from the feedback rows themselves: two years of a nation's answers are
-- millions of rows. Here they are summed per center and per region, by day and by whole month, and
-- a range reads its whole months from the month tables and the days at its ends from the day tables.
--
-- A trigger keeps them in the answer's own transaction, unlike the ticket rollups' region tables
-- (ADR 0029): an answer is given at most once per visit, from a phone after it, a few a second at
-- the nation's busiest, so a region's row is never hot. The region is the center's at the time of
-- the answer. The wait sums keep their counts, so that a mean over any range is exact.

CREATE TABLE feedback_day (
    center_id                 bigint NOT NULL REFERENCES center (id),
    day                       date NOT NULL,
    service_id                bigint NOT NULL REFERENCES social_service (id),
    answers                   integer NOT NULL,
    total                     integer NOT NULL,
    satisfied                 integer NOT NULL,
    about_wait                integer NOT NULL,
    wait_satisfied_count      integer NOT NULL,
    wait_satisfied_seconds    bigint NOT NULL,
    wait_unsatisfied_count    integer NOT NULL,
    wait_unsatisfied_seconds  bigint NOT NULL,
    PRIMARY KEY (center_id, day, service_id)
);
CREATE INDEX feedback_day_day_idx ON feedback_day (day);

CREATE TABLE feedback_month (LIKE feedback_day INCLUDING ALL);
ALTER TABLE feedback_month RENAME COLUMN day TO month;
ALTER TABLE feedback_month ADD CHECK (extract(day FROM month) = 1);

CREATE TABLE feedback_region_day (LIKE feedback_day INCLUDING ALL);
ALTER TABLE feedback_region_day DROP COLUMN center_id;
ALTER TABLE feedback_region_day ADD COLUMN region_id smallint NOT NULL;
ALTER TABLE feedback_region_day ADD PRIMARY KEY (region_id, day, service_id);

CREATE TABLE feedback_region_month (LIKE feedback_region_day INCLUDING ALL);
ALTER TABLE feedback_region_month RENAME COLUMN day TO month;
ALTER TABLE feedback_region_month ADD CHECK (extract(day FROM month) = 1);

-- The centers' rows carry their center's region: a region's report reads its centers' answers by it,
-- from an index that holds what the report sums, read alone. By the centers' ids, a region of 400
-- centers over 30 days read every center's days of the nation and kept a fifth (42 ms at the
-- national shape, against 10 ms).
ALTER TABLE feedback_day ADD COLUMN region_id smallint NOT NULL;
ALTER TABLE feedback_month ADD COLUMN region_id smallint NOT NULL;
CREATE INDEX feedback_day_region_idx ON feedback_day (region_id, day) INCLUDE (
    center_id, service_id, answers, total, satisfied, about_wait, wait_satisfied_count, wait_satisfied_seconds,
    wait_unsatisfied_count, wait_unsatisfied_seconds);
CREATE INDEX feedback_month_region_idx ON feedback_month (region_id, month) INCLUDE (
    center_id, service_id, answers, total, satisfied, about_wait, wait_satisfied_count, wait_satisfied_seconds,
    wait_unsatisfied_count, wait_unsatisfied_seconds);

-- One answer's share of a rollup row (sign -1 takes it back out).
CREATE TYPE feedback_share AS (
    answers integer, total integer, satisfied integer, about_wait integer, wait_satisfied_count integer,
    wait_satisfied_seconds bigint, wait_unsatisfied_count integer, wait_unsatisfied_seconds bigint);

CREATE FUNCTION feedback_share_of(f feedback, sign integer) RETURNS feedback_share LANGUAGE sql IMMUTABLE AS $$
    SELECT ROW(sign, sign * f.score,
               CASE WHEN f.score >= 4 THEN sign ELSE 0 END,
               CASE WHEN 'WAIT' = ANY (f.reasons) THEN sign ELSE 0 END,
               CASE WHEN f.score >= 4 AND f.waited_seconds IS NOT NULL THEN sign ELSE 0 END,
               CASE WHEN f.score >= 4 THEN sign * coalesce(f.waited_seconds, 0) ELSE 0 END,
               CASE WHEN f.score <= 2 AND f.waited_seconds IS NOT NULL THEN sign ELSE 0 END,
               CASE WHEN f.score <= 2 THEN sign * coalesce(f.waited_seconds, 0) ELSE 0 END)::feedback_share
$$;

-- Adds one answer's share to its four rows (the center's two with its region), always in the same order (center day, center month,
-- region day, region month), so that two answers at once never wait on each other in a cycle.
CREATE FUNCTION feedback_rollup_add(f feedback, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    s feedback_share := feedback_share_of(f, sign);
    first_day date := date_trunc('month', f.day)::date;
    region_of smallint := (SELECT region_id FROM center_place WHERE id = f.center_id);
BEGIN
    INSERT INTO feedback_day AS t VALUES (f.center_id, f.day, f.service_id, (s).*, region_of)
    ON CONFLICT (center_id, day, service_id) DO UPDATE SET answers = t.answers + EXCLUDED.answers,
        total = t.total + EXCLUDED.total, satisfied = t.satisfied + EXCLUDED.satisfied, about_wait = t.about_wait + EXCLUDED.about_wait,
        wait_satisfied_count = t.wait_satisfied_count + EXCLUDED.wait_satisfied_count,
        wait_satisfied_seconds = t.wait_satisfied_seconds + EXCLUDED.wait_satisfied_seconds,
        wait_unsatisfied_count = t.wait_unsatisfied_count + EXCLUDED.wait_unsatisfied_count,
        wait_unsatisfied_seconds = t.wait_unsatisfied_seconds + EXCLUDED.wait_unsatisfied_seconds;
    INSERT INTO feedback_month AS t VALUES (f.center_id, first_day, f.service_id, (s).*, region_of)
    ON CONFLICT (center_id, month, service_id) DO UPDATE SET answers = t.answers + EXCLUDED.answers,
        total = t.total + EXCLUDED.total, satisfied = t.satisfied + EXCLUDED.satisfied, about_wait = t.about_wait + EXCLUDED.about_wait,
        wait_satisfied_count = t.wait_satisfied_count + EXCLUDED.wait_satisfied_count,
        wait_satisfied_seconds = t.wait_satisfied_seconds + EXCLUDED.wait_satisfied_seconds,
        wait_unsatisfied_count = t.wait_unsatisfied_count + EXCLUDED.wait_unsatisfied_count,
        wait_unsatisfied_seconds = t.wait_unsatisfied_seconds + EXCLUDED.wait_unsatisfied_seconds;
    INSERT INTO feedback_region_day AS t (day, service_id, answers, total, satisfied, about_wait, wait_satisfied_count,
                                          wait_satisfied_seconds, wait_unsatisfied_count, wait_unsatisfied_seconds, region_id)
    VALUES (f.day, f.service_id, (s).*, region_of)
    ON CONFLICT (region_id, day, service_id) DO UPDATE SET answers = t.answers + EXCLUDED.answers,
        total = t.total + EXCLUDED.total, satisfied = t.satisfied + EXCLUDED.satisfied, about_wait = t.about_wait + EXCLUDED.about_wait,
        wait_satisfied_count = t.wait_satisfied_count + EXCLUDED.wait_satisfied_count,
        wait_satisfied_seconds = t.wait_satisfied_seconds + EXCLUDED.wait_satisfied_seconds,
        wait_unsatisfied_count = t.wait_unsatisfied_count + EXCLUDED.wait_unsatisfied_count,
        wait_unsatisfied_seconds = t.wait_unsatisfied_seconds + EXCLUDED.wait_unsatisfied_seconds;
    INSERT INTO feedback_region_month AS t (month, service_id, answers, total, satisfied, about_wait, wait_satisfied_count,
                                            wait_satisfied_seconds, wait_unsatisfied_count, wait_unsatisfied_seconds, region_id)
    VALUES (first_day, f.service_id, (s).*, region_of)
    ON CONFLICT (region_id, month, service_id) DO UPDATE SET answers = t.answers + EXCLUDED.answers,
        total = t.total + EXCLUDED.total, satisfied = t.satisfied + EXCLUDED.satisfied, about_wait = t.about_wait + EXCLUDED.about_wait,
        wait_satisfied_count = t.wait_satisfied_count + EXCLUDED.wait_satisfied_count,
        wait_satisfied_seconds = t.wait_satisfied_seconds + EXCLUDED.wait_satisfied_seconds,
        wait_unsatisfied_count = t.wait_unsatisfied_count + EXCLUDED.wait_unsatisfied_count,
        wait_unsatisfied_seconds = t.wait_unsatisfied_seconds + EXCLUDED.wait_unsatisfied_seconds;
END $$;

-- Answers are only added today; a deletion or a correction is taken into account all the same.
CREATE FUNCTION feedback_rollup_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM feedback_rollup_add(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM feedback_rollup_add(NEW, 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER feedback_rollup AFTER INSERT OR UPDATE OR DELETE ON feedback
    FOR EACH ROW EXECUTE FUNCTION feedback_rollup_track();

-- The answers already given.
INSERT INTO feedback_day
SELECT center_id, day, service_id, sum((s).answers), sum((s).total), sum((s).satisfied), sum((s).about_wait),
       sum((s).wait_satisfied_count), sum((s).wait_satisfied_seconds), sum((s).wait_unsatisfied_count),
       sum((s).wait_unsatisfied_seconds), p.region_id
  FROM (SELECT f.center_id, f.day, f.service_id, feedback_share_of(f, 1) AS s FROM feedback f) shares
  JOIN center_place p ON p.id = shares.center_id
 GROUP BY center_id, day, service_id, p.region_id;
INSERT INTO feedback_month
SELECT center_id, date_trunc('month', day)::date, service_id, sum(answers), sum(total), sum(satisfied), sum(about_wait),
       sum(wait_satisfied_count), sum(wait_satisfied_seconds), sum(wait_unsatisfied_count), sum(wait_unsatisfied_seconds),
       region_id
  FROM feedback_day GROUP BY 1, 2, 3, region_id;
INSERT INTO feedback_region_day (day, service_id, answers, total, satisfied, about_wait, wait_satisfied_count,
                                 wait_satisfied_seconds, wait_unsatisfied_count, wait_unsatisfied_seconds, region_id)
SELECT day, service_id, sum(answers), sum(total), sum(satisfied), sum(about_wait), sum(wait_satisfied_count),
       sum(wait_satisfied_seconds), sum(wait_unsatisfied_count), sum(wait_unsatisfied_seconds), region_id
  FROM feedback_day GROUP BY day, service_id, region_id;
INSERT INTO feedback_region_month (month, service_id, answers, total, satisfied, about_wait, wait_satisfied_count,
                                   wait_satisfied_seconds, wait_unsatisfied_count, wait_unsatisfied_seconds, region_id)
SELECT date_trunc('month', day)::date, service_id, sum(answers), sum(total), sum(satisfied), sum(about_wait),
       sum(wait_satisfied_count), sum(wait_satisfied_seconds), sum(wait_unsatisfied_count), sum(wait_unsatisfied_seconds),
       region_id
  FROM feedback_region_day GROUP BY 1, 2, region_id;
