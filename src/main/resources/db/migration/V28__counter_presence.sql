-- A counter is open only while someone works at it (ADR 0022). New counters start closed; an agent
-- opens one by choosing it at the counter screen. The node that shows that screen renews the
-- counter's lease (last_active_at) while the agent is there and active; a counter whose lease ran
-- out (the tablet went away, the node died, the agent left it idle) is closed by any node.
ALTER TABLE counter ALTER COLUMN state SET DEFAULT 'CLOSED';
ALTER TABLE counter ADD COLUMN last_active_at timestamptz;

-- Counters "open" with nobody named at them promised waits that nobody served.
UPDATE counter SET state = 'CLOSED', state_since = now() WHERE state <> 'CLOSED' AND staff_id IS NULL;
-- Those somebody works keep going; their lease starts now.
UPDATE counter SET last_active_at = now() WHERE state <> 'CLOSED';

-- The abandoned-counter sweep reads only counters that hold a lease.
CREATE INDEX counter_lease_idx ON counter (last_active_at) WHERE state <> 'CLOSED' AND staff_id IS NOT NULL;
