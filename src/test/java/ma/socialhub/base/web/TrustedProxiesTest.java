package ma.socialhub.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which proxies Tomcat believes about a client's address: exactly those listed, as Tomcat writes addresses. */
class TrustedProxiesTest {

    @Test
    void byDefaultOnlyLoopbackIsTrustedAndNoPrivateAddress() {
        assertThat(TrustedProxies.trusted(TrustedProxies.DEFAULT, "127.0.0.1")).isTrue();
        assertThat(TrustedProxies.trusted(TrustedProxies.DEFAULT, "0:0:0:0:0:0:0:1")).isTrue();
        // Tomcat's own default trusts these: anyone on a center's network could pretend to be anyone
        for (String privateAddress : new String[] {"10.0.0.7", "192.168.1.20", "172.16.5.5", "169.254.1.1", "127.0.0.2"}) {
            assertThat(TrustedProxies.trusted(TrustedProxies.DEFAULT, privateAddress)).as(privateAddress).isFalse();
        }
    }

    @Test
    void rangesMatchTheirAddressesAndNothingAround() {
        String listed = "10.0.1.0/24, 172.16.0.0/12, 192.0.2.5, 2001:db8:1:0:0:0:0:0/48";
        assertThat(TrustedProxies.trusted(listed, "10.0.1.0")).isTrue();
        assertThat(TrustedProxies.trusted(listed, "10.0.1.255")).isTrue();
        assertThat(TrustedProxies.trusted(listed, "10.0.2.1")).isFalse();
        assertThat(TrustedProxies.trusted(listed, "172.31.255.254")).isTrue();
        assertThat(TrustedProxies.trusted(listed, "172.32.0.1")).isFalse();
        assertThat(TrustedProxies.trusted(listed, "172.15.0.1")).isFalse();
        assertThat(TrustedProxies.trusted(listed, "192.0.2.5")).isTrue();
        assertThat(TrustedProxies.trusted(listed, "192.0.2.55")).isFalse();
        assertThat(TrustedProxies.trusted(listed, "2001:db8:1:ab:0:0:0:9")).isTrue();
        assertThat(TrustedProxies.trusted(listed, "2001:db8:2:0:0:0:0:1")).isFalse();
        assertThat(TrustedProxies.trusted("", "127.0.0.1")).as("an empty list trusts nobody").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.example.ma", "10.0.0.0/33", "10.0.0.0/x", "2001:db8::/50", "10.0.0.1/8/8", ".*"})
    void whatCannotBeTurnedExactlyIsRefusedAtStartWithWhatToWrite(String entry) {
        assertThatThrownBy(() -> TrustedProxies.regex(entry)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hub.trusted-proxies").hasMessageContaining(entry);
    }
}
