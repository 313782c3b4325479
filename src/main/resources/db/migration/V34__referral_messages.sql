-- Messages about referrals (issue 17, ADR 0026): the partner's first appointment with the person,
-- and a person's yes to messages about one referral.

-- referral: when the partner expects the person first, set by the partner once it has accepted.
ALTER TABLE referral ADD COLUMN first_appointment_at timestamptz;

-- messaging: a yes given at the counter when the agent refers. The number is kept while the
-- referral needs it (until two days after the first appointment, or sixty days without one) and
-- erased at once when the referral ends.
ALTER TABLE message_subscription ADD COLUMN referral_id bigint UNIQUE REFERENCES referral (id);
ALTER TABLE message_subscription DROP CONSTRAINT message_subscription_check;
ALTER TABLE message_subscription ADD CONSTRAINT message_subscription_one_cause
    CHECK (num_nonnulls(ticket_id, booking_id, referral_id) = 1);
ALTER TABLE message_subscription DROP CONSTRAINT message_subscription_source_check;
ALTER TABLE message_subscription ADD CONSTRAINT message_subscription_source_check
    CHECK (source IN ('KIOSK', 'PHONE_PAGE', 'COUNTER', 'BOOKING', 'REFERRAL'));

-- the retention job also erases the keyed hash a stop left behind
DROP INDEX message_subscription_forget_idx;
CREATE INDEX message_subscription_forget_idx ON message_subscription (forget_after)
    WHERE phone_enc IS NOT NULL OR phone_hash IS NOT NULL;
