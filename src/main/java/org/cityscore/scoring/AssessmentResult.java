package org.cityscore.scoring;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cityscore.scorecard.Aggregation;
import org.cityscore.scorecard.Band;

/** The scores of one assessment: overall, per category and per indicator, with the band and completeness. */
public record AssessmentResult(
        String scorecardId,
        String scorecardVersion,
        Aggregation aggregation,
        Double overallPercent,
        Band band,
        Points points,
        Completeness completeness,
        List<CategoryResult> categories) {

    public AssessmentResult {
        categories = List.copyOf(categories);
    }

    public boolean hasScore() {
        return overallPercent != null;
    }

    /** Points ("X / M") are the headline of {@code sum} scorecards only; a weighted mean has no points to show. */
    public boolean hasPoints() {
        return aggregation == Aggregation.SUM;
    }

    public boolean isProvisional() {
        return completeness.isProvisional();
    }

    public Optional<CategoryResult> category(String code) {
        return categories.stream()
                .filter(category -> category.code().equals(code))
                .findFirst();
    }

    public Stream<IndicatorResult> indicators() {
        return categories.stream().flatMap(category -> category.indicators().stream());
    }

    public Optional<IndicatorResult> indicator(String code) {
        return indicators().filter(indicator -> indicator.code().equals(code)).findFirst();
    }
}
