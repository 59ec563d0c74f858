package org.cityscore.comparison;

import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The city page (every assessment of a city, with its overall score) and the compare view. */
@Controller
class ComparisonController {

    private final ComparisonService comparisons;
    private final AssessmentService assessments;

    ComparisonController(ComparisonService comparisons, AssessmentService assessments) {
        this.comparisons = comparisons;
        this.assessments = assessments;
    }

    /** One assessment of the city with its overall percentage. */
    record CityAssessment(Assessment assessment, Double overall, String points) {
    }

    @GetMapping("/cities/{city}")
    String city(@PathVariable String city, Model model) {
        Map<String, List<CityAssessment>> byScorecard = new LinkedHashMap<>();
        for (Assessment assessment : assessments.list(city, null, null)) {
            var result = assessments.scored(assessment.id()).result();
            byScorecard.computeIfAbsent(assessment.scorecardId(), id -> new java.util.ArrayList<>())
                    .add(new CityAssessment(assessment, result.overallPercent(), result.points().label()));
        }
        byScorecard.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(a -> a.assessment().year())));
        model.addAttribute("city", city);
        model.addAttribute("byScorecard", byScorecard);
        return "comparison/city";
    }

    @GetMapping("/compare")
    String compare(@RequestParam(required = false) List<Long> assessments, @RequestParam(defaultValue = "false") boolean mixed,
                   Model model, Locale locale) {
        try {
            model.addAttribute("view", ComparisonView.of(comparisons.compare(assessments == null ? List.of() : assessments, mixed,
                    locale.toLanguageTag())));
        } catch (ComparisonException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "comparison/compare";
    }
}
