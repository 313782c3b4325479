-- Read models that features publish for one another (ADR 0020). Each table belongs to one feature;
-- another feature's SQL names one of these views, never the table. A view is the owner's promise:
-- when its tables change, the owner keeps the view's columns and meaning. Simple views are inlined by
-- the planner, so a query through them runs the plan it ran on the tables.

-- catalog: where a center is, for scopes, supervision and the people's files
CREATE VIEW center_place AS
SELECT c.id, c.code, c.name_ar, c.name_zgh, c.name_fr, c.name_en, c.province_id, p.region_id, c.time_zone, c.active
  FROM center c JOIN province p ON p.id = c.province_id;

-- catalog: the provinces and regions, for scopes and regional figures
CREATE VIEW province_place AS SELECT id, region_id FROM province;
CREATE VIEW region_place AS SELECT id FROM region;

-- catalog: what a service is called and the wait it aims at, for supervision
CREATE VIEW service_label AS
SELECT id, letter, name_ar, name_zgh, name_fr, name_en, target_wait_minutes FROM social_service;

-- catalog: the counters of a center, their state and who works them, for the queue and supervision
CREATE VIEW counter_desk AS SELECT id, center_id, label, state, staff_id, state_since FROM counter;

-- catalog: which counter serves which service, with the counter's state, for the queue's call order
-- and its wait estimate
CREATE VIEW counter_serving AS
SELECT cs.counter_id, cs.service_id, k.center_id, k.state
  FROM counter_service cs JOIN counter k ON k.id = cs.counter_id;

-- ticketing: who waits in which line since when, for supervision's live figures
CREATE VIEW waiting_ticket AS
SELECT id, center_id, service_id, day, coalesce(last_transferred_at, issued_at) AS waiting_since
  FROM ticket WHERE state = 'WAITING';

-- staff: how a staff member is named on other features' screens (never the password or the scope)
CREATE VIEW staff_name AS SELECT id, username, display_name FROM staff_account;

-- directory: where a partner organization works and what it is called
CREATE VIEW partner_place AS
SELECT id, region_id, province_id, name_ar, name_zgh, name_fr, name_en FROM partner_organization;

-- directory: a program's regional target, for the program's figures
CREATE VIEW program_target AS SELECT id, national_target, regional_target FROM program;

-- referral: the referrals still under way, which keep a person's file from retention and open it to
-- the partner that received it
CREATE VIEW referral_open AS
SELECT beneficiary_id, organization_id, status FROM referral WHERE status IN ('SENT', 'ACCEPTED', 'IN_ACCOMPANIMENT');

-- intake: one encrypted identifier, if any is stored: the data-key check decrypts it at start
CREATE VIEW sealed_identifier AS
SELECT coalesce(cin_enc, phone_enc, rsu_id_enc) AS sealed FROM beneficiary
 WHERE coalesce(cin_enc, phone_enc, rsu_id_enc) IS NOT NULL;
