package org.cityscore.assessment;

import jakarta.validation.Valid;
import org.cityscore.scorecard.ScorecardCatalog;
import org.cityscore.scoring.AssessmentResult;
import org.cityscore.scoring.CategoryResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** The home page, creating an assessment, its overview, finalizing and deleting it. */
@Controller
class AssessmentController {

    private final AssessmentService service;
    private final ScorecardCatalog catalog;

    AssessmentController(AssessmentService service, ScorecardCatalog catalog) {
        this.service = service;
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String scorecard, Model model) {
        Map<String, Map<Integer, List<Assessment>>> byCity = new LinkedHashMap<>();
        Map<Long, AssessmentResult> results = new LinkedHashMap<>();
        for (Assessment assessment : service.list(null, scorecard, null)) {
            byCity.computeIfAbsent(assessment.city(), city -> new TreeMap<>(java.util.Comparator.reverseOrder()))
                    .computeIfAbsent(assessment.year(), year -> new java.util.ArrayList<>()).add(assessment);
            results.put(assessment.id(), service.scored(assessment.id()).result());
        }
        model.addAttribute("byCity", byCity);
        model.addAttribute("results", results);
        model.addAttribute("scorecards", catalog.current());
        model.addAttribute("scorecard", scorecard);
        return "assessment/home";
    }

    @GetMapping("/assessments/new")
    String initCreationForm(Model model) {
        model.addAttribute("form", new AssessmentForm());
        model.addAttribute("scorecards", catalog.current());
        return "assessment/new";
    }

    @PostMapping("/assessments/new")
    String processCreationForm(@Valid @ModelAttribute("form") AssessmentForm form, BindingResult errors, Model model,
                               RedirectAttributes redirect) {
        if (form.getScorecardId() != null && catalog.find(form.getScorecardId()).isEmpty()) {
            errors.rejectValue("scorecardId", "form.scorecard.unknown");
        }
        if (errors.hasErrors()) {
            model.addAttribute("scorecards", catalog.current());
            return "assessment/new";
        }
        Assessment created = service.create(form.toRequest(), false);
        redirect.addFlashAttribute("flash", "flash.created");
        return "redirect:/assessments/" + created.id();
    }

    @GetMapping("/assessments/{id}")
    String overview(@PathVariable long id, Model model) {
        ScoredAssessment scored = service.scored(id);
        model.addAttribute("scored", scored);
        model.addAttribute("progress", progress(scored));
        return "assessment/overview";
    }

    @PostMapping("/assessments/{id}/finalize")
    String finalizeAssessment(@PathVariable long id, RedirectAttributes redirect) {
        service.finalizeAssessment(id);
        redirect.addFlashAttribute("flash", "flash.finalized");
        return "redirect:/assessments/" + id;
    }

    @GetMapping("/assessments/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("assessment", service.find(id));
        return "assessment/delete";
    }

    @PostMapping("/assessments/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        service.delete(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/";
    }

    static List<CategoryProgress> progress(ScoredAssessment scored) {
        List<CategoryResult> results = scored.result().categories();
        return IntStream.range(0, results.size())
                .mapToObj(i -> new CategoryProgress(scored.definition().categories().get(i), results.get(i)))
                .toList();
    }
}
