-- A visit's and a referral's day in the daily rollups is the day where their center is, in the
-- center's own zone (center.time_zone), as a ticket's day already is: V15 counted them on
-- Morocco's day whatever the center. The triggers read the zone of the row's center; the rows
-- already there are counted again (the same for every center on Morocco's time).
-- (A center's zone is changed between days of service, if ever: a visit or referral made before
-- such a change and changed after it is taken off the day of the new zone.)

CREATE OR REPLACE FUNCTION visit_outcome_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.outcome IS NOT NULL THEN
        UPDATE visit_outcome_day SET visits = visits - 1
         WHERE center_id = OLD.center_id
           AND day = (OLD.started_at AT TIME ZONE (SELECT time_zone FROM center WHERE id = OLD.center_id))::date
           AND outcome = OLD.outcome;
    END IF;
    IF NEW.outcome IS NOT NULL THEN
        INSERT INTO visit_outcome_day AS v (center_id, day, outcome, visits)
        VALUES (NEW.center_id, (NEW.started_at AT TIME ZONE (SELECT time_zone FROM center WHERE id = NEW.center_id))::date,
                NEW.outcome, 1)
        ON CONFLICT (center_id, day, outcome) DO UPDATE SET visits = v.visits + 1;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION referral_day_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        UPDATE referral_day SET referrals = referrals - 1
         WHERE center_id = OLD.center_id
           AND day = (OLD.created_at AT TIME ZONE (SELECT time_zone FROM center WHERE id = OLD.center_id))::date
           AND organization_id = OLD.organization_id AND status = OLD.status;
    END IF;
    INSERT INTO referral_day AS r (organization_id, center_id, day, status, referrals)
    VALUES (NEW.organization_id, NEW.center_id,
            (NEW.created_at AT TIME ZONE (SELECT time_zone FROM center WHERE id = NEW.center_id))::date, NEW.status, 1)
    ON CONFLICT (center_id, day, organization_id, status) DO UPDATE SET referrals = r.referrals + 1;
    RETURN NULL;
END $$;

-- Counted again: the monthly rollups follow their daily rows through their own triggers (V18).
TRUNCATE visit_outcome_day, visit_outcome_month, referral_day, referral_month;
INSERT INTO visit_outcome_day (center_id, day, outcome, visits)
SELECT v.center_id, (v.started_at AT TIME ZONE c.time_zone)::date, v.outcome, count(*)
  FROM visit v JOIN center c ON c.id = v.center_id WHERE v.outcome IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO referral_day (organization_id, center_id, day, status, referrals)
SELECT r.organization_id, r.center_id, (r.created_at AT TIME ZONE c.time_zone)::date, r.status, count(*)
  FROM referral r JOIN center c ON c.id = r.center_id GROUP BY 1, 2, 3, 4;
