package ma.socialhub.intake;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ma.socialhub.base.security.PersonalDataCipher;
import ma.socialhub.intake.PeopleBulkLoad.Person;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The COPY behind {@link PeopleBulkLoad}: ids are taken from the sequence first, then the people,
 * the center that knows each and their consent go in as CSV, on the caller's connection (in its
 * transaction if it has one). Identifiers are encrypted and hashed, names normalised, as
 * {@link BeneficiaryStore} does for a registration at the counter.
 */
@Repository
class PeopleCopy {

    private final DataSource dataSource;
    private final PersonalDataCipher cipher;

    PeopleCopy(DataSource dataSource, PersonalDataCipher cipher) {
        this.dataSource = dataSource;
        this.cipher = cipher;
    }

    /** Inserts {@code people}, registered by {@code staffId} at {@code at}; returns their ids in order. */
    List<Long> load(List<Person> people, long staffId, Instant at, LocalDate consentUntil) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return copy(connection, people, staffId, at, consentUntil);
        } catch (SQLException e) {
            throw new IllegalStateException("Bulk load of people failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private List<Long> copy(Connection connection, List<Person> people, long staffId, Instant at, LocalDate consentUntil)
            throws SQLException {
        List<Long> ids = new ArrayList<>(people.size());
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT nextval(pg_get_serial_sequence('beneficiary', 'id')) FROM generate_series(1, "
                        + people.size() + ")")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        StringBuilder beneficiaries = new StringBuilder();
        StringBuilder known = new StringBuilder();
        StringBuilder consents = new StringBuilder();
        String when = at.toString();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            long id = ids.get(i);
            String cinEnc = "";
            String cinHash = "";
            if (p.nationalId() != null) {
                NationalId cin = NationalId.parse(p.nationalId()).orElseThrow();
                cinEnc = cipher.encrypt(cin.value());
                cinHash = cipher.lookupHash(cin.value());
            }
            String phoneEnc = "";
            String phoneHash = "";
            if (p.phone() != null) {
                PhoneNumber phone = PhoneNumber.parse(p.phone()).orElseThrow();
                phoneEnc = cipher.encrypt(phone.e164());
                phoneHash = cipher.lookupHash(phone.e164());
            }
            row(beneficiaries, id, p.centerId(), p.firstNameAr(), p.lastNameAr(), p.firstNameLatin(), p.lastNameLatin(),
                    NameKeys.searchText(p.firstNameAr(), p.lastNameAr(), p.firstNameLatin(), p.lastNameLatin()),
                    NameKeys.key(p.firstNameAr(), p.lastNameAr()), NameKeys.key(p.firstNameLatin(), p.lastNameLatin()),
                    p.sex().name(), p.birthYear(), cinEnc, cinHash, phoneEnc, phoneHash, p.provinceId(), p.situations(), when,
                    staffId, when, staffId, when);
            row(known, id, p.centerId(), when);
            row(consents, id, p.centerId(), "GIVEN", "{PROCESSING,SHARING}", when, staffId, consentUntil);
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try {
            copy.copyIn("""
                    COPY beneficiary (id, registered_center_id, first_name_ar, last_name_ar, first_name_latin, last_name_latin,
                        name_search, name_key_ar, name_key_latin, sex, birth_year, cin_enc, cin_hash, phone_enc, phone_hash,
                        province_id, situations, created_at, created_by, updated_at, updated_by, last_seen_at)
                    FROM STDIN WITH (FORMAT csv, NULL '')
                    """, new StringReader(beneficiaries.toString()));
            copy.copyIn("COPY beneficiary_center (beneficiary_id, center_id, since) FROM STDIN WITH (FORMAT csv)",
                    new StringReader(known.toString()));
            copy.copyIn("""
                    COPY consent (beneficiary_id, center_id, decision, scopes, recorded_at, recorded_by, valid_until)
                    FROM STDIN WITH (FORMAT csv)
                    """, new StringReader(consents.toString()));
        } catch (IOException e) {
            throw new IllegalStateException("Bulk load of people failed: " + e.getMessage(), e);
        }
        return ids;
    }

    private static void row(StringBuilder out, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String text = String.valueOf(cells[i]);
            if (text.isEmpty()) {
                continue;
            }
            out.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        out.append('\n');
    }
}
