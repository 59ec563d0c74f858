package org.cityscore.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cityscore.scorecard.ScorecardCatalog;
import org.cityscore.scorecard.ScorecardUploads;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17's acceptance: each shipped scorecard exported as an authoring workbook and read back gives the same
 * definition, compared as the JSON of {@code GET /api/scorecards/{id}}.
 */
@CityscoreTest
class AuthoringWorkbookRoundTripTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScorecardUploads uploads;

    @Autowired
    JsonMapper json;

    @Autowired
    ScorecardCatalog catalog;

    @ParameterizedTest
    @ValueSource(strings = {"ecomobility-shift-plus", "undrr-preliminary", "iclei-5rs"})
    void aShippedScorecardReadBackFromItsAuthoringWorkbookIsTheSameDefinition(String id) throws Exception {
        String served = mvc.perform(get("/api/scorecards/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        byte[] workbook = mvc.perform(get("/api/scorecards/" + id + "/authoring.xlsx"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        ScorecardUploads.Checked read = uploads.read(id + ".xlsx", workbook);

        assertThat(read.problems()).isEmpty();
        assertThat(read.definition())
                .usingRecursiveComparison()
                .isEqualTo(catalog.find(id).orElseThrow());
        assertThat(json.readTree(json.writeValueAsString(read.definition()))).isEqualTo(json.readTree(served));
    }
}
