package ma.socialhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where an administrator may point the HTTP gateway, with the provider's token. */
class GatewayChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://sms.example.ma/send", "https://api.aggregator.com:8443/v1/messages"})
    void aProvidersHttpsAddressIsAccepted(String url) {
        assertThat(GatewayChecks.validUrl(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://sms.example.ma/send",
            "https://127.0.0.1/send",
            "https://localhost:8080/actuator",
            "https://10.0.0.5/send",
            "https://192.168.1.20/send",
            "https://169.254.169.254/latest/meta-data",
            "https://[::1]/send",
            "https://[fd00::1]/send",
            "https://user:secret@sms.example.ma/send",
            "https://sms.example.ma/send?apikey=abc",
            "ftp://sms.example.ma/send",
            "not a url"})
    void anAddressOfThisNetworkOrWithASecretInItIsRefused(String url) {
        assertThat(GatewayChecks.validUrl(url)).isFalse();
    }
}
