-- What to bring for a service, shown and printed on the ticket: one document a line, per language.
ALTER TABLE social_service
    ADD COLUMN documents_ar  text NOT NULL DEFAULT '',
    ADD COLUMN documents_zgh text NOT NULL DEFAULT '',
    ADD COLUMN documents_fr  text NOT NULL DEFAULT '',
    ADD COLUMN documents_en  text NOT NULL DEFAULT '';
