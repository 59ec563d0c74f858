package org.cityscore.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cityscore.scorecard.LanguageChoice;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scoring.AssessmentResult;
import org.cityscore.scoring.Completeness;

/** The JSON of {@code GET /api/assessments/{id}/results}: overall, per category and per indicator. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ResultsView(
        long assessmentId,
        String scorecardId,
        String scorecardVersion,
        String aggregation,
        Overall overall,
        List<CategoryView> categories,
        List<IndicatorView> indicators,
        int answered,
        int notApplicable,
        int missing,
        int total) {

    /**
     * {@code percent} follows the scorecard's rule (for {@code sum}: points / maxPoints × 100). {@code complete} is
     * false while an applicable indicator is unanswered (the score is provisional); {@code points} and
     * {@code maxPoints} are given for {@code sum} scorecards only. {@code total}, {@code max} and {@code label} are
     * kept for existing clients: the same levels added up, for every scorecard.
     */
    record Overall(
            Double percent,
            String band,
            BigDecimal total,
            BigDecimal max,
            String label,
            boolean complete,
            int answered,
            int applicable,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal points,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal maxPoints) {}

    record CategoryView(
            String code,
            String title,
            Double percent,
            int answered,
            int notApplicable,
            int missing,
            BigDecimal total,
            BigDecimal max,
            boolean complete,
            int applicable,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal points,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal maxPoints) {}

    /** {@code agreedRationale}: why a workshop agreed the level (the latest agreement's reason), null otherwise. */
    record IndicatorView(
            String code,
            String category,
            String status,
            Integer level,
            BigDecimal value,
            Double percent,
            String agreedRationale) {}

    static ResultsView of(ScoredAssessment scored, String language) {
        return of(scored, language, Map.of());
    }

    static ResultsView of(ScoredAssessment scored, String language, Map<String, String> agreedRationales) {
        List<Locale.LanguageRange> lang = LanguageChoice.parse(language);
        ScorecardDefinition definition = scored.definition();
        AssessmentResult result = scored.result();
        boolean sum = result.hasPoints();
        Completeness done = result.completeness();
        Overall overall = new Overall(
                result.overallPercent(),
                result.band() == null ? null : result.band().label().in(lang),
                result.points().scored(),
                result.points().maximum(),
                result.points().label(),
                done.isComplete(),
                done.answered(),
                done.applicable(),
                sum ? result.points().scored() : null,
                sum ? result.points().maximum() : null);
        List<CategoryView> categories = result.categories().stream()
                .map(category -> new CategoryView(
                        category.code(),
                        definition.categories().stream()
                                .filter(c -> c.code().equals(category.code()))
                                .findFirst()
                                .orElseThrow()
                                .title()
                                .in(lang),
                        category.percent(),
                        category.completeness().answered(),
                        category.completeness().notApplicable(),
                        category.completeness().missing(),
                        category.points().scored(),
                        category.points().maximum(),
                        category.completeness().isComplete(),
                        category.completeness().applicable(),
                        sum ? category.points().scored() : null,
                        sum ? category.points().maximum() : null))
                .toList();
        List<IndicatorView> indicators = result.indicators()
                .map(indicator -> new IndicatorView(
                        indicator.code(),
                        indicator.categoryCode(),
                        indicator.status().name().toLowerCase(Locale.ROOT),
                        indicator.level(),
                        indicator.value(),
                        indicator.percent(),
                        agreedRationales.get(indicator.code())))
                .toList();
        return new ResultsView(
                scored.assessment().id(),
                definition.id(),
                definition.version(),
                definition.aggregation().key(),
                overall,
                categories,
                indicators,
                result.completeness().answered(),
                result.completeness().notApplicable(),
                result.completeness().missing(),
                result.completeness().total());
    }
}
