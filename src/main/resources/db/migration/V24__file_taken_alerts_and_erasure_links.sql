-- A file brought to another center is told to the centers that knew the person as well.
ALTER TABLE access_alert DROP CONSTRAINT access_alert_kind_check;
ALTER TABLE access_alert ADD CONSTRAINT access_alert_kind_check
    CHECK (kind IN ('FILE_TRANSFER', 'FILE_TAKEN', 'SEARCH_VOLUME', 'SEARCH_LIMIT', 'CARD_MISMATCH'));

-- Erasure leaves no trail of where a person went: referrals lose the visit they came from, the
-- "counted once" list of a program forgets the person (the counts stay), alerts lose the person.
UPDATE referral SET visit_id = NULL WHERE beneficiary_id IN (SELECT id FROM beneficiary WHERE anonymised_at IS NOT NULL);
DELETE FROM program_participant WHERE beneficiary_id IN (SELECT id FROM beneficiary WHERE anonymised_at IS NOT NULL);
UPDATE access_alert SET beneficiary_id = NULL WHERE beneficiary_id IN (SELECT id FROM beneficiary WHERE anonymised_at IS NOT NULL);

-- Where each account last signed in successfully: from such an address, only the limit for that
-- account and address applies, so that guesses sprayed from elsewhere (or from made-up names behind
-- the same shared address) never lock the owner out.
CREATE TABLE login_success (
    username text NOT NULL,
    address  text NOT NULL,
    at       timestamptz NOT NULL,
    PRIMARY KEY (username, address)
);
CREATE INDEX login_success_at_idx ON login_success (at);
