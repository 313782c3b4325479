package ma.socialhub.phone.web;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The one page the citizen's phone pages are drawn with (ADR 0028): plain HTML, its style and its
 * small script inline, so that a first visit is one request. Mustache escapes every value; the
 * inline style and script are allowed by their hashes in the page's Content-Security-Policy, and
 * nothing else may run.
 */
@Component
class PhoneTemplate {

    private final Template page;
    private final String css;
    private final String script;
    private final String contentSecurityPolicy;

    PhoneTemplate() {
        // an absent value is an empty text, and an empty text is a section that is not drawn
        this.page = Mustache.compiler().emptyStringIsFalse(true).defaultValue("").compile(read("phone.mustache"));
        this.css = read("phone.css");
        this.script = read("phone.js");
        this.contentSecurityPolicy = "default-src 'none'; style-src '" + sha256(css) + "'; script-src '" + sha256(script)
                + "'; connect-src 'self'; font-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    }

    String render(Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("css", css);
        all.put("script", script);
        return page.execute(all);
    }

    String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    private static String read(String name) {
        try (InputStream in = new ClassPathResource("templates/phone/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
