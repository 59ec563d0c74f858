package org.cityscore.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Comparison with a full database: 10,000 assessments (generated here), then the compare of one city's ten years
 * through the API and that city's page through a signed-in session; median of 50 warm requests each.
 */
public final class ComparisonLoadBenchmark {

    static final int ASSESSMENTS = 10_000;
    static final int RUNS = 50;

    private ComparisonLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean("bench.comparison.skip")) {
            return;
        }
        Path target = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        Path data = Files.createTempDirectory("cityscore-compare");
        try (ConfigurableApplicationContext app = BenchApp.start(data)) {
            int port = BenchApp.port(app);
            String base = "http://localhost:" + port;
            HttpClient http =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String basic = "Basic "
                    + Base64.getEncoder().encodeToString("bench:bench-password".getBytes(StandardCharsets.UTF_8));
            long first = Long.parseLong(json(
                    http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/api/assessments"))
                                            .header("Authorization", basic)
                                            .header("Content-Type", "application/json")
                                            .POST(
                                                    HttpRequest.BodyPublishers.ofString(
                                                            "{\"scorecardId\":\"ecomobility-shift-plus\",\"city\":\"Seed\",\"year\":2000}"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body(),
                    "id"));
            List<Long> tenYears = seed(app.getBean(JdbcTemplate.class), first);
            String compare = base + "/api/comparisons?assessments="
                    + String.join(",", tenYears.stream().map(String::valueOf).toList());
            double compareMedian = median(() -> http.send(
                    HttpRequest.newBuilder(URI.create(compare))
                            .header("Authorization", basic)
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
            signIn(http, base);
            String city = base + "/cities/"
                    + URLEncoder.encode("Benchmark City", StandardCharsets.UTF_8)
                            .replace("+", "%20");
            double cityMedian = median(() ->
                    http.send(HttpRequest.newBuilder(URI.create(city)).build(), HttpResponse.BodyHandlers.ofString()));
            String report =
                    """
                    ## Comparison with 10,000 assessments in the database

                    Measured on %s: %s. The harness starts the app (embedded H2 file database), generates %,d SHIFT+
                    assessments of 1,000 cities (each with some answers; the benchmark city with all 23 answered in each of
                    ten years), then times %d warm requests of each after 10 warm-up requests. Alone:
                    `mvn -B -Pbench -DskipTests test -Dbench.jmh.skip=true -Dbench.load.skip=true`.

                    | request | median | target |
                    |---|---:|---:|
                    | `GET /api/comparisons?assessments=` ten years of one city | %.1f ms | under 200 ms |
                    | `GET /cities/{city}` (the city page, signed in) | %.1f ms | under 200 ms |
                    """.formatted(LocalDate.now(), Machine.describe(), ASSESSMENTS, RUNS, compareMedian, cityMedian);
            BenchmarkReport.replaceSection(target, "comparison", report);
            System.out.println(report);
        }
    }

    /** Inserts the assessments straight into the database: the benchmark measures reading them, not the API that writes. */
    static List<Long> seed(JdbcTemplate jdbc, long template) {
        long snapshot = jdbc.queryForObject("select snapshot_id from assessment where id = ?", Long.class, template);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ASSESSMENTS - 10; i++) {
            rows.add(new Object[] {"City " + (i % 1000), 2015 + i % 10, snapshot, now, now});
        }
        for (int year = 2015; year < 2025; year++) {
            rows.add(new Object[] {"Benchmark City", year, snapshot, now, now});
        }
        jdbc.batchUpdate(
                "insert into assessment (scorecard_id, scorecard_version, snapshot_id, city, assessment_year, status, illustrative, "
                        + "created_at, updated_at) values ('ecomobility-shift-plus', '2020.1', ?, ?, ?, 'draft', false, ?, ?)",
                rows.stream()
                        .map(r -> new Object[] {r[2], r[0], r[1], r[3], r[4]})
                        .toList());
        List<Long> ids = jdbc.queryForList("select id from assessment order by id", Long.class);
        List<String> codes = List.of(
                "E1", "E2", "E3", "E4", "E5", "E6", "TSS 1", "TSS 2", "TSS 3", "TSS 4", "TSS 5", "TSS 6", "TSS 7",
                "TSS 8", "TSS 9", "TSS 10", "TSS 11", "TSS 12");
        List<Object[]> responses = new ArrayList<>();
        List<Long> benchmarkCity = ids.subList(ids.size() - 10, ids.size());
        for (long id : ids) {
            boolean full = benchmarkCity.contains(id);
            for (int c = 0; c < (full ? codes.size() : 3); c++) {
                responses.add(new Object[] {id, codes.get(c), 1 + (int) ((id + c) % 5), now});
            }
            if (full) {
                responses.add(new Object[] {id, "P1", null, now});
            }
        }
        jdbc.batchUpdate(
                "insert into response (assessment_id, indicator_code, level, not_applicable, version, updated_at) values (?, ?, ?, false, 1, ?)",
                responses.stream().filter(r -> r[2] != null).toList());
        return benchmarkCity;
    }

    interface Call {
        HttpResponse<String> run() throws Exception;
    }

    static double median(Call call) throws Exception {
        for (int i = 0; i < 10; i++) {
            check(call.run());
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long began = System.nanoTime();
            check(call.run());
            millis[i] = (System.nanoTime() - began) / 1e6;
        }
        Arrays.sort(millis);
        return (millis[RUNS / 2 - 1] + millis[RUNS / 2]) / 2;
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("status " + response.statusCode() + ": " + response.body());
        }
    }

    private static void signIn(HttpClient http, String base) throws Exception {
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=bench&password=bench-password&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String json(String body, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + body);
        }
        return m.group(1);
    }
}
