package org.cityscore.assessment;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The results page: overall score and band, category scores with a radar chart, indicators with the actions made
 * from the assessment, missing answers.
 */
@Controller
class ResultsController {

    private final AssessmentService service;
    private final AssessmentReview review;
    private final List<CarriedActions> actions;

    ResultsController(AssessmentService service, AssessmentReview review, List<CarriedActions> actions) {
        this.service = service;
        this.review = review;
        this.actions = actions;
    }

    @GetMapping("/assessments/{id}/results")
    String results(@PathVariable long id, Model model, Locale locale) {
        ScoredAssessment scored = service.scored(id);
        model.addAttribute("scored", scored);
        model.addAttribute("signOff", review.signOff(id).orElse(null));
        model.addAttribute("progress", CategoryProgress.of(scored));
        model.addAttribute("radar", RadarChart.of(scored, locale.toLanguageTag()));
        model.addAttribute(
                "madeActions", CarriedActions.byIndicator(actions, made -> made.madeFrom(scored.assessment())));
        model.addAttribute(
                "missing",
                scored.result()
                        .indicators()
                        .filter(i -> i.status().name().equals("MISSING"))
                        .toList());
        return "assessment/results";
    }
}
