package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cityscore.support.CityscoreServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every failure of an API request, over real HTTP through Tomcat, answers {@code {"errors":[{"field","message"}]}}
 * with its status: unknown ids on every endpoint, Spring MVC's 400/405/415, validation 422, the database's refusal,
 * Spring Security's firewall and Tomcat's own refusals of encoded paths, and an unexpected exception.
 */
@CityscoreServerTest
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorFormatTest {

    static final String MARKER = "unexpected-failure-5c1e";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String TRAINER = "Basic "
            + Base64.getEncoder().encodeToString("trainer:trainer-test-password".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    RawHttp http;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void http() {
        http = new RawHttp(port);
    }

    @TestConfiguration
    static class Failing {
        @Bean
        FailingController failingController() {
            return new FailingController();
        }
    }

    @RestController
    static class FailingController {
        @GetMapping("/api/test-only/failure")
        String fail() {
            throw new IllegalStateException(MARKER);
        }
    }

    @Test
    void unknownIdsAre404OnEveryEndpointEvenWhenTheClientAskedForAFile() throws IOException {
        expect(send("GET", "/api/assessments/999999/report.pdf", Map.of("Accept", "application/pdf"), null), 404, "id");
        expect(send("GET", "/api/assessments/999999/workbook.xlsx", Map.of("Accept", XLSX), null), 404, "id");
        expect(send("POST", "/api/assessments/999999/workshops", Map.of(), null), 404, "id");
        expect(send("GET", "/api/assessments/999999/results", Map.of(), null), 404, "id");
        expect(send("GET", "/api/workshops/999999/summary", Map.of(), null), 404, "workshopId");
        expect(
                send(
                        "GET",
                        "/api/comparisons/report.pdf?assessments=999999," + assessment(),
                        Map.of("Accept", "application/pdf"),
                        null),
                404,
                "assessments");
        expect(send("GET", "/api/no-such-thing", Map.of(), null), 404, null);
    }

    @Test
    void springMvcRefusalsAreInTheSameFormat() throws IOException {
        long id = assessment();
        RawHttp.Reply method = send("DELETE", "/api/scorecards", Map.of(), null);
        expect(method, 405, null);
        assertThat(method.headers().get("allow")).contains("GET");
        expect(
                send(
                        "PUT",
                        "/api/assessments/" + id + "/responses/E1.1",
                        Map.of("Content-Type", "text/plain"),
                        "level=2"),
                415,
                null);
        expect(send("POST", "/api/assessments", Map.of("Content-Type", "application/json"), "{\"city\": "), 400, null);
        expect(
                send(
                        "POST",
                        "/api/assessments",
                        Map.of("Content-Type", "application/json"),
                        "{\"scorecardId\":\"undrr-preliminary\",\"city\":\"Kaili\",\"year\":\"abc\"}"),
                400,
                "year");
        expect(send("GET", "/api/assessments?year=abc", Map.of(), null), 400, "year");
        expect(
                send("GET", "/api/comparisons/report.pdf?assessments=abc", Map.of("Accept", "application/pdf"), null),
                400,
                "assessments");
        expect(send("GET", "/api/comparisons", Map.of(), null), 400, "assessments");
        expect(send("GET", "/api/assessments", Map.of("Accept", "application/pdf"), null), 406, null);
    }

    /** The API's own words come from messages.properties, in English whatever the client's Accept-Language. */
    @Test
    void theApisOwnWordsAreEnglishWhateverTheAcceptLanguage() throws IOException {
        Map<String, String> chinese = Map.of("Accept-Language", "zh-CN", "Content-Type", "application/json");
        assertThat(message(send("POST", "/api/assessments", chinese, "{\"city\": ")))
                .isEqualTo(
                        "The request body is not valid JSON of the expected shape: check field names, numbers and quotes.");
        assertThat(message(send("GET", "/api/assessments?year=abc", Map.of("Accept-Language", "zh"), null)))
                .isEqualTo("'abc' is not a valid value for year: give a whole number.");
        assertThat(message(send("DELETE", "/api/scorecards", Map.of("Accept-Language", "zh"), null)))
                .startsWith("This address does not accept DELETE; use ")
                .contains("GET")
                .contains("POST");
        assertThat(message(http.send("GET", "/api/assessments", Map.of("Accept-Language", "zh"), null)))
                .isEqualTo(
                        "Sign in: trainers with HTTP Basic or a personal API token, participants with their bearer token.");
    }

    private String message(RawHttp.Reply reply) {
        return json.readTree(reply.body()).get("errors").get(0).get("message").asString();
    }

    @Test
    void aParticipantsBadRequestsGetTheSameFormat() throws IOException {
        RawHttp.Reply opened = send("POST", "/api/assessments/" + assessment() + "/workshops", Map.of(), null);
        JsonNode workshop = json.readTree(opened.body());
        RawHttp.Reply joined = http.send(
                "POST",
                "/api/workshops/join",
                Map.of("Content-Type", "application/json"),
                ("{\"joinCode\":\"" + workshop.get("joinCode").asString()
                                + "\",\"name\":\"Li\",\"department\":\"Water\"}")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(joined.status()).isEqualTo(201);
        Map<String, String> participant = Map.of(
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer " + json.readTree(joined.body()).get("token").asString());
        String answers = "/api/workshops/" + workshop.get("workshopId").asLong() + "/answers/";
        expect(
                http.send("PUT", answers + "P1.1", participant, "{\"level\": ".getBytes(StandardCharsets.UTF_8)),
                400,
                null);
        expect(
                http.send(
                        "PUT", answers + "P1.1", participant, "{\"level\": \"two\"}".getBytes(StandardCharsets.UTF_8)),
                400,
                "level");
        expect(
                http.send("PUT", answers + "NOPE", participant, "{\"level\": 2}".getBytes(StandardCharsets.UTF_8)),
                422,
                "indicatorCode");
        expect(
                http.send(
                        "PUT",
                        "/api/workshops/999999/answers/P1.1",
                        participant,
                        "{\"level\": 2}".getBytes(StandardCharsets.UTF_8)),
                403,
                null);
        expect(http.send("DELETE", answers + "P1.1", participant, null), 403, null);
    }

    @Test
    void uploadsWithoutAFileAre400() throws IOException {
        long id = assessment();
        expect(send("POST", "/api/assessments/import", Map.of("Content-Type", "application/json"), "{}"), 400, "file");
        expect(
                send("POST", "/api/assessments/" + id + "/import", Map.of("Content-Type", "text/plain"), "hello"),
                400,
                "file");
        String boundary = "b0undary";
        String other = "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"other\"; filename=\"a.xlsx\"\r\n\r\nxx\r\n--" + boundary
                + "--\r\n";
        expect(
                send(
                        "POST",
                        "/api/assessments/import",
                        Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
                        other),
                400,
                "file");
    }

    @Test
    void validationFailuresAre422NamingEachField() throws IOException {
        JsonNode body = expect(
                send("POST", "/api/assessments", Map.of("Content-Type", "application/json"), "{\"year\":2025}"),
                422,
                "city");
        List<String> fields = new ArrayList<>();
        body.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).contains("city", "scorecardId");
        // longer than the column: the database refuses it, and the client hears which field
        String author = "a".repeat(300);
        expect(
                send(
                        "PUT",
                        "/api/assessments/" + assessment() + "/responses/E1.1",
                        Map.of("Content-Type", "application/json"),
                        "{\"level\":2,\"version\":0,\"author\":\"" + author + "\"}"),
                422,
                null);
    }

    @Test
    void pathsThatTomcatOrTheFirewallRefuseGetTheJsonErrorsToo() throws IOException {
        for (String path : List.of(
                "/api/assessments/1%2F2",
                "/api/assessments/%00",
                "/api/assessments/%5C..%5C",
                "/api/assessments;x=1",
                "/api/assessments/%252e%252e",
                "/api/assessments/1%0A")) {
            RawHttp.Reply reply = send("GET", path, Map.of(), null);
            assertThat(reply.status()).as(path).isEqualTo(400);
            expect(reply, 400, null);
            assertThat(reply.body()).as(path).doesNotContain("Tomcat").doesNotContain("<html");
        }
    }

    @Test
    void anUnexpectedExceptionIsA500InTheSameFormatLoggedOnce(CapturedOutput output) throws IOException {
        expect(send("GET", "/api/test-only/failure", Map.of("Accept", "application/pdf"), null), 500, null);
        long errorLines = output.getAll()
                .lines()
                .filter(line -> line.contains(" ERROR ") && line.contains(MARKER))
                .count();
        assertThat(errorLines).isEqualTo(1);
    }

    long assessment() throws IOException {
        RawHttp.Reply created = send(
                "POST",
                "/api/assessments",
                Map.of("Content-Type", "application/json"),
                "{\"scorecardId\":\"undrr-preliminary\",\"city\":\"Kaili\",\"year\":2025}");
        assertThat(created.status()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    RawHttp.Reply send(String method, String path, Map<String, String> headers, String body) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Authorization", TRAINER);
        return http.send(method, path, all, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** The status, JSON whatever was asked for, only errors of field and message, and the field named when given. */
    JsonNode expect(RawHttp.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode body = json.readTree(reply.body());
        assertThat(body.has("timestamp")).isFalse();
        assertThat(body.get("errors").isArray()).isTrue();
        assertThat(body.get("errors").size()).isPositive();
        for (JsonNode error : body.get("errors")) {
            assertThat(error.has("field")).isTrue();
            assertThat(error.get("message").asString()).isNotBlank();
        }
        if (field != null) {
            List<String> fields = new ArrayList<>();
            body.get("errors")
                    .forEach(error -> fields.add(
                            error.get("field").isNull()
                                    ? null
                                    : error.get("field").asString()));
            assertThat(fields).as(reply.body()).contains(field);
        }
        return body;
    }
}
