package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityscore.support.AppProcess;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The data folder on a small filesystem that fills up: writes that cannot be stored answer 503 with the JSON error
 * and Retry-After, never 2xx; reads and sign-in answer or say 503 (never "wrong password"); once space is freed,
 * writes and sign-in work again without a restart; and every write that was acknowledged is there, before and after
 * a restart. The filesystem is a tmpfs this test mounts, so it needs root and a Linux kernel that allows it.
 */
@SlowTest
class FullDiskTest {

    static final String COMMENT = "x".repeat(1000);

    @TempDir
    Path temp;

    @Test
    void aFullDiskAnswers503AndRecoversWhenSpaceIsFreed() throws Exception {
        Path disk = temp.resolve("small-disk");
        Files.createDirectories(disk);
        Assumptions.assumeTrue(
                Mounts.tmpfs(disk, "size=24m"),
                "FullDiskTest skipped: could not mount a 24 MB tmpfs at " + disk + " (needs root on Linux)");
        try {
            fillTheDiskAndRecover(disk);
        } finally {
            Mounts.unmount(disk);
        }
    }

    private void fillTheDiskAndRecover(Path disk) throws Exception {
        Path data = disk.resolve("data");
        Path ballast = disk.resolve("ballast");
        Map<String, long[]> stored = new HashMap<>(); // code -> {version} acknowledged, with the comment below
        Map<String, String> comments = new HashMap<>();
        long assessment;
        int refused = 0;
        Path log = temp.resolve("app.log"); // off the full disk
        try (AppProcess app = AppProcess.start(data, log, AppProcess.QUICK_START, List.of())) {
            TrainerScript script = new TrainerScript(app);
            assessment = script.createAssessment("Full disk");
            List<String> codes = KillTest.CODES;
            fill(ballast, disk, 200_000);

            for (int n = 0; n < 400 && refused < 6; n++) {
                String code = codes.get(n % codes.size());
                String comment = n + " " + COMMENT;
                long version = stored.containsKey(code) ? stored.get(code)[0] : 0;
                HttpResponse<String> write = script.exchange(
                        "PUT",
                        "/api/assessments/" + assessment + "/responses/" + code,
                        "{\"level\":" + (n % 4) + ",\"comment\":\"" + comment + "\",\"version\":" + version + "}");
                if (write.statusCode() == 200) {
                    stored.put(code, new long[] {
                        script.parse(write.body()).get("version").asLong()
                    });
                    comments.put(code, comment);
                    continue;
                }
                refused++;
                assertThat(write.statusCode())
                        .as("a write the full disk refused: %s", write.body())
                        .isEqualTo(503);
                assertThat(write.headers().firstValue("Retry-After")).isPresent();
                JsonNode error = script.parse(write.body()).get("errors").get(0);
                assertThat(error.get("message").asString()).contains("cannot reach its database");
                assertThat(script.exchange("GET", "/api/assessments/" + assessment, null)
                                .statusCode())
                        .as("a read while the disk is full")
                        .isIn(200, 503);
                assertThat(script.exchange("GET", "/api/assessments", null).statusCode())
                        .as("HTTP Basic sign-in while the disk is full: not 401")
                        .isIn(200, 503);
            }
            assertThat(refused).as("writes refused once the disk was full").isGreaterThanOrEqualTo(6);
            HttpResponse<String> signIn = signIn(app);
            if (signIn.statusCode() == 503) {
                assertThat(signIn.body()).contains("cannot reach its database");
            } else { // H2 could read the accounts: then signing in works, but never says "wrong password"
                assertThat(signIn.statusCode())
                        .as("the sign-in form while the disk is full")
                        .isEqualTo(302);
                assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            }

            Files.delete(ballast);
            long recoveredAfter = recover(script, assessment, stored, comments);
            HttpResponse<String> signedIn = signIn(app);
            assertThat(signedIn.statusCode())
                    .as("the sign-in form after space was freed: a redirect home")
                    .isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            assertThat(missing(script, assessment, stored, comments))
                    .as("acknowledged writes, without a restart")
                    .isEmpty();
            String logText = app.logText();
            assertThat(logText).contains("The database cannot be used").contains(data.toString());
            assertThat(Pattern.compile("ERROR .*The database cannot be used")
                            .matcher(logText)
                            .results()
                            .count())
                    .as("the outage is logged once")
                    .isEqualTo(1);
            System.out.printf(
                    "full disk: %d writes acknowledged, %d refused with 503, writes worked again %d ms after space was freed%n",
                    stored.size(), refused, recoveredAfter);
        }
        try (AppProcess again = AppProcess.start(data, log, AppProcess.QUICK_START, List.of())) {
            assertThat(missing(new TrainerScript(again), assessment, stored, comments))
                    .as("acknowledged writes, after a restart")
                    .isEmpty();
        }
    }

    /** Writes until one is accepted again, and returns how long that took. */
    private static long recover(
            TrainerScript script, long assessment, Map<String, long[]> stored, Map<String, String> comments)
            throws InterruptedException {
        long start = System.nanoTime();
        String code = KillTest.CODES.get(0);
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60)) {
            long version = stored.containsKey(code) ? stored.get(code)[0] : 0;
            HttpResponse<String> write = script.exchange(
                    "PUT",
                    "/api/assessments/" + assessment + "/responses/" + code,
                    "{\"level\":1,\"comment\":\"after the disk was freed\",\"version\":" + version + "}");
            if (write.statusCode() == 200) {
                stored.put(
                        code,
                        new long[] {script.parse(write.body()).get("version").asLong()});
                comments.put(code, "after the disk was freed");
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            }
            assertThat(write.statusCode())
                    .as("a write while recovering: %s", write.body())
                    .isEqualTo(503);
            Thread.sleep(500);
        }
        throw new AssertionError("writes did not work again within 60 s of freeing space");
    }

    private static List<String> missing(
            TrainerScript script, long assessment, Map<String, long[]> stored, Map<String, String> comments) {
        HttpResponse<String> responses = script.exchange("GET", "/api/assessments/" + assessment + "/responses", null);
        assertThat(responses.statusCode()).isEqualTo(200);
        Map<String, JsonNode> byCode = new HashMap<>();
        script.parse(responses.body())
                .valueStream()
                .forEach(r -> byCode.put(r.get("indicatorCode").asString(), r));
        List<String> missing = new ArrayList<>();
        stored.forEach((code, version) -> {
            JsonNode response = byCode.get(code);
            if (response == null
                    || response.get("version").asLong() != version[0]
                    || !comments.get(code).equals(response.get("comment").asString())) {
                missing.add(code + " v" + version[0]);
            }
        });
        return missing;
    }

    /** Fills the filesystem with a ballast file until only about this many bytes are left. */
    private static void fill(Path ballast, Path disk, long leave) throws IOException {
        byte[] megabyte = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(ballast)) {
            long free;
            while ((free = Files.getFileStore(disk).getUsableSpace()) > leave) {
                out.write(megabyte, 0, (int) Math.min(megabyte.length, free - leave));
                out.flush();
            }
        }
    }

    /** The trainer signs in with the form, as a browser does: the login page for its CSRF token, then the post. */
    private static HttpResponse<String> signIn(AppProcess app) throws IOException, InterruptedException {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> loginPage = browser.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (loginPage.statusCode() != 200) { // sessions live in the database: a full disk can refuse a new one
            return loginPage;
        }
        String page = loginPage.body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the login page's CSRF token").isTrue();
        String form = "username=" + AppProcess.USER + "&password="
                + URLEncoder.encode(AppProcess.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        return browser.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
