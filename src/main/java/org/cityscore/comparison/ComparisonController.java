package org.cityscore.comparison;

import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.scorecard.ScorecardCatalog;
import org.cityscore.scoring.AssessmentResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The city page (every assessment of a city, with its overall score) and the compare view. */
@Controller
class ComparisonController {

    private final ComparisonService comparisons;
    private final AssessmentService assessments;
    private final ScorecardCatalog catalog;

    ComparisonController(ComparisonService comparisons, AssessmentService assessments, ScorecardCatalog catalog) {
        this.comparisons = comparisons;
        this.assessments = assessments;
        this.catalog = catalog;
    }

    /** One assessment of the city with its scores. */
    record CityAssessment(Assessment assessment, AssessmentResult result) {

        public Double overall() {
            return result.overallPercent();
        }
    }

    /** The city page; its links use this form, which works for every name, "Biel/Bienne" included. */
    @GetMapping(path = "/cities", params = "name")
    String cityByName(@RequestParam String name, Model model, Locale locale) {
        return city(name, model, locale);
    }

    /** The city page at its older address, which works for names without a slash. */
    @GetMapping("/cities/{city}")
    String city(@PathVariable String city, Model model, Locale locale) {
        Map<String, List<CityAssessment>> byScorecard = new LinkedHashMap<>();
        for (Assessment assessment : assessments.list(city, null, null)) {
            var result = assessments.scored(assessment.id()).result();
            byScorecard.computeIfAbsent(assessment.scorecardId(), id -> new ArrayList<>())
                    .add(new CityAssessment(assessment, result));
        }
        byScorecard.values().forEach(list -> list.sort(Comparator.comparingInt(a -> a.assessment().year())));
        Map<String, String> trends = new LinkedHashMap<>();
        byScorecard.forEach((scorecard, list) -> trends.put(scorecard, trend(list)));
        model.addAttribute("city", city);
        model.addAttribute("byScorecard", byScorecard);
        model.addAttribute("trends", trends);
        Map<String, String> titles = new LinkedHashMap<>();
        byScorecard.keySet().forEach(id -> titles.put(id, catalog.find(id).map(d -> d.title().in(locale.toLanguageTag())).orElse(id)));
        model.addAttribute("titles", titles);
        return "comparison/city";
    }

    /** The overall scores over the years as SVG polyline points on a 300 × 80 drawing; empty for fewer than two. */
    static String trend(List<CityAssessment> assessments) {
        List<CityAssessment> scored = assessments.stream().filter(a -> a.overall() != null).toList();
        if (scored.size() < 2) {
            return "";
        }
        int first = scored.get(0).assessment().year();
        int last = scored.get(scored.size() - 1).assessment().year();
        List<String> points = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            CityAssessment a = scored.get(i);
            double x = last == first ? 10 + 280.0 * i / (scored.size() - 1) : 10 + 280.0 * (a.assessment().year() - first) / (last - first);
            double y = 70 - 60 * a.overall() / 100;
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return String.join(" ", points);
    }

    @GetMapping("/compare")
    String compare(@RequestParam(required = false) List<Long> assessments, @RequestParam(defaultValue = "false") boolean mixed,
                   Model model, Locale locale) {
        // the PDF and CSV links ask for the same comparison, so they keep it
        model.addAttribute("mixed", mixed);
        try {
            model.addAttribute("view", ComparisonView.of(comparisons.compare(assessments == null ? List.of() : assessments, mixed,
                    locale.toLanguageTag())));
        } catch (ComparisonException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "comparison/compare";
    }
}
