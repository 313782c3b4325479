package ma.socialhub.intake;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.base.security.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of people's files. Identifiers go in encrypted with their keyed hash beside them and come
 * out decrypted; names go in with their normalised forms for search and duplicate checks.
 */
@Repository
class BeneficiaryStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    BeneficiaryStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Inserts a file; it and {@link #update} write the same columns of the form, bound by {@link #bind}. */
    long insert(long centerId, PersonalDetails d, String creationKey, long staffId, Instant now) {
        long id = bind(jdbc.sql("""
                INSERT INTO beneficiary (registered_center_id, creation_key, created_at, created_by, last_seen_at,
                    first_name_ar, last_name_ar, first_name_latin, last_name_latin, name_search, name_key_ar,
                    name_key_latin, sex, birth_date, birth_year, cin_enc, cin_hash, phone_enc, phone_hash,
                    province_id, commune, household_size, situations, disability_type, chronic_illness,
                    pregnant, literacy, education, employment, rsu_status, rsu_id_enc, updated_at, updated_by)
                VALUES (:center, :creationKey, :now, :staff, :now,
                    :firstNameAr, :lastNameAr, :firstNameLatin, :lastNameLatin, :nameSearch, :nameKeyAr,
                    :nameKeyLatin, :sex, :birthDate, :birthYear, :cinEnc, :cinHash, :phoneEnc, :phoneHash,
                    :provinceId, :commune, :householdSize, :situations, :disabilityType, :chronicIllness,
                    :pregnant, :literacy, :education, :employment, :rsuStatus, :rsuIdEnc, :now, :staff)
                RETURNING id
                """), d)
                .param("center", centerId).param("creationKey", creationKey)
                .param("now", Timestamp.from(now)).param("staff", staffId)
                .query(Long.class).single();
        knownAt(id, centerId, now);
        return id;
    }

    /** Saves the form over the file if nobody saved it since {@code version}; false otherwise. */
    boolean update(long id, int version, PersonalDetails d, long staffId, Instant now) {
        return bind(jdbc.sql("""
                UPDATE beneficiary SET
                    first_name_ar = :firstNameAr, last_name_ar = :lastNameAr, first_name_latin = :firstNameLatin,
                    last_name_latin = :lastNameLatin, name_search = :nameSearch, name_key_ar = :nameKeyAr,
                    name_key_latin = :nameKeyLatin, sex = :sex, birth_date = :birthDate, birth_year = :birthYear,
                    cin_enc = :cinEnc, cin_hash = :cinHash, phone_enc = :phoneEnc, phone_hash = :phoneHash,
                    province_id = :provinceId, commune = :commune, household_size = :householdSize,
                    situations = :situations, disability_type = :disabilityType, chronic_illness = :chronicIllness,
                    pregnant = :pregnant, literacy = :literacy, education = :education, employment = :employment,
                    rsu_status = :rsuStatus, rsu_id_enc = :rsuIdEnc, updated_at = :now, updated_by = :staff,
                    version = version + 1
                 WHERE id = :id AND version = :version AND anonymised_at IS NULL
                """), d)
                .param("id", id).param("version", version).param("now", Timestamp.from(now)).param("staff", staffId)
                .update() == 1;
    }

    void seen(long id, Instant now) {
        jdbc.sql("UPDATE beneficiary SET last_seen_at = greatest(last_seen_at, ?) WHERE id = ?").params(Timestamp.from(now), id).update();
    }

    /**
     * Empties a person's file for good (erasure on request, or retention): every personal and
     * quasi-identifying field goes — names, identifiers, birth, sex, place, household, situation,
     * health, education, work, the registering center and who wrote it — and with them the centers
     * that knew the person and their consents. The empty row keeps its number, so that the trail of
     * who read the file and figures already counted keep their meaning.
     */
    boolean anonymise(long id, Instant now) {
        boolean done = jdbc.sql("""
                UPDATE beneficiary SET first_name_ar = '', last_name_ar = '', first_name_latin = '', last_name_latin = '',
                       name_search = '', name_key_ar = '', name_key_latin = '', sex = NULL, birth_date = NULL, birth_year = NULL,
                       cin_enc = NULL, cin_hash = NULL, phone_enc = NULL, phone_hash = NULL, province_id = NULL, commune = '',
                       household_size = NULL, situations = '{}', disability_type = NULL, chronic_illness = NULL, pregnant = NULL,
                       literacy = NULL, education = NULL, employment = NULL, rsu_status = 'UNKNOWN', rsu_id_enc = NULL,
                       creation_key = NULL, registered_center_id = NULL, created_by = NULL, updated_by = NULL,
                       anonymised_at = ?, updated_at = ?, version = version + 1
                 WHERE id = ? AND anonymised_at IS NULL
                """).params(Timestamp.from(now), Timestamp.from(now), id).update() == 1;
        if (done) {
            jdbc.sql("DELETE FROM beneficiary_center WHERE beneficiary_id = ?").param(id).update();
            jdbc.sql("DELETE FROM consent WHERE beneficiary_id = ?").param(id).update();
            jdbc.sql("UPDATE access_alert SET beneficiary_id = NULL WHERE beneficiary_id = ?").param(id).update();
        }
        return done;
    }

