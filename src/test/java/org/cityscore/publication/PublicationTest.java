package org.cityscore.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.system.Audit;
import org.cityscore.system.AuditEntry;
import org.cityscore.system.Reader;
import org.cityscore.workshop.ParticipantPrincipal;
import org.cityscore.workshop.WorkshopService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Publish and unpublish over HTTP, who may, and what an anonymous client then sees and never sees. */
@CityscoreTest
class PublicationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    CityService cities;

    @Autowired
    AssessmentService assessments;

    @Autowired
    WorkshopService workshops;

    @Autowired
    Audit audit;

    PublicFixture fixture;
    long city;

    @BeforeEach
    void aCity() {
        fixture = new PublicFixture(cities, assessments, mvc);
        city = fixture.city("Publica");
    }

    @Test
    void anAnonymousClientSeesAPublishedAssessmentAndNotAnUnpublishedOne() throws Exception {
        long published = fixture.published(city, 2024, 2, 3);
        long unpublished = fixture.finalAssessment(city, 2025, 1, 3);

        String page = fixture.anonymous("/public/assessments/{id}", published);
        assertThat(page)
                .contains("Publica " + fixture.suffix())
                .contains("2024")
                .contains("comment P1.1")
                .contains("evidence P1.1")
                .contains("action P1.1");
        assertThat(fixture.anonymous("/public"))
                .contains("/public/assessments/" + published)
                .doesNotContain("/public/assessments/" + unpublished + "\"");
        assertThat(fixture.anonymous("/public/cities/{id}", city))
                .contains("/public/assessments/" + published)
                .doesNotContain("/public/assessments/" + unpublished + "\"");
        assertThat(PublicFixture.pdfText(mvc.perform(get("/public/assessments/{id}/report.pdf", published))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()))
                .contains("Publica " + fixture.suffix());

        mvc.perform(get("/public/assessments/{id}", unpublished)).andExpect(status().isNotFound());
        mvc.perform(get("/public/assessments/{id}/report.pdf", unpublished)).andExpect(status().isNotFound());
        mvc.perform(get("/public/assessments/{id}", Long.MAX_VALUE - 3)).andExpect(status().isNotFound());
        mvc.perform(get("/public/cities/{id}", fixture.city("Unpublished"))).andExpect(status().isNotFound());
    }

    @Test
    void aDraftIsNeverPublicAndCannotBePublished() throws Exception {
        long draft = fixture.draft(city, 2023, 2, 2);
        String refused = mvc.perform(
                        post("/api/assessments/{id}/publish", draft).with(PublicFixture.trainerOf(city)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json.readTree(refused).get("errors").get(0).get("message").asString())
                .isEqualTo("Assessment " + draft + " is not final: finalise it before publishing it.");
        mvc.perform(get("/public/assessments/{id}", draft)).andExpect(status().isNotFound());

        long reopened = fixture.published(city, 2022, 2, 2);
        assessments.reopen(reopened, "a correction", "tina");
        mvc.perform(get("/public/assessments/{id}", reopened)).andExpect(status().isNotFound());
    }

    @Test
    void publishingRecordsWhoAndWhenAndUnpublishingTakesItOffAgain() throws Exception {
        long id = fixture.finalAssessment(city, 2024, 2, 2);
        JsonNode publication = json.readTree(
                mvc.perform(post("/api/assessments/{id}/publish", id).with(PublicFixture.trainerOf(city)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(publication.get("published").asBoolean()).isTrue();
        assertThat(publication.get("publishedBy").asString()).isEqualTo("tina");
        assertThat(publication.get("publishedAt").asString()).isNotBlank();
        mvc.perform(get("/public/assessments/{id}", id)).andExpect(status().isOk());

        mvc.perform(post("/api/assessments/{id}/unpublish", id).with(PublicFixture.trainerOf(city)))
                .andExpect(status().isOk());
        mvc.perform(get("/public/assessments/{id}", id)).andExpect(status().isNotFound());
        assertThat(audit.entries(new Audit.Filter(null, null, city, Optional.empty(), 50)).stream()
                        .filter(entry -> entry.target().equals("assessment/" + id))
                        .map(AuditEntry::action))
                .containsSubsequence("assessment.unpublish", "assessment.publish");
    }

    @Test
    void aReaderOfAnotherCityCannotPublishAndAnEditorMayNot() throws Exception {
        long id = fixture.finalAssessment(city, 2024, 2, 2);
        long other = fixture.city("Elsewhere");
        mvc.perform(post("/api/assessments/{id}/publish", id).with(PublicFixture.trainerOf(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/assessments/{id}/unpublish", id).with(PublicFixture.trainerOf(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/assessments/{id}/publish", id)
                        .with(user("eve")
                                .authorities(AuthorityUtils.createAuthorityList(Reader.EDITOR, "CITY_" + city))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/assessments/{id}/publish", id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/public/assessments/{id}", id)).andExpect(status().isNotFound());
    }

    @Test
    void aTrainerPublishesFromThePublicationPageAndAViewerOnlySeesTheState() throws Exception {
        long id = fixture.finalAssessment(city, 2024, 2, 2);
        assertThat(mvc.perform(get("/assessments/{id}/results", id).with(PublicFixture.trainerOf(city)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/assessments/" + id + "/publication");
        String before = mvc.perform(get("/assessments/{id}/publication", id).with(PublicFixture.trainerOf(city)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(before).contains("Not published").contains("/assessments/" + id + "/publish\"");
        mvc.perform(post("/assessments/{id}/publish", id)
                        .with(PublicFixture.trainerOf(city))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/assessments/{id}", id)).andExpect(status().isOk());
        String viewer = mvc.perform(get("/assessments/{id}/publication", id)
                        .with(user("vic")
                                .authorities(AuthorityUtils.createAuthorityList(Reader.VIEWER, "CITY_" + city))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(viewer).contains("Published on").contains("by tina").doesNotContain("/unpublish\"");
        mvc.perform(get("/assessments/{id}/publication", id).with(PublicFixture.trainerOf(fixture.city("Far"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/assessments/{id}/unpublish", id).with(PublicFixture.trainerOf(city)))
                .andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/assessments/{id}/unpublish", id)
                        .with(PublicFixture.trainerOf(city))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/assessments/{id}", id)).andExpect(status().isNotFound());
    }

    @Test
    void onlyThePublicAddressesAreOpenWithoutSigningIn() throws Exception {
        long id = fixture.published(city, 2024, 2, 2);
        mvc.perform(get("/assessments/{id}/results", id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/assessments/{id}", id).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/assessments/{id}/report.pdf", id)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/public/results.json")).andExpect(status().isUnauthorized());
        JsonNode results = json.readTree(fixture.anonymous("/api/public/results.json"));
        assertThat(results.get("licence").asString()).isEqualTo("CC-BY-4.0");
    }

    @Test
    void theDataDictionaryDocumentsEveryColumnInEnglishAndChinese() throws Exception {
        JsonNode english = json.readTree(fixture.anonymous("/api/public/data-dictionary"));
        JsonNode chinese = json.readTree(fixture.anonymous("/api/public/data-dictionary?lang=zh"));
        assertThat(english.get("licence").asString()).isEqualTo("CC-BY-4.0");
        assertThat(english.get("columns")
                        .valueStream()
                        .map(column -> column.get("name").asString()))
                .containsExactlyElementsOf(OpenDataRow.COLUMNS.keySet());
        assertThat(english.get("columns").get(1).get("description").asString())
                .isEqualTo("The city assessed, as the assessment names it.");
        assertThat(chinese.get("columns").get(1).get("description").asString()).isEqualTo("被评估的城市，按评估中的名称。");
        assertThat(chinese.get("columns").get(10).get("type").asString()).isEqualTo("integer");
        assertThat(mvc.perform(get("/public/data-dictionary").param("lang", "zh"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("数据字典")
                .contains("<code>indicatorCode</code>")
                .contains("指标代码，在计分卡内唯一。");
    }

    @Test
    void noParticipantNameNotesOrAuthorAppearsInAnyPublicPageOrFile() throws Exception {
        long id = fixture.draft(city, 2024, 2, 3);
        var workshop = workshops.open(id);
        String name = "Participant Zhou " + fixture.suffix();
        var zhou = workshops.join(workshop.joinCode(), name, "Water bureau").participant();
        workshops.answer(
                new ParticipantPrincipal(zhou.id(), workshop.id(), name),
                workshop.id(),
                "P1.1",
                new ResponseValue(3, null, false, "my own view " + fixture.suffix(), null, null, null, null));
        workshops.agree(workshop.id(), "P1.1", 2, false, "agreed after a debate", name);
        assessments.finalizeAssessment(id);
        fixture.publish(id, city);

        List<String> texts = List.of(
                fixture.anonymous("/public"),
                fixture.anonymous("/public/cities/{id}", city),
                fixture.anonymous("/public/assessments/{id}", id),
                fixture.anonymous("/api/public/results.csv"),
                fixture.anonymous("/api/public/results.json"),
                PublicFixture.pdfText(mvc.perform(get("/public/assessments/{id}/report.pdf", id))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()));
        for (String text : texts) {
            assertThat(text)
                    .contains("Publica " + fixture.suffix())
                    .doesNotContain(name)
                    .doesNotContain("my own view")
                    .doesNotContain("Water bureau")
                    .doesNotContain("internal note")
                    .doesNotContain("Author Person")
                    .doesNotContain("Responsible Person")
                    .doesNotContain("agreed after a debate");
        }
    }
}
