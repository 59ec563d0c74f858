package org.cityscore.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The app in a JVM of its own, as a trainer runs it: the main class on the runtime classpath, its default settings,
 * an H2 file database in the given folder, the trainer {@link #USER}. Tests that kill the process, bound its heap or
 * read its log need this; a load harness in the same JVM would also share the app's heap, garbage collector and JIT
 * compiler with its own client threads, which no real deployment does.
 */
public final class AppProcess implements AutoCloseable {

    public static final String USER = "bench";
    public static final String PASSWORD = "bench-password";

    /**
     * JVM options for an app that a test starts again and again and that lives seconds: the C1 compiler only and the
     * serial collector start it in about half the CPU time. Never for benchmarks, which measure the defaults.
     */
    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Process process;
    private final Path log;
    private final int port;
    private final List<String> command;

    private AppProcess(Process process, Path log, int port, List<String> command) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.command = command;
    }

    /** Starts the app on this data folder with its defaults, no samples, and waits until it answers. */
    public static AppProcess start(Path data) throws IOException, InterruptedException {
        return start(data, List.of(), List.of());
    }

    /**
     * Starts the app with extra JVM options (such as {@code -Xmx256m}) and extra arguments (such as
     * {@code --cityscore.samples.load-on-empty=true}; later arguments win), appending its output to
     * {@code app.log} in the data folder, and waits until it answers.
     */
    public static AppProcess start(Path data, List<String> jvmOptions, List<String> extraArguments)
            throws IOException, InterruptedException {
        Files.createDirectories(data);
        return start(data, data.resolve("app.log"), jvmOptions, extraArguments);
    }

    /** The same with the log elsewhere: for a data folder on a disk that fills up, which would swallow the log. */
    public static AppProcess start(Path data, Path log, List<String> jvmOptions, List<String> extraArguments)
            throws IOException, InterruptedException {
        AppProcess app = launch(data, log, jvmOptions, extraArguments);
        app.awaitReady(Duration.ofMinutes(2));
        return app;
    }

    /**
     * Starts the app as {@link #start(Path, List, List)} does but returns at once, before it answers: for a test of
     * what the app does while it starts. Its port is known already.
     */
    public static AppProcess launch(Path data, List<String> jvmOptions, List<String> extraArguments)
            throws IOException {
        Files.createDirectories(data);
        return launch(data, data.resolve("app.log"), jvmOptions, extraArguments);
    }

    private static AppProcess launch(Path data, Path log, List<String> jvmOptions, List<String> extraArguments)
            throws IOException {
        int port = freePort();
        Files.createDirectories(data);
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String profiling = System.getProperty("bench.server.jvm-options", "");
        if (!profiling.isBlank() && !profiling.contains("${")) {
            command.addAll(List.of(profiling
                    .strip()
                    .split("\\s+"))); // for profiling the app under load, e.g. -XX:StartFlightRecording
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", runtimeClasspath(), "org.cityscore.CityscoreApplication"));
        command.addAll(withOverrides(arguments(data, port), extraArguments));
        return launch(command, log, port);
    }

    private static AppProcess launch(List<String> command, Path log, int port) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new AppProcess(process, log, port, List.copyOf(command));
    }

    /**
     * The defaults with every argument that the extra ones set again left out: Spring joins the values of an argument
     * given twice with a comma ({@code false,true}) instead of letting the later one win.
     */
    static List<String> withOverrides(List<String> defaults, List<String> extra) {
        List<String> merged = new ArrayList<>(defaults.stream()
                .filter(argument ->
                        extra.stream().noneMatch(other -> name(other).equals(name(argument))))
                .toList());
        merged.addAll(extra);
        return merged;
    }

    private static String name(String argument) {
        int equals = argument.indexOf('=');
        return equals < 0 ? argument : argument.substring(0, equals);
    }

    /**
     * Starts this app again, after {@link #kill()} or {@link #close()}: the same command, the same port (a proxy in
     * front of it knows it by its port), the same log; waits until it answers.
     */
    public AppProcess startAgain() throws IOException, InterruptedException {
        if (process.isAlive()) {
            throw new IllegalStateException("The app on port " + port + " is still running");
        }
        AppProcess app = launch(command, log, port);
        app.awaitReady(Duration.ofMinutes(2));
        return app;
    }

    /**
     * Arguments that put the app on a database server instead of its embedded H2 file database, e.g. PostgreSQL;
     * pass them as extra arguments to {@link #start(Path, List, List)}.
     */
    public static List<String> databaseArguments(String url, String user, String password) {
        return List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password);
    }

    /**
     * The app's arguments for a test or harness: this port (0: any free one), the data folder (the database URL is
     * the app's default one inside it), no samples, the trainer {@link #USER}, warnings and errors in the log.
     */
    public static List<String> arguments(Path data, int port) {
        return List.of(
                "--server.port=" + port,
                "--cityscore.data-dir=" + data,
                "--cityscore.samples.load-on-empty=false",
                "--cityscore.admin.username=" + USER,
                "--cityscore.admin.password=" + PASSWORD,
                "--logging.level.root=WARN");
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public String logText() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the JVM at once with SIGKILL, as a crash or a pulled plug of the process would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private void awaitReady(Duration limit) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The app stopped while starting; its log " + log + " ends with:\n" + tail());
            }
            try {
                HttpResponse<Void> reply = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/scorecards"))
                                .build(),
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
        throw new IllegalStateException(
                "The app did not answer within " + limit.toSeconds() + " s; its log " + log + " ends with:\n" + tail());
    }

    public String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /**
     * The pom hands the benchmarks the runtime classpath (main classes and runtime dependencies). Elsewhere (Surefire,
     * an IDE) the test classpath without the test classes will do: their config/application.properties is the test
     * setup, not the app's.
     */
    private static String runtimeClasspath() {
        String given = System.getProperty("bench.server.classpath", "");
        if (!given.isBlank() && !given.contains("${")) {
            return given;
        }
        String testClasspath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(testClasspath.split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Sends SIGTERM, as an operator or orchestrator stopping the app does, and returns at once. */
    public void terminate() {
        process.destroy();
    }

    /** Whether the app ended by itself within this time (after {@link #terminate()}). */
    public boolean awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the app as an operator would (SIGTERM, shutdown hooks run), or kills it after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
