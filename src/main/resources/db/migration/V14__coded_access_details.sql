-- The details of the personal-data trail become codes with values, shown in the reader's language
-- (ma.socialhub.intake.AccessDetail). Rows written before keep their meaning, rewritten here;
-- erasure requests stay as they were typed.
UPDATE personal_data_access SET detail = CASE
    WHEN detail = 'file opened' THEN 'fileOpened'
    WHEN detail = 'received at the counter' THEN 'received'
    WHEN detail = 'name in a list' THEN 'nameInList'
    WHEN detail = 'administrator' THEN 'adminRead'
    WHEN detail ~ '^by name: \d+ found$' THEN regexp_replace(detail, '^by name: (\d+) found$', 'searchByName;found=\1')
    WHEN detail ~ '^by ID card number: \d+ found$' THEN regexp_replace(detail, '^.*: (\d+) found$', 'searchByIdCard;found=\1')
    WHEN detail ~ '^by phone number: \d+ found$' THEN regexp_replace(detail, '^.*: (\d+) found$', 'searchByPhone;found=\1')
    WHEN detail ~ '^duplicate check: \d+ found$' THEN regexp_replace(detail, '^.*: (\d+) found$', 'duplicateCheck;found=\1')
    WHEN detail ~ '^administrator search: \d+ found$' THEN regexp_replace(detail, '^.*: (\d+) found$', 'adminSearch;found=\1')
    WHEN detail ~ '^given: ' THEN 'consentGiven;scopes=' || replace(substr(detail, 8), ', ', ',')
    WHEN detail ~ '^shared with partner \d+$' THEN 'sharedWithPartner;partner=' || substr(detail, 21)
    WHEN detail ~ '^export (json|pdf)$' THEN 'export;format=' || substr(detail, 8)
    WHEN detail ~ '^retention: not seen since ' THEN 'retention;since=' || left(substr(detail, 27), 10)
    ELSE detail
END
WHERE action <> 'ERASE';
