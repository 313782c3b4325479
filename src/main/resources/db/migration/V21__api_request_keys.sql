-- The integration API's idempotency keys: scoped to the credential that sent them, remembered with
-- a fingerprint of the request they were sent with, forgotten after a day. The same key sent again
-- with the same request gets the same ticket; with another request, an error.
CREATE TABLE api_request_key (
    kiosk_id    text NOT NULL REFERENCES kiosk_device (kiosk_id),
    key         text NOT NULL CHECK (length(key) BETWEEN 1 AND 128),
    fingerprint text NOT NULL,
    ticket_id   bigint REFERENCES ticket (id),
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (kiosk_id, key)
);
CREATE INDEX api_request_key_created_idx ON api_request_key (created_at);
