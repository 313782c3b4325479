package ma.socialhub.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import ma.socialhub.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Nodes of one database share one data key: a node with another key stops before serving anyone. */
@IntegrationTest
class DataKeyCheckTest {

    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataCipher cipher;
    @Autowired HubSecrets secrets;

    @Test
    void theRunningNodesKeyMatchesTheCheckValueStoredInTheDatabase() {
        assertThat(jdbc.sql("SELECT value FROM hub_secret WHERE name = ?").param(DataKeyCheck.NAME).query(String.class).single())
                .isEqualTo(cipher.keyCheckValue());
        new DataKeyCheck(jdbc, cipher, secrets).verify();
    }

    @Test
    void aNodeWithAnotherKeyRefusesToStartWithAMessageThatSaysWhatToDo() {
        PersonalDataCipher other = new PersonalDataCipher(new DataKey("b3RoZXIta2V5LWZvci10aGUtaHViLW9ubHktMzItYnl0ZXMh", "", false));
        assertThatThrownBy(() -> new DataKeyCheck(jdbc, other, secrets).verify()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not the key this database was written with").hasMessageContaining("same HUB_DATA_KEY");
    }

    @Test
    void theCheckValueRevealsNothingOfTheKey() {
        DataKey key = new DataKey(DataKeyTest.KEY, "", false);
        String check = new PersonalDataCipher(key).keyCheckValue();
        assertThat(check).hasSize(22).doesNotContain(DataKeyTest.KEY.substring(0, 8));
        assertThat(Base64.getUrlDecoder().decode(check)).isNotEqualTo(Arrays.copyOf(key.bytes(), 16));
    }
}
