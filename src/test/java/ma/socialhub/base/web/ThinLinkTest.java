package ma.socialhub.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import ma.socialhub.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a weak link is spared, through real HTTP (issue 18): text answers compressed for a browser
 * that accepts it, fonts in WOFF2 kept a year, and a name that is no file not kept.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ThinLinkTest {

    @LocalServerPort int port;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aStyleSheetIsSentCompressedToABrowserThatAcceptsItAndWholeToOneThatDoesNot() throws Exception {
        HttpResponse<byte[]> compressed = get("/styles/hub.css", "gzip, deflate, br");
        HttpResponse<byte[]> plain = get("/styles/hub.css", null);

        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(compressed.body().length).isLessThan(plain.body().length * 6 / 10);
        assertThat(gunzip(compressed.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8)).contains("@font-face");
    }

    @Test
    void theSignInPageIsSentCompressed() throws Exception {
        HttpResponse<byte[]> page = get("/login", "gzip");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(page.body())).contains("<html");
    }

    @Test
    void aShippedFontIsKeptAYearAndAMissingOneIsNotKept() throws Exception {
        HttpResponse<byte[]> font = get("/fonts/NotoSansArabic-Regular.woff2", "gzip");
        HttpResponse<byte[]> missing = get("/fonts/NoSuchFont.woff2", "gzip");

        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(font.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(font.headers().firstValue("Expires")).isEmpty();
        assertThat(font.headers().firstValue("Content-Encoding")).as("WOFF2 is compressed already").isEmpty();
        // Vaadin answers a name that is no file with its page: that answer must not stay a year either
        assertThat(missing.headers().firstValue("Cache-Control").orElse("")).doesNotContain("max-age=31536000");
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
