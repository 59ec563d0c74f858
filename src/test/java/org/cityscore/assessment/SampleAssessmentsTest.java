package org.cityscore.assessment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file in sample-assessments/ loads on an empty database, marked illustrative. */
@SpringBootTest
class SampleAssessmentsTest {

    @Autowired
    AssessmentService service;
    @Autowired
    SampleAssessments samples;

    @Test
    void everySampleFileLoadedAsAnIllustrativeAssessment() {
        List<Assessment> loaded = service.list(null, null, null);
        assertThat(samples.files()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(loaded).hasSize(samples.files().size());
        assertThat(loaded).allMatch(Assessment::illustrative);
        assertThat(loaded).extracting(Assessment::scorecardId)
                .contains("ecomobility-shift-plus", "undrr-preliminary", "iclei-5rs");
        assertThat(loaded).allSatisfy(assessment -> assertThat(assessment.title()).contains("illustrative"));
    }

    @Test
    void theSamplesHaveTheAnswersTheirFilesGive() {
        Assessment undrr = service.list(null, "undrr-preliminary", 2025).get(0);
        ScoredAssessment scored = service.scored(undrr.id());
        assertThat(scored.result().completeness().answered()).isEqualTo(44);
        assertThat(scored.result().completeness().missing()).isEqualTo(3);
        Assessment shift2023 = service.list(null, "ecomobility-shift-plus", 2023).get(0);
        assertThat(service.scored(shift2023.id()).result().indicator("TSS 6").orElseThrow().status().name()).isEqualTo("NOT_APPLICABLE");
    }
}
