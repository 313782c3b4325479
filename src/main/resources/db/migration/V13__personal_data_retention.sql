-- When a person was last received: people not seen for hub.retention.years are anonymised by a
-- scheduled job (law 09-08: kept no longer than needed).
ALTER TABLE beneficiary ADD COLUMN last_seen_at timestamptz;
UPDATE beneficiary b SET last_seen_at = greatest(b.created_at,
    (SELECT max(v.started_at) FROM visit v WHERE v.beneficiary_id = b.id));
ALTER TABLE beneficiary ALTER COLUMN last_seen_at SET DEFAULT now();
ALTER TABLE beneficiary ALTER COLUMN last_seen_at SET NOT NULL;
CREATE INDEX beneficiary_last_seen_idx ON beneficiary (last_seen_at) WHERE anonymised_at IS NULL;

-- An administrator manages the whole hub: a place-bound administrator would see more than their
-- place through the administration screens, so the scope of an ADMIN is always the nation.
UPDATE staff_account SET center_id = NULL, province_id = NULL, region_id = NULL WHERE role = 'ADMIN';
ALTER TABLE staff_account ADD CONSTRAINT staff_admin_is_national
    CHECK (role <> 'ADMIN' OR num_nonnulls(center_id, province_id, region_id) = 0);

-- The hourly purge of sign-in failures past their window.
CREATE INDEX login_failure_at_idx ON login_failure (at);
