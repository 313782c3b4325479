-- The service day (issue 16): what happens to people still waiting when a center's day ends.

-- schedule: the center's rule. SERVE (the default, also with no row): the counters serve whoever is
-- still waiting. SEND_HOME: their tickets are closed with a reason that their phone page shows.
-- CARRY: their tickets are carried to the next open day, first in line, with that day's numbers.
CREATE TABLE closing_rule (
    center_id   bigint PRIMARY KEY REFERENCES center (id),
    at_closing  text NOT NULL CHECK (at_closing IN ('SERVE', 'SEND_HOME', 'CARRY'))
);

-- ticketing: why a ticket was cancelled when nobody at a counter did it (the day ended, or it was
-- carried to the next open day, where carried_to is its ticket).
ALTER TABLE ticket ADD COLUMN cancel_reason text CHECK (cancel_reason IN ('DAY_ENDED', 'CARRIED'));
ALTER TABLE ticket ADD COLUMN carried_to bigint REFERENCES ticket (id);
