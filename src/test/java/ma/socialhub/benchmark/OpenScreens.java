package ma.socialhub.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What the benchmarks of screens held open by a client process share ({@link PhoneStreamsBenchmark},
 * {@link DisplaysBenchmark}): the client started in a JVM of its own (a process may hold only so
 * many sockets, and the node holds as many), the heap the node keeps, and the figures' arithmetic.
 */
final class OpenScreens {

    private OpenScreens() {
    }

    /** A client process: its main class run on the tests' class path with {@code arguments}. */
    record Client(Process process, BufferedReader says) {

        /** The client's next line, waited for at most {@code minutes}. */
        String nextLine(int minutes) throws Exception {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return says.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get(minutes, TimeUnit.MINUTES);
        }

        /** Closes the client's input (it then writes what it recorded) and returns its last word. */
        String finish() throws Exception {
            process.getOutputStream().close();
            String written = says.readLine();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the client did not end");
            }
            return written;
        }
    }

    static Client start(Class<?> main, String... arguments) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path file = Files.createTempFile("client", ".args");
        Files.writeString(file, "-cp \"" + classPath.replace("\\", "\\\\") + "\"\n");
        String[] command = new String[arguments.length + 4];
        command[0] = ProcessHandle.current().info().command().orElse("java");
        command[1] = "-Xmx1g";
        command[2] = "@" + file;
        command[3] = main.getName();
        System.arraycopy(arguments, 0, command, 4, arguments.length);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new Client(process, new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
    }

    /** The heap in use after full garbage collections. */
    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Within a statement, or a tenth, of each other: a constant per center. */
    static boolean constant(double a, double b) {
        return Math.abs(a - b) <= Math.max(1.0, 0.1 * Math.max(a, b));
    }
}
