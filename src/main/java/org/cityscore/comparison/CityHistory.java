package org.cityscore.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.scorecard.ScorecardCatalog;
import org.cityscore.scoring.AssessmentResult;
import org.springframework.stereotype.Service;

/** Every assessment of a city, scored and grouped by scorecard, oldest first, with its trend: the city page. */
@Service
class CityHistory {

    private final AssessmentService assessments;
    private final ScorecardCatalog catalog;

    CityHistory(AssessmentService assessments, ScorecardCatalog catalog) {
        this.assessments = assessments;
        this.catalog = catalog;
    }

    /** One assessment of the city with its scores. */
    record CityAssessment(Assessment assessment, AssessmentResult result) {

        public Double overall() {
            return result.overallPercent();
        }
    }

    /**
     * A city's assessments by scorecard id; the trend (SVG points, empty for fewer than two scores) and the
     * scorecard's title in the reader's language under the same id.
     */
    record City(
            String name,
            Map<String, List<CityAssessment>> byScorecard,
            Map<String, String> trends,
            Map<String, String> titles) {}

    City of(String city, Locale locale) {
        Map<String, List<CityAssessment>> byScorecard = new LinkedHashMap<>();
        for (Assessment assessment : assessments.list(city, null, null)) {
            var result = assessments.scored(assessment.id()).result();
            byScorecard
                    .computeIfAbsent(assessment.scorecardId(), id -> new ArrayList<>())
                    .add(new CityAssessment(assessment, result));
        }
        byScorecard
                .values()
                .forEach(list ->
                        list.sort(Comparator.comparingInt(a -> a.assessment().year())));
        Map<String, String> trends = new LinkedHashMap<>();
        byScorecard.forEach((scorecard, list) -> trends.put(scorecard, trend(list)));
        Map<String, String> titles = new LinkedHashMap<>();
        byScorecard
                .keySet()
                .forEach(id -> titles.put(
                        id,
                        catalog.find(id)
                                .map(d -> d.title().in(locale.toLanguageTag()))
                                .orElse(id)));
        return new City(city, byScorecard, trends, titles);
    }

    /** The overall scores over the years as SVG polyline points on a 300 × 80 drawing; empty for fewer than two. */
    static String trend(List<CityAssessment> assessments) {
        List<CityAssessment> scored =
                assessments.stream().filter(a -> a.overall() != null).toList();
        if (scored.size() < 2) {
            return "";
        }
        int first = scored.get(0).assessment().year();
        int last = scored.get(scored.size() - 1).assessment().year();
        List<String> points = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            CityAssessment a = scored.get(i);
            double x = last == first
                    ? 10 + 280.0 * i / (scored.size() - 1)
                    : 10 + 280.0 * (a.assessment().year() - first) / (last - first);
            double y = 70 - 60 * a.overall() / 100;
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return String.join(" ", points);
    }
}
