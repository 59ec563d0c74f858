package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.excel.WorkbookImports;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ShippedScorecards;
import org.cityscore.support.SlowTest;
import org.cityscore.workshop.WorkshopHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The app on PostgreSQL, the database for a multi-user server: the migrations, the samples, and the places where
 * PostgreSQL behaves differently from H2 (a failed insert poisons the transaction there), over real HTTP.
 * Runs when CITYSCORE_TEST_POSTGRES_URL names a database (with _USER and _PASSWORD); .ci/run starts one. Each run
 * migrates a schema of its own and drops it afterwards.
 */
@SlowTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfEnvironmentVariable(
        named = "CITYSCORE_TEST_POSTGRES_URL",
        matches = ".+",
        disabledReason = "no PostgreSQL given: set CITYSCORE_TEST_POSTGRES_URL, _USER and _PASSWORD (.ci/run does)")
class PostgresCompatibilityTest {

    static final String SCHEMA = "cityscore_test_" + Long.toHexString(System.nanoTime());

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkbookImports imports;

    static final String BASIC = "Basic "
            + Base64.getEncoder().encodeToString("trainer:trainer-test-password".getBytes(StandardCharsets.UTF_8));

    WorkshopHttpClient client;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + SCHEMA);
        }
        String url = System.getenv("CITYSCORE_TEST_POSTGRES_URL");
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> System.getenv("CITYSCORE_TEST_POSTGRES_USER"));
        registry.add("spring.datasource.password", () -> System.getenv("CITYSCORE_TEST_POSTGRES_PASSWORD"));
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema " + SCHEMA + " cascade");
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("CITYSCORE_TEST_POSTGRES_URL"),
                System.getenv("CITYSCORE_TEST_POSTGRES_USER"),
                System.getenv("CITYSCORE_TEST_POSTGRES_PASSWORD"));
    }

    @BeforeEach
    void client() {
        client = new WorkshopHttpClient("http://localhost:" + port, "trainer", "trainer-test-password");
    }

    @Test
    void migratesAnEmptySchemaAndLoadsTheSamplesWithTheirScores() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                        .query(Long.class)
                        .single())
                .isEqualTo(migrationCount());
        JsonNode all = client.asTrainer("GET", "/api/assessments", null).body();
        List<JsonNode> samples = new ArrayList<>();
        all.forEach(assessment -> {
            if (assessment.get("illustrative").asBoolean()) {
                samples.add(assessment);
            }
        });
        assertThat(samples)
                .extracting(sample -> sample.get("scorecardId").asString())
                .containsExactlyInAnyOrder(
                        "ecomobility-shift-plus", "ecomobility-shift-plus", "undrr-preliminary", "iclei-5rs");
        long undrr = idOf(all, "undrr-preliminary", 2025);
        JsonNode results = client.asTrainer("GET", "/api/assessments/" + undrr + "/results", null)
                .body();
        assertThat(results.get("overall").get("label").asString()).isEqualTo("76 / 141");
        assertThat(results.get("answered").asInt()).isEqualTo(44);
    }

    @Test
    void writersRacingToTheFirstAnswerGetOneSuccessAndConflictsNotErrors() throws Exception {
        long id = newAssessment("Racing");
        int writers = 8;
        List<Integer> statuses = inParallel(
                writers,
                writer -> client.asTrainer(
                                "PUT",
                                "/api/assessments/" + id + "/responses/P1.1",
                                "{\"level\":" + (writer % 4) + ",\"version\":0,\"comment\":\"writer " + writer + "\"}")
                        .status());
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        JsonNode history = client.asTrainer("GET", "/api/assessments/" + id + "/responses/P1.1/history", null)
                .body();
        assertThat(history).hasSize(1);
    }

    @Test
    void aWorkshopKeepsEveryAnswerAlsoFromTwoTabsAtOnceAndItsAgreementFeedsTheResults() throws Exception {
        long id = newAssessment("Workshop");
        JsonNode workshop = client.asTrainer("POST", "/api/assessments/" + id + "/workshops", null)
                .body();
        long wid = workshop.get("workshopId").asLong();
        List<String> tokens = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            tokens.add(client.anonymous(
                            "POST",
                            "/api/workshops/join",
                            "{\"joinCode\":\"" + workshop.get("joinCode").asString() + "\",\"name\":\"参加者 " + p
                                    + "\",\"department\":\"应急管理局\"}")
                    .body()
                    .get("token")
                    .asString());
        }
        List<String> codes = ShippedScorecards.get("undrr-preliminary")
                .indicators()
                .map(Indicator::code)
                .toList();
        List<String> leftForTabs = codes.subList(codes.size() - 5, codes.size());
        List<Integer> statuses = inParallel(tokens.size(), p -> {
            int failures = 0;
            for (int q = 0; q < (p == 0 ? codes.size() - leftForTabs.size() : codes.size()); q++) {
                int status = client.asParticipant(
                                tokens.get(p),
                                "PUT",
                                "/api/workshops/" + wid + "/answers/" + codes.get(q),
                                "{\"level\":" + ((p + q) % 4) + "}")
                        .status();
                failures += status == 200 ? 0 : 1;
            }
            return failures;
        });
        assertThat(statuses).containsOnly(0);
        // one participant with the same new question open in several tabs: every save must land, none may fail
        String inTabs = tokens.get(0);
        for (String code : leftForTabs) {
            List<Integer> tabs = inParallel(
                    4,
                    tab -> client.asParticipant(
                                    inTabs,
                                    "PUT",
                                    "/api/workshops/" + wid + "/answers/" + code,
                                    "{\"level\":" + (tab % 4) + ",\"comment\":\"tab " + tab + "\"}")
                            .status());
            assertThat(tabs).as("saves of %s from four tabs", code).containsOnly(200);
        }

        JsonNode summary = client.asTrainer("GET", "/api/workshops/" + wid + "/summary", null)
                .body();
        long answered = 0;
        for (JsonNode participant : summary.get("participants")) {
            answered += participant.get("answered").asLong();
        }
        assertThat(answered).isEqualTo(10L * codes.size());
        assertThat(client.asTrainer(
                                "PUT", "/api/workshops/" + wid + "/agreed/P1.1", "{\"level\":2,\"rationale\":\"同意\"}")
                        .status())
                .isEqualTo(200);
        JsonNode results = client.asTrainer("GET", "/api/assessments/" + id + "/results", null)
                .body();
        JsonNode p11 = null;
        for (JsonNode indicator : results.get("indicators")) {
            if (indicator.get("code").asString().equals("P1.1")) {
                p11 = indicator;
            }
        }
        assertThat(p11).isNotNull();
        assertThat(p11.get("level").asInt()).isEqualTo(2);
    }

    @Test
    void comparesReportsAndImportsAWorkbook() throws Exception {
        JsonNode all = client.asTrainer("GET", "/api/assessments", null).body();
        long shift2023 = idOf(all, "ecomobility-shift-plus", 2023);
        long shift2025 = idOf(all, "ecomobility-shift-plus", 2025);
        WorkshopHttpClient.Reply comparison =
                client.asTrainer("GET", "/api/comparisons?assessments=" + shift2023 + "," + shift2025, null);
        assertThat(comparison.status()).isEqualTo(200);
        assertThat(comparison.body().get("assessments")).hasSize(2);

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/assessments/" + shift2025 + "/report.pdf"))
                                .header("Authorization", BASIC)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        long undrr = idOf(all, "undrr-preliminary", 2025);
        WorkbookImports.Imported copy = imports.importNew(imports.workbook(undrr, "en"), 2026, "trainer (import)");
        JsonNode results = client.asTrainer(
                        "GET", "/api/assessments/" + copy.assessment().id() + "/results", null)
                .body();
        assertThat(results.get("overall").get("label").asString()).isEqualTo("76 / 141");
    }

    @Test
    void theActionRegisterRoundTripsAsAWorkbookAndAStaleCopyIsRefused() throws Exception {
        long sample = idOf(client.asTrainer("GET", "/api/assessments", null).body(), "undrr-preliminary", 2025);
        long city = client.asTrainer("GET", "/api/assessments/" + sample, null)
                .body()
                .get("cityId")
                .asLong();
        WorkshopHttpClient.Reply made = client.asTrainer("POST", "/api/cities/" + city + "/actions", """
                {"scorecardId": "undrr-preliminary", "indicatorCodes": ["P1.1"], "title": "Map flood zones",
                 "owner": "水务局", "due": "2026-06-30"}""");
        assertThat(made.status()).isEqualTo(201);
        long action = made.body().get("id").asLong();

        byte[] exported = trainerGet("/cities/" + city + "/actions.xlsx");
        byte[] edited = withTitle(exported, action, "Map every flood zone");
        HttpResponse<String> imported = importRegister(city, edited);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode now = client.asTrainer("GET", "/api/actions/" + action, null).body();
        assertThat(now.get("title").asString()).isEqualTo("Map every flood zone");
        assertThat(now.get("owner").asString()).isEqualTo("水务局");

        // the first export is now stale: its row is locked (select ... for update) and refused, not written
        HttpResponse<String> stale = importRegister(city, withTitle(exported, action, "Something else"));
        assertThat(stale.statusCode()).isEqualTo(422);
        assertThat(stale.body()).contains("action.import.changedSinceExport");
        assertThat(client.asTrainer("GET", "/api/actions/" + action, null)
                        .body()
                        .get("title")
                        .asString())
                .isEqualTo("Map every flood zone");
    }

    /** A page's download, as the trainer signed in through the sign-in form (pages take no Basic credentials). */
    private byte[] trainerGet(String path) throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = browser.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
        browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=trainer&password=trainer-test-password&_csrf=" + csrf.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<byte[]> response = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> importRegister(long city, byte[] workbook) throws Exception {
        String boundary = "cityscore-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"register.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(workbook);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/cities/" + city + "/actions/import"))
                                .header("Authorization", BASIC)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The register workbook with the action's title (column D) changed, as someone would in Excel. */
    private static byte[] withTitle(byte[] workbook, long action, String title) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Row row : book.getSheetAt(0)) {
                Cell id = row.getCell(0);
                if (id != null && id.getCellType() == CellType.NUMERIC && (long) id.getNumericCellValue() == action) {
                    row.getCell(3).setCellValue(title);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private long newAssessment(String city) {
        return client.asTrainer(
                        "POST",
                        "/api/assessments",
                        "{\"scorecardId\":\"undrr-preliminary\",\"city\":\"" + city + "\",\"year\":2025}")
                .body()
                .get("id")
                .asLong();
    }

    /** The illustrative sample of this scorecard and year (the other tests add assessments of their own). */
    private static long idOf(JsonNode assessments, String scorecardId, int year) {
        for (JsonNode assessment : assessments) {
            if (assessment.get("illustrative").asBoolean()
                    && assessment.get("scorecardId").asString().equals(scorecardId)
                    && assessment.get("year").asInt() == year) {
                return assessment.get("id").asLong();
            }
        }
        throw new AssertionError("No " + scorecardId + " " + year + " among " + assessments);
    }

    interface Task {
        int run(int index) throws Exception;
    }

    private static List<Integer> inParallel(int count, Task task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                start.await();
                return task.run(index);
            }));
        }
        start.countDown();
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }

    /** Every migration the app ships: the SQL scripts and the Java migrations of db/migration. */
    private static long migrationCount() {
        try {
            return Arrays.stream(
                            new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*"))
                    .map(Resource::getFilename)
                    .filter(name -> name != null && !name.contains("$"))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
