package org.cityscore.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.ScoredAssessment;
import org.cityscore.scorecard.Category;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scoring.CategoryResult;

/**
 * A city's published results, by scorecard, with the years side by side: one column per assessment (oldest first),
 * one row for the overall score and one per category of the newest scorecard version.
 */
record PublicCity(long cityId, String name, String country, List<Scorecard> scorecards) {

    /** One scorecard's years; {@code rows} hold a percentage (or null) per year. */
    record Scorecard(
            String scorecardId, ScorecardDefinition definition, List<ScoredAssessment> years, List<Row> rows) {}

    /** A row of scores: the overall one ({@code code} null) or a category's. */
    record Row(String code, String title, List<Double> percents) {}

    /** The city's page from its published results (at least one), as {@link PublicResults#ofCity} orders them. */
    static PublicCity of(List<ScoredAssessment> published, String lang) {
        Map<String, List<ScoredAssessment>> byScorecard = new LinkedHashMap<>();
        published.forEach(shown -> byScorecard
                .computeIfAbsent(shown.assessment().scorecardId(), id -> new ArrayList<>())
                .add(shown));
        List<Scorecard> scorecards = byScorecard.entrySet().stream()
                .map(entry -> scorecard(entry.getKey(), entry.getValue(), lang))
                .toList();
        Assessment latest = published.get(published.size() - 1).assessment();
        return new PublicCity(latest.cityId(), latest.city(), latest.country(), scorecards);
    }

    private static Scorecard scorecard(String id, List<ScoredAssessment> years, String lang) {
        ScorecardDefinition newest = years.get(years.size() - 1).definition();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                null,
                null,
                years.stream().map(year -> year.result().overallPercent()).toList()));
        for (Category category : newest.categories()) {
            rows.add(new Row(
                    category.code(),
                    category.title().in(lang),
                    years.stream()
                            .map(year -> year.result()
                                    .category(category.code())
                                    .map(CategoryResult::percent)
                                    .orElse(null))
                            .toList()));
        }
        return new Scorecard(id, newest, years, rows);
    }
}
