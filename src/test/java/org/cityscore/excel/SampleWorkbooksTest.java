package org.cityscore.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ScoredAssessment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every workbook in sample-assessments/ is imported on an empty database, marked illustrative. */
@SpringBootTest
class SampleWorkbooksTest {

    @Autowired
    AssessmentService service;

    @Autowired
    SampleWorkbooks samples;

    @Test
    void everySampleWorkbookLoadedAsAnIllustrativeAssessment() {
        List<Assessment> loaded = service.list(null, null, null);
        assertThat(samples.files()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(loaded).hasSize(samples.files().size());
        assertThat(loaded).allMatch(Assessment::illustrative);
        assertThat(loaded)
                .extracting(Assessment::scorecardId)
                .contains("ecomobility-shift-plus", "undrr-preliminary", "iclei-5rs");
        assertThat(loaded)
                .allSatisfy(assessment -> assertThat(assessment.title()).contains("illustrative"));
        assertThat(service.list(null, "ecomobility-shift-plus", null))
                .extracting(Assessment::year)
                .containsExactlyInAnyOrder(2023, 2025);
    }

    @Test
    void theSamplesHaveTheAnswersTheirWorkbooksGive() {
        Assessment undrr = service.list(null, "undrr-preliminary", 2025).get(0);
        ScoredAssessment scored = service.scored(undrr.id());
        assertThat(scored.result().completeness().answered()).isEqualTo(44);
        assertThat(scored.result().completeness().missing()).isEqualTo(3);
        assertThat(scored.result().points().label()).isEqualTo("76 / 141");
        assertThat(scored.responses())
                .anySatisfy(response -> assertThat(response.action()).isNotNull());
        Assessment shift2023 =
                service.list(null, "ecomobility-shift-plus", 2023).get(0);
        assertThat(service.scored(shift2023.id())
                        .result()
                        .indicator("TSS 6")
                        .orElseThrow()
                        .status()
                        .name())
                .isEqualTo("NOT_APPLICABLE");
        assertThat(service.scored(shift2023.id())
                        .result()
                        .indicator("P1")
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("48");
    }
}
