package org.cityscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cityscore.action.ActionService;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.system.Reader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The report's action plan: the city's actions by category with owner, due date and status, the overdue ones marked,
 * in Chinese too; the public report has none.
 */
@CityscoreTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ReportActionsTest {

    static final Instant REPORT_DATE = Instant.parse("2026-03-01T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    CityService cities;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ActionService actions;

    @Autowired
    ReportService reports;

    long city;
    long other;
    long assessment;

    @BeforeEach
    void aCityWithActions() {
        String suffix = String.valueOf(System.nanoTime());
        city = cities.create(new CityService.Draft("凯里 " + suffix, "中国", Map.of(), List.of()))
                .id();
        other = cities.create(new CityService.Draft("Other " + suffix, "Testland", Map.of(), List.of()))
                .id();
        assessment = assessment(city);
        actions.create(city, draft("P1.1", "Map flood zones", "Water Bureau", "Li Wei", "2025-06-30", assessment));
        long sirens = actions.create(city, draft("P2.1", "Buy sirens", "Civil Defence", null, "2025-01-31", null))
                .id();
        actions.update(sirens, "done", null);
        actions.create(city, draft("P2.2", "编制城市韧性规划", "应急管理局", "王芳", "2027-01-01", assessment));
        long elsewhere = assessment(other);
        actions.create(other, draft("P1.1", "Another city's plan", "Nobody", null, null, elsewhere));
    }

    private long assessment(long cityId) {
        return assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", null, null, "Testland", 2025, null, null, cityId),
                        false)
                .id();
    }

    private static ActionService.Draft draft(
            String code, String title, String owner, String lead, String due, Long from) {
        return new ActionService.Draft("undrr-preliminary", List.of(code), title, null, owner, lead, due, null, from);
    }

    private String report(String lang) throws Exception {
        byte[] pdf = mvc.perform(get("/api/assessments/{id}/report.pdf", assessment)
                        .param("lang", lang)
                        .param("date", REPORT_DATE.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return text(pdf);
    }

    /** The text on one line; a page's tables come after its paragraphs, each row's cells in order. */
    private static String text(byte[] pdf) throws Exception {
        return ReportTest.text(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void theActionPlanListsTheCitysActionsByCategoryWithTheOverdueOneMarked() throws Exception {
        String text = report("en");

        assertThat(text)
                .containsSubsequence(
                        "Action plan",
                        "Overdue: planned or in progress and due before 2026-03-01.",
                        "E1 Organise for Disaster Resilience")
                .containsSubsequence("Action plan", "E2 Identify, Understand and Use Current and Future Risk Scenarios")
                .containsSubsequence(
                        "Action plan",
                        "Indicators Action Owner Due Status",
                        "P1.1 Map flood zones Water Bureau Lead: Li Wei 2025-06-30 overdue planned",
                        "P2.1 Buy sirens Civil Defence 2025-01-31 done",
                        "P2.2 编制城市韧性规划 应急管理局 Lead: 王芳 2027-01-01 planned")
                .doesNotContain("Another city's plan");
        assertThat(text.split("overdue", -1))
                .as("only the open action past its date")
                .hasSize(2);
    }

    @Test
    void theChineseReportShowsTheActionPlanInChinese() throws Exception {
        assertThat(report("zh"))
                .containsSubsequence(
                        "行动计划",
                        "P1.1 Map flood zones Water Bureau 牵头人：Li Wei 2025-06-30 已逾期 已计划",
                        "P2.1 Buy sirens Civil Defence 2025-01-31 已完成",
                        "P2.2 编制城市韧性规划 应急管理局 牵头人：王芳 2027-01-01 已计划");
    }

    @Test
    void thePublicReportHasNoActionPlan() throws Exception {
        String text = text(reports.publicReport(assessments.scored(assessment), "en", REPORT_DATE));

        assertThat(text)
                .doesNotContain("Action plan")
                .doesNotContain("Map flood zones")
                .doesNotContain("Li Wei")
                .doesNotContain("王芳");
    }

    @Test
    void aReaderOfAnotherCityGets404() throws Exception {
        RequestPostProcessor stranger =
                user("olga").authorities(AuthorityUtils.createAuthorityList(Reader.EDITOR, "CITY_" + other));
        mvc.perform(get("/api/assessments/{id}/report.pdf", assessment).with(stranger))
                .andExpect(status().isNotFound());
    }
}
