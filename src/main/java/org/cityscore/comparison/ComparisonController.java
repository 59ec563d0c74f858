package org.cityscore.comparison;

import java.util.List;
import java.util.Locale;
import org.cityscore.text.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The city page (every assessment of a city, with its overall score) and the compare view. */
@Controller
class ComparisonController {

    private final ComparisonService comparisons;
    private final CityHistory cities;
    private final Messages messages;

    ComparisonController(ComparisonService comparisons, CityHistory cities, Messages messages) {
        this.comparisons = comparisons;
        this.cities = cities;
        this.messages = messages;
    }

    /** The city page; its links use this form, which works for every name, "Biel/Bienne" included. */
    @GetMapping(path = "/cities", params = "name")
    String cityByName(@RequestParam String name, Model model, Locale locale) {
        return city(name, model, locale);
    }

    /** The city page by the city's id, as the list of cities links it. */
    @GetMapping(path = "/cities", params = "id")
    String cityById(@RequestParam long id, Model model, Locale locale) {
        return show(cities.of(id, locale), model);
    }

    /** The city page at its older address, which works for names without a slash. */
    @GetMapping("/cities/{city}")
    String city(@PathVariable String city, Model model, Locale locale) {
        return show(cities.of(city, locale), model);
    }

    private static String show(CityHistory.CityPage history, Model model) {
        model.addAttribute("city", history.name());
        model.addAttribute("byScorecard", history.byScorecard());
        model.addAttribute("trends", history.trends());
        model.addAttribute("titles", history.titles());
        return "comparison/city";
    }

    @GetMapping("/compare")
    String compare(
            @RequestParam(required = false) List<Long> assessments,
            @RequestParam(defaultValue = "false") boolean mixed,
            Model model,
            Locale locale) {
        // the PDF and CSV links ask for the same comparison, so they keep it
        model.addAttribute("mixed", mixed);
        try {
            Comparison comparison =
                    comparisons.compare(assessments == null ? List.of() : assessments, mixed, locale.toLanguageTag());
            model.addAttribute("view", ComparisonView.of(comparison));
            model.addAttribute("actionsDone", ActionDone.of(comparison, message -> messages.in(message, locale)));
        } catch (ComparisonException e) {
            model.addAttribute("problem", messages.in(e.text(), locale));
        }
        return "comparison/compare";
    }
}
