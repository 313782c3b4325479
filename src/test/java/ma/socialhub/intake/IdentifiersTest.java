package ma.socialhub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @Test
    void anIdCardNumberIsReadLenientlyAndKeptInUpperCase() {
        assertThat(NationalId.parse("be 123-456")).contains(new NationalId("BE123456"));
        assertThat(NationalId.parse("J1")).contains(new NationalId("J1"));
        assertThat(NationalId.parse("AB12345678")).contains(new NationalId("AB12345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456", "ABC123", "AB123456789", "B-12-X", "'; DROP TABLE beneficiary; --", "<script>"})
    void whatIsNotAnIdCardNumberIsRefused(String typed) {
        assertThat(NationalId.parse(typed)).isEmpty();
    }

    @Test
    void aMaskedIdCardNumberShowsOnlyItsLettersAndLastTwoDigits() {
        assertThat(new NationalId("BE123456").masked()).isEqualTo("BE••••56");
        assertThat(new NationalId("J1").masked()).isEqualTo("J1");
    }

    @Test
    void aMoroccanMobileInNationalOrInternationalFormIsOneE164Number() {
        Optional<PhoneNumber> national = PhoneNumber.parse("06 12 34 56 78");
        assertThat(national).contains(new PhoneNumber("+212612345678"));
        assertThat(PhoneNumber.parse("+212 612-345678")).isEqualTo(national);
        assertThat(PhoneNumber.parse("00212612345678")).isEqualTo(national);
        assertThat(PhoneNumber.parse("0712345678")).contains(new PhoneNumber("+212712345678"));
        assertThat(PhoneNumber.parse("0528823456")).contains(new PhoneNumber("+212528823456"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "0612", "+33612345678", "phone", "06123456789012345678901234567890"})
    void aNumberThatIsNotAValidMoroccanNumberIsRefused(String typed) {
        assertThat(PhoneNumber.parse(typed)).isEmpty();
    }

    @Test
    void aPhoneNumberShowsAsMoroccansWriteItAndMaskedKeepsTheLastTwoDigits() {
        PhoneNumber phone = new PhoneNumber("+212612345678");
        assertThat(phone.national().replace(" ", "")).isEqualTo("0612345678");
        assertThat(phone.masked()).startsWith("06").endsWith("78").doesNotContain("3456");
    }

    @Test
    void aSocialRegistryIdentifierHasExactlyTenDigits() {
        assertThat(RsuIdentifier.parse("12345 67890")).contains(new RsuIdentifier("1234567890"));
        assertThat(RsuIdentifier.parse("123456789")).isEmpty();
        assertThat(RsuIdentifier.parse("12345678901")).isEmpty();
        assertThat(RsuIdentifier.parse("12345678a0")).isEmpty();
    }
}
