package org.cityscore.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.support.HtmlIdCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The workshop pages with codes that hold spaces and measured values, and workshops that do not exist. */
@CityscoreTest
class WorkshopPageMarkupTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    WorkshopService workshops;

    @Test
    void codesWithSpacesMakeIdsWithoutSpacesForParticipantAndTrainer() throws Exception {
        Workshop workshop = workshops.open(assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "ecomobility-shift-plus", "Foshan", "China", 2025, null, null),
                        false)
                .id());
        MockHttpSession participant = join(workshop);
        mvc.perform(put("/workshop/answers/{code}", "TSS 1")
                        .session(participant)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":3}"))
                .andExpect(status().isOk());

        assertThat(HtmlIdCheck.idsOf(page(get("/workshop/categories/TSS").session(participant))))
                .contains("comment-TSS-1");
        assertThat(HtmlIdCheck.idsOf(page(get("/workshops/{wid}", workshop.id())
                        .with(user("trainer").roles("ADMIN")))))
                .contains("agree-TSS-1", "level-TSS-1", "why-TSS-1");
        mvc.perform(post("/workshops/{wid}/agreed/{code}", workshop.id(), "TSS 1")
                        .with(user("trainer").roles("ADMIN"))
                        .with(csrf())
                        .param("level", "3"))
                .andExpect(redirectedUrl("/workshops/" + workshop.id() + "#agree-TSS-1"));
    }

    @Test
    void aParticipantsMeasuredValueIsShownWithoutALevelChoice() throws Exception {
        Workshop workshop = workshops.open(assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "ecomobility-shift-plus", "Foshan", "China", 2025, null, null),
                        false)
                .id());
        MockHttpSession participant = join(workshop);
        mvc.perform(put("/workshop/answers/P1")
                        .session(participant)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":61.5}"))
                .andExpect(status().isOk());
        String page = page(get("/workshop/categories/P").session(participant));
        assertThat(HtmlIdCheck.idsOf(page)).contains("value-P1");
        assertThat(page).contains("value=\"61.5\"").doesNotContain("name=\"level:P1\"");
    }

    @Test
    void twoParticipantsOnOnePhoneKeepTheirWaitingAnswersApartAndAreToldInTheirLanguage() throws Exception {
        Workshop workshop = workshops.open(assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", "Kampot", "Cambodia", 2025, null, null),
                        false)
                .id());
        String first = page(get("/workshop/categories/E1").session(join(workshop)));
        String second = page(get("/workshop/categories/E1").session(join(workshop)));
        assertThat(outbox(first)).startsWith("w" + workshop.id() + "-p").isNotEqualTo(outbox(second));
        assertThat(first)
                .contains("data-msg-waiting=\"{0} answers waiting to be sent\"")
                .contains("data-msg-all-saved=\"All saved\"")
                .contains("class=\"outbox-status\" role=\"status\" aria-live=\"polite\"");
        assertThat(mvc.perform(get("/workshop/categories/E1")
                                .session(join(workshop))
                                .param("lang", "zh"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("data-msg-waiting=\"{0} 条回答等待发送\"");
    }

    private static String outbox(String page) {
        Matcher key = Pattern.compile("data-outbox=\"([^\"]+)\"").matcher(page);
        assertThat(key.find()).isTrue();
        return key.group(1);
    }

    @Test
    void aWorkshopThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/workshops/999999").with(user("trainer").roles("ADMIN")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workshops/999999/live").with(user("trainer").roles("ADMIN")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/workshops/999999/close")
                        .with(user("trainer").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    private MockHttpSession join(Workshop workshop) throws Exception {
        return (MockHttpSession) mvc.perform(post("/join")
                        .with(csrf())
                        .param("code", workshop.joinCode())
                        .param("name", "Chen"))
                .andExpect(redirectedUrl("/workshop"))
                .andReturn()
                .getRequest()
                .getSession();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
