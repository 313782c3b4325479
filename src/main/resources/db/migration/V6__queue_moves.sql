-- Queue moves at the counter: a ticket transferred to another service keeps its number (the
-- citizen holds it on paper and on the phone), so numbers are unique per letter rather than per
-- service; a ticket sent to one counter waits for that counter; walk-ins are tickets too.
ALTER TABLE ticket DROP CONSTRAINT ticket_center_id_service_id_day_number_key;
ALTER TABLE ticket ADD CONSTRAINT ticket_number_per_letter_key UNIQUE (center_id, letter, day, number);
ALTER TABLE ticket ADD COLUMN wanted_counter_id bigint REFERENCES counter (id);
ALTER TABLE ticket ADD COLUMN transfer_count integer NOT NULL DEFAULT 0;
ALTER TABLE ticket ADD COLUMN last_transferred_at timestamptz;
ALTER TABLE ticket ADD COLUMN walk_in boolean NOT NULL DEFAULT false;
CREATE INDEX ticket_number_lookup_idx ON ticket (center_id, day, letter, number);
