package org.cityscore.assessment;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cityscore.scorecard.Category;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scoring.WholeLevel;
import org.cityscore.system.ApiException;
import org.cityscore.text.Message;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The entry page, one category at a time. Works without JavaScript (a normal submit saves the whole category);
 * with it, each indicator is also saved as soon as it changes. A save never overwrites someone else's newer
 * response: the page says so and keeps what was typed.
 */
@Controller
class EntryController {

    static final String AUTHOR = "cityscore.author";

    private final AssessmentService service;
    private final List<ReviewComments> reviews;
    private final List<CarriedActions> carried;

    EntryController(AssessmentService service, List<ReviewComments> reviews, List<CarriedActions> carried) {
        this.service = service;
        this.reviews = reviews;
        this.carried = carried;
    }

    @GetMapping("/assessments/{id}/categories/{code}")
    String entry(@PathVariable long id, @PathVariable String code, Model model) {
        ScoredAssessment scored = service.scored(id);
        Category category = category(scored, code);
        Map<String, Response> stored = scored.responsesByCode();
        List<IndicatorEntry> entries = category.indicators().stream()
                .map(indicator -> new IndicatorEntry(
                        indicator,
                        IndicatorInput.of(indicator.code(), stored.get(indicator.code())),
                        stored.get(indicator.code()),
                        null,
                        null))
                .toList();
        return show(scored, category, entries, model);
    }

    @PostMapping("/assessments/{id}/categories/{code}")
    String save(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> form,
            HttpSession session,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        String typed = form.getFirst("author");
        ScoredAssessment scored = service.scored(id);
        Category category = category(scored, code);
        Map<String, Response> stored = scored.responsesByCode();
        String author;
        try {
            author = Author.of(principal, typed);
        } catch (AssessmentRejectedException tooLong) {
            model.addAttribute("trouble", true);
            model.addAttribute("authorProblem", tooLong);
            model.addAttribute("author", typed);
            return show(
                    scored,
                    category,
                    category.indicators().stream()
                            .map(indicator -> new IndicatorEntry(
                                    indicator,
                                    IndicatorInput.from(form, indicator.code()),
                                    stored.get(indicator.code()),
                                    null,
                                    null))
                            .toList(),
                    model);
        }
        if (typed != null) {
            session.setAttribute(AUTHOR, typed.strip());
        }
        List<IndicatorEntry> entries = new ArrayList<>();
        boolean trouble = false;
        for (Indicator indicator : category.indicators()) {
            IndicatorEntry entry = saveOne(
                    id, indicator, IndicatorInput.from(form, indicator.code()), stored.get(indicator.code()), author);
            trouble |= entry.problem() != null || entry.conflict() != null;
            entries.add(entry);
        }
        if (trouble) {
            model.addAttribute("trouble", true);
            return show(service.scored(id), category, entries, model);
        }
        redirect.addFlashAttribute("flash", "flash.saved");
        String next = form.getFirst("next");
        return "redirect:/assessments/" + id
                + (next != null && !next.isBlank() ? "/categories/" + next : "/categories/" + code);
    }

    private IndicatorEntry saveOne(long id, Indicator indicator, IndicatorInput input, Response stored, String author) {
        ResponseValue value;
        Integer version;
        try {
            value = input.toValue();
            version = input.versionNumber();
        } catch (NumberFormatException e) {
            return new IndicatorEntry(indicator, input, stored, Message.of("entry.problem.number"), null);
        } catch (WholeLevel.NotWhole e) {
            return new IndicatorEntry(indicator, input, stored, e.text(), null);
        }
        boolean unchanged = stored == null ? value.isBlank() : stored.content().sameAs(value);
        if (unchanged) {
            return new IndicatorEntry(indicator, input, stored, null, null);
        }
        try {
            Response saved = service.respond(id, indicator.code(), value, version, author);
            return new IndicatorEntry(indicator, IndicatorInput.of(indicator.code(), saved), saved, null, null);
        } catch (StaleResponseException e) {
            Response current = e.current();
            return new IndicatorEntry(
                    indicator, input.withVersion(current == null ? 0 : current.version()), current, null, current);
        } catch (AssessmentRejectedException e) {
            return new IndicatorEntry(indicator, input, stored, e.text(), null);
        }
    }

    @GetMapping("/assessments/{id}/indicators/{code}/history")
    String history(@PathVariable long id, @PathVariable String code, Model model) {
        ScoredAssessment scored = service.scored(id);
        Indicator indicator = scored.definition()
                .indicator(code)
                .orElseThrow(() -> ApiException.notFound("code", Message.of("indicator.unknown", code)));
        model.addAttribute("scored", scored);
        model.addAttribute("indicator", indicator);
        model.addAttribute("changes", service.history(id, code));
        return "assessment/history";
    }

    private String show(ScoredAssessment scored, Category category, List<IndicatorEntry> entries, Model model) {
        List<Category> categories = scored.definition().categories();
        int index = categories.indexOf(category);
        model.addAttribute("scored", scored);
        model.addAttribute("category", category);
        model.addAttribute("entries", entries);
        Map<String, ReviewComment> comments = new HashMap<>();
        reviews.forEach(
                review -> comments.putAll(review.latest(scored.assessment().id())));
        model.addAttribute("reviewComments", comments);
        model.addAttribute(
                "carriedActions", CarriedActions.byIndicator(carried, actions -> actions.openFor(scored.assessment())));
        model.addAttribute(
                "madeActions", CarriedActions.byIndicator(carried, actions -> actions.madeFrom(scored.assessment())));
        model.addAttribute("progress", CategoryProgress.of(scored));
        model.addAttribute("previous", index > 0 ? categories.get(index - 1) : null);
        model.addAttribute("next", index < categories.size() - 1 ? categories.get(index + 1) : null);
        return "assessment/entry";
    }

    private static Category category(ScoredAssessment scored, String code) {
        return scored.definition().categories().stream()
                .filter(category -> category.code().equals(code))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("code", Message.of("category.unknown", code)));
    }
}
