package org.cityscore.workshop;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cityscore.assessment.AssessmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Join codes cannot be guessed by trying: 20 wrong codes from one address in 10 minutes, then that address is
 * refused (429, even with the right code) while others still join; a join link with a code that opens no workshop
 * counts too, since its page would show a real code's groups; participants' tokens work beside trainers' tokens.
 */
@SpringBootTest(properties = "cityscore.samples.load-on-empty=false")
@AutoConfigureMockMvc
class JoinCodeThrottleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    WorkshopService workshops;

    @Autowired
    JsonMapper json;

    @Test
    void twentyWrongCodesFromOneAddressGet429ThenEvenTheRightCodeDoes() throws Exception {
        Workshop workshop = workshops.open(assessments
                .create(new AssessmentService.NewAssessment("iclei-5rs", "Ulsan", "Korea", 2025, null, null), false)
                .id());
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/api/workshops/join")
                            .with(from("10.6.0.1"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"joinCode\":\"WRONG" + i + "\",\"name\":\"Kim\"}"))
                    .andExpect(status().isUnprocessableContent());
        }
        mvc.perform(post("/api/workshops/join")
                        .with(from("10.6.0.1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"joinCode\":\"" + workshop.joinCode() + "\",\"name\":\"Kim\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "600"))
                .andExpect(jsonPath("$.errors[0].field").value("joinCode"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Too many wrong workshop codes from this address: try again in 10 minutes."));
        mvc.perform(post("/join")
                        .with(csrf())
                        .with(from("10.6.0.1"))
                        .param("code", workshop.joinCode())
                        .param("name", "Kim")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Too many wrong workshop codes from this address: try again in 10 minutes.")));
        mvc.perform(post("/api/workshops/join")
                        .with(from("10.6.0.2"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"joinCode\":\"" + workshop.joinCode() + "\",\"name\":\"Kim\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void theJoinPageSaysSoAfterTwentyWrongCodes() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/join")
                            .with(csrf())
                            .with(from("10.6.0.3"))
                            .param("code", "WRONG" + i)
                            .param("name", "Lee"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/join")
                        .with(csrf())
                        .with(from("10.6.0.3"))
                        .param("code", "WRONG")
                        .param("name", "Lee")
                        .param("lang", "zh"))
                .andExpect(content().string(containsString("该地址输入错误研讨会代码的次数过多")));
    }

    @Test
    void theJoinLinkCountsWrongCodesAndALockedAddressIsShownNoGroups() throws Exception {
        Workshop workshop = workshops.open(assessments
                .create(new AssessmentService.NewAssessment("iclei-5rs", "Daegu", "Korea", 2025, null, null), false)
                .id());
        workshops.addGroup(workshop.id(), "Bureau of waste", List.of("rethink"));
        mvc.perform(get("/join").with(from("10.6.0.5")).param("code", workshop.joinCode()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bureau of waste")));
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/join").with(from("10.6.0.5")).param("code", "WRONG" + i))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/join").with(from("10.6.0.5")).param("code", workshop.joinCode()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Bureau of waste"))));
        mvc.perform(post("/join")
                        .with(csrf())
                        .with(from("10.6.0.5"))
                        .param("code", workshop.joinCode())
                        .param("name", "Park")
                        .param("lang", "en"))
                .andExpect(content().string(containsString("Too many wrong workshop codes from this address")))
                .andExpect(content().string(not(containsString("Bureau of waste"))));
        mvc.perform(get("/join").with(from("10.6.0.6")).param("code", workshop.joinCode()))
                .andExpect(content().string(containsString("Bureau of waste")));
    }

    @Test
    void aParticipantsTokenStillWorksBesideATrainersPersonalToken() throws Exception {
        Workshop workshop = workshops.open(assessments
                .create(new AssessmentService.NewAssessment("iclei-5rs", "Jeonju", "Korea", 2025, null, null), false)
                .id());
        String participant = json.readTree(mvc.perform(post("/api/workshops/join")
                                .with(from("10.6.0.4"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"joinCode\":\"" + workshop.joinCode() + "\",\"name\":\"Oh\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("token")
                .asString();
        String personal = json.readTree(mvc.perform(post("/api/me/tokens")
                                .with(httpBasic("trainer", "trainer-test-password"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"summary script\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("token")
                .asString();
        mvc.perform(get("/api/workshops/{wid}/answers", workshop.id()).header("Authorization", "Bearer " + participant))
                .andExpect(status().isOk());
        mvc.perform(get("/api/workshops/{wid}/summary", workshop.id()).header("Authorization", "Bearer " + participant))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/workshops/{wid}/summary", workshop.id()).header("Authorization", "Bearer " + personal))
                .andExpect(status().isOk());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
