-- Each kiosk is a registered device that proves itself with a secret token. Only a hash of the
-- token is kept: a database dump does not let anyone impersonate a kiosk.
CREATE TABLE kiosk_device (
    kiosk_id     text PRIMARY KEY CHECK (kiosk_id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    token_hash   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    rotated_at   timestamptz,
    last_seen_at timestamptz
);

-- Which kiosk issued a ticket: for the per-kiosk rate limit and for supervision.
ALTER TABLE ticket ADD COLUMN kiosk_id text REFERENCES kiosk_device (kiosk_id);
CREATE INDEX ticket_kiosk_recent_idx ON ticket (kiosk_id, issued_at) WHERE kiosk_id IS NOT NULL;
