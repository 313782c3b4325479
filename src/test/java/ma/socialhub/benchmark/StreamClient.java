package ma.socialhub.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;

/**
 * Thousands of phone pages' event streams, as their browsers hold them: one plain HTTP/1.1
 * connection each, read by one thread. Run in a process of its own by {@link PhoneStreamsBenchmark}
 * (a process may hold only so many sockets, and the node holds as many): arguments are the node's
 * port, a file of stream paths (one a line) and the file to write what arrived to. It says
 * "open N busy B" once every stream has had its first event (B: the answers "busy, come back", after
 * which the stream was opened again after a growing pause, as the page's script does), then records each event's arrival (the
 * stream's line, the time in microseconds since the epoch, the event's name) until its input closes.
 */
public final class StreamClient {

    private StreamClient() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        List<String> paths = Files.readAllLines(Path.of(args[1]));
        Path out = Path.of(args[2]);
        Selector selector = Selector.open();
        int[] seen = new int[paths.size()];
        StringBuilder[] partial = new StringBuilder[paths.size()];
        List<String> arrivals = new ArrayList<>();
        boolean[] answered = new boolean[paths.size()];
        int[] tries = new int[paths.size()];
        // streams told to come back (503 while the node is busy), each at its time, as the page's script does
        PriorityQueue<long[]> again = new PriorityQueue<>(Comparator.comparingLong(a -> a[0]));
        for (int i = 0; i < paths.size(); i++) {
            open(selector, port, paths.get(i), i);
            partial[i] = new StringBuilder();
        }
        // the benchmark closes this process's input when it has measured
        Thread stop = Thread.ofPlatform().daemon().start(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing to read but the end
                }
            } catch (IOException ignored) {
                // the end too
            }
            selector.wakeup();
        });
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        int ready = 0;
        boolean said = false;
        int busy = 0;
        long progressAt = System.nanoTime();
        while (stop.isAlive()) {
            selector.select(200);
            long micros = nowMicros();
            while (!again.isEmpty() && again.peek()[0] <= System.nanoTime()) {
                int i = (int) again.poll()[1];
                open(selector, port, paths.get(i), i);
            }
            for (SelectionKey key : selector.selectedKeys()) {
                int i = (Integer) key.attachment();
                buffer.clear();
                int n = ((SocketChannel) key.channel()).read(buffer);
                if (n < 0) {
                    key.cancel();
                    arrivals.add(i + " " + micros + " closed");
                    continue;
                }
                partial[i].append(StandardCharsets.UTF_8.decode(buffer.flip()));
                if (!answered[i]) {
                    int head = partial[i].indexOf("\r\n\r\n");
                    if (head < 0) {
                        continue;
                    }
                    if (!partial[i].substring(0, partial[i].indexOf("\r\n")).contains(" 200 ")) {
                        // not a stream (503: the node is busy): closed, and opened again after a pause that grows
                        busy++;
                        key.cancel();
                        key.channel().close();
                        partial[i].setLength(0);
                        long pause = Math.min(30_000, 2_000L << Math.min(4, tries[i]++)) + (long) (Math.random() * 2_000);
                        again.add(new long[] {System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause), i});
                        continue;
                    }
                    answered[i] = true;
                    partial[i].delete(0, head + 4);
                }
                // each whole event in what came: its name, at the time it came
                int end;
                while ((end = partial[i].indexOf("\n\n")) >= 0) {
                    String block = partial[i].substring(0, end);
                    partial[i].delete(0, end + 2);
                    int name = block.indexOf("event:");
                    if (name >= 0) {
                        arrivals.add(i + " " + micros + " " + block.substring(name + 6, block.indexOf('\n', name)).strip());
                        if (seen[i]++ == 0) {
                            ready++;
                        }
                    }
                }
            }
            selector.selectedKeys().clear();
            if (!said && System.nanoTime() - progressAt > TimeUnit.SECONDS.toNanos(10)) {
                progressAt = System.nanoTime();
                System.err.printf("stream client: %,d of %,d streams told their state, %,d answers 'busy', %,d waiting to try again%n",
                        ready, paths.size(), busy, again.size());
            }
            if (!said && ready == paths.size()) {
                said = true;
                System.out.println("open " + ready + " busy " + busy);
                System.out.flush();
            }
        }
        try (BufferedWriter writer = Files.newBufferedWriter(out)) {
            for (String arrival : arrivals) {
                writer.write(arrival);
                writer.newLine();
            }
        }
        System.out.println("written " + arrivals.size());
        System.out.flush();
        System.exit(0);
    }

    private static void open(Selector selector, int port, String path, int i) throws IOException {
        SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
        channel.write(StandardCharsets.US_ASCII.encode("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n"));
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_READ, i);
    }

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
