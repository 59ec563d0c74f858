package org.cityscore.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentReview;
import org.cityscore.assessment.ReviewComment;
import org.cityscore.system.TextLimit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The review as JSON: submit, return with comments, approve, the rounds, and the city's reply to a comment. */
@RestController
@RequestMapping("/api/assessments/{id}")
class ReviewApiController {

    /** The most comments one return carries: more than any scorecard has indicators. */
    static final int MAX_COMMENTS = 1000;

    private final AssessmentReview states;
    private final ReviewService review;

    ReviewApiController(AssessmentReview states, ReviewService review) {
        this.states = states;
        this.review = review;
    }

    record CommentRequest(
            @Size(max = 50, message = TextLimit.TOO_LONG) String indicatorCode,

            @Size(max = TextLimit.Max.COMMENT, message = TextLimit.TOO_LONG)
            String comment) {}

    record ReturnRequest(
            @Size(max = MAX_COMMENTS, message = "{review.comments.tooMany}")
            List<@Valid CommentRequest> comments,

            @Size(max = TextLimit.Max.REASON, message = TextLimit.TOO_LONG)
            String summary) {}

    record ReplyRequest(
            @Size(max = TextLimit.Max.COMMENT, message = TextLimit.TOO_LONG)
            String reply) {}

    @PostMapping("/submit")
    Assessment submit(@PathVariable long id, Principal principal) {
        return states.submit(id, principal.getName());
    }

    @PostMapping("/return")
    Assessment sendBack(@PathVariable long id, @Valid @RequestBody ReturnRequest request, Principal reviewer) {
        List<ReviewService.NewComment> comments = request.comments() == null
                ? List.of()
                : request.comments().stream()
                        .map(comment -> comment == null
                                ? new ReviewService.NewComment(null, null)
                                : new ReviewService.NewComment(comment.indicatorCode(), comment.comment()))
                        .toList();
        return review.sendBack(id, comments, request.summary(), reviewer.getName());
    }

    @PostMapping("/approve")
    Assessment approve(@PathVariable long id, Principal reviewer) {
        return states.approve(id, reviewer.getName());
    }

    @GetMapping("/review")
    ReviewRounds.View rounds(@PathVariable long id) {
        return review.review(id);
    }

    @PutMapping("/review/{indicatorCode}")
    ReviewComment reply(
            @PathVariable long id,
            @PathVariable String indicatorCode,
            @Valid @RequestBody ReplyRequest request,
            Principal principal) {
        return review.reply(id, indicatorCode, request.reply(), principal.getName());
    }
}
