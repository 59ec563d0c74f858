package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.cityscore.support.AppProcess;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A newcomer's first look is complete: asking for the assessments as soon as the port answers, while the app still
 * loads its first-start samples, gets every sample (the request waits until the app is ready), and the readiness
 * probe says UP only then.
 */
@SlowTest
class ReadinessTest {

    static final Path SAMPLES = Path.of("sample-assessments").toAbsolutePath();

    @TempDir
    Path data;

    @Test
    void theFirstAnswerListsEverySample() throws Exception {
        long samples;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            samples = files.filter(file -> file.getFileName().toString().matches(".*\\.xls[xm]$"))
                    .count();
        }
        assertThat(samples).as("sample workbooks").isGreaterThan(1);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<String> before = new ArrayList<>(); // what answered before the first 200, if anything
        try (AppProcess app = AppProcess.launch(
                data,
                AppProcess.QUICK_START,
                List.of(
                        "--cityscore.samples.load-on-empty=true",
                        "--cityscore.samples-dir=" + SAMPLES,
                        "--cityscore.warm-up.enabled=true"))) {
            HttpRequest assessments = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/assessments"))
                    .header("Authorization", basic())
                    .timeout(Duration.ofSeconds(90))
                    .build();
            HttpResponse<String> first = null;
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (first == null && System.nanoTime() < deadline) {
                assertThat(app.isAlive())
                        .as("the app is running; its log:%n%s", app.logText())
                        .isTrue();
                try {
                    HttpResponse<String> reply = http.send(assessments, HttpResponse.BodyHandlers.ofString());
                    if (reply.statusCode() == 200) {
                        first = reply;
                    } else {
                        before.add(reply.statusCode() + " "
                                + reply.headers().firstValue("Retry-After").orElse(""));
                    }
                } catch (ConnectException notListeningYet) {
                    Thread.sleep(20);
                } catch (IOException e) {
                    before.add(e.toString());
                }
            }
            assertThat(first)
                    .as("an answer within two minutes; before it: %s", before)
                    .isNotNull();
            JsonNode listed = JsonMapper.builder().build().readTree(first.body());
            assertThat(listed.size())
                    .as("assessments in the very first answer (answers before it: %s)", before)
                    .isEqualTo((int) samples);
            HttpResponse<String> readiness = http.send(
                    HttpRequest.newBuilder(URI.create(app.baseUrl() + "/actuator/health/readiness"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    static String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((AppProcess.USER + ":" + AppProcess.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
