-- A kiosk interaction (or an API call) carries an idempotency key: a double tap or a repeated
-- submit finds the ticket the first one made instead of making a second.
ALTER TABLE ticket ADD COLUMN idempotency_key text;
CREATE UNIQUE INDEX ticket_idempotency_idx ON ticket (center_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- Secrets the nodes must share (the key that signs ticket links), made once by the first node
-- that needs them, unless configuration provides one.
CREATE TABLE hub_secret (
    name       text PRIMARY KEY,
    value      text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
