package org.cityscore.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.Response;
import org.cityscore.assessment.ScoredAssessment;
import org.cityscore.city.CityService;
import org.cityscore.scorecard.PublishedField;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What the public sees of an answer follows the scorecard's {@code publish}, and never the notes or the authors. */
@CityscoreTest
class PublishedFieldsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CityService cities;

    @Autowired
    AssessmentService assessments;

    @Test
    void aScorecardPublishingOnlyEvidenceShowsNoLevelCommentOrAction() throws Exception {
        PublicFixture fixture = new PublicFixture(cities, assessments, mvc);
        long id = fixture.finalAssessment(fixture.city("Evidence"), 2024, 3, 1);
        ScoredAssessment stored = assessments.scored(id);
        ScorecardDefinition card = stored.definition();
        ScorecardDefinition evidenceOnly = new ScorecardDefinition(
                card.id(),
                card.version(),
                card.languages(),
                card.title(),
                card.description(),
                card.source(),
                card.scale(),
                card.aggregation(),
                card.bands(),
                card.categories(),
                card.comparableWith(),
                Set.of(PublishedField.EVIDENCE));

        ScoredAssessment shown = PublicResults.shown(
                new ScoredAssessment(stored.assessment(), evidenceOnly, stored.responses(), stored.result()));

        assertThat(shown.assessment().notes()).isNull();
        Response answer = shown.responsesByCode().get("P1.1");
        assertThat(answer.evidence()).isEqualTo("evidence P1.1");
        assertThat(answer.level()).isNull();
        assertThat(answer.comment()).isNull();
        assertThat(answer.action()).isNull();
        assertThat(answer.responsible()).isNull();
        assertThat(answer.updatedBy()).isNull();
        OpenDataRow row = OpenDataRow.of(shown, "en").get(0);
        assertThat(List.of(row.indicatorCode(), row.evidence())).containsExactly("P1.1", "evidence P1.1");
        assertThat(row.level()).isNull();
        assertThat(row.score()).isNull();
        assertThat(row.status()).isNull();
        assertThat(row.comment()).isNull();

        ScoredAssessment everything = PublicResults.shown(stored);
        assertThat(everything.responsesByCode().get("P1.1").level()).isEqualTo(3);
        assertThat(everything.responsesByCode().get("P1.1").comment()).isEqualTo("comment P1.1");
        assertThat(OpenDataRow.of(everything, "en").get(0).score()).isEqualTo(100.0);
    }
}
