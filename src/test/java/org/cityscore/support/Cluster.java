package org.cityscore.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Identical app nodes, each in a JVM of its own, on one PostgreSQL schema, optionally behind {@link NginxProxy}:
 * Cityscore on a server that grows past one machine. Each node has its own data folder and its own copy of
 * {@code scorecards/} (a node's disk is its own) and names itself in the {@code X-Cityscore-Node} header
 * ({@code node-1}, {@code node-2}, ...). The database comes from CITYSCORE_TEST_POSTGRES_URL, _USER and _PASSWORD;
 * each cluster gets a fresh, empty schema there, dropped on close.
 */
public final class Cluster implements AutoCloseable {

    private final String schema;
    private final List<AppProcess> nodes;
    private final NginxProxy proxy;

    private Cluster(String schema, List<AppProcess> nodes, NginxProxy proxy) {
        this.schema = schema;
        this.nodes = nodes;
        this.proxy = proxy;
    }

    /** Why a cluster cannot run here (no PostgreSQL given, no nginx), or null when it can. */
    public static String unavailable() {
        if (blank(System.getenv("CITYSCORE_TEST_POSTGRES_URL"))) {
            return "no PostgreSQL given: set CITYSCORE_TEST_POSTGRES_URL, _USER and _PASSWORD (.ci/run does)";
        }
        if (NginxProxy.binary() == null) {
            return "no nginx found: install Debian's nginx-light or set CITYSCORE_TEST_NGINX (.ci/run does)";
        }
        return null;
    }

    /**
     * Starts {@code count} nodes on a fresh schema, all at once ({@code together}: as an orchestrator starts a
     * deployment, every node racing for Flyway's lock) or one after another, then nginx in front of them if
     * {@code proxied}.
     */
    public static Cluster start(Path root, int count, boolean together, boolean proxied, List<String> jvmOptions)
            throws Exception {
        return start(root, count, together, proxied, jvmOptions, List.of());
    }

    /** The same with extra arguments for every node, such as the samples to load into the empty database. */
    public static Cluster start(
            Path root,
            int count,
            boolean together,
            boolean proxied,
            List<String> jvmOptions,
            List<String> extraArguments)
            throws Exception {
        String schema = "cityscore_scaleout_" + Long.toHexString(System.nanoTime());
        execute("create schema " + schema);
        List<AppProcess> nodes = new ArrayList<>();
        try {
            List<CompletableFuture<AppProcess>> starting = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                Path data = root.resolve("node-" + n);
                List<String> arguments = arguments(schema, n, copyOfScorecards(data));
                arguments.addAll(extraArguments);
                CompletableFuture<AppProcess> node = CompletableFuture.supplyAsync(() -> {
                    try {
                        return AppProcess.start(data, jvmOptions, arguments);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                });
                if (!together) {
                    node.join();
                }
                starting.add(node);
            }
            for (CompletableFuture<AppProcess> node : starting) {
                nodes.add(node.join());
            }
            NginxProxy proxy = proxied
                    ? NginxProxy.start(nodes.stream().map(AppProcess::port).toList())
                    : null;
            return new Cluster(schema, nodes, proxy);
        } catch (Exception | Error e) {
            for (AppProcess node : nodes) {
                node.close();
            }
            execute("drop schema " + schema + " cascade");
            throw e;
        }
    }

    private static List<String> arguments(String schema, int node, Path scorecards) {
        List<String> arguments = new ArrayList<>(AppProcess.databaseArguments(
                url(schema),
                System.getenv("CITYSCORE_TEST_POSTGRES_USER"),
                System.getenv("CITYSCORE_TEST_POSTGRES_PASSWORD")));
        arguments.add("--cityscore.scorecards-dir=" + scorecards);
        arguments.add("--cityscore.node-name=node-" + node);
        return arguments;
    }

    private static Path copyOfScorecards(Path data) throws IOException {
        Path copy = data.resolve("scorecards");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(Path.of("scorecards"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }

    private static String url(String schema) {
        String url = System.getenv("CITYSCORE_TEST_POSTGRES_URL");
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A connection to this cluster's schema, to check what is stored. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(
                url(schema),
                System.getenv("CITYSCORE_TEST_POSTGRES_USER"),
                System.getenv("CITYSCORE_TEST_POSTGRES_PASSWORD"));
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        System.getenv("CITYSCORE_TEST_POSTGRES_URL"),
                        System.getenv("CITYSCORE_TEST_POSTGRES_USER"),
                        System.getenv("CITYSCORE_TEST_POSTGRES_PASSWORD"));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Node 1, 2, ...: a node's process, to kill or restart it; {@link #replace} after a restart. */
    public AppProcess node(int number) {
        return nodes.get(number - 1);
    }

    /** Records a node started again ({@link AppProcess#startAgain()}), so that close stops it. */
    public void replace(int number, AppProcess restarted) {
        nodes.set(number - 1, restarted);
    }

    /** The folder of a node's own copy of the scorecards. */
    public Path scorecardsOf(int number) {
        return node(number).log().getParent().resolve("scorecards");
    }

    public NginxProxy proxy() {
        return proxy;
    }

    public int size() {
        return nodes.size();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public void close() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        for (AppProcess node : nodes) {
            node.close();
        }
        execute("drop schema " + schema + " cascade");
    }
}
