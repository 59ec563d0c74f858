package org.cityscore.publication;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.ScoredAssessment;
import org.cityscore.scoring.AssessmentResult;
import org.cityscore.scoring.CategoryResult;
import org.springframework.stereotype.Service;

/**
 * The distribution of the published final results of one scorecard version, one result per city (its latest year),
 * shown only when at least five cities are in it, so that no city's score can be read back from it.
 */
@Service
class Benchmarks {

    static final int MIN_CITIES = 5;

    private final PublicResults results;

    Benchmarks(PublicResults results) {
        this.results = results;
    }

    /** Of every city with a published result of {@code scorecardId} {@code version}, except {@code exceptCityId}. */
    Benchmark of(String scorecardId, String version, Long exceptCityId) {
        Map<Long, AssessmentResult> latest = new LinkedHashMap<>();
        results.ofScorecard(scorecardId, version).stream()
                .filter(scored -> !Objects.equals(scored.assessment().cityId(), exceptCityId))
                .sorted(Comparator.comparingInt(
                                (ScoredAssessment scored) -> scored.assessment().year())
                        .thenComparingLong(scored -> scored.assessment().id()))
                .forEach(scored -> latest.put(scored.assessment().cityId(), scored.result()));
        if (latest.size() < MIN_CITIES) {
            return Benchmark.hidden(latest.size());
        }
        List<AssessmentResult> cities = List.copyOf(latest.values());
        Distribution overall = Distribution.of(cities.stream()
                .map(AssessmentResult::overallPercent)
                .filter(Objects::nonNull)
                .toList());
        List<Benchmark.CategoryDistribution> categories = cities.get(0).categories().stream()
                .map(CategoryResult::code)
                .map(code -> Benchmark.CategoryDistribution.of(code, Distribution.of(percents(cities, code))))
                .filter(Objects::nonNull)
                .toList();
        return new Benchmark(cities.size(), true, overall, categories);
    }

    /** Beside one published assessment: the other cities' results of its scorecard version. */
    Benchmark beside(Assessment assessment) {
        return of(assessment.scorecardId(), assessment.scorecardVersion(), assessment.cityId());
    }

    private static List<Double> percents(List<AssessmentResult> cities, String code) {
        return cities.stream()
                .map(result ->
                        result.category(code).map(CategoryResult::percent).orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }
}
