package org.cityscore.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.system.Audit;
import org.cityscore.system.AuditEntry;
import org.cityscore.system.Reader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** A city's actions over HTTP: each role's rights, a reader of another city sees nothing, bad input names its field. */
@CityscoreTest
class ActionApiTest {

    private static final String ACTION = """
            {"scorecardId": "undrr-preliminary", "indicatorCodes": ["P1.1", "P2.1"], "title": "Map flood zones",
             "description": "With the water bureau", "owner": "Water Bureau", "lead": "Li Wei", "due": "2025-06-30"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    CityService cities;

    @Autowired
    AssessmentService assessments;

    @Autowired
    Audit audit;

    long cityA;
    long cityB;
    long assessmentA;
    long assessmentB;

    @BeforeEach
    void twoCities() {
        String suffix = String.valueOf(System.nanoTime());
        cityA = cities.create(new CityService.Draft("Alpha " + suffix, "Testland", Map.of(), List.of()))
                .id();
        cityB = cities.create(new CityService.Draft("Beta " + suffix, "Testland", Map.of(), List.of()))
                .id();
        assessmentA = assessment(cityA);
        assessmentB = assessment(cityB);
    }

    private long assessment(long cityId) {
        return assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", null, null, "Testland", 2023, null, null, cityId),
                        false)
                .id();
    }

    /** A person of the role in that city, named after both (editor12), as the action tests sign in. */
    static RequestPostProcessor as(String role, long city) {
        return user(role.substring("ROLE_".length()).toLowerCase() + city)
                .authorities(AuthorityUtils.createAuthorityList(role, "CITY_" + city));
    }

    private RequestPostProcessor admin() {
        return user("admin").authorities(AuthorityUtils.createAuthorityList(Reader.ADMIN));
    }

    private ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String body)
            throws Exception {
        return mvc.perform(
                request.with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long create(RequestPostProcessor who, String body) throws Exception {
        return json.readTree(send(post("/api/cities/{id}/actions", cityA), who, body)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
    }

    @Test
    void anEditorMakesChangesAndUpdatesAnActionThatTheListShows() throws Exception {
        RequestPostProcessor editor = as(Reader.EDITOR, cityA);
        String body = ACTION.replace("}", ", \"createdFrom\": " + assessmentA + "}");
        long id = json.readTree(send(post("/api/cities/{id}/actions", cityA), editor, body)
                        .andExpect(status().isCreated())
                        .andExpect(header().exists("Location"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        mvc.perform(get("/api/actions/{id}", id).with(editor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cityId").value(cityA))
                .andExpect(jsonPath("$.scorecardId").value("undrr-preliminary"))
                .andExpect(jsonPath("$.indicatorCodes").value(contains("P1.1", "P2.1")))
                .andExpect(jsonPath("$.title").value("Map flood zones"))
                .andExpect(jsonPath("$.description").value("With the water bureau"))
                .andExpect(jsonPath("$.owner").value("Water Bureau"))
                .andExpect(jsonPath("$.lead").value("Li Wei"))
                .andExpect(jsonPath("$.due").value("2025-06-30"))
                .andExpect(jsonPath("$.status").value("planned"))
                .andExpect(jsonPath("$.createdFrom").value(assessmentA))
                .andExpect(jsonPath("$.updates[0].status").value("planned"))
                .andExpect(jsonPath("$.updates[0].by").value("editor" + cityA));

        send(patch("/api/actions/{id}", id), editor, "{\"title\": \"Map flood and landslide zones\", \"lead\": \"\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Map flood and landslide zones"))
                .andExpect(jsonPath("$.lead").doesNotExist())
                .andExpect(jsonPath("$.owner").value("Water Bureau"));
        send(post("/api/actions/{id}/updates", id), editor, "{\"status\": \"in_progress\", \"note\": \"Survey begun\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("in_progress"))
                .andExpect(jsonPath("$.updates.length()").value(2))
                .andExpect(jsonPath("$.updates[1].note").value("Survey begun"))
                .andExpect(jsonPath("$.updates[1].at").isNotEmpty());

        mvc.perform(get("/api/cities/{id}/actions", cityA)
                        .param("status", "in_progress")
                        .with(editor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(contains((int) id)));
        mvc.perform(get("/api/cities/{id}/actions", cityA)
                        .param("status", "done")
                        .with(editor))
                .andExpect(jsonPath("$.length()").value(0));
        List<String> logged = audit.entries(new Audit.Filter(null, null, cityA, Optional.empty(), 50)).stream()
                .map(AuditEntry::action)
                .toList();
        assertThat(logged).contains("action.create", "action.update", "action.progress");
    }

    @Test
    void theListIsSortedByDueDateAndFiltersByOwnerAndOverdue() throws Exception {
        RequestPostProcessor trainer = as(Reader.TRAINER, cityA);
        long later = create(
                trainer,
                ACTION.replace("2025-06-30", LocalDate.now().plusYears(1).toString()));
        long past = create(trainer, ACTION.replace("2025-06-30", "2020-01-31").replace("Water Bureau", "Fire Service"));
        long pastButDone = create(trainer, ACTION.replace("2025-06-30", "2019-05-01"));
        send(post("/api/actions/{id}/updates", pastButDone), trainer, "{\"status\": \"done\"}")
                .andExpect(status().isOk());

        mvc.perform(get("/api/cities/{id}/actions", cityA).with(trainer))
                .andExpect(jsonPath("$[*].id").value(contains((int) pastButDone, (int) past, (int) later)));
        mvc.perform(get("/api/cities/{id}/actions", cityA)
                        .param("overdue", "true")
                        .with(trainer))
                .andExpect(jsonPath("$[*].id").value(contains((int) past)));
        mvc.perform(get("/api/cities/{id}/actions", cityA)
                        .param("owner", "water bureau")
                        .with(trainer))
                .andExpect(jsonPath("$[*].id").value(contains((int) pastButDone, (int) later)));
    }

    @Test
    void aViewerReadsButChangesNothingAndOnlyTrainersAndAdminsDelete() throws Exception {
        long id = create(admin(), ACTION);
        RequestPostProcessor viewer = as(Reader.VIEWER, cityA);
        mvc.perform(get("/api/actions/{id}", id).with(viewer)).andExpect(status().isOk());
        mvc.perform(get("/api/cities/{id}/actions", cityA).with(viewer)).andExpect(status().isOk());
        send(post("/api/cities/{id}/actions", cityA), viewer, ACTION).andExpect(status().isForbidden());
        send(patch("/api/actions/{id}", id), viewer, "{\"title\": \"x\"}").andExpect(status().isForbidden());
        send(post("/api/actions/{id}/updates", id), viewer, "{\"note\": \"x\"}").andExpect(status().isForbidden());
        mvc.perform(delete("/api/actions/{id}", id).with(viewer)).andExpect(status().isForbidden());
        mvc.perform(delete("/api/actions/{id}", id).with(as(Reader.EDITOR, cityA)))
                .andExpect(status().isForbidden());

        mvc.perform(delete("/api/actions/{id}", id).with(as(Reader.TRAINER, cityA)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/actions/{id}", id).with(admin())).andExpect(status().isNotFound());
        long another = create(admin(), ACTION);
        mvc.perform(delete("/api/actions/{id}", another).with(admin())).andExpect(status().isNoContent());
        assertThat(audit.entries(new Audit.Filter(null, null, cityA, Optional.empty(), 50)).stream()
                        .map(AuditEntry::action))
                .contains("action.delete");
    }

    @Test
    void aReaderOfAnotherCityGets404ForEverything() throws Exception {
        long id = create(admin(), ACTION);
        for (RequestPostProcessor outsider : List.of(as(Reader.TRAINER, cityB), as(Reader.EDITOR, cityB))) {
            mvc.perform(get("/api/cities/{id}/actions", cityA).with(outsider)).andExpect(status().isNotFound());
            mvc.perform(get("/api/actions/{id}", id).with(outsider)).andExpect(status().isNotFound());
            send(post("/api/cities/{id}/actions", cityA), outsider, ACTION).andExpect(status().isNotFound());
            send(patch("/api/actions/{id}", id), outsider, "{\"title\": \"x\"}").andExpect(status().isNotFound());
            send(post("/api/actions/{id}/updates", id), outsider, "{\"note\": \"x\"}")
                    .andExpect(status().isNotFound());
            mvc.perform(delete("/api/actions/{id}", id).with(outsider)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/actions/{id}", id).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Map flood zones"));
    }

    @Test
    void aMergeOfTwoCitiesMovesTheActionsToTheRemainingOne() throws Exception {
        long id = json.readTree(send(post("/api/cities/{id}/actions", cityB), admin(), ACTION)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        send(post("/api/cities/{id}/merge", cityB), admin(), "{\"into\": " + cityA + "}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/actions/{id}", id).with(as(Reader.EDITOR, cityA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cityId").value(cityA));
    }

    @Test
    void badInputIsRefusedWith422NamingTheField() throws Exception {
        RequestPostProcessor editor = as(Reader.EDITOR, cityA);
        Map<String, String> bad = Map.of(
                ACTION.replace("\"Map flood zones\"", "\"  \""), "title",
                ACTION.replace("\"Map flood zones\"", "\"" + "x".repeat(301) + "\""), "title",
                ACTION.replace("2025-06-30", "2025-13-01"), "due",
                ACTION.replace("\"P2.1\"", "\"X9\""), "indicatorCodes[1]",
                ACTION.replace("[\"P1.1\", \"P2.1\"]", "[]"), "indicatorCodes",
                ACTION.replace("undrr-preliminary", "no-such-card"), "scorecardId",
                ACTION.replace("}", ", \"status\": \"finished\"}"), "status",
                ACTION.replace("}", ", \"createdFrom\": " + assessmentB + "}"), "createdFrom",
                ACTION.replace("\"Water Bureau\"", "\"" + "w".repeat(1001) + "\""), "owner");
        for (var entry : bad.entrySet()) {
            send(post("/api/cities/{id}/actions", cityA), editor, entry.getKey())
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value(entry.getValue()));
        }
        mvc.perform(get("/api/cities/{id}/actions", cityA).with(editor))
                .andExpect(jsonPath("$.length()").value(0));
        long id = create(editor, ACTION);
        send(patch("/api/actions/{id}", id), editor, "{\"due\": \"next year\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("due"));
        send(post("/api/actions/{id}/updates", id), editor, "{\"status\": \"half\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        send(post("/api/actions/{id}/updates", id), editor, "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(get("/api/cities/{id}/actions", cityA)
                        .param("status", "bogus")
                        .with(editor))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }
}
