package ma.socialhub.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thousands of waiting-room displays as their browsers hold them, without the browsers: for each
 * display the requests a browser makes to open it (the page, Vaadin's {@code v-r=init}, the push
 * WebSocket, the {@code ui-navigate} event that builds the view), then its push connection held
 * open, a heartbeat sent as often as the node asks, and each pushed message recorded. Nothing else
 * of a browser: no scripts, styles or fonts fetched, no rendering. Run in a process of its own by
 * {@link DisplaysBenchmark}: arguments are the node's port, a file of display paths (one a line,
 * such as {@code display/bench-1?lang=fr}) and the file to write what arrived to.
 *
 * <p>It says "open N" once every display is built and its push connection open, then records each
 * pushed message (the display's line, the time in microseconds since the epoch, its length in
 * characters, the ticket numbers it carries) until its input closes.
 */
public final class DisplayClient {

    /** A ticket number as the display shows it (TicketNumber: a letter and three digits). */
    private static final Pattern NUMBER = Pattern.compile("\"value\":\"([A-Z]-\\d{3})\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");
    private static final Pattern HEARTBEAT = Pattern.compile("\"heartbeatInterval\":(\\d+)");

    private final HttpClient http;
    private final String base;
    private final List<String> arrivals = Collections.synchronizedList(new ArrayList<>());

    private DisplayClient(HttpClient http, int port) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        List<String> paths = Files.readAllLines(Path.of(args[1]));
        Path out = Path.of(args[2]);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30))
                .executor(Executors.newFixedThreadPool(2)).build();
        DisplayClient client = new DisplayClient(http, port);
        List<Display> displays = Collections.synchronizedList(new ArrayList<>());
        // opened a few at a time, as displays come back after a node's restart
        Semaphore opening = new Semaphore(8);
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<Void>> opened = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            int index = i;
            opened.add(CompletableFuture.runAsync(() -> {
                opening.acquireUninterruptibly();
                try {
                    displays.add(client.open(index, paths.get(index)));
                } catch (Exception e) {
                    if (failed.getAndIncrement() < 5) {
                        System.err.println("display client: display " + index + " did not open: " + e);
                    }
                } finally {
                    opening.release();
                }
            }, threads));
        }
        CompletableFuture.allOf(opened.toArray(CompletableFuture[]::new)).join();
        System.out.println("open " + displays.size() + " failed " + failed.get());
        System.out.flush();
        // heartbeats, as the browser sends them: without them the node closes the display's UI
        Thread beats = Thread.ofPlatform().daemon().start(() -> heartbeats(client, displays));
        while (System.in.read() >= 0) {
            // the benchmark closes this process's input when it has measured
        }
        beats.interrupt();
        try (BufferedWriter writer = Files.newBufferedWriter(out)) {
            synchronized (client.arrivals) {
                for (String arrival : client.arrivals) {
                    writer.write(arrival);
                    writer.newLine();
                }
            }
        }
        System.out.println("written " + client.arrivals.size());
        System.out.flush();
        System.exit(0);
    }

    /** An open display: its session cookie, its UI's id, and its push connection. */
    record Display(int index, String cookie, String uiId, int heartbeatSeconds, WebSocket push) {
    }

    private Display open(int index, String path) throws Exception {
        String route = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/" + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        expect(page, 200, "the page");
        String cookie = page.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow(() -> new IOException("no session cookie"));
        String init = get("/?v-r=init&location=" + encode(route) + "&query=" + encode(query)
                + "&v-sh=1080&v-sw=1920&v-wh=1080&v-ww=1920&v-bh=1080&v-bw=1920&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=-60&v-dstd=0&v-rtzo=-60&v-dston=false&v-tzid=Africa%2FCasablanca&v-wn=v-" + index
                + "&v-td=false&v-pr=1&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
                + "&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false", cookie);
        String uiId = find(UI_ID, init);
        String csrf = find(CSRF, init);
        String pushId = find(PUSH_ID, init);
        int heartbeat = Integer.parseInt(find(HEARTBEAT, init));
        CompletableFuture<Void> handshake = new CompletableFuture<>();
        WebSocket push = http.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create("ws://127.0.0.1:" + base.substring(base.lastIndexOf(':') + 1) + "/VAADIN/push?v-r=push&v-uiId="
                        + uiId + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                        + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                        + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=0"),
                        new Messages(index, handshake))
                .get(30, TimeUnit.SECONDS);
        handshake.get(30, TimeUnit.SECONDS);
        String built = post("/?v-r=uidl&v-uiId=" + uiId, """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"/%s","query":"%s",\
                "appShellTitle":"Smart Social Hub","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(csrf, route, query), cookie);
        if (!built.contains("display-view")) {
            throw new IOException("not a display: " + built.substring(0, Math.min(300, built.length())));
        }
        return new Display(index, cookie, uiId, heartbeat, push);
    }

    private static void heartbeats(DisplayClient client, List<Display> displays) {
        int seconds = displays.isEmpty() ? 300 : displays.getFirst().heartbeatSeconds();
        try {
            while (true) {
                TimeUnit.SECONDS.sleep(seconds);
                for (Display display : List.copyOf(displays)) {
                    client.post("/?v-r=heartbeat&v-uiId=" + display.uiId(), "", display.cookie());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            System.err.println("display client: a heartbeat failed: " + e);
        }
    }

    /** Reads Atmosphere's frames ("length|message", several possibly in one) and records each of Vaadin's messages. */
    private final class Messages implements WebSocket.Listener {

        private final int index;
        private final CompletableFuture<Void> handshake;
        private final StringBuilder pending = new StringBuilder();

        Messages(int index, CompletableFuture<Void> handshake) {
            this.index = index;
            this.handshake = handshake;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long micros = StreamClient.nowMicros();
            pending.append(data);
            int bar;
            while ((bar = pending.indexOf("|")) > 0) {
                int length = Integer.parseInt(pending.substring(0, bar));
                if (pending.length() < bar + 1 + length) {
                    break; // the rest of the message comes in the next frame
                }
                String message = pending.substring(bar + 1, bar + 1 + length);
                pending.delete(0, bar + 1 + length);
                if (message.startsWith("{")) {
                    Set<String> numbers = new LinkedHashSet<>();
                    Matcher m = NUMBER.matcher(message);
                    while (m.find()) {
                        numbers.add(m.group(1));
                    }
                    arrivals.add(index + " " + micros + " " + message.getBytes(StandardCharsets.UTF_8).length + " "
                            + String.join(",", numbers));
                } else {
                    handshake.complete(null); // Atmosphere's own first message: the connection is set up
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            handshake.completeExceptionally(error);
            arrivals.add(index + " " + StreamClient.nowMicros() + " 0 error");
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            arrivals.add(index + " " + StreamClient.nowMicros() + " 0 closed");
            return null;
        }
    }

    private String get(String path, String cookie) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return expect(response, 200, path);
    }

    private String post(String path, String body, String cookie) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return expect(response, 200, path);
    }

    private static String expect(HttpResponse<String> response, int status, String what) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(what + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String find(Pattern pattern, String text) throws IOException {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IOException("no " + pattern + " in the answer to v-r=init");
        }
        return m.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
