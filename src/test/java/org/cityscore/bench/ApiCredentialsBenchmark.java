package org.cityscore.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityscore.system.SignInCache;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a small API GET costs with each kind of credentials, warm: a personal API token, HTTP Basic repeated (the
 * password check remembered) and HTTP Basic whose check is forgotten before every request (a bcrypt hash each time).
 */
public final class ApiCredentialsBenchmark {

    static final int WARM_UP = 500;
    static final int RUNS = 500;
    static final int UNCACHED_RUNS = 50;

    private ApiCredentialsBenchmark() {}

    interface Call {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean("bench.credentials.skip")) {
            return;
        }
        Path target = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (ConfigurableApplicationContext app = BenchApp.start(Files.createTempDirectory("cityscore-credentials"))) {
            String base = "http://localhost:" + BenchApp.port(app);
            HttpClient http = HttpClient.newHttpClient();
            String basic = "Basic "
                    + Base64.getEncoder()
                            .encodeToString((BenchApp.USER + ":" + BenchApp.PASSWORD).getBytes(StandardCharsets.UTF_8));
            String id = field(
                    send(
                            http,
                            HttpRequest.newBuilder(URI.create(base + "/api/assessments"))
                                    .header("Authorization", basic)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"scorecardId\":\"iclei-5rs\",\"city\":\"Bench\",\"year\":2025}")),
                            201),
                    "id");
            String token = "Bearer "
                    + field(
                            send(
                                    http,
                                    HttpRequest.newBuilder(URI.create(base + "/api/me/tokens"))
                                            .header("Authorization", basic)
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}")),
                                    201),
                            "token");
            URI small = URI.create(base + "/api/assessments/" + id);
            SignInCache cache = app.getBean(SignInCache.class);
            // interleaved, so that both see the same JIT state and the same load from elsewhere
            double[][] warm = interleaved(
                    WARM_UP,
                    RUNS,
                    () -> send(http, HttpRequest.newBuilder(small).header("Authorization", token), 200),
                    () -> send(http, HttpRequest.newBuilder(small).header("Authorization", basic), 200));
            double[] bearer = warm[0];
            double[] repeated = warm[1];
            double[] uncached = times(10, UNCACHED_RUNS, () -> {
                cache.forget(BenchApp.USER);
                send(http, HttpRequest.newBuilder(small).header("Authorization", basic), 200);
            });
            String report = """
                    ## A small API GET with each kind of credentials

                    Measured on %s: %s. The harness starts the app (embedded H2 file database) inside the harness's JVM and
                    sends `GET /api/assessments/{id}` (one assessment, about 0.5 kB of JSON) one at a time over a keep-alive
                    connection: %d warm-up requests, then %d timed, for each kind of credentials, token and Basic alternating (the uncached Basic row:
                    10 and %d, the remembered check forgotten before each request). Alone:
                    `mvn -B -Pbench -DskipTests test -Dbench.jmh.skip=true -Dbench.load.skip=true -Dbench.comparison.skip=true`.

                    | credentials | median | p90 | p99 | target |
                    |---|---:|---:|---:|---:|
                    | personal API token (`Authorization: Bearer cs_…`) | %.2f ms | %.2f ms | %.2f ms | under 5 ms |
                    | HTTP Basic, repeated (the successful check remembered) | %.2f ms | %.2f ms | %.2f ms | under 5 ms |
                    | HTTP Basic, password hashed every time (as before) | %.2f ms | %.2f ms | %.2f ms | |

                    The system's load average was %.1f before and %.1f after the run (other builds shared the machine;
                    on a quiet machine expect lower figures, the uncached row most of all).
                    """.formatted(
                            LocalDate.now(),
                            Machine.describe(),
                            WARM_UP,
                            RUNS,
                            UNCACHED_RUNS,
                            percentile(bearer, 50),
                            percentile(bearer, 90),
                            percentile(bearer, 99),
                            percentile(repeated, 50),
                            percentile(repeated, 90),
                            percentile(repeated, 99),
                            percentile(uncached, 50),
                            percentile(uncached, 90),
                            percentile(uncached, 99),
                            loadBefore,
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            BenchmarkReport.replaceSection(target, "credentials", report);
            System.out.println(report);
        }
    }

    static double[] times(int warmUp, int runs, Call call) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long began = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - began) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    static double[][] interleaved(int warmUp, int runs, Call first, Call second) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            first.run();
            second.run();
        }
        double[][] millis = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            long began = System.nanoTime();
            first.run();
            long between = System.nanoTime();
            second.run();
            millis[0][i] = (between - began) / 1e6;
            millis[1][i] = (System.nanoTime() - between) / 1e6;
        }
        Arrays.sort(millis[0]);
        Arrays.sort(millis[1]);
        return millis;
    }

    static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static String send(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("status " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String field(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + body);
        }
        return m.group(1);
    }
}
