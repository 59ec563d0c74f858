package org.cityscore.scorecard;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The scorecard API and page on the shipped scorecards: the web layer and the catalog only, no database. */
@ScorecardWebTest
class ScorecardApiControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheThreeScorecardsWithTheirIndicatorCounts() throws Exception {
        mvc.perform(get("/api/scorecards"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[?(@.id == 'ecomobility-shift-plus')].indicatorCount")
                        .value(23))
                .andExpect(jsonPath("$[?(@.id == 'undrr-preliminary')].indicatorCount")
                        .value(47))
                .andExpect(jsonPath("$[?(@.id == 'iclei-5rs')].indicatorCount").value(20))
                .andExpect(jsonPath("$[?(@.id == 'undrr-preliminary')].categories[0].code")
                        .value("E1"))
                .andExpect(jsonPath("$[?(@.id == 'undrr-preliminary')].categories[7].indicatorCount")
                        .value(9))
                .andExpect(jsonPath("$[?(@.id == 'undrr-preliminary')].title")
                        .value("Disaster Resilience Scorecard for Cities — Preliminary Level"));
    }

    @Test
    void titlesFollowLangParameterOrAcceptLanguage() throws Exception {
        mvc.perform(get("/api/scorecards").param("lang", "zh"))
                .andExpect(jsonPath("$[?(@.id == 'undrr-preliminary')].title").value("城市灾害韧性计分卡（初步评估）"));
        mvc.perform(get("/api/scorecards").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
                .andExpect(jsonPath("$[?(@.id == 'undrr-preliminary')].title").value("城市灾害韧性计分卡（初步评估）"));
        mvc.perform(get("/api/scorecards").header("Accept-Language", "fr"))
                .andExpect(jsonPath("$[?(@.id == 'iclei-5rs')].title").value("Circular Development: the 5Rs"));
    }

    @Test
    void returnsTheWholeDefinitionInEveryLanguage() throws Exception {
        mvc.perform(get("/api/scorecards/ecomobility-shift-plus"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("2020.1"))
                .andExpect(jsonPath("$.scale.min").value(1))
                .andExpect(jsonPath("$.categories[2].indicators[0].code").value("P1"))
                .andExpect(jsonPath("$.categories[2].indicators[0].kind").value("measured"))
                .andExpect(jsonPath("$.categories[2].indicators[0].thresholds.direction")
                        .value("higher-is-better"))
                .andExpect(jsonPath("$.categories[2].indicators[0].thresholds.levels.3")
                        .value(55))
                .andExpect(jsonPath("$.categories[0].indicators[0].levels.5.en").isString())
                .andExpect(jsonPath("$.categories[0].title.zh").value("保障条件"));
    }

    @Test
    void unknownScorecardIsAJson404() throws Exception {
        mvc.perform(get("/api/scorecards/no-such-card"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("There is no scorecard 'no-such-card'. GET /api/scorecards lists them."));
    }

    @Test
    void problemsAreEmptyWhenEveryFileLoads() throws Exception {
        mvc.perform(get("/api/scorecards/problems")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void scorecardPageListsScorecardsInTheChosenLanguage() throws Exception {
        mvc.perform(get("/scorecards").param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("城市灾害韧性计分卡（初步评估）")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("所有计分卡文件均已成功加载。")));
        mvc.perform(get("/scorecards").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sum of levels (X / 141)")));
    }
}
