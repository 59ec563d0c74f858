package org.cityscore.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cityscore.support.CityscoreTest;
import org.cityscore.support.HtmlIdCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A scorecard's page links its contents to ids made from the codes, which may hold spaces and dots. */
@CityscoreTest
class ScorecardPageIdsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theContentsLinkToIdsWithoutSpaces() throws Exception {
        String page = mvc.perform(get("/scorecards/ecomobility-shift-plus").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlIdCheck.idsOf(page)).contains("cat-TSS", "ind-TSS-1", "ind-P1");
        assertThat(page).contains("href=\"#cat-TSS\"");
        String undrr = mvc.perform(get("/scorecards/undrr-preliminary").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlIdCheck.idsOf(undrr)).contains("ind-P1-1");
    }
}
