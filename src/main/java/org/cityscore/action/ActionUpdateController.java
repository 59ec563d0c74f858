package org.cityscore.action;

import java.util.Locale;
import java.util.Map;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ScoredAssessment;
import org.cityscore.text.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An update of an action recorded from the entry page, beside the indicator it is aimed at: the page's script sends
 * it as JSON, so that the answers being typed stay where they are; without the script, the form posts and comes back
 * to the indicator. It lives beside the pages, under their session and CSRF protection (the JSON API takes no
 * session). Same rules as {@code POST /api/actions/{id}/updates}.
 */
@Controller
class ActionUpdateController {

    private final ActionService actions;
    private final AssessmentService assessments;
    private final Messages messages;

    ActionUpdateController(ActionService actions, AssessmentService assessments, Messages messages) {
        this.actions = actions;
        this.assessments = assessments;
        this.messages = messages;
    }

    @PostMapping(path = "/actions/{id}/updates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Action recordFromScript(@PathVariable long id, @RequestBody ActionApiController.UpdateRequest update) {
        return actions.update(id, update.status(), update.note());
    }

    /** The form without the script: back to the indicator's card, with the problem beside the action if refused. */
    @PostMapping("/actions/{id}/updates")
    String record(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String note,
            @RequestParam long assessment,
            @RequestParam String code,
            Locale locale,
            RedirectAttributes redirect) {
        ScoredAssessment scored = assessments.scored(assessment);
        try {
            actions.update(id, status, note);
            redirect.addFlashAttribute("flash", "flash.actionUpdated");
        } catch (ActionException refused) {
            if (refused.status() != HttpStatus.UNPROCESSABLE_CONTENT) {
                throw refused;
            }
            redirect.addFlashAttribute(
                    "updateProblem",
                    Map.of(
                            "action",
                            id,
                            "code",
                            code,
                            "note",
                            note == null ? "" : note,
                            "message",
                            messages.in(refused.text(), locale)));
        }
        return "redirect:" + ActionPlanController.back(scored, code, "entry");
    }
}
