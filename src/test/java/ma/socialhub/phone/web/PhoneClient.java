package ma.socialhub.phone.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A phone, as far as the phone pages are concerned: plain HTTP, forms, and an event stream. */
final class PhoneClient {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    PhoneClient(int port) {
        this.port = port;
    }

    record Page(int status, HttpResponse<String> response, Document html) {

        String text(String css) {
            return html.select(css).text();
        }

        boolean has(String css) {
            return !html.select(css).isEmpty();
        }
    }

    Page get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET().build());
        return new Page(response.statusCode(), response, Jsoup.parse(response.body()));
    }

    /** A form sent as a browser sends it; a "see other" answer is followed, as a browser does. */
    Page post(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() == 303) {
            return get(response.headers().firstValue("Location").orElseThrow());
        }
        return new Page(response.statusCode(), response, Jsoup.parse(response.body()));
    }

    /** The page's event stream, as its script opens it. */
    Events events(Page page) {
        String path = page.html().select("main[data-events]").attr("data-events");
        return new Events(http, uri(path));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One Server-Sent Events stream: the events as they come, and the bytes they took. */
    static final class Events implements AutoCloseable {

        record Event(String name, String data, String id, int bytes) {
        }

        final int status;
        private final BlockingQueue<Event> received = new LinkedBlockingQueue<>();
        private final AtomicLong bytes = new AtomicLong();
        private final CompletableFuture<?> reading;
        private final java.util.stream.Stream<String> body;

        Events(HttpClient http, URI uri) {
            HttpResponse<java.util.stream.Stream<String>> response;
            try {
                response = http.send(HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build(),
                        HttpResponse.BodyHandlers.ofLines());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            status = response.statusCode();
            body = response.body();
            reading = CompletableFuture.runAsync(() -> {
                List<String> lines = new ArrayList<>();
                int size = 0;
                for (String line : (Iterable<String>) body::iterator) {
                    size += line.getBytes(StandardCharsets.UTF_8).length + 1;
                    if (!line.isEmpty()) {
                        lines.add(line);
                        continue;
                    }
                    String name = field(lines, "event:");
                    // as a browser: a block with no data (the stream's "retry" at its start) is no event
                    if (lines.stream().noneMatch(l -> l.startsWith("data:"))) {
                        lines.clear();
                        size = 0;
                        continue;
                    }
                    received.add(new Event(name, field(lines, "data:"), field(lines, "id:"), size + 1));
                    bytes.addAndGet(size + 1);
                    lines.clear();
                    size = 0;
                }
            }, Thread::startVirtualThread);
        }

        private static String field(List<String> lines, String prefix) {
            return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                    .collect(Collectors.joining("\n"));
        }

        /** The next event, waiting up to five seconds. */
        Event next() {
            try {
                Event event = received.poll(5, TimeUnit.SECONDS);
                if (event == null) {
                    throw new AssertionError("no event within 5 s");
                }
                return event;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** Whatever came within {@code wait}. */
        List<Event> within(Duration wait) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<Event> all = new ArrayList<>();
            received.drainTo(all);
            return all;
        }

        /** Whether the server ended the stream within {@code wait}. */
        boolean endedWithin(Duration wait) {
            try {
                reading.get(wait.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (java.util.concurrent.TimeoutException e) {
                return false;
            } catch (java.util.concurrent.ExecutionException e) {
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public void close() {
            // the connection ends, as when the page is closed
            body.close();
            reading.cancel(true);
        }
    }
}
