package org.cityscore.assessment;

import org.cityscore.scorecard.Category;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.Locale;

/** The results page: overall score and band, category scores with a radar chart, indicators, missing answers. */
@Controller
class ResultsController {

    private final AssessmentService service;

    ResultsController(AssessmentService service) {
        this.service = service;
    }

    @GetMapping("/assessments/{id}/results")
    String results(@PathVariable long id, Model model, Locale locale) {
        ScoredAssessment scored = service.scored(id);
        List<Category> categories = scored.definition().categories();
        String lang = locale.toLanguageTag();
        List<RadarChart.Entry> entries = categories.stream()
                .map(category -> new RadarChart.Entry(category.code(), radarLabel(category, lang, categories.size()),
                        scored.result().category(category.code()).orElseThrow().percent()))
                .toList();
        model.addAttribute("scored", scored);
        model.addAttribute("progress", AssessmentController.progress(scored));
        model.addAttribute("radar", RadarChart.of(entries));
        model.addAttribute("missing", scored.result().indicators().filter(i -> i.status().name().equals("MISSING")).toList());
        return "assessment/results";
    }

    /**
     * Short labels keep the chart readable: a title when there are few axes and it is short, else the code
     * (UNDRR's Essentials are long, and E1…E10 are known). Wide characters such as Chinese count double.
     */
    static String radarLabel(Category category, String lang, int axes) {
        String title = category.title().in(lang);
        int width = title.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
        return axes <= 6 && width <= 16 ? title : category.code();
    }
}
