package org.cityscore.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The workshop pages for participants and the trainer, without a browser. */
@CityscoreTest
class WorkshopPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    WorkshopService workshops;

    Workshop openWorkshop() {
        long id = assessments
                .create(new AssessmentService.NewAssessment("iclei-5rs", "Hiroshima", "Japan", 2025, null, null), false)
                .id();
        return workshops.open(id);
    }

    @Test
    void aParticipantJoinsAnswersAndComesBackAfterTheSessionEnded() throws Exception {
        Workshop workshop = openWorkshop();
        MockHttpSession session = new MockHttpSession();
        MvcResult joined = mvc.perform(post("/join")
                        .session(session)
                        .with(csrf())
                        .param("code", workshop.joinCode().toLowerCase())
                        .param("name", "佐藤")
                        .param("department", "環境局"))
                .andExpect(redirectedUrl("/workshop"))
                .andReturn();
        Cookie comeback = joined.getResponse().getCookie(ParticipantController.COMEBACK_COOKIE);
        assertThat(comeback).isNotNull();
        assertThat(comeback.isHttpOnly()).isTrue();
        MockHttpSession participant = (MockHttpSession) joined.getRequest().getSession();

        mvc.perform(get("/workshop").session(participant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("佐藤")));
        mvc.perform(post("/workshop/categories/rethink")
                        .session(participant)
                        .with(csrf())
                        .param("level:RT1", "2")
                        .param("comment:RT1", "循環戦略を策定中")
                        .param("value:RT4", "１２,５"))
                .andExpect(redirectedUrl("/workshop/categories/rethink"));
        var mine = workshops.summary(workshop.id()).participants();
        assertThat(mine).singleElement().satisfies(p -> assertThat(p.answered()).isEqualTo(2));

        byte[] workbook = mvc.perform(get("/workshop/workbook.xlsx").session(participant))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            var scores = book.getSheet("Scores");
            assertThat(scores.getRow(7).getCell(1).getStringCellValue()).isEqualTo("佐藤");
            assertThat(scores.getRow(10).getCell(8).getStringCellValue()).isEqualTo("循環戦略を策定中");
        }
        mvc.perform(get("/").session(participant)).andExpect(status().isForbidden());
        mvc.perform(get("/error")
                        .session(participant)
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", 403)
                        .param("lang", "en"))
                .andExpect(content().string(containsString("This page is for trainers")));
        mvc.perform(get("/workshops/" + workshop.id()).session(participant)).andExpect(status().isForbidden());

        mvc.perform(get("/workshop")).andExpect(redirectedUrl("/join"));
        mvc.perform(get("/join").cookie(comeback)).andExpect(redirectedUrl("/workshop"));
    }

    @Test
    void aWrongCodeKeepsWhatWasTypedAndSaysWhy() throws Exception {
        mvc.perform(post("/join")
                        .with(csrf())
                        .param("code", "NOPE1234")
                        .param("name", "Kim")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No open workshop has the code NOPE1234")))
                .andExpect(content().string(containsString("value=\"Kim\"")));
    }

    @Test
    void participantsReadRefusalsInTheirLanguageWhileTheApiStaysEnglish() throws Exception {
        mvc.perform(post("/join")
                        .with(csrf())
                        .param("code", "NOPE1234")
                        .param("name", "王芳")
                        .param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有代码为 NOPE1234 的进行中的研讨会")));
        mvc.perform(post("/join")
                        .with(csrf())
                        .param("code", "NOPE1234")
                        .param("name", " ")
                        .param("lang", "zh"))
                .andExpect(content().string(containsString("请填写您的姓名")));

        Workshop workshop = openWorkshop();
        MockHttpSession participant = (MockHttpSession) mvc.perform(post("/join")
                        .with(csrf())
                        .param("code", workshop.joinCode())
                        .param("name", "王芳")
                        .param("lang", "zh"))
                .andExpect(redirectedUrl("/workshop"))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(post("/workshop/categories/rethink")
                        .session(participant)
                        .with(csrf())
                        .param("lang", "zh")
                        .param("level:RT1", "9")
                        .param("value:RT4", "十二"))
                .andExpect(flash().attribute(
                                "problems",
                                org.hamcrest.Matchers.contains(
                                        containsString("RT1：等级 9 超出"), containsString("RT4：这不是一个数字"))));
        mvc.perform(put("/workshop/answers/RT1")
                        .session(participant)
                        .with(csrf())
                        .param("lang", "zh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":9}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("等级 9 超出")));

        workshops.close(workshop.id());
        mvc.perform(post("/workshop/categories/rethink")
                        .session(participant)
                        .with(csrf())
                        .param("lang", "zh")
                        .param("level:RT1", "2"))
                .andExpect(flash().attribute("problems", org.hamcrest.Matchers.contains(containsString("该研讨会已关闭"))));
        String token = workshops.join(openWorkshop().joinCode(), "Kim", null).token();
        mvc.perform(put("/api/workshops/" + workshop.id() + "/answers/RT1")
                        .header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "zh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":2}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].message", containsString("You joined another workshop")));
    }

    @Test
    void theTrainerSeesTheLiveViewAndTheQrCode() throws Exception {
        Workshop workshop = openWorkshop();
        workshops.join(workshop.joinCode(), "Park", "Seoul Metropolitan Government");
        mvc.perform(get("/workshops/" + workshop.id()).with(user("trainer").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(workshop.joinCode())))
                .andExpect(content().string(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\"")))
                .andExpect(content().string(containsString("Park")));
        mvc.perform(get("/workshops/" + workshop.id() + "/live")
                        .with(user("trainer").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"live\"")))
                .andExpect(content().string(containsString("Park")));
    }

    @Test
    void theTrainersGroupRefusalsAndTheQrCodesLabelAreInTheirLanguage() throws Exception {
        Workshop workshop = openWorkshop();
        mvc.perform(post("/workshops/" + workshop.id() + "/groups")
                        .with(user("trainer").roles("ADMIN"))
                        .with(csrf())
                        .header("Accept-Language", "zh")
                        .param("name", " ")
                        .param("categories", "rethink"))
                .andExpect(flash().attribute("problem", "请为小组命名，例如“A 组”或“基础设施部门”。"));
        mvc.perform(get("/workshops/" + workshop.id())
                        .with(user("trainer").roles("ADMIN"))
                        .header("Accept-Language", "zh"))
                .andExpect(content().string(containsString("aria-label=\"加入研讨会的地址二维码\"")));
        mvc.perform(post("/api/workshops/" + workshop.id() + "/groups")
                        .with(user("trainer").roles("ADMIN"))
                        .header("Accept-Language", "zh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"A\", \"categories\": []}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath(
                        "$.errors[0].message",
                        containsString("Choose at least one category for the group; codes are ")));
    }

    @Test
    void theTrainerAgreeingOnAFinalAssessmentReadsWhyInTheirLanguage() throws Exception {
        Workshop workshop = openWorkshop();
        assessments.finalizeAssessment(workshop.assessmentId());
        mvc.perform(post("/workshops/" + workshop.id() + "/agreed/RT1")
                        .with(user("trainer").roles("ADMIN"))
                        .with(csrf())
                        .header("Accept-Language", "zh")
                        .param("level", "2"))
                .andExpect(redirectedUrl("/workshops/" + workshop.id() + "#agree-RT1"))
                .andExpect(flash().attribute("problem", "此评估已定稿：商定的等级不能再更改其答案。"));
        assertThat(workshops.summary(workshop.id()).indicators().stream()
                        .filter(i -> i.code().equals("RT1"))
                        .findFirst()
                        .orElseThrow()
                        .agreed())
                .isNull();
    }

    @Test
    void whileTheAssessmentIsInReviewTheLiveViewSaysWhyInsteadOfOfferingAgree() throws Exception {
        Workshop workshop = openWorkshop();
        String live = "/workshops/" + workshop.id() + "/live";
        mvc.perform(get(live).with(user("trainer").roles("ADMIN")))
                .andExpect(content().string(containsString("class=\"agree\"")));
        mvc.perform(post("/api/assessments/{id}/submit", workshop.assessmentId())
                        .with(user("trainer").roles("ADMIN")))
                .andExpect(status().isOk());

        String page = mvc.perform(get(live).with(user("trainer").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("This assessment is in review: agreed levels can be recorded again once the reviewer returns")
                .doesNotContain("class=\"agree\"");

        Workshop finalOne = openWorkshop();
        assessments.finalizeAssessment(finalOne.assessmentId());
        mvc.perform(get("/workshops/" + finalOne.id() + "/live")
                        .with(user("trainer").roles("ADMIN")))
                .andExpect(content().string(containsString("This assessment is final: agreed levels can no longer")));
    }

    @Test
    void aLevelThatIsNotANumberOnTheAgreeFormAsksForALevel() throws Exception {
        Workshop workshop = openWorkshop();
        mvc.perform(post("/workshops/" + workshop.id() + "/agreed/RT1")
                        .with(user("trainer").roles("ADMIN"))
                        .with(csrf())
                        .param("level", "abc"))
                .andExpect(redirectedUrl("/workshops/" + workshop.id() + "#agree-RT1"))
                .andExpect(flash().attribute("problem", "Choose the agreed level."));
    }
}
