package org.cityscore.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.system.Audit;
import org.cityscore.system.Reader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review over HTTP, each transition by each role: an editor or trainer of the city submits, a trainer or admin
 * returns with comments or approves (never their own submission), answers are read-only in review, and a reader of
 * another city is told nothing.
 */
@CityscoreTest
class ReviewApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CityService cities;

    @Autowired
    AssessmentService assessments;

    @Autowired
    Audit audit;

    @Autowired
    JsonMapper json;

    long cityA;
    long cityB;
    long id;

    @BeforeEach
    void anAssessmentOfCityA() {
        String suffix = String.valueOf(System.nanoTime());
        cityA = cities.create(new CityService.Draft("Review A " + suffix, "Testland", Map.of(), List.of()))
                .id();
        cityB = cities.create(new CityService.Draft("Review B " + suffix, "Testland", Map.of(), List.of()))
                .id();
        id = assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", null, null, "Testland", 2025, null, null, cityA),
                        false)
                .id();
        assessments.respond(id, "P1.1", new ResponseValue(2, null, false, null, null, null, null, null), 0, "eve");
    }

    private RequestPostProcessor person(String name, String role, long city) {
        return user(name).authorities(AuthorityUtils.createAuthorityList(role, "CITY_" + city));
    }

    private RequestPostProcessor editor() {
        return person("eve", Reader.EDITOR, cityA);
    }

    private RequestPostProcessor trainer() {
        return person("tom", Reader.TRAINER, cityA);
    }

    private RequestPostProcessor otherTrainer() {
        return person("tina", Reader.TRAINER, cityA);
    }

    private RequestPostProcessor viewer() {
        return person("vic", Reader.VIEWER, cityA);
    }

    private RequestPostProcessor admin() {
        return user("ada").authorities(AuthorityUtils.createAuthorityList(Reader.ADMIN));
    }

    private RequestPostProcessor trainerOfB() {
        return person("bert", Reader.TRAINER, cityB);
    }

    private ResultActions submit(RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/assessments/{id}/submit", id).with(who));
    }

    private ResultActions approve(RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/assessments/{id}/approve", id).with(who));
    }

    private ResultActions sendBack(RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/api/assessments/{id}/return", id)
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions reply(RequestPostProcessor who, String code, String text) throws Exception {
        return mvc.perform(put("/api/assessments/{id}/review/{code}", id, code)
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reply\":\"" + text + "\"}"));
    }

    private static final String COMMENTS = """
            {"comments": [{"indicatorCode": "P1.1", "comment": "Which plan backs level 2? Attach it."}],
             "summary": "Evidence missing for P1.1"}""";

    @Test
    void anEditorSubmitsAndTheAnswersAreThenReadOnlyEverywhere() throws Exception {
        submit(editor())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("in_review"));

        mvc.perform(put("/api/assessments/{id}/responses/P1.2", id)
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 3, \"version\": 0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("is in review")));
        mvc.perform(put("/assessments/{id}/responses/P1.2", id)
                        .with(editor())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 3, \"version\": 0}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/assessments/{id}/categories/E1", id)
                        .with(editor())
                        .with(csrf())
                        .param("level:P1.2", "3")
                        .param("version:P1.2", "0"))
                .andExpect(status().isConflict());
        mvc.perform(patch("/api/assessments/{id}", id)
                        .with(trainer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Changed in review\"}"))
                .andExpect(status().isConflict());
        assertThat(assessments.response(id, "P1.2")).isNull();
        assertThat(assessments.find(id).title()).isNull();

        String entry = mvc.perform(get("/assessments/{id}/categories/E1", id)
                        .with(editor())
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(entry).contains("This assessment is in review").contains("fieldset class=\"indicator card\"");
        assertThat(entry).contains("disabled");
    }

    @Test
    void aWorkbookImportAndAWorkshopAgreementAreRefusedInReview() throws Exception {
        String workshop = mvc.perform(
                        post("/api/assessments/{id}/workshops", id).with(trainer()))
                .andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long workshopId = json.readTree(workshop).get("workshopId").asLong();
        byte[] workbook = mvc.perform(
                        get("/api/assessments/{id}/workbook.xlsx", id).with(trainer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        submit(trainer()).andExpect(status().isOk());

        mvc.perform(multipart("/api/assessments/{id}/import", id)
                        .file(new MockMultipartFile("file", "back.xlsx", null, workbook))
                        .with(trainer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("is in review")));
        mvc.perform(put("/api/workshops/{wid}/agreed/P1.2", workshopId)
                        .with(trainer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 3}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("is in review")));
        assertThat(assessments.response(id, "P1.2")).isNull();
    }

    @Test
    void aViewerMayNotSubmitAndAnEditorMayNotReturnOrApprove() throws Exception {
        submit(viewer()).andExpect(status().isForbidden());
        submit(editor()).andExpect(status().isOk());
        approve(editor()).andExpect(status().isForbidden());
        sendBack(editor(), COMMENTS).andExpect(status().isForbidden());
        approve(viewer()).andExpect(status().isForbidden());
        assertThat(assessments.find(id).isInReview()).isTrue();
    }

    @Test
    void theSubmitterCannotApproveTheirOwnButAnotherTrainerCan() throws Exception {
        submit(trainer()).andExpect(status().isOk());
        approve(trainer())
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("another trainer or an admin")));
        assertThat(assessments.find(id).isInReview()).isTrue();

        approve(otherTrainer())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("final"));
        mvc.perform(get("/api/assessments/{id}/review", id).with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("final"))
                .andExpect(jsonPath("$.rounds[0].round").value(1))
                .andExpect(jsonPath("$.rounds[0].submittedBy").value("tom"))
                .andExpect(jsonPath("$.rounds[0].submittedAt").exists())
                .andExpect(jsonPath("$.rounds[0].decision.action").value("approved"))
                .andExpect(jsonPath("$.rounds[0].decision.by").value("tina"));
        approve(otherTrainer()).andExpect(status().isConflict());
    }

    @Test
    void anAdminApprovesWhatAnEditorSubmitted() throws Exception {
        submit(editor()).andExpect(status().isOk());
        approve(admin())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("final"));
        String results = mvc.perform(
                        get("/assessments/{id}/results", id).with(viewer()).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(results).contains(">Final<").contains("Approved by ada on ");
    }

    @Test
    void aReturnBringsTheCommentsBackToTheEntryPageWithAReplyBox() throws Exception {
        submit(editor()).andExpect(status().isOk());
        sendBack(trainer(), COMMENTS)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("draft"));

        mvc.perform(get("/assessments/{id}/categories/E1", id).with(editor()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reviewer&#39;s comment")))
                .andExpect(content().string(containsString("Which plan backs level 2? Attach it.")))
                .andExpect(content().string(containsString("form=\"reply-form-P1-1\"")))
                .andExpect(content().string(containsString("action=\"/assessments/" + id + "/review/P1.1/reply\"")));
        mvc.perform(get("/assessments/{id}/categories/E1", id).with(viewer()).param("lang", "en"))
                .andExpect(content().string(containsString("Which plan backs level 2? Attach it.")))
                .andExpect(content().string(not(containsString("form=\"reply-form-P1-1\""))));

        reply(editor(), "P1.1", "The plan is attached as evidence now.")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reply").value("The plan is attached as evidence now."))
                .andExpect(jsonPath("$.repliedBy").value("eve"));
        mvc.perform(post("/assessments/{id}/review/P1.1/reply", id)
                        .with(editor())
                        .with(csrf())
                        .param("reply", "Plan attached, see evidence."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/assessments/{id}/review", id).with(editor()))
                .andExpect(jsonPath("$.status").value("draft"))
                .andExpect(jsonPath("$.rounds[0].submittedBy").value("eve"))
                .andExpect(jsonPath("$.rounds[0].decision.action").value("returned"))
                .andExpect(jsonPath("$.rounds[0].decision.by").value("tom"))
                .andExpect(jsonPath("$.rounds[0].decision.summary").value("Evidence missing for P1.1"))
                .andExpect(jsonPath("$.rounds[0].comments[0].indicatorCode").value("P1.1"))
                .andExpect(jsonPath("$.rounds[0].comments[0].comment").value("Which plan backs level 2? Attach it."))
                .andExpect(jsonPath("$.rounds[0].comments[0].reviewer").value("tom"))
                .andExpect(jsonPath("$.rounds[0].comments[0].reply").value("Plan attached, see evidence."));
        mvc.perform(get("/assessments/{id}", id).with(editor()).param("lang", "en"))
                .andExpect(content().string(containsString("Submitted for review")))
                .andExpect(content().string(containsString("Returned to the city")))
                .andExpect(content().string(containsString("Evidence missing for P1.1")))
                .andExpect(content().string(containsString("action=\"/assessments/" + id + "/submit\"")));

        // answers may change again, and a second round starts with the next submission
        mvc.perform(put("/api/assessments/{id}/responses/P1.2", id)
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 3, \"version\": 0}"))
                .andExpect(status().isOk());
        submit(editor()).andExpect(status().isOk());
        reply(editor(), "P1.1", "too late").andExpect(status().isConflict());
        mvc.perform(get("/api/assessments/{id}/review", id).with(editor()))
                .andExpect(jsonPath("$.rounds[1].round").value(2))
                .andExpect(jsonPath("$.rounds[1].decision").doesNotExist());
    }

    @Test
    void aReturnWithAnUnknownIndicatorSaysWhereAndLeavesTheAssessmentInReview() throws Exception {
        submit(editor()).andExpect(status().isOk());
        sendBack(trainer(), """
                        {"comments": [{"indicatorCode": "P1.1", "comment": "fine"},
                                      {"indicatorCode": "Z9.9", "comment": "?"}]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("comments[1].indicatorCode"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("no indicator Z9.9")));
        sendBack(trainer(), """
                        {"comments": [{"indicatorCode": "P1.1", "comment": "  "}]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("comments[0].comment"));
        assertThat(assessments.find(id).isInReview()).isTrue();
        mvc.perform(get("/api/assessments/{id}/review", id).with(trainer()))
                .andExpect(jsonPath("$.rounds[0].comments").isEmpty())
                .andExpect(jsonPath("$.rounds[0].decision").doesNotExist());
    }

    @Test
    void aReaderOfAnotherCityIsToldNothing() throws Exception {
        submit(trainerOfB()).andExpect(status().isNotFound());
        submit(editor()).andExpect(status().isOk());
        approve(trainerOfB()).andExpect(status().isNotFound());
        sendBack(trainerOfB(), COMMENTS).andExpect(status().isNotFound());
        mvc.perform(get("/api/assessments/{id}/review", id).with(trainerOfB())).andExpect(status().isNotFound());
        sendBack(trainer(), COMMENTS).andExpect(status().isOk());
        reply(trainerOfB(), "P1.1", "not mine").andExpect(status().isNotFound());
        reply(viewer(), "P1.1", "only reading").andExpect(status().isForbidden());
        reply(editor(), "P1.2", "no comment here").andExpect(status().isNotFound());
    }

    @Test
    void finalizingAloneStaysAndIsRecordedAsSuchButNotWhileInReview() throws Exception {
        submit(editor()).andExpect(status().isOk());
        mvc.perform(post("/api/assessments/{id}/finalize", id).with(trainer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("approve it or return it")));
        sendBack(trainer(), "{\"summary\": \"Go on alone\"}").andExpect(status().isOk());

        mvc.perform(post("/api/assessments/{id}/finalize", id).with(trainer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("final"));
        mvc.perform(get("/api/assessments/{id}/review", id).with(trainer()))
                .andExpect(jsonPath("$.rounds[1].round").doesNotExist())
                .andExpect(jsonPath("$.rounds[1].submittedBy").doesNotExist())
                .andExpect(jsonPath("$.rounds[1].decision.action").value("finalized"))
                .andExpect(jsonPath("$.rounds[1].decision.by").value("tom"));
        mvc.perform(get("/assessments/{id}/results", id).with(trainer()).param("lang", "en"))
                .andExpect(content().string(containsString("Marked as final by tom on ")))
                .andExpect(content().string(containsString("without review")));
    }

    @Test
    void everyTransitionIsInTheAuditLog() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        submit(editor()).andExpect(status().isOk());
        sendBack(trainer(), COMMENTS).andExpect(status().isOk());
        reply(editor(), "P1.1", "done").andExpect(status().isOk());
        submit(editor()).andExpect(status().isOk());
        approve(admin()).andExpect(status().isOk());
        List<String> logged = audit.entries(new Audit.Filter(before, null, cityA, Optional.empty(), 100)).stream()
                .filter(entry -> entry.target().equals("assessment/" + id))
                .filter(entry -> !entry.action().equals("assessment.create")
                        && !entry.action().equals("assessment.edit"))
                .map(entry -> entry.user() + " " + entry.action())
                .toList();
        assertThat(logged)
                .containsExactly(
                        "ada assessment.approve",
                        "eve assessment.submit",
                        "eve review.reply",
                        "tom assessment.return",
                        "eve assessment.submit");
    }

    @Test
    void theReportSaysInReviewAndLaterWhoApprovedItWhen() throws Exception {
        submit(editor()).andExpect(status().isOk());
        assertThat(reportText())
                .contains("IN REVIEW")
                .contains("In review  ·  Provisional")
                .doesNotContain("Approved by");

        approve(otherTrainer()).andExpect(status().isOk());
        String text = reportText();
        assertThat(text)
                .contains("Final  ·  Provisional")
                .containsPattern("Sign-off\\s*Approved by tina on \\d{4}-\\d{2}-\\d{2}");
        assertThat(text).doesNotContain("IN REVIEW");
    }

    @Test
    void aTrainerReturnsFromTheReviewPageWithACommentBesideTheIndicator() throws Exception {
        submit(editor()).andExpect(status().isOk());
        mvc.perform(get("/assessments/{id}/review", id).with(editor()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Round 1: submitted by eve on ")))
                .andExpect(content().string(not(containsString("name=\"comment:P1.1\""))));
        mvc.perform(get("/assessments/{id}/review", id).with(trainer()).param("lang", "en"))
                .andExpect(content().string(containsString("name=\"comment:P1.1\"")))
                .andExpect(content().string(containsString("action=\"/assessments/" + id + "/approve\"")));

        mvc.perform(post("/assessments/{id}/return", id)
                        .with(trainer())
                        .with(csrf())
                        .param("comment:P1.1", "Attach the plan.")
                        .param("comment:P1.2", " ")
                        .param("summary", "One point to check"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/assessments/{id}/review", id).with(editor()))
                .andExpect(jsonPath("$.status").value("draft"))
                .andExpect(jsonPath("$.rounds[0].comments.length()").value(1))
                .andExpect(jsonPath("$.rounds[0].comments[0].comment").value("Attach the plan."))
                .andExpect(jsonPath("$.rounds[0].decision.summary").value("One point to check"));
        mvc.perform(get("/assessments/{id}/review", id).with(editor()).param("lang", "en"))
                .andExpect(content().string(containsString("Returned to the city by tom on ")))
                .andExpect(content().string(containsString("Attach the plan.")));
    }

    private String reportText() throws Exception {
        byte[] pdf = mvc.perform(get("/api/assessments/{id}/report.pdf", id)
                        .with(viewer())
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
