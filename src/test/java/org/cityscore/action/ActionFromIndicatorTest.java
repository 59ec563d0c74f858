package org.cityscore.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.system.Reader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Actions made from an indicator on the entry and results pages (prefilled from the answer's action plan), and
 * updates of carried-over actions recorded from the entry page: each over HTTP, with the rights of each role.
 */
@CityscoreTest
class ActionFromIndicatorTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CityService cities;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ActionService actions;

    long city;
    long otherCity;
    long of2023;

    @BeforeEach
    void aCityWithAnAnswer() {
        String suffix = String.valueOf(System.nanoTime());
        asAdmin(() -> {
            city = cities.create(new CityService.Draft("Kaili " + suffix, "Testland", Map.of(), List.of()))
                    .id();
            otherCity = cities.create(new CityService.Draft("Other " + suffix, "Testland", Map.of(), List.of()))
                    .id();
            of2023 = assessment(city, 2023);
            assessments.respond(
                    of2023,
                    "P1.1",
                    new ResponseValue(
                            2,
                            null,
                            false,
                            null,
                            null,
                            "Map flood zones\nWith the survey office of the province",
                            "Water Bureau",
                            "2025-06"),
                    0,
                    "li.na");
            assessments.respond(
                    of2023,
                    "P1.2",
                    new ResponseValue(1, null, false, null, null, null, "Planning Bureau", "after the rainy season"),
                    0,
                    "li.na");
        });
    }

    private long assessment(long cityId, int year) {
        return assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", null, null, "Testland", year, null, null, cityId),
                        false)
                .id();
    }

    private static void asAdmin(Runnable work) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList(Reader.ADMIN)));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static RequestPostProcessor as(String role, long cityId) {
        return user(role.toLowerCase()).authorities(AuthorityUtils.createAuthorityList(role, "CITY_" + cityId));
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).param("lang", "en").with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The opening tag of the element with this id. */
    static String tag(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("an element with id " + id).isNotNegative();
        return page.substring(page.lastIndexOf('<', at), page.indexOf('>', at) + 1);
    }

    /** An attribute of the element with this id, unescaped; empty when it has none. */
    static String attribute(String page, String id, String name) {
        Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag(page, id));
        return value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : "";
    }

    /** The text of the element with this id (up to its first child's end), unescaped. */
    static String text(String page, String id) {
        int start = page.indexOf('>', page.indexOf("id=\"" + id + "\"")) + 1;
        return HtmlUtils.htmlUnescape(
                page.substring(start, page.indexOf("</", start)).strip());
    }

    /** The texts of the actions listed as made from the assessment in the element with this id (a card or a row). */
    static List<String> madeActions(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        int end = page.indexOf(page.startsWith("<tr", page.lastIndexOf('<', start)) ? "</tr>" : "</fieldset>", start);
        Matcher item =
                Pattern.compile("<li class=\"made-action\"[^>]*>([^<]*)</li>").matcher(page.substring(start, end));
        return item.results()
                .map(found -> HtmlUtils.htmlUnescape(found.group(1).strip()))
                .toList();
    }

    private MvcResult plan(RequestPostProcessor who, String from, String title, String due) throws Exception {
        return mvc.perform(post("/assessments/{id}/indicators/P1.1/actions", of2023)
                        .param("lang", "en")
                        .param("title", title)
                        .param("description", "With the survey office")
                        .param("owner", "Water Bureau")
                        .param("lead", "Li Wei")
                        .param("due", due)
                        .param("from", from)
                        .with(csrf())
                        .with(who))
                .andReturn();
    }

    private String cityActions(RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/api/cities/{id}/actions", city).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theFormStartsFromTheAnswersActionResponsibleAndTimescale() throws Exception {
        RequestPostProcessor editor = as(Reader.EDITOR, city);
        String form = page("/assessments/" + of2023 + "/indicators/P1.1/actions/new", editor);
        assertThat(attribute(form, "plan-title", "value")).isEqualTo("Map flood zones");
        assertThat(text(form, "plan-description")).isEqualTo("With the survey office of the province");
        assertThat(attribute(form, "plan-owner", "value")).isEqualTo("Water Bureau");
        assertThat(attribute(form, "plan-due", "value")).isEqualTo("2025-06-30");
        assertThat(form).contains("<code>P1.1</code>").contains(" 2023, ");

        String other = page("/assessments/" + of2023 + "/indicators/P1.2/actions/new", editor);
        assertThat(attribute(other, "plan-title", "value")).isEmpty();
        assertThat(text(other, "plan-description")).isEqualTo("after the rainy season");
        assertThat(attribute(other, "plan-owner", "value")).isEqualTo("Planning Bureau");
        assertThat(attribute(other, "plan-due", "value")).isEmpty();
    }

    @Test
    void savingMakesTheActionFromThisAssessmentAndListsItAtTheIndicator() throws Exception {
        RequestPostProcessor editor = as(Reader.EDITOR, city);
        String entry = page("/assessments/" + of2023 + "/categories/E1", editor);
        assertThat(entry).contains("href=\"/assessments/" + of2023 + "/indicators/P1.1/actions/new\"");

        MvcResult saved = plan(editor, "entry", "Map flood zones", "2025-06-30");
        assertThat(saved.getResponse().getRedirectedUrl())
                .isEqualTo("/assessments/" + of2023 + "/categories/E1#ind-P1-1");
        mvc.perform(get("/api/cities/{id}/actions", city).with(editor))
                .andExpect(jsonPath("$[0].title").value("Map flood zones"))
                .andExpect(jsonPath("$[0].createdFrom").value(of2023))
                .andExpect(jsonPath("$[0].indicatorCodes[0]").value("P1.1"))
                .andExpect(jsonPath("$[0].owner").value("Water Bureau"))
                .andExpect(jsonPath("$[0].lead").value("Li Wei"))
                .andExpect(jsonPath("$[0].due").value("2025-06-30"))
                .andExpect(jsonPath("$[0].status").value("planned"));
        assertThat(madeActions(page("/assessments/" + of2023 + "/categories/E1", editor), "ind-P1-1"))
                .containsExactly("Action planned here, planned, due 2025-06-30: Map flood zones");

        MvcResult fromResults = plan(editor, "results", "Train wardens", "");
        assertThat(fromResults.getResponse().getRedirectedUrl())
                .isEqualTo("/assessments/" + of2023 + "/results#ind-P1-1");
        assertThat(madeActions(page("/assessments/" + of2023 + "/results", editor), "ind-P1-1"))
                .containsExactly(
                        "Action planned here, planned, due 2025-06-30: Map flood zones",
                        "Action planned here, planned: Train wardens");
    }

    @Test
    void aViewerGetsNoFormAndAReaderOfAnotherCityNoAssessment() throws Exception {
        RequestPostProcessor viewer = as(Reader.VIEWER, city);
        assertThat(page("/assessments/" + of2023 + "/results", viewer)).doesNotContain("plan-action");
        mvc.perform(get("/assessments/{id}/indicators/P1.1/actions/new", of2023).with(viewer))
                .andExpect(status().isForbidden());
        assertThat(plan(viewer, "entry", "Map flood zones", "").getResponse().getStatus())
                .isEqualTo(403);

        RequestPostProcessor stranger = as(Reader.EDITOR, otherCity);
        mvc.perform(get("/assessments/{id}/indicators/P1.1/actions/new", of2023).with(stranger))
                .andExpect(status().isNotFound());
        assertThat(plan(stranger, "entry", "Map flood zones", "").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(cityActions(as(Reader.EDITOR, city))).isEqualTo("[]");
    }

    @Test
    void badInputIsShownBesideItsFieldAndNothingIsStored() throws Exception {
        RequestPostProcessor editor = as(Reader.EDITOR, city);
        MvcResult noTitle = plan(editor, "entry", " ", "2025-06-30");
        assertThat(noTitle.getResponse().getStatus()).isEqualTo(200);
        String page = noTitle.getResponse().getContentAsString();
        assertThat(text(page, "plan-title-problem")).isEqualTo("Give the action a title.");
        assertThat(attribute(page, "plan-title", "aria-invalid")).isEqualTo("true");
        assertThat(attribute(page, "plan-owner", "value")).isEqualTo("Water Bureau");

        String badDate = plan(editor, "entry", "Map flood zones", "2025-13-45")
                .getResponse()
                .getContentAsString();
        assertThat(text(badDate, "plan-due-problem")).contains("\"2025-13-45\" is not a date");
        assertThat(attribute(badDate, "plan-title", "value")).isEqualTo("Map flood zones");
        assertThat(cityActions(editor)).isEqualTo("[]");
    }

    private long carriedInto2025() {
        long[] made = new long[1];
        asAdmin(() -> made[0] = actions.create(
                        city,
                        new ActionService.Draft(
                                "undrr-preliminary",
                                List.of("P1.1"),
                                "Map flood zones",
                                null,
                                "Water Bureau",
                                null,
                                "2025-06-30",
                                null,
                                of2023))
                .id());
        return made[0];
    }

    private MvcResult recordFromScript(long action, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/actions/{id}/updates", action)
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(csrf())
                        .with(who))
                .andReturn();
    }

    @Test
    void anUpdateRecordedBesideTheCarriedActionIsInTheCitysActions() throws Exception {
        long action = carriedInto2025();
        long[] of2025 = new long[1];
        asAdmin(() -> of2025[0] = assessment(city, 2025));
        RequestPostProcessor editor = as(Reader.EDITOR, city);
        String form = "update-" + action + "-P1-1";
        String entry = page("/assessments/" + of2025[0] + "/categories/E1", editor);
        assertThat(attribute(entry, form, "action")).isEqualTo("/actions/" + action + "/updates");
        assertThat(attribute(entry, form + "-note", "form")).isEqualTo(form);
        assertThat(attribute(entry, form + "-status", "form")).isEqualTo(form);

        mvc.perform(post("/actions/{id}/updates", action)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"in_progress\", \"note\": \"Survey begun in the north\"}")
                        .with(csrf())
                        .with(editor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("in_progress"));
        mvc.perform(get("/api/cities/{id}/actions", city).with(editor))
                .andExpect(jsonPath("$[0].status").value("in_progress"))
                .andExpect(jsonPath("$[0].updates[1].note").value("Survey begun in the north"))
                .andExpect(jsonPath("$[0].updates[1].by").value("role_editor"));
        assertThat(page("/assessments/" + of2025[0] + "/categories/E1", editor))
                .contains("Action from 2023, in progress, due 2025-06: Map flood zones");

        // without the script, the form comes back to the indicator
        mvc.perform(post("/actions/{id}/updates", action)
                        .param("status", "in_progress")
                        .param("note", "Half of the districts mapped")
                        .param("assessment", String.valueOf(of2025[0]))
                        .param("code", "P1.1")
                        .with(csrf())
                        .with(editor))
                .andExpect(redirectedUrl("/assessments/" + of2025[0] + "/categories/E1#ind-P1-1"))
                .andExpect(flash().attribute("flash", "flash.actionUpdated"));
        mvc.perform(get("/api/cities/{id}/actions", city).with(editor))
                .andExpect(jsonPath("$[0].updates[2].note").value("Half of the districts mapped"));
    }

    @Test
    void anEmptyUpdateIsRefusedBesideTheActionAndOthersMayNotRecord() throws Exception {
        long action = carriedInto2025();
        long[] of2025 = new long[1];
        asAdmin(() -> of2025[0] = assessment(city, 2025));
        RequestPostProcessor editor = as(Reader.EDITOR, city);
        MvcResult empty = recordFromScript(action, editor, "{\"status\": \"planned\", \"note\": \" \"}");
        assertThat(empty.getResponse().getStatus()).isEqualTo(422);
        assertThat(empty.getResponse().getContentAsString())
                .contains("\"field\":\"note\"")
                .contains("An update needs a note or a new status.");

        MvcResult withoutScript = mvc.perform(post("/actions/{id}/updates", action)
                        .param("status", "planned")
                        .param("note", "")
                        .param("assessment", String.valueOf(of2025[0]))
                        .param("code", "P1.1")
                        .with(csrf())
                        .with(editor))
                .andExpect(redirectedUrl("/assessments/" + of2025[0] + "/categories/E1#ind-P1-1"))
                .andReturn();
        String back = mvc.perform(get("/assessments/{id}/categories/E1", of2025[0])
                        .param("lang", "en")
                        .flashAttrs(withoutScript.getFlashMap())
                        .with(editor))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(back, "update-" + action + "-P1-1-result"))
                .isEqualTo("An update needs a note or a new status.");

        RequestPostProcessor viewer = as(Reader.VIEWER, city);
        assertThat(recordFromScript(action, viewer, "{\"note\": \"x\"}")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(page("/assessments/" + of2025[0] + "/categories/E1", viewer))
                .doesNotContain("class=\"action-update");
        assertThat(recordFromScript(action, as(Reader.EDITOR, otherCity), "{\"note\": \"x\"}")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        mvc.perform(get("/api/cities/{id}/actions", city).with(editor))
                .andExpect(jsonPath("$[0].status").value("planned"))
                .andExpect(jsonPath("$[0].updates.length()").value(1));
    }
}
