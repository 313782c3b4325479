-- Visit outcomes and referrals per month, kept from their daily rollups by triggers in the same
-- transaction, as service_month is kept from service_day (V17, ADR 0015): a range's whole months
-- are read here, its loose days from the daily tables.

CREATE TABLE visit_outcome_month (
    center_id  bigint NOT NULL REFERENCES center (id),
    month      date NOT NULL CHECK (extract(day FROM month) = 1),
    outcome    text NOT NULL,
    visits     integer NOT NULL DEFAULT 0,
    PRIMARY KEY (center_id, month, outcome)
);
CREATE INDEX visit_outcome_month_month_idx ON visit_outcome_month (month);

CREATE TABLE referral_month (
    organization_id  bigint NOT NULL REFERENCES partner_organization (id),
    center_id        bigint NOT NULL REFERENCES center (id),
    month            date NOT NULL CHECK (extract(day FROM month) = 1),
    status           text NOT NULL,
    referrals        integer NOT NULL DEFAULT 0,
    PRIMARY KEY (center_id, month, organization_id, status)
);
CREATE INDEX referral_month_month_idx ON referral_month (month);

CREATE FUNCTION visit_outcome_month_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r visit_outcome_day := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    INSERT INTO visit_outcome_month AS m (center_id, month, outcome, visits)
    VALUES (r.center_id, date_trunc('month', r.day)::date, r.outcome, coalesce(NEW.visits, 0) - coalesce(OLD.visits, 0))
    ON CONFLICT (center_id, month, outcome) DO UPDATE SET visits = m.visits + EXCLUDED.visits;
    RETURN NULL;
END $$;

CREATE TRIGGER visit_outcome_day_month AFTER INSERT OR UPDATE OR DELETE ON visit_outcome_day
    FOR EACH ROW EXECUTE FUNCTION visit_outcome_month_track();

CREATE FUNCTION referral_month_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r referral_day := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    INSERT INTO referral_month AS m (organization_id, center_id, month, status, referrals)
    VALUES (r.organization_id, r.center_id, date_trunc('month', r.day)::date, r.status,
            coalesce(NEW.referrals, 0) - coalesce(OLD.referrals, 0))
    ON CONFLICT (center_id, month, organization_id, status) DO UPDATE SET referrals = m.referrals + EXCLUDED.referrals;
    RETURN NULL;
END $$;

CREATE TRIGGER referral_day_month AFTER INSERT OR UPDATE OR DELETE ON referral_day
    FOR EACH ROW EXECUTE FUNCTION referral_month_track();

-- What is already there is counted once, now.
INSERT INTO visit_outcome_month (center_id, month, outcome, visits)
SELECT center_id, date_trunc('month', day)::date, outcome, sum(visits) FROM visit_outcome_day GROUP BY 1, 2, 3;
INSERT INTO referral_month (organization_id, center_id, month, status, referrals)
SELECT organization_id, center_id, date_trunc('month', day)::date, status, sum(referrals) FROM referral_day GROUP BY 1, 2, 3, 4;
