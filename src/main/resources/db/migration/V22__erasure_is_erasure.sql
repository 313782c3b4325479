-- Erasure (on request, or by the retention job) leaves an empty shell of a person's file: no
-- names, identifiers, birth, sex, place, household, situation, registering center or author — only
-- its number, so that the trail of who read it and the figures already counted keep their meaning.
-- Visits lose their link to the person; consents and the centers that knew the person go.
ALTER TABLE beneficiary ALTER COLUMN registered_center_id DROP NOT NULL;
ALTER TABLE beneficiary ALTER COLUMN created_by DROP NOT NULL;
ALTER TABLE beneficiary ALTER COLUMN updated_by DROP NOT NULL;
ALTER TABLE beneficiary ADD CONSTRAINT beneficiary_authored_unless_erased
    CHECK (anonymised_at IS NOT NULL OR (registered_center_id IS NOT NULL AND created_by IS NOT NULL AND updated_by IS NOT NULL));

-- Files anonymised before: what the older anonymisation kept goes now.
UPDATE beneficiary SET sex = NULL, birth_year = NULL, province_id = NULL, household_size = NULL, situations = '{}',
       literacy = NULL, education = NULL, employment = NULL, rsu_status = 'UNKNOWN', registered_center_id = NULL,
       created_by = NULL, updated_by = NULL
 WHERE anonymised_at IS NOT NULL;
DELETE FROM beneficiary_center WHERE beneficiary_id IN (SELECT id FROM beneficiary WHERE anonymised_at IS NOT NULL);
DELETE FROM consent WHERE beneficiary_id IN (SELECT id FROM beneficiary WHERE anonymised_at IS NOT NULL);
UPDATE visit SET beneficiary_id = NULL, note = '' WHERE beneficiary_id IN (SELECT id FROM beneficiary WHERE anonymised_at IS NOT NULL);
UPDATE referral SET person_sex = NULL WHERE beneficiary_id IN (SELECT id FROM beneficiary WHERE anonymised_at IS NOT NULL);

-- The trail keeps that an erasure happened, by whom and under which request — not the words of the
-- request, which were typed freely and often said why (a violent relative, a move).
UPDATE personal_data_access SET detail = 'erasure;request=—' WHERE action = 'ERASE';
UPDATE admin_change SET after = NULL WHERE action = 'ERASE' AND entity = 'beneficiary';
