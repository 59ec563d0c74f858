package org.cityscore.scorecard;

import java.util.List;
import java.util.Locale;

/** A scorecard in one language, as {@code GET /api/scorecards} lists it. */
record ScorecardSummary(
        String id,
        String version,
        String title,
        String description,
        String aggregation,
        int scaleMin,
        int scaleMax,
        List<String> languages,
        int indicatorCount,
        List<CategorySummary> categories) {

    record CategorySummary(String code, String title, int indicatorCount) {}

    static ScorecardSummary of(ScorecardDefinition definition, List<Locale.LanguageRange> language) {
        return new ScorecardSummary(
                definition.id(),
                definition.version(),
                definition.title().in(language),
                definition.description() == null
                        ? null
                        : definition.description().in(language),
                definition.aggregation().key(),
                definition.scale().min(),
                definition.scale().max(),
                definition.languages(),
                definition.indicatorCount(),
                definition.categories().stream()
                        .map(category -> new CategorySummary(
                                category.code(),
                                category.title().in(language),
                                category.indicators().size()))
                        .toList());
    }
}
