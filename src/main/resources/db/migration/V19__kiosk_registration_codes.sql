-- A kiosk browser is bound to its device with a one-time registration code that an administrator
-- makes and a member of staff types on the kiosk: the device's secret never travels in an address
-- (proxies and browser histories log addresses). Only a hash of the code is kept, until it is used
-- or expires.
ALTER TABLE kiosk_device
    ADD COLUMN registration_code_hash  text UNIQUE,
    ADD COLUMN registration_code_until timestamptz,
    ADD CONSTRAINT kiosk_registration_code_dated CHECK ((registration_code_hash IS NULL) = (registration_code_until IS NULL));

-- A registration code made for a kiosk is an administrative change of its own.
ALTER TABLE admin_change DROP CONSTRAINT admin_change_action_check;
ALTER TABLE admin_change ADD CONSTRAINT admin_change_action_check
    CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'ROTATE', 'RESET_PASSWORD', 'REVOKE_SESSIONS', 'ENABLE', 'DISABLE',
                      'EXPORT', 'ERASE', 'ANONYMISE', 'SETUP', 'REGISTRATION_CODE', 'TRANSFER'));
