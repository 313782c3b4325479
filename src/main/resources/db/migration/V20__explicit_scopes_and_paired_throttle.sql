-- A supervisor watches a center, a province, a region — or the nation, only when an administrator
-- chose it. Before, an account without a place saw the nation by default: such existing accounts
-- were made meaning the nation, and keep it, now written down.
ALTER TABLE staff_account ADD COLUMN nation_scope boolean NOT NULL DEFAULT false;
UPDATE staff_account SET nation_scope = true
 WHERE role = 'SUPERVISOR' AND num_nonnulls(center_id, province_id, region_id) = 0;
ALTER TABLE staff_account ADD CONSTRAINT staff_supervisor_has_scope
    CHECK (role <> 'SUPERVISOR' OR (num_nonnulls(center_id, province_id, region_id) = 1) <> nation_scope);
ALTER TABLE staff_account ADD CONSTRAINT staff_nation_only_for_supervisors
    CHECK (NOT nation_scope OR role = 'SUPERVISOR');

-- The sign-in throttle counts failures per account and address pair first.
CREATE INDEX login_failure_pair_idx ON login_failure (username, address, at DESC);
