package ma.socialhub.messaging.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import ma.socialhub.messaging.GatewaySettings;
import ma.socialhub.messaging.Sms;
import ma.socialhub.messaging.SmsGateway;
import ma.socialhub.messaging.SmsParts;
import ma.socialhub.messaging.SubmitOutcome;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An aggregator's plain HTTP interface, for providers that offer no SMPP: one JSON POST a message,
 * with the account's token as a bearer and the outbox reference both in the body and as an
 * {@code Idempotency-Key}, so that a message posted again after a lost answer is one message at a
 * provider that honours the key. The contract (body {@code {reference, to, from, text, parts}},
 * answer {@code {id}}) is the common shape of Moroccan and international aggregators; an adapter
 * in front of one with another shape is a few lines of configuration at its side, not here.
 *
 * <p>Answers: 2xx accepted; 429 throttled (after {@code Retry-After}); 400 and 422 refused for
 * good (a number the provider will never take); 401 and 403 a wrong token — not ready, and not
 * the message's fault, so it is not counted against it; anything else or no answer: try again.
 */
final class HttpSmsGateway implements SmsGateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final GatewaySettings settings;
    private final HttpClient http;
    private final Semaphore window;
    private final RateLimit rate;
    private volatile boolean ready = true;
    private volatile boolean closed;

    HttpSmsGateway(GatewaySettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.window = new Semaphore(Math.max(1, settings.window()));
        this.rate = new RateLimit(settings.ratePerSecond());
    }

    @Override
    public SubmitOutcome submit(Sms sms) {
        if (closed) {
            return new SubmitOutcome.Failed(false, "gateway closed");
        }
        int parts = SmsParts.of(sms.text()).count();
        try {
            if (!window.tryAcquire(30, TimeUnit.SECONDS)) {
                return new SubmitOutcome.Throttled(Duration.ofSeconds(1));
            }
            try {
                rate.take(parts);
                HttpResponse<String> response = http.send(request(sms, parts), HttpResponse.BodyHandlers.ofString());
                return outcome(response, parts, sms.reference());
            } finally {
                window.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SubmitOutcome.Failed(false, "interrupted");
        } catch (IOException | IllegalArgumentException e) {
            return new SubmitOutcome.Failed(false, "no answer: " + e.getClass().getSimpleName());
        }
    }

    private HttpRequest request(Sms sms, int parts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", String.valueOf(sms.reference()));
        body.put("to", sms.to());
        body.put("from", sms.sender());
        body.put("text", sms.text());
        body.put("parts", parts);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.httpUrl()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", "hub-" + sms.reference())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        String token = settings.password();
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private SubmitOutcome outcome(HttpResponse<String> response, int parts, long reference) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            ready = true;
            String id = idOf(response.body());
            // taken: sending it again would send it twice; without the provider's id no receipt will match
            return new SubmitOutcome.Accepted(id == null ? "hub-" + reference : id, parts);
        }
        if (status == 401 || status == 403) {
            ready = false;
            return new SubmitOutcome.Failed(false, "refused the account (" + status + ")");
        }
        ready = true;
        if (status == 429) {
            return new SubmitOutcome.Throttled(retryAfter(response));
        }
        if (status == 400 || status == 422) {
            return new SubmitOutcome.Failed(true, "refused (" + status + ")");
        }
        return new SubmitOutcome.Failed(false, "provider answered " + status);
    }

    private static @Nullable String idOf(String body) {
        try {
            JsonNode id = JSON.readTree(body).get("id");
            return id == null || id.isNull() || id.asString().isBlank() ? null : id.asString();
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After")
                .filter(v -> v.matches("\\d{1,4}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v)))
                .orElse(Duration.ofSeconds(5));
    }

    @Override
    public boolean ready() {
        return ready && !closed;
    }

    @Override
    public String describe() {
        URI url = URI.create(settings.httpUrl());
        return "HTTP " + url.getScheme() + "://" + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "")
                + (ready() ? " (answering)" : " (account refused)");
    }

    @Override
    public void close() {
        closed = true;
        http.close();
    }
}
