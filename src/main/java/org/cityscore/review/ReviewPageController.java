package org.cityscore.review;

import java.security.Principal;
import org.cityscore.assessment.AssessmentReview;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.scorecard.Category;
import org.cityscore.system.HtmlId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review's forms on the pages: the city's reply beside a comment, submit and approve on the assessment page. */
@Controller
class ReviewPageController {

    private final AssessmentReview states;
    private final ReviewService review;
    private final AssessmentService assessments;

    ReviewPageController(AssessmentReview states, ReviewService review, AssessmentService assessments) {
        this.states = states;
        this.review = review;
        this.assessments = assessments;
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
        String category = assessments.definitionOf(id).categories().stream()
                .filter(candidate -> candidate.indicators().stream().anyMatch(i -> i.code().equals(code)))
                .map(Category::code)
                .findFirst()
                .orElseThrow();
        return "redirect:/assessments/" + id + "/categories/" + category + "#ind-" + HtmlId.of(code);
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
