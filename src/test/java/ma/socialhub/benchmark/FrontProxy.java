package ma.socialhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * nginx in front of two nodes, configured as {@code docs/deployment.md} says (a session goes back
 * to the node named in its cookie, the other node is its backup; a browser without a session goes
 * to either; WebSocket upgrade; long reads), on plain HTTP and local ports. Needs Debian's nginx
 * ({@code apt-get install nginx-light}; {@code .ci/drills} installs it).
 */
final class FrontProxy implements AutoCloseable {

    private static final Path NGINX = Path.of(System.getenv().getOrDefault("NGINX", "/usr/sbin/nginx"));

    private final Process process;
    final int port;

    private FrontProxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static FrontProxy start(int node1, int node2) throws Exception {
        assertThat(Files.isExecutable(NGINX)).as("nginx at " + NGINX + " (apt-get install nginx-light; .ci/drills installs it)").isTrue();
        int port = NodeProcess.freePort();
        Path dir = Path.of("target", "drill-nginx").toAbsolutePath();
        Files.createDirectories(dir.resolve("temp"));
        dir.resolve("temp").toFile().setWritable(true, false);
        Files.writeString(dir.resolve("nginx.conf"), """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                    log_format hub '$time_local "$request" $status $body_bytes_sent upstream=$upstream_addr cookie=$cookie_JSESSIONID';
                    access_log %1$s/access.log hub;
                    client_body_temp_path %1$s/temp/body;
                    proxy_temp_path %1$s/temp/proxy;
                    fastcgi_temp_path %1$s/temp/fastcgi;
                    uwsgi_temp_path %1$s/temp/uwsgi;
                    scgi_temp_path %1$s/temp/scgi;

                    upstream hub_any   { server 127.0.0.1:%2$d max_fails=1 fail_timeout=5s; server 127.0.0.1:%3$d max_fails=1 fail_timeout=5s; }
                    upstream hub_node1 { server 127.0.0.1:%2$d; server 127.0.0.1:%3$d backup; }
                    upstream hub_node2 { server 127.0.0.1:%3$d; server 127.0.0.1:%2$d backup; }
                    map $cookie_JSESSIONID $hub_upstream {
                        ~\\.node1$  hub_node1;
                        ~\\.node2$  hub_node2;
                        default    hub_any;
                    }
                    map $http_upgrade $connection_upgrade { default upgrade; '' close; }
                    server {
                        listen 127.0.0.1:%4$d;
                        location / {
                            proxy_pass http://$hub_upstream;
                            proxy_http_version 1.1;
                            proxy_set_header Upgrade $http_upgrade;
                            proxy_set_header Connection $connection_upgrade;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_read_timeout 1h;
                            proxy_buffering off;
                        }
                    }
                }
                """.formatted(dir, node1, node2, port));
        Process process = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("nginx stopped; see " + dir.resolve("error.log")).isTrue();
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return new FrontProxy(process, port);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not listen on " + port);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
