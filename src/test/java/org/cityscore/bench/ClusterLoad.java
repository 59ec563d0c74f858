package org.cityscore.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cityscore.bench.WorkshopLoadBenchmark.Round;
import org.cityscore.support.AppProcess;
import org.cityscore.support.Cluster;

/**
 * The workshop load of {@link WorkshopLoadBenchmark} against Cityscore as a server runs it: one or two nodes, each
 * in a JVM of its own with its default settings, on one PostgreSQL database, behind nginx (round robin). One node
 * also goes through nginx, so that one against two compares the second node, not the proxy. Chosen with
 * {@code -Dbench.load.cluster=1|2}; the database from CITYSCORE_TEST_POSTGRES_URL, _USER and _PASSWORD.
 */
final class ClusterLoad {

    private ClusterLoad() {}

    static String measure(int nodes, int warmUp, int measured, int pauseSeconds) throws Exception {
        String missing = Cluster.unavailable();
        if (missing != null) {
            throw new IllegalStateException(missing);
        }
        String loadBefore = loadAverage();
        List<Round> rounds;
        try (Cluster cluster =
                Cluster.start(Files.createTempDirectory("cityscore-cluster-load"), nodes, false, true, List.of())) {
            rounds = WorkshopLoadBenchmark.rounds(
                    URI.create(cluster.proxy().baseUrl()),
                    AppProcess.USER,
                    AppProcess.PASSWORD,
                    warmUp,
                    measured,
                    pauseSeconds);
        }
        return report(rounds, nodes, warmUp, pauseSeconds, loadBefore, loadAverage());
    }

    private static String report(
            List<Round> rounds, int nodes, int warmUp, int pauseSeconds, String loadBefore, String loadAfter) {
        Round cold = rounds.get(0);
        Round warm = Round.together(rounds.subList(1 + warmUp, rounds.size()));
        Round all = Round.together(rounds);
        return """
                ## Workshop load on PostgreSQL behind nginx: %d node%s

                Measured on %s: %s. %d node%s (each a JVM of its own with default settings, `java -jar` as on a server)
                on one PostgreSQL 15 database on the same machine, behind nginx (round robin, keep-alive to the nodes;
                the settings of `deploy/nginx.conf`); the load is the 200-participant workshop of the section above, through
                the proxy. Load average (`uptime`, 1/5/15 min) before: %s; after: %s (the harness's 200 clients, the
                nodes, nginx and PostgreSQL all share the same two cores, so two nodes here measure coordination, not capacity).
                %d rounds: the first after start, %d to warm up, %d measured together, %d s apart.
                Command: `CITYSCORE_TEST_POSTGRES_URL=… _USER=… _PASSWORD=… mvn -B -Pbench -DskipTests test -Dbench.jmh.skip=true
                -Dbench.comparison.skip=true -Dbench.credentials.skip=true -Dbench.load.cluster=%d -Dbench.load.warmup=%d
                -Dbench.load.rounds=%d -Dbench.load.pause=%d`.

                | figure | first round after start | warm |
                |---|---:|---:|
                | answers sent | %d | %d |
                | answers stored (summary) | %d | %d |
                | errors | %d | %d |
                | throughput | %.0f answers/s | %.0f answers/s |
                | latency p50 (median) | %.1f ms | %.1f ms |
                | latency p99 | %.1f ms | %.1f ms |

                Over all %d rounds: %d answers sent, %d stored, %d errors.
                """.formatted(
                        nodes,
                        nodes == 1 ? "" : "s",
                        LocalDate.now(),
                        Machine.describe(),
                        nodes,
                        nodes == 1 ? "" : "s",
                        loadBefore,
                        loadAfter,
                        rounds.size(),
                        warmUp,
                        rounds.size() - 1 - warmUp,
                        pauseSeconds,
                        nodes,
                        warmUp,
                        rounds.size() - 1 - warmUp,
                        pauseSeconds,
                        cold.sent(),
                        warm.sent(),
                        cold.stored(),
                        warm.stored(),
                        cold.errors(),
                        warm.errors(),
                        cold.throughput(),
                        warm.throughput(),
                        cold.percentileMillis(50),
                        warm.percentileMillis(50),
                        cold.percentileMillis(99),
                        warm.percentileMillis(99),
                        rounds.size(),
                        all.sent(),
                        all.stored(),
                        all.errors());
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
