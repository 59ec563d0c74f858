package org.cityscore.review;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.cityscore.assessment.AssessmentReview;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ScoredAssessment;
import org.cityscore.system.HtmlId;
import org.cityscore.system.Reader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review on the pages: its own page (the rounds, and the reviewer's form with a comment box per indicator), the
 * city's reply beside a comment on the entry page, submit and approve on the assessment page.
 */
@Controller
class ReviewPageController {

    private static final String COMMENT = "comment:";

    private final AssessmentReview states;
    private final ReviewService review;
    private final AssessmentService assessments;
    private final Reader reader;

    ReviewPageController(AssessmentReview states, ReviewService review, AssessmentService assessments, Reader reader) {
        this.states = states;
        this.review = review;
        this.assessments = assessments;
        this.reader = reader;
    }

    @PostMapping("/assessments/{id}/review/{code}/reply")
    String reply(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(required = false) String reply,
            Principal principal,
            RedirectAttributes redirect) {
        review.reply(id, code, reply, principal.getName());
        redirect.addFlashAttribute("flash", "flash.replied");
        String category =
                assessments.definitionOf(id).categoryOf(code).orElseThrow().code();
        return "redirect:/assessments/" + id + "/categories/" + category + "#ind-" + HtmlId.of(code);
    }

    /** The review of an assessment: its rounds, and for a trainer or admin while it is in review, the reviewer's form. */
    @GetMapping("/assessments/{id}/review")
    String page(@PathVariable long id, Model model) {
        ScoredAssessment scored = assessments.scored(id);
        model.addAttribute("scored", scored);
        model.addAttribute("review", review.review(id));
        model.addAttribute(
                "mayDecide",
                scored.assessment().isInReview()
                        && reader.mayFinalise(scored.assessment().cityId()));
        return "review/page";
    }

    /** The reviewer's form: {@code comment:<code>} for each indicator commented on, and the summary. */
    @PostMapping("/assessments/{id}/return")
    String sendBack(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Principal principal,
            RedirectAttributes redirect) {
        List<ReviewService.NewComment> comments = new ArrayList<>();
        form.forEach((name, values) -> {
            String text = values.isEmpty() ? null : values.get(0);
            if (name.startsWith(COMMENT) && text != null && !text.isBlank()) {
                comments.add(new ReviewService.NewComment(name.substring(COMMENT.length()), text));
            }
        });
        review.sendBack(id, comments, form.getFirst("summary"), principal.getName());
        redirect.addFlashAttribute("flash", "flash.returned");
        return "redirect:/assessments/" + id + "/review";
    }

    @PostMapping("/assessments/{id}/submit")
    String submit(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        states.submit(id, principal.getName());
        redirect.addFlashAttribute("flash", "flash.submitted");
        return "redirect:/assessments/" + id;
    }

    @PostMapping("/assessments/{id}/approve")
    String approve(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        states.approve(id, principal.getName());
        redirect.addFlashAttribute("flash", "flash.approved");
        return "redirect:/assessments/" + id;
    }
}
