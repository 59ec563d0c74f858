package org.cityscore.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cityscore.system.Savepoint;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Several nodes starting at once on one PostgreSQL seed the same scorecard files: each node has its own connections
 * (a DataSource per seeder), they start together, and between them they store every id and version exactly once,
 * with no error. Runs when CITYSCORE_TEST_POSTGRES_URL names a database (with _USER and _PASSWORD), in a schema of
 * its own that it drops afterwards; without one it is skipped with a warning.
 */
class ScorecardSeedingRaceTest {

    static final String SCHEMA = "cityscore_seed_" + Long.toHexString(System.nanoTime());
    static final int NODES = 4;
    static final int ROUNDS = 5;

    @BeforeAll
    static void migrate() throws SQLException {
        if (System.getenv("CITYSCORE_TEST_POSTGRES_URL") == null) {
            System.err.println("WARNING: ScorecardSeedingRaceTest SKIPPED: no PostgreSQL given "
                    + "(set CITYSCORE_TEST_POSTGRES_URL, _USER and _PASSWORD; .ci/run does)");
            Assumptions.abort("no PostgreSQL given");
        }
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + SCHEMA);
        }
        Flyway.configure().dataSource(dataSource()).load().migrate();
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (System.getenv("CITYSCORE_TEST_POSTGRES_URL") != null) {
            try (Connection connection = connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + SCHEMA + " cascade");
            }
        }
    }

    @Test
    void nodesStartingTogetherStoreEachVersionOnceWithoutAnError() throws Exception {
        ScorecardLoader.Loaded files = ShippedScorecards.loaded();
        JdbcClient jdbc = JdbcClient.create(dataSource());
        ExecutorService pool = Executors.newFixedThreadPool(NODES);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                jdbc.sql("delete from scorecard_version").update();
                jdbc.sql("delete from scorecard_snapshot").update();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<String>>> nodes = new ArrayList<>();
                for (int node = 0; node < NODES; node++) {
                    ScorecardSeeding seeding = seeding();
                    nodes.add(pool.submit(() -> {
                        start.await();
                        return seeding.seed(files);
                    }));
                }
                start.countDown();
                List<String> added = new ArrayList<>();
                for (Future<List<String>> node : nodes) {
                    added.addAll(node.get());
                }

                List<String> keys = files.definitions().stream()
                        .map(ScorecardDefinition::key)
                        .toList();
                assertThat(added).as("round %d", round).containsExactlyInAnyOrderElementsOf(keys);
                assertThat(jdbc.sql("select scorecard_id || '@' || version from scorecard_version")
                                .query(String.class)
                                .list())
                        .containsExactlyInAnyOrderElementsOf(keys);
                assertThat(jdbc.sql("select count(*) from scorecard_snapshot")
                                .query(Long.class)
                                .single())
                        .isEqualTo(keys.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One node's seeding, on connections of its own. */
    private static ScorecardSeeding seeding() {
        DriverManagerDataSource dataSource = dataSource();
        ScorecardVersions versions = new ScorecardVersions(
                JdbcClient.create(dataSource), new Savepoint(new DataSourceTransactionManager(dataSource)));
        return new ScorecardSeeding(versions, Clock.systemUTC());
    }

    private static DriverManagerDataSource dataSource() {
        String url = System.getenv("CITYSCORE_TEST_POSTGRES_URL");
        return new DriverManagerDataSource(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                System.getenv("CITYSCORE_TEST_POSTGRES_USER"),
                System.getenv("CITYSCORE_TEST_POSTGRES_PASSWORD"));
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("CITYSCORE_TEST_POSTGRES_URL"),
                System.getenv("CITYSCORE_TEST_POSTGRES_USER"),
                System.getenv("CITYSCORE_TEST_POSTGRES_PASSWORD"));
    }
}