    /**
     * People not seen since {@code cutoff}, oldest first — except those a partner is still
     * accompanying or has still to answer: their file is in use, even if the center has not seen them.
     */
    List<Long> notSeenSince(Instant cutoff, int limit) {
        return jdbc.sql("""
                SELECT b.id FROM beneficiary b
                 WHERE b.anonymised_at IS NULL AND b.last_seen_at < ?
                   AND NOT EXISTS (SELECT 1 FROM referral_open r WHERE r.beneficiary_id = b.id
                                                              AND r.status IN ('SENT', 'ACCEPTED', 'IN_ACCOMPANIMENT'))
                 ORDER BY b.last_seen_at LIMIT ?
                """).params(Timestamp.from(cutoff), limit).query(Long.class).list();
    }

    /** Every person whose names hold every word (the administrator's search, nationwide). */
    List<Row> searchByNameEverywhere(List<String> words, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT b.*, c.name_ar AS center_ar, c.name_zgh AS center_zgh, c.name_fr AS center_fr, c.name_en AS center_en,
                       false AS known_here
                  FROM beneficiary b JOIN center_place c ON c.id = b.registered_center_id
                 WHERE b.anonymised_at IS NULL
                """);
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND b.name_search LIKE :w").append(i);
        }
        sql.append(" ORDER BY similarity(b.name_search, :all) DESC, b.id LIMIT :limit");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("all", String.join(" ", words)).param("limit", limit);
        for (int i = 0; i < words.size(); i++) {
            spec = spec.param("w" + i, "%" + words.get(i) + "%");
        }
        return spec.query(this::row).list();
    }

    void knownAt(long id, long centerId, Instant now) {
        jdbc.sql("""
                INSERT INTO beneficiary_center (beneficiary_id, center_id, since) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING
                """).params(id, centerId, Timestamp.from(now)).update();
    }

    /** The centers that know a person. */
    List<Long> centersKnowing(long id) {
        return jdbc.sql("SELECT center_id FROM beneficiary_center WHERE beneficiary_id = ? ORDER BY center_id").param(id)
                .query(Long.class).list();
    }

    boolean isKnownAt(long id, long centerId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM beneficiary_center WHERE beneficiary_id = ? AND center_id = ?)")
                .params(id, centerId).query(Boolean.class).single();
    }

    Optional<Long> byCreationKey(String key) {
        return jdbc.sql("SELECT id FROM beneficiary WHERE creation_key = ?").param(key).query(Long.class).optional();
    }

    Optional<Beneficiary> find(long id, LocalDate today) {
        return jdbc.sql("SELECT * FROM beneficiary WHERE id = ? AND anonymised_at IS NULL").param(id)
                .query((rs, n) -> beneficiary(rs, consent(id, today))).optional();
    }

    ConsentStatus consent(long id, LocalDate today) {
        return jdbc.sql("""
                SELECT decision, scopes, valid_until FROM consent
                 WHERE beneficiary_id = ? AND decision IN ('GIVEN', 'WITHDRAWN')
                 ORDER BY recorded_at DESC, id DESC LIMIT 1
                """).param(id).query((rs, n) -> {
                    Date until = rs.getDate("valid_until");
                    if (!"GIVEN".equals(rs.getString("decision")) || until == null || until.toLocalDate().isBefore(today)) {
                        return ConsentStatus.NONE;
                    }
                    return new ConsentStatus(enums(rs.getArray("scopes"), ConsentScope.class), until.toLocalDate());
                }).optional().orElse(ConsentStatus.NONE);
    }

    void recordConsent(@Nullable Long beneficiaryId, long centerId, String decision, Set<ConsentScope> scopes,
            long staffId, Instant now, @Nullable LocalDate validUntil) {
        jdbc.sql("""
                INSERT INTO consent (beneficiary_id, center_id, decision, scopes, recorded_at, recorded_by, valid_until)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(beneficiaryId, centerId, decision, names(scopes), Timestamp.from(now), staffId,
                validUntil == null ? null : Date.valueOf(validUntil)).update();
    }

