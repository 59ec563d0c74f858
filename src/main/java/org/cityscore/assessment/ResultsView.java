package org.cityscore.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cityscore.scorecard.LanguageChoice;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scoring.AssessmentResult;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

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

    /** {@code total} and {@code max} are points: the sum of answered levels out of the sum of maxima ("91 / 141"). */
    record Overall(Double percent, String band, BigDecimal total, BigDecimal max, String label) {
    }

    record CategoryView(String code, String title, Double percent, int answered, int notApplicable, int missing,
                        BigDecimal total, BigDecimal max) {
    }

    /** {@code agreedRationale}: why a workshop agreed the level (the latest agreement's reason), null otherwise. */
    record IndicatorView(String code, String category, String status, Integer level, BigDecimal value, Double percent,
                         String agreedRationale) {
    }

    static ResultsView of(ScoredAssessment scored, String language) {
        return of(scored, language, java.util.Map.of());
    }

    static ResultsView of(ScoredAssessment scored, String language, java.util.Map<String, String> agreedRationales) {
        List<Locale.LanguageRange> lang = LanguageChoice.parse(language);
        ScorecardDefinition definition = scored.definition();
        AssessmentResult result = scored.result();
        Overall overall = new Overall(result.overallPercent(), result.band() == null ? null : result.band().label().in(lang),
                result.points().scored(), result.points().maximum(), result.points().label());
        List<CategoryView> categories = result.categories().stream().map(category -> new CategoryView(category.code(),
                definition.categories().stream().filter(c -> c.code().equals(category.code())).findFirst().orElseThrow().title().in(lang),
                category.percent(), category.completeness().answered(), category.completeness().notApplicable(),
                category.completeness().missing(), category.points().scored(), category.points().maximum())).toList();
        List<IndicatorView> indicators = result.indicators().map(indicator -> new IndicatorView(indicator.code(),
                indicator.categoryCode(), indicator.status().name().toLowerCase(Locale.ROOT), indicator.level(),
                indicator.value(), indicator.percent(), agreedRationales.get(indicator.code()))).toList();
        return new ResultsView(scored.assessment().id(), definition.id(), definition.version(), definition.aggregation().key(),
                overall, categories, indicators, result.completeness().answered(), result.completeness().notApplicable(),
                result.completeness().missing(), result.completeness().total());
    }
}
