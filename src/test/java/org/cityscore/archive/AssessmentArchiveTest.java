package org.cityscore.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.cityscore.support.CityscoreTest;
import org.cityscore.system.Reader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** An assessment's archive: out and back in with everything equal, and every refusal writes nothing. */
@CityscoreTest
class AssessmentArchiveTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long id;
    long cityId;
    byte[] archive;

    final ArchiveScenario.Api api = this::send;

    @BeforeEach
    void anAssessmentWithHistoryAndAWorkshop() throws Exception {
        id = ArchiveScenario.create(api, "Archive City " + System.nanoTime());
        cityId = ArchiveScenario.ok(api, "GET", "/api/assessments/" + id, null, null)
                .get("cityId")
                .asLong();
        archive = mvc.perform(get("/api/assessments/" + id + "/archive.zip").with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".zip")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void anImportedArchiveHasTheSameResultsHistoryAndWorkshopSummaries() throws Exception {
        JsonNode before = ArchiveScenario.state(api, id);
        // a newer Cityscore may add fields: they are read past
        byte[] withNewerFields = ArchiveZips.changed(
                archive, "manifest.json", manifest -> ((ObjectNode) manifest).put("addedLater", "anything"));

        MvcResult created = importing(withNewerFields, admin())
                .andExpect(status().isCreated())
                .andReturn();
        JsonNode body = JSON.readTree(created.getResponse().getContentAsString(StandardCharsets.UTF_8));
        long copy = body.get("id").asLong();

        assertThat(copy).isNotEqualTo(id);
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/assessments/" + copy);
        assertThat(body).isEqualTo(ArchiveScenario.ok(api, "GET", "/api/assessments/" + copy, null, null));
        JsonNode after = ArchiveScenario.state(api, copy);
        assertThat(after).isEqualTo(before);
        assertThat(after.get("workshops")).hasSize(1);
        assertThat(after.at("/history/RT1")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(after.get("changes")).isNotEmpty();
    }

    @Test
    void anAssessmentInItsSecondReviewRoundMovesWithItsStatusAndSteps() throws Exception {
        ArchiveScenario.ok(api, "POST", "/api/assessments/" + id + "/reopen", "{\"reason\": \"to review\"}", null);
        ArchiveScenario.ok(api, "POST", "/api/assessments/" + id + "/submit", null, null);
        ArchiveScenario.ok(
                api,
                "POST",
                "/api/assessments/" + id + "/return",
                "{\"summary\": \"Check RT1\", \"comments\": [{\"indicatorCode\": \"RT1\","
                        + " \"comment\": \"Which plan says so? 哪个规划？\"}]}",
                null);
        ArchiveScenario.ok(
                api, "PUT", "/api/assessments/" + id + "/review/RT1", "{\"reply\": \"The 2024 waste plan\"}", null);
        ArchiveScenario.ok(api, "POST", "/api/assessments/" + id + "/submit", null, null);
        JsonNode reviewBefore = ArchiveScenario.withoutIds(
                ArchiveScenario.ok(api, "GET", "/api/assessments/" + id + "/review", null, null));
        byte[] reviewed = mvc.perform(
                        get("/api/assessments/" + id + "/archive.zip").with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        long copy = JSON.readTree(importing(reviewed, admin())
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .get("id")
                .asLong();

        JsonNode imported = ArchiveScenario.ok(api, "GET", "/api/assessments/" + copy, null, null);
        assertThat(imported.get("status").asString()).isEqualTo("in_review");
        assertThat(ArchiveScenario.ok(api, "GET", "/api/assessments/" + copy + "/changes", null, null)
                        .valueStream()
                        .map(change -> change.get("action").asString())
                        .toList())
                .startsWith("submitted", "returned", "submitted");
        JsonNode review = ArchiveScenario.ok(api, "GET", "/api/assessments/" + copy + "/review", null, null);
        assertThat(review.toString()).contains("Which plan says so? 哪个规划？", "The 2024 waste plan");
        assertThat(ArchiveScenario.withoutIds(review)).isEqualTo(reviewBefore);
    }

    @Test
    void anArchiveWrittenBeforeReviewsExistedStillImports() throws Exception {
        Map<String, byte[]> files = ArchiveZips.files(archive);
        files.remove("reviews.json");

        importing(ArchiveZips.zip(files), admin()).andExpect(status().isCreated());
    }

    @Test
    void aReviewCommentOnAnIndicatorTheScorecardLacksIsRefusedWithWhere() throws Exception {
        Map<String, byte[]> files = ArchiveZips.files(archive);
        files.put(
                "reviews.json",
                ("[{\"round\": 1, \"indicatorCode\": \"NOPE\", \"comment\": \"x\","
                                + " \"commentedAt\": \"2026-01-01T00:00:00Z\"}]")
                        .getBytes(StandardCharsets.UTF_8));

        importing(ArchiveZips.zip(files), admin())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reviews.json[0].indicatorCode"));
    }

    @Test
    void theArchiveHoldsTheDocumentedFiles() {
        assertThat(ArchiveZips.files(archive))
                .containsOnlyKeys(
                        "manifest.json",
                        "assessment.json",
                        "responses.json",
                        "workshops.json",
                        "reviews.json",
                        "scorecard.yaml");
        JsonNode manifest = ArchiveZips.json(archive, "manifest.json");
        assertThat(manifest.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(manifest.get("originAssessmentId").asLong()).isEqualTo(id);
        JsonNode participants = ArchiveZips.json(archive, "workshops.json").at("/0/participants");
        assertThat(participants).hasSize(5);
        assertThat(participants.get(0).get("anonymous").asBoolean()).isTrue();
        assertThat(participants.get(0).has("token")).isFalse();
    }

    @Test
    void theSameArchiveIsImportedOnce() throws Exception {
        importing(archive, admin()).andExpect(status().isCreated());
        long assessments = count("assessment");

        importing(archive, admin())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("manifest.json.archiveId"));
        assertThat(count("assessment")).isEqualTo(assessments);
    }

    @Test
    void aLevelOutsideTheScaleIsRefusedByFileAndFieldAndNothingIsWritten() throws Exception {
        long assessments = count("assessment");
        long cities = count("city");
        byte[] broken = ArchiveZips.changed(
                archive, "responses.json", responses -> ((ObjectNode) responses.get(0)).put("level", 9));

        importing(broken, admin())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("responses.json[0].level"));
        assertThat(count("assessment")).isEqualTo(assessments);
        assertThat(count("city")).isEqualTo(cities);
    }

    @Test
    void aMissingRequiredFieldIsNamedWithItsFile() throws Exception {
        byte[] broken = ArchiveZips.changed(
                archive,
                "workshops.json",
                workshops -> ((ObjectNode) workshops.at("/0/participants/1")).remove("joinedAt"));

        importing(broken, admin())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("workshops.json[0].participants[1].joinedAt"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("joinedAt")));
    }

    @Test
    void anUnknownFormatVersionOrAnotherScorecardIsRefused() throws Exception {
        importing(
                        ArchiveZips.changed(
                                archive, "manifest.json", manifest -> ((ObjectNode) manifest).put("formatVersion", 2)),
                        admin())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("manifest.json.formatVersion"));
        importing(
                        ArchiveZips.changed(
                                archive,
                                "assessment.json",
                                assessment -> ((ObjectNode) assessment).put("scorecardVersion", "99")),
                        admin())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("scorecard.yaml"));
    }

    @Test
    void aFileThatIsNotAnArchiveOrABombIsRefused() throws Exception {
        importing("not a zip".getBytes(StandardCharsets.UTF_8), admin()).andExpect(status().isUnprocessableContent());
        Map<String, byte[]> files = ArchiveZips.files(archive);
        files.put("responses.json", new byte[4 * 1024 * 1024]);
        importing(ArchiveZips.zip(files), admin()).andExpect(status().isUnprocessableContent());
    }

    @Test
    void aReaderOfAnotherCityFindsNoArchiveAndOnlyTrainersAndAdminsImport() throws Exception {
        long otherCity = jdbc.sql("select min(id) from city where id <> ?")
                .param(cityId)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/assessments/" + id + "/archive.zip")
                        .with(user("otto")
                                .authorities(AuthorityUtils.createAuthorityList(Reader.TRAINER, "CITY_" + otherCity))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/assessments/" + id + "/archive.zip")
                        .with(user("vera")
                                .authorities(AuthorityUtils.createAuthorityList(Reader.VIEWER, "CITY_" + cityId))))
                .andExpect(status().isOk());
        importing(archive, user("eve").authorities(AuthorityUtils.createAuthorityList(Reader.EDITOR, "CITY_" + cityId)))
                .andExpect(status().isForbidden());
        importing(
                        archive,
                        user("tom").authorities(AuthorityUtils.createAuthorityList(Reader.TRAINER, "CITY_" + cityId)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/assessments/" + id + "/archive.zip")).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyAnAdminBacksUp() throws Exception {
        mvc.perform(post("/api/admin/backup")
                        .with(user("tom")
                                .authorities(AuthorityUtils.createAuthorityList(Reader.TRAINER, "CITY_" + cityId))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/backup")).andExpect(status().isUnauthorized());
    }

    private ResultActions importing(byte[] zip, RequestPostProcessor who) throws Exception {
        return mvc.perform(multipart("/api/assessments/import-archive")
                .file(new MockMultipartFile("file", "archive.zip", "application/zip", zip))
                .with(who));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static RequestPostProcessor admin() {
        return user("ada").roles("ADMIN");
    }

    private ArchiveScenario.Reply send(String method, String path, String json, String bearer) {
        try {
            MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON);
            if (json != null) {
                request.content(json);
            }
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            } else {
                request.with(admin());
            }
            MvcResult result = mvc.perform(request).andReturn();
            String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            return new ArchiveScenario.Reply(
                    result.getResponse().getStatus(), text.isBlank() ? null : JSON.readTree(text));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
