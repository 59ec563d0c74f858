package org.cityscore.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.Response;
import org.cityscore.assessment.ScoredAssessment;
import org.cityscore.comparison.ComparisonCsv;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.PublishedField;
import org.cityscore.scoring.IndicatorResult;

/**
 * One indicator of one published assessment, as open data. The field names are the CSV's column names; a field the
 * scorecard does not publish, or that has no answer, is null (an empty cell).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record OpenDataRow(
        long assessmentId,
        String city,
        String country,
        int year,
        String scorecardId,
        String scorecardVersion,
        String category,
        String indicatorCode,
        String indicatorName,
        String status,
        Integer level,
        BigDecimal value,
        Double score,
        String comment,
        String evidence,
        String action) {

    /** The columns, in order, each with its type; the data dictionary documents each. */
    static final Map<String, String> COLUMNS = columns(
            "assessmentId", "integer",
            "city", "text",
            "country", "text",
            "year", "integer",
            "scorecardId", "text",
            "scorecardVersion", "text",
            "category", "text",
            "indicatorCode", "text",
            "indicatorName", "text",
            "status", "text",
            "level", "integer",
            "value", "number",
            "score", "number",
            "comment", "text",
            "evidence", "text",
            "action", "text");

    private static Map<String, String> columns(String... namesAndTypes) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            columns.put(namesAndTypes[i], namesAndTypes[i + 1]);
        }
        return Collections.unmodifiableMap(columns);
    }

    /** The rows of one published assessment (as {@link PublicResults#shown} leaves it), in the scorecard's order. */
    static List<OpenDataRow> of(ScoredAssessment shown, String language) {
        Assessment assessment = shown.assessment();
        boolean level = shown.definition().publishes(PublishedField.LEVEL);
        var responses = shown.responsesByCode();
        List<OpenDataRow> rows = new ArrayList<>();
        for (Indicator indicator : shown.definition().indicators().toList()) {
            IndicatorResult result = shown.result().indicator(indicator.code()).orElseThrow();
            Response response = responses.get(indicator.code());
            rows.add(new OpenDataRow(
                    assessment.id(),
                    assessment.city(),
                    assessment.country(),
                    assessment.year(),
                    assessment.scorecardId(),
                    assessment.scorecardVersion(),
                    result.categoryCode(),
                    indicator.code(),
                    indicator.name().in(language),
                    level ? result.status().name().toLowerCase(Locale.ROOT) : null,
                    level ? result.level() : null,
                    level ? result.value() : null,
                    level && result.percent() != null ? Math.round(result.percent() * 100) / 100.0 : null,
                    response == null ? null : response.comment(),
                    response == null ? null : response.evidence(),
                    response == null ? null : response.action()));
        }
        return rows;
    }

    /** The values in the order of {@link #COLUMNS}. */
    List<Object> values() {
        return List.of(
                assessmentId,
                text(city),
                text(country),
                year,
                text(scorecardId),
                text(scorecardVersion),
                text(category),
                text(indicatorCode),
                text(indicatorName),
                text(status),
                level == null ? "" : level,
                value == null ? "" : value.toPlainString(),
                score == null ? "" : String.format(Locale.ROOT, "%.2f", score),
                text(comment),
                text(evidence),
                text(action));
    }

    /** A text cell; one that starts like a formula is defused, as in every CSV the app writes. */
    private static String text(String value) {
        return value == null ? "" : ComparisonCsv.safe(value);
    }
}
