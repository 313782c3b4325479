-- A center's time zone tells which day its visits and referrals count on (V26): the rollup triggers
-- compute the day of the old row and of the new one in the center's zone at the time of the change.
-- Moving the zone of a center that already has tickets, visits or referrals would subtract a change
-- from another day than the one it was added to: double counts and negative figures. So the database
-- refuses it; a center that really moves opens as a new center.
CREATE FUNCTION center_zone_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.time_zone IS DISTINCT FROM OLD.time_zone
       AND (EXISTS (SELECT 1 FROM ticket WHERE center_id = NEW.id)
            OR EXISTS (SELECT 1 FROM visit WHERE center_id = NEW.id)
            OR EXISTS (SELECT 1 FROM referral WHERE center_id = NEW.id)) THEN
        RAISE EXCEPTION 'center % has history: its time zone stays %', NEW.id, OLD.time_zone
            USING ERRCODE = 'check_violation', CONSTRAINT = 'center_zone_kept';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER center_zone_kept BEFORE UPDATE OF time_zone ON center
    FOR EACH ROW EXECUTE FUNCTION center_zone_kept();

-- intake's read model for the data-key check holds one row only: no other feature has a use for
-- people's encrypted identifiers.
CREATE OR REPLACE VIEW sealed_identifier AS
SELECT coalesce(cin_enc, phone_enc, rsu_id_enc) AS sealed FROM beneficiary
 WHERE coalesce(cin_enc, phone_enc, rsu_id_enc) IS NOT NULL LIMIT 1;
