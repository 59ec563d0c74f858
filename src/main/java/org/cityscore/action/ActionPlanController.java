package org.cityscore.action;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ScoredAssessment;
import org.cityscore.scorecard.Indicator;
import org.cityscore.system.ApiException;
import org.cityscore.system.HtmlId;
import org.cityscore.system.Reader;
import org.cityscore.text.Message;
import org.cityscore.text.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Plan an action" from an indicator of an assessment: a form prefilled from the answer's action plan, saved through
 * {@link ActionService} as an action aimed at that indicator and made from that assessment, then back to the entry
 * or results page at the indicator. Only a person who may make actions in the city gets the form (403 otherwise,
 * 404 outside their cities).
 */
@Controller
class ActionPlanController {

    static final String RESULTS = "results";

    private final ActionService actions;
    private final AssessmentService assessments;
    private final Reader reader;
    private final Messages messages;

    ActionPlanController(ActionService actions, AssessmentService assessments, Reader reader, Messages messages) {
        this.actions = actions;
        this.assessments = assessments;
        this.reader = reader;
        this.messages = messages;
    }

    @GetMapping("/assessments/{id}/indicators/{code}/actions/new")
    String form(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(required = false) String from,
            Model model) {
        ScoredAssessment scored = writable(id);
        Indicator indicator = indicator(scored, code);
        ActionForm form = ActionForm.prefilledFrom(assessments.response(id, indicator.code()));
        return show(scored, indicator, form, from, Map.of(), model);
    }

    @PostMapping("/assessments/{id}/indicators/{code}/actions")
    String create(
            @PathVariable long id,
            @PathVariable String code,
            ActionForm form,
            @RequestParam(required = false) String from,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ScoredAssessment scored = writable(id);
        Indicator indicator = indicator(scored, code);
        Assessment assessment = scored.assessment();
        try {
            actions.create(
                    assessment.cityId(),
                    new ActionService.Draft(
                            assessment.scorecardId(),
                            List.of(indicator.code()),
                            form.title(),
                            form.description(),
                            form.owner(),
                            form.lead(),
                            form.due(),
                            null,
                            assessment.id()));
        } catch (ActionException refused) {
            if (refused.status() != HttpStatus.UNPROCESSABLE_CONTENT) {
                throw refused;
            }
            Map<String, String> problems = Map.of(field(refused), messages.in(refused.text(), locale));
            return show(scored, indicator, form, from, problems, model);
        }
        redirect.addFlashAttribute("flash", "flash.actionPlanned");
        return "redirect:" + back(scored, indicator.code(), from);
    }

    /** The page the form came from, at the indicator (the assessment's page for a code it does not have). */
    static String back(ScoredAssessment scored, String code, String from) {
        String assessment = "/assessments/" + scored.assessment().id();
        String anchor = "#ind-" + HtmlId.of(code);
        if (RESULTS.equals(from)) {
            return assessment + "/results" + anchor;
        }
        return scored.definition()
                .categoryOf(code)
                .map(category -> assessment + "/categories/" + category.code() + anchor)
                .orElse(assessment);
    }

    private String show(
            ScoredAssessment scored,
            Indicator indicator,
            ActionForm form,
            String from,
            Map<String, String> problems,
            Model model) {
        model.addAttribute("scored", scored);
        model.addAttribute("indicator", indicator);
        model.addAttribute("form", form);
        model.addAttribute("from", RESULTS.equals(from) ? RESULTS : "entry");
        model.addAttribute("back", back(scored, indicator.code(), from));
        model.addAttribute("problems", problems);
        return "action/plan";
    }

    private ScoredAssessment writable(long id) {
        ScoredAssessment scored = assessments.scored(id);
        if (!reader.mayWrite(scored.assessment().cityId())) {
            throw Reader.forbidden();
        }
        return scored;
    }

    private static Indicator indicator(ScoredAssessment scored, String code) {
        return scored.definition()
                .indicator(code)
                .orElseThrow(() -> ApiException.notFound("code", Message.of("indicator.unknown", code)));
    }

    /** The form's field a problem belongs to; a problem of a fixed field (the indicator, the scorecard) is the form's. */
    private static String field(ApiException refused) {
        return switch (String.valueOf(refused.field())) {
            case "title", "description", "owner", "lead", "due" -> refused.field();
            default -> "form";
        };
    }
}
