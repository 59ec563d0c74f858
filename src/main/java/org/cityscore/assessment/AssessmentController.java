package org.cityscore.assessment;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cityscore.scorecard.ScorecardCatalog;
import org.cityscore.scoring.AssessmentResult;
import org.cityscore.text.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The home page, creating an assessment, its overview, finalizing, reopening, correcting and deleting it. */
@Controller
class AssessmentController {

    private final AssessmentService service;
    private final ScorecardCatalog catalog;
    private final Messages messages;
    private final AssessmentReview review;

    AssessmentController(
            AssessmentService service, ScorecardCatalog catalog, Messages messages, AssessmentReview review) {
        this.service = service;
        this.catalog = catalog;
        this.messages = messages;
        this.review = review;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String scorecard, Model model) {
        Map<String, Map<Integer, List<Assessment>>> byCity = new LinkedHashMap<>();
        Map<Long, AssessmentResult> results = new LinkedHashMap<>();
        for (Assessment assessment : service.list(null, scorecard, null)) {
            byCity.computeIfAbsent(assessment.city(), city -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(assessment.year(), year -> new ArrayList<>())
                    .add(assessment);
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
        model.addAttribute("scorecards", catalog.open());
        return "assessment/new";
    }

    @PostMapping("/assessments/new")
    String processCreationForm(
            @Valid @ModelAttribute("form") AssessmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.getScorecardId() != null && catalog.find(form.getScorecardId()).isEmpty()) {
            errors.rejectValue("scorecardId", "form.scorecard.unknown");
        } else if (form.getScorecardId() != null && catalog.isRetired(form.getScorecardId())) {
            errors.rejectValue("scorecardId", "form.scorecard.retired");
        }
        if (errors.hasErrors()) {
            model.addAttribute("scorecards", catalog.open());
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
        model.addAttribute("progress", CategoryProgress.of(scored));
        model.addAttribute("changes", service.changes(id));
        model.addAttribute("signOff", review.signOff(id).orElse(null));
        return "assessment/overview";
    }

    /** "Mark as final" asks first and says how many answers are missing (a page: works without JavaScript). */
    @GetMapping("/assessments/{id}/finalize/confirm")
    String confirmFinalize(@PathVariable long id, Model model) {
        model.addAttribute("scored", service.scored(id));
        return "assessment/finalize";
    }

    @PostMapping("/assessments/{id}/finalize")
    String finalizeAssessment(@PathVariable long id, Principal trainer, RedirectAttributes redirect) {
        service.finalizeAssessment(id, trainer == null ? null : trainer.getName());
        redirect.addFlashAttribute("flash", "flash.finalized");
        return "redirect:/assessments/" + id;
    }

    @PostMapping("/assessments/{id}/reopen")
    String reopen(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Principal trainer,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            service.reopen(id, reason, trainer == null ? null : trainer.getName());
            redirect.addFlashAttribute("flash", "flash.reopened");
        } catch (AssessmentRejectedException e) {
            redirect.addFlashAttribute("problem", messages.in(e.text(), locale));
        }
        return "redirect:/assessments/" + id;
    }

    @GetMapping("/assessments/{id}/edit")
    String editDetails(@PathVariable long id, Model model) {
        Assessment assessment = service.find(id);
        model.addAttribute("assessment", assessment);
        model.addAttribute("form", DetailsForm.of(assessment));
        return "assessment/edit";
    }

    @PostMapping("/assessments/{id}/edit")
    String correctDetails(
            @PathVariable long id,
            @Valid @ModelAttribute("form") DetailsForm form,
            BindingResult errors,
            Principal trainer,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Assessment assessment = service.find(id);
        if (!errors.hasErrors()) {
            try {
                service.correct(id, form.toDetails(), trainer == null ? null : trainer.getName());
                redirect.addFlashAttribute("flash", "flash.corrected");
                return "redirect:/assessments/" + id;
            } catch (AssessmentRejectedException e) {
                model.addAttribute("problem", messages.in(e.text(), locale));
            }
        }
        model.addAttribute("assessment", assessment);
        return "assessment/edit";
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
}