    /** People of a center whose names contain every word of the query. */
    List<Row> searchByName(long centerId, List<String> words, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT b.*, c.name_ar AS center_ar, c.name_zgh AS center_zgh, c.name_fr AS center_fr, c.name_en AS center_en,
                       true AS known_here
                  FROM beneficiary b JOIN beneficiary_center bc ON bc.beneficiary_id = b.id AND bc.center_id = :center
                  LEFT JOIN center_place c ON c.id = b.registered_center_id
                 WHERE b.anonymised_at IS NULL
                """);
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND b.name_search LIKE :w").append(i);
        }
        sql.append(" ORDER BY similarity(b.name_search, :all) DESC, b.id LIMIT :limit");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("center", centerId)
                .param("all", String.join(" ", words)).param("limit", limit);
        for (int i = 0; i < words.size(); i++) {
            spec = spec.param("w" + i, "%" + words.get(i) + "%");
        }
        return spec.query(this::row).list();
    }

    /** People known at the center with this ID card or phone hash. */
    List<Row> byIdentifierHash(String column, String hash, long centerId) {
        return jdbc.sql("""
                SELECT b.*, c.name_ar AS center_ar, c.name_zgh AS center_zgh, c.name_fr AS center_fr, c.name_en AS center_en,
                       true AS known_here
                  FROM beneficiary b JOIN beneficiary_center bc ON bc.beneficiary_id = b.id AND bc.center_id = :center
                  LEFT JOIN center_place c ON c.id = b.registered_center_id
                 WHERE b.anonymised_at IS NULL AND b.%s = :hash
                 ORDER BY b.id LIMIT 20
                """.formatted(column)).param("hash", hash).param("center", centerId).query(this::row).list();
    }

    /** People anywhere with this ID card hash (the administrator's search). */
    List<Row> byIdentifierHashEverywhere(String column, String hash) {
        return jdbc.sql("""
                SELECT b.*, c.name_ar AS center_ar, c.name_zgh AS center_zgh, c.name_fr AS center_fr, c.name_en AS center_en,
                       false AS known_here
                  FROM beneficiary b LEFT JOIN center_place c ON c.id = b.registered_center_id
                 WHERE b.anonymised_at IS NULL AND b.%s = :hash
                 ORDER BY b.id LIMIT 20
                """.formatted(column)).param("hash", hash).query(this::row).list();
    }

    /** The file, anywhere, of the card with this number and birth date (at most one: a unique index). */
    Optional<Long> byCard(NationalId nationalId, LocalDate birthDate) {
        return jdbc.sql("SELECT id FROM beneficiary WHERE cin_hash = ? AND birth_date = ? AND anonymised_at IS NULL")
                .params(hashOf(nationalId), Date.valueOf(birthDate)).query(Long.class).optional();
    }

    /** Whether a file other than {@code exceptId} holds this ID card number, with whatever birth date. */
    boolean cinHeldByAnother(NationalId nationalId, @Nullable Long exceptId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM beneficiary WHERE cin_hash = ? AND id <> ? AND anonymised_at IS NULL)")
                .params(hashOf(nationalId), exceptId == null ? -1L : exceptId).query(Boolean.class).single();
    }

    /** Files known at the center that share the ID card, the phone, or the full name and birth year of the form. */
    List<DuplicateRow> duplicates(PersonalDetails d, @Nullable Long exceptId, long centerId) {
        String cinHash = NationalId.parse(d.nationalId()).map(n -> cipher.lookupHash(n.value())).orElse(null);
        String phoneHash = PhoneNumber.parse(d.phone()).map(p -> cipher.lookupHash(p.e164())).orElse(null);
        String keyAr = NameKeys.key(d.firstNameAr(), d.lastNameAr());
        String keyLatin = NameKeys.key(d.firstNameLatin(), d.lastNameLatin());
        return jdbc.sql("""
                SELECT b.*, c.name_ar AS center_ar, c.name_zgh AS center_zgh, c.name_fr AS center_fr, c.name_en AS center_en,
                       true AS known_here,
                       coalesce(b.cin_hash = :cin, false) AS same_cin,
                       coalesce(b.phone_hash = :phone, false) AS same_phone,
                       coalesce(b.birth_year = :year AND ((:keyAr <> '' AND b.name_key_ar = :keyAr)
                                OR (:keyLatin <> '' AND b.name_key_latin = :keyLatin)), false) AS same_name
                  FROM beneficiary b JOIN beneficiary_center bc ON bc.beneficiary_id = b.id AND bc.center_id = :center
                  LEFT JOIN center_place c ON c.id = b.registered_center_id
                 WHERE b.anonymised_at IS NULL AND b.id <> :except
                   AND (b.cin_hash = :cin OR b.phone_hash = :phone
                        OR (b.birth_year = :year AND ((:keyAr <> '' AND b.name_key_ar = :keyAr)
                                                      OR (:keyLatin <> '' AND b.name_key_latin = :keyLatin))))
                 ORDER BY b.id LIMIT 20
                """).param("cin", cinHash).param("phone", phoneHash).param("year", d.effectiveBirthYear())
                .param("keyAr", keyAr).param("keyLatin", keyLatin).param("except", exceptId == null ? -1L : exceptId)
                .param("center", centerId)
                .query((rs, n) -> {
                    EnumSet<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
                    if (rs.getBoolean("same_cin")) {
                        reasons.add(DuplicateReason.SAME_NATIONAL_ID);
                    }
                    if (rs.getBoolean("same_phone")) {
                        reasons.add(DuplicateReason.SAME_PHONE);
                    }
                    if (rs.getBoolean("same_name")) {
                        reasons.add(DuplicateReason.SAME_NAME_AND_BIRTH_YEAR);
                    }
                    return new DuplicateRow(row(rs, n), reasons);
                }).list();
    }

    /**
     * Files a partner may see: of people with a referral addressed to it that is open — sent (a
     * profile without identity) or accepted and in accompaniment (with it) — and who still agree to
     * sharing. A person whose referrals there are all closed is not returned at all.
     */
    List<SharedFile> sharedWith(long organizationId, Collection<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT b.*, EXISTS (SELECT 1 FROM referral_open r WHERE r.beneficiary_id = b.id AND r.organization_id = :organization
                                                             AND r.status IN ('ACCEPTED', 'IN_ACCOMPANIMENT')) AS identified
                  FROM beneficiary b
                 WHERE b.id = ANY (:ids) AND b.anonymised_at IS NULL
                   AND EXISTS (SELECT 1 FROM referral_open r WHERE r.beneficiary_id = b.id AND r.organization_id = :organization
                                                          AND r.status IN ('SENT', 'ACCEPTED', 'IN_ACCOMPANIMENT'))
                """).param("ids", ids.toArray(Long[]::new)).param("organization", organizationId)
                .query((rs, n) -> {
                    String phone = clear(rs.getString("phone_enc"));
                    String sex = rs.getString("sex");
                    SharedFile file = new SharedFile(rs.getLong("id"),
                            (rs.getString("first_name_ar") + " " + rs.getString("last_name_ar")).strip(),
                            (rs.getString("first_name_latin") + " " + rs.getString("last_name_latin")).strip(),
                            sex == null ? null : Sex.valueOf(sex),
                            rs.getObject("birth_year") == null ? null : rs.getInt("birth_year"),
                            phone == null ? "" : new PhoneNumber(phone).national(),
                            rs.getObject("province_id") == null ? null : rs.getInt("province_id"), rs.getString("commune"),
                            en(rs, "literacy", Literacy.class), en(rs, "education", Education.class),
                            en(rs, "employment", Employment.class), true);
                    return rs.getBoolean("identified") ? file : file.withoutIdentity();
                }).list().stream().filter(f -> consent(f.id(), today).covers(ConsentScope.SHARING)).toList();
    }

    String hashOf(NationalId id) {
        return cipher.lookupHash(id.value());
    }

    String hashOf(PhoneNumber phone) {
        return cipher.lookupHash(phone.e164());
    }

    /** A search hit: the file and what the list shows of it. */
    record Row(long id, String nameAr, String nameLatin, @Nullable Integer birthYear, @Nullable Sex sex,
            @Nullable String nationalId, @Nullable String phone, LocalizedText center,
            boolean knownHere) {
    }

    record DuplicateRow(Row row, Set<DuplicateReason> reasons) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        String sex = rs.getString("sex");
        return new Row(rs.getLong("id"),
                (rs.getString("first_name_ar") + " " + rs.getString("last_name_ar")).strip(),
                (rs.getString("first_name_latin") + " " + rs.getString("last_name_latin")).strip(),
                rs.getObject("birth_year") == null ? null : rs.getInt("birth_year"),
                sex == null ? null : Sex.valueOf(sex), clear(rs.getString("cin_enc")), clear(rs.getString("phone_enc")),
                new LocalizedText(rs.getString("center_ar"), rs.getString("center_zgh"),
                        rs.getString("center_fr"), rs.getString("center_en")),
                rs.getBoolean("known_here"));
    }

    private Beneficiary beneficiary(ResultSet rs, ConsentStatus consent) throws SQLException {
        Date birthDate = rs.getDate("birth_date");
        String cin = clear(rs.getString("cin_enc"));
        String phone = clear(rs.getString("phone_enc"));
        String rsuId = clear(rs.getString("rsu_id_enc"));
        PersonalDetails details = new PersonalDetails(rs.getString("first_name_ar"), rs.getString("last_name_ar"),
                rs.getString("first_name_latin"), rs.getString("last_name_latin"), en(rs, "sex", Sex.class),
                birthDate == null ? null : birthDate.toLocalDate(),
                rs.getObject("birth_year") == null ? null : rs.getInt("birth_year"),
                cin == null ? "" : cin, phone == null ? "" : new PhoneNumber(phone).national(),
                rs.getObject("province_id") == null ? null : rs.getInt("province_id"), rs.getString("commune"),
                rs.getObject("household_size") == null ? null : rs.getInt("household_size"),
                enums(rs.getArray("situations"), Situation.class), en(rs, "disability_type", DisabilityType.class),
                (Boolean) rs.getObject("chronic_illness"), (Boolean) rs.getObject("pregnant"),
                en(rs, "literacy", Literacy.class), en(rs, "education", Education.class),
                en(rs, "employment", Employment.class), RsuStatus.valueOf(rs.getString("rsu_status")),
                rsuId == null ? "" : rsuId);
        return new Beneficiary(rs.getLong("id"), rs.getLong("registered_center_id"), details, consent,
                rs.getInt("version"), rs.getTimestamp("created_at").toInstant());
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, PersonalDetails d) {
        Optional<NationalId> cin = NationalId.parse(d.nationalId());
        Optional<PhoneNumber> phone = PhoneNumber.parse(d.phone());
        Optional<RsuIdentifier> rsu = d.rsuStatus() == RsuStatus.REGISTERED ? RsuIdentifier.parse(d.rsuId()) : Optional.empty();
        Integer year = d.effectiveBirthYear();
        return spec.param("firstNameAr", d.firstNameAr().strip()).param("lastNameAr", d.lastNameAr().strip())
                .param("firstNameLatin", d.firstNameLatin().strip()).param("lastNameLatin", d.lastNameLatin().strip())
                .param("nameSearch", NameKeys.searchText(d.firstNameAr(), d.lastNameAr(), d.firstNameLatin(), d.lastNameLatin()))
                .param("nameKeyAr", NameKeys.key(d.firstNameAr(), d.lastNameAr()))
                .param("nameKeyLatin", NameKeys.key(d.firstNameLatin(), d.lastNameLatin()))
                .param("sex", d.sex() == null ? null : d.sex().name())
                .param("birthDate", d.birthDate() == null ? null : Date.valueOf(d.birthDate()))
                .param("birthYear", year == null ? null : year.shortValue())
                .param("cinEnc", cin.map(c -> cipher.encrypt(c.value())).orElse(null))
                .param("cinHash", cin.map(this::hashOf).orElse(null))
                .param("phoneEnc", phone.map(p -> cipher.encrypt(p.e164())).orElse(null))
                .param("phoneHash", phone.map(this::hashOf).orElse(null))
                .param("provinceId", d.provinceId()).param("commune", d.commune().strip())
                .param("householdSize", d.householdSize() == null ? null : d.householdSize().shortValue())
                .param("situations", names(d.situations()))
                .param("disabilityType", name(d.disabilityType())).param("chronicIllness", d.chronicIllness())
                .param("pregnant", d.pregnant()).param("literacy", name(d.literacy()))
                .param("education", name(d.education())).param("employment", name(d.employment()))
                .param("rsuStatus", d.rsuStatus().name())
                .param("rsuIdEnc", rsu.map(r -> cipher.encrypt(r.value())).orElse(null));
    }

    private @Nullable String clear(@Nullable String sealed) {
        return sealed == null ? null : cipher.decrypt(sealed);
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static <E extends Enum<E>> @Nullable E en(ResultSet rs, String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (String value : (String[]) array.getArray()) {
            set.add(Enum.valueOf(type, value));
        }
        return set;
    }
}
