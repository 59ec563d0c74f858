package org.cityscore.scorecard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A broken file among the real ones: the catalog starts, the others load, and the problem is shown. */
@ScorecardWebTest
class BrokenScorecardAtStartupTest {

    @DynamicPropertySource
    static void scorecardsWithABrokenFile(DynamicPropertyRegistry registry) {
        registry.add("cityscore.scorecards-dir", () -> copyWithBrokenFile().toString());
    }

    static Path copyWithBrokenFile() {
        try {
            Path folder = ShippedScorecards.copy();
            String broken = Files.readString(ShippedScorecards.FOLDER.resolve("iclei-5rs.yaml"))
                    .replace("id: \"iclei-5rs\"", "id: \"iclei-5rs-broken\"")
                    .replace("id: iclei-5rs", "id: iclei-5rs-broken")
                    .replaceFirst("aggregation:", "agregation:");
            Files.writeString(folder.resolve("zz-broken.yaml"), broken);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theOtherScorecardsLoadAndTheProblemNamesFileAndKey() throws Exception {
        mvc.perform(get("/api/scorecards")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(3)));
        mvc.perform(get("/api/scorecards/problems"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].file").value("zz-broken.yaml"))
                .andExpect(jsonPath("$[0].path").value("agregation"))
                .andExpect(jsonPath("$[0].line").isNumber())
                .andExpect(jsonPath("$[0].message").value(containsString("unknown key 'agregation'")));
        mvc.perform(get("/scorecards"))
                .andExpect(content().string(containsString("zz-broken.yaml")))
                .andExpect(content().string(containsString("unknown key &#39;agregation&#39;")));
    }

    @Test
    void aChineseReaderSeesTheProblemInChineseWhileTheApiStaysEnglish() throws Exception {
        mvc.perform(get("/scorecards").param("lang", "zh"))
                .andExpect(content().string(containsString("zz-broken.yaml")))
                .andExpect(content().string(containsString("未知的键“agregation”；此处允许：")));
        mvc.perform(get("/api/scorecards/problems").param("lang", "zh"))
                .andExpect(jsonPath("$[0].message").value(containsString("unknown key 'agregation'")));
    }

    @Test
    void aMissingScorecardIsRefusedInTheReadersLanguage() throws Exception {
        mvc.perform(get("/scorecards/no-such-card").param("lang", "zh"))
                .andExpect(status().isNotFound())
                // the error page shows this detail; MockMvc does not render error pages
                .andExpect(request()
                        .attribute(
                                "org.cityscore.system.ErrorPageController.detail",
                                containsString("没有计分卡“no-such-card”")));
    }
}
