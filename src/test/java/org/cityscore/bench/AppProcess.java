package org.cityscore.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The app in a JVM of its own, as a trainer runs it: the main class on the runtime classpath, an H2 file database
 * in a fresh folder, the trainer "bench". A load harness in the same JVM would share the app's heap, garbage
 * collector and JIT compiler with its own client threads, which no real deployment does.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static AppProcess start(Path data) throws IOException, InterruptedException {
        int port = freePort();
        Path log = data.resolve("app.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String jvmOptions = System.getProperty("bench.server.jvm-options", "");
        if (!jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.strip().split("\\s+"))); // for profiling the app under load, e.g. -XX:StartFlightRecording
        }
        command.addAll(List.of("-cp", runtimeClasspath(), "org.cityscore.CityscoreApplication"));
        command.addAll(BenchApp.arguments(data, port));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppProcess app = new AppProcess(process, log, port);
        app.awaitReady(Duration.ofMinutes(2));
        return app;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    private void awaitReady(Duration limit) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting; its log " + log + " ends with:\n" + tail());
            }
            try {
                HttpResponse<Void> reply = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/scorecards")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (reply.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("The app did not answer within " + limit.toSeconds() + " s; its log " + log + " ends with:\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /**
     * The pom hands over the runtime classpath (main classes and runtime dependencies). Started some other way,
     * the harness's own classpath without the test classes will do: their config/application.properties is the
     * test setup, not the app's.
     */
    private static String runtimeClasspath() {
        String given = System.getProperty("bench.server.classpath", "");
        if (!given.isBlank() && !given.contains("${")) {
            return given;
        }
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
