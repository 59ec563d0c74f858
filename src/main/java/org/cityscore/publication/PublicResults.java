package org.cityscore.publication;

import java.util.List;
import java.util.Optional;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.Response;
import org.cityscore.assessment.ScoredAssessment;
import org.cityscore.scorecard.PublishedField;
import org.cityscore.scorecard.ScorecardDefinition;
import org.springframework.stereotype.Service;

/**
 * The published final assessments as everyone may see them, whoever asks: without internal notes, without who wrote
 * an answer, and with only the fields of the answers that the scorecard publishes ({@code publish}). Participants'
 * own answers and names are never read here.
 */
@Service
class PublicResults {

    private final Publications publications;
    private final AssessmentService assessments;

    PublicResults(Publications publications, AssessmentService assessments) {
        this.publications = publications;
        this.assessments = assessments;
    }

    /** A published final assessment; empty for every other id, exactly as for one that does not exist. */
    Optional<ScoredAssessment> find(long id) {
        if (!publications.isPublishedFinal(id)) {
            return Optional.empty();
        }
        return assessments.finalForEveryone(id).map(PublicResults::shown);
    }

    /** Every published final assessment, by city, scorecard and year. */
    List<ScoredAssessment> all() {
        return of(publications.publishedFinal(null));
    }

    /** The published final assessments of one city, by scorecard and year. */
    List<ScoredAssessment> ofCity(long cityId) {
        return of(publications.publishedFinal(cityId));
    }

    /** The published final assessments of one scorecard version, by city and year. */
    List<ScoredAssessment> ofScorecard(String scorecardId, String version) {
        return of(publications.publishedFinal(scorecardId, version));
    }

    private List<ScoredAssessment> of(List<Long> ids) {
        return ids.stream()
                .map(assessments::finalForEveryone)
                .flatMap(Optional::stream)
                .map(PublicResults::shown)
                .toList();
    }

    /** What the public sees of an assessment; the scores stay as computed from every answer. */
    static ScoredAssessment shown(ScoredAssessment scored) {
        ScorecardDefinition definition = scored.definition();
        List<Response> responses = scored.responses().stream()
                .map(response -> shown(definition, response))
                .toList();
        return new ScoredAssessment(scored.assessment().withoutNotes(), definition, responses, scored.result());
    }

    private static Response shown(ScorecardDefinition definition, Response response) {
        boolean level = definition.publishes(PublishedField.LEVEL);
        return new Response(
                response.indicatorCode(),
                level ? response.level() : null,
                level ? response.value() : null,
                level && response.notApplicable(),
                definition.publishes(PublishedField.COMMENT) ? response.comment() : null,
                definition.publishes(PublishedField.EVIDENCE) ? response.evidence() : null,
                definition.publishes(PublishedField.ACTION) ? response.action() : null,
                null,
                null,
                response.version(),
                response.updatedAt(),
                null);
    }
}
