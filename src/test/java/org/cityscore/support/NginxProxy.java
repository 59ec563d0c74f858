package org.cityscore.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx as a round-robin reverse proxy in front of app nodes, the way a server deployment runs them (the
 * sample configuration is deploy/nginx.conf): no sticky sessions, X-Forwarded-* headers, and a request that finds
 * its node gone is passed to the next one. Runs as a process of the test with its configuration, logs and
 * temporary files in a folder of its own, on a free port; needs no root and touches nothing under /etc or /var.
 */
public final class NginxProxy implements AutoCloseable {

    /** The nginx binary: {@code CITYSCORE_TEST_NGINX} (.ci/run sets it), else {@code nginx} on the PATH. */
    public static String binary() {
        String given = System.getenv("CITYSCORE_TEST_NGINX");
        if (given != null && !given.isBlank()) {
            return given;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "nginx"))) {
                return Path.of(dir, "nginx").toString();
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : null;
    }

    private final Process process;
    private final Path dir;
    private final int port;

    private NginxProxy(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** Starts nginx in front of the nodes on these local ports and waits until it accepts connections. */
    public static NginxProxy start(List<Integer> nodePorts) throws IOException, InterruptedException {
        String binary = binary();
        if (binary == null) {
            throw new IllegalStateException("nginx not found: set CITYSCORE_TEST_NGINX");
        }
        Path dir = Files.createTempDirectory("cityscore-nginx");
        int port = AppProcess.freePort();
        Files.writeString(dir.resolve("nginx.conf"), configuration(dir, port, nodePorts), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(
                        binary,
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString(),
                        "-e",
                        dir.resolve("error.log").toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("nginx.out").toFile()))
                .start();
        NginxProxy proxy = new NginxProxy(process, dir, port);
        proxy.awaitListening(Duration.ofSeconds(20));
        return proxy;
    }

    static String configuration(Path dir, int port, List<Integer> nodePorts) {
        String servers = nodePorts.stream()
                .map(node -> "        server 127.0.0.1:" + node + " max_fails=1 fail_timeout=3s;")
                .collect(Collectors.joining("\n"));
        // as root, nginx's workers would run as "nobody" and could not write the temporary folders made here
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 2048; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    client_max_body_size 12m;
                    upstream cityscore {
                %2$s
                        keepalive 64;
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://cityscore;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_set_header X-Forwarded-Host $host;
                            proxy_set_header X-Forwarded-Port $server_port;
                            proxy_connect_timeout 2s;
                            proxy_read_timeout 60s;
                            proxy_next_upstream error timeout http_502 http_503;
                            proxy_next_upstream_tries 3;
                        }
                    }
                }
                """.formatted(dir, servers, port);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** The proxy's error log: where a node it could not reach is named. */
    public String errorLog() throws IOException {
        Path log = dir.resolve("error.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private void awaitListening(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "nginx stopped while starting: " + Files.readString(dir.resolve("nginx.out")) + errorLog());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IllegalStateException("nginx did not listen on " + port + " within " + limit.toSeconds() + " s");
    }

    /** Stops nginx (SIGTERM: a fast shutdown). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
