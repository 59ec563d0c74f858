package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.cityscore.support.AppProcess;
import org.cityscore.support.SlowTest;
import org.cityscore.workshop.WorkshopHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two app nodes, each its own JVM, on one PostgreSQL database, as behind a proxy without sticky sessions: a session
 * made on one node is valid on the other and survives a restart, failed sign-ins lock a username on every node,
 * and a password changed on one node is refused at once by the other, though it remembered the old one; a
 * participant who joined on one node answers on the other. Runs when
 * CITYSCORE_TEST_POSTGRES_URL names a database (with _USER and _PASSWORD); each run uses a schema of its own.
 */
@SlowTest
class SharedStateTest {

    static final String SCHEMA = "cityscore_shared_" + Long.toHexString(System.nanoTime());

    static Path data;
    static AppProcess a;
    static AppProcess b;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void twoNodes() throws Exception {
        String url = System.getenv("CITYSCORE_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            System.err.println("WARNING: SharedStateTest skipped: no PostgreSQL given; set CITYSCORE_TEST_POSTGRES_URL,"
                    + " _USER and _PASSWORD (.ci/run does)");
            Assumptions.abort("no PostgreSQL given: set CITYSCORE_TEST_POSTGRES_URL, _USER and _PASSWORD");
        }
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + SCHEMA);
        }
        data = Files.createTempDirectory("shared-state");
        a = start("a");
        b = start("b");
    }

    static AppProcess start(String node) throws Exception {
        List<String> arguments = new ArrayList<>(AppProcess.databaseArguments(
                schemaUrl(),
                System.getenv("CITYSCORE_TEST_POSTGRES_USER"),
                System.getenv("CITYSCORE_TEST_POSTGRES_PASSWORD")));
        return AppProcess.start(data.resolve(node), AppProcess.QUICK_START, arguments);
    }

    static String schemaUrl() {
        String url = System.getenv("CITYSCORE_TEST_POSTGRES_URL");
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    @AfterAll
    static void stop() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (data != null) {
            try (Connection connection = connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema " + SCHEMA + " cascade");
            }
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("CITYSCORE_TEST_POSTGRES_URL"),
                System.getenv("CITYSCORE_TEST_POSTGRES_USER"),
                System.getenv("CITYSCORE_TEST_POSTGRES_PASSWORD"));
    }

    @Test
    void aSessionMadeOnOneNodeIsValidOnTheOtherAndAfterARestart() throws Exception {
        SignedInBrowser browser = new SignedInBrowser();
        assertThat(browser.signIn(a.baseUrl(), AppProcess.USER, AppProcess.PASSWORD))
                .isTrue();
        assertThat(browser.isSignedIn(b.baseUrl()))
                .as("node B knows node A's session")
                .isTrue();

        a.close();
        a = start("a");
        assertThat(browser.isSignedIn(a.baseUrl()))
                .as("node A after its restart")
                .isTrue();

        // the CSRF token of a page from node A is the session's: node B accepts it
        browser.get(a.baseUrl() + "/");
        HttpResponse<String> logout = browser.post(b.baseUrl() + "/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("/login?logout"));
        assertThat(browser.isSignedIn(a.baseUrl()))
                .as("signed out on B, so on A too")
                .isFalse();
    }

    @Test
    void aParticipantWhoJoinedOnOneNodeAnswersOnTheOther() throws Exception {
        WorkshopHttpClient trainer = new WorkshopHttpClient(a.baseUrl(), AppProcess.USER, AppProcess.PASSWORD);
        long id = trainer.asTrainer(
                        "POST",
                        "/api/assessments",
                        "{\"scorecardId\":\"undrr-preliminary\",\"city\":\"Shared\",\"year\":2025}")
                .body()
                .get("id")
                .asLong();
        String code = trainer.asTrainer("POST", "/api/assessments/" + id + "/workshops", null)
                .body()
                .get("joinCode")
                .asString();
        SignedInBrowser phone = new SignedInBrowser();
        phone.get(a.baseUrl() + "/join");
        HttpResponse<String> joined =
                phone.post(a.baseUrl() + "/join", Map.of("code", code, "name", "Participant on two nodes"));
        assertThat(joined.statusCode()).isEqualTo(302);
        assertThat(phone.get(b.baseUrl() + "/workshop").statusCode())
                .as("node B knows the participant's session")
                .isEqualTo(200);
    }

    @Test
    void fiveWrongPasswordsAlternatingBetweenNodesLockTheUsernameOnBoth() throws Exception {
        for (int i = 0; i < 5; i++) {
            AppProcess node = i % 2 == 0 ? a : b;
            assertThat(basic(node, "GET", "/api/assessments", "shared-lock", "wrong-" + i, null)
                            .statusCode())
                    .isEqualTo(401);
        }
        for (AppProcess node : List.of(a, b)) {
            HttpResponse<String> refused = basic(node, "GET", "/api/assessments", "shared-lock", "wrong", null);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void aPasswordChangedOnOneNodeIsRefusedByTheOtherAtOnce() throws Exception {
        assertThat(basic(b, "GET", "/api/me", AppProcess.USER, AppProcess.PASSWORD, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(basic(b, "GET", "/api/me", AppProcess.USER, AppProcess.PASSWORD, null)
                        .statusCode())
                .as("remembered by node B")
                .isEqualTo(200);
        String changed = "changed-on-node-a-42";
        assertThat(basic(
                                a,
                                "PUT",
                                "/api/me/password",
                                AppProcess.USER,
                                AppProcess.PASSWORD,
                                "{\"current\":\"" + AppProcess.PASSWORD + "\",\"password\":\"" + changed + "\"}")
                        .statusCode())
                .isEqualTo(204);
        try {
            assertThat(basic(b, "GET", "/api/me", AppProcess.USER, AppProcess.PASSWORD, null)
                            .statusCode())
                    .as("the old password on node B")
                    .isEqualTo(401);
            assertThat(basic(b, "GET", "/api/me", AppProcess.USER, changed, null)
                            .statusCode())
                    .isEqualTo(200);
        } finally {
            basic(
                    b,
                    "PUT",
                    "/api/me/password",
                    AppProcess.USER,
                    changed,
                    "{\"current\":\"" + changed + "\",\"password\":\"" + AppProcess.PASSWORD + "\"}");
        }
    }

    @Test
    void concurrentFailuresOfOneKeyAreAllCountedOnPostgres() throws Exception {
        ThrottleTest.concurrentFailuresAreAllCounted(database());
    }

    static DataSource database() {
        return new DriverManagerDataSource(
                schemaUrl(),
                System.getenv("CITYSCORE_TEST_POSTGRES_USER"),
                System.getenv("CITYSCORE_TEST_POSTGRES_PASSWORD"));
    }

    HttpResponse<String> basic(AppProcess node, String method, String path, String user, String password, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
