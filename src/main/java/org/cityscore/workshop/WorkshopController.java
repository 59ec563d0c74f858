package org.cityscore.workshop;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.TypedNumber;
import org.cityscore.scoring.WholeLevel;
import org.cityscore.system.HtmlId;
import org.cityscore.text.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The trainer's workshop pages: open one, show the join code, watch answers come in, agree levels, close. */
@Controller
class WorkshopController {

    private final WorkshopService workshops;
    private final AssessmentService assessments;
    private final Messages messages;

    WorkshopController(WorkshopService workshops, AssessmentService assessments, Messages messages) {
        this.workshops = workshops;
        this.assessments = assessments;
        this.messages = messages;
    }

    @GetMapping("/assessments/{id}/workshops")
    String list(@PathVariable long id, Model model) {
        model.addAttribute("scored", assessments.scored(id));
        model.addAttribute("workshops", workshops.toRun(id));
        return "workshop/list";
    }

    @PostMapping("/assessments/{id}/workshops")
    String open(@PathVariable long id, RedirectAttributes redirect) {
        Workshop workshop = workshops.open(id);
        redirect.addFlashAttribute("flash", "flash.workshopOpened");
        return "redirect:/workshops/" + workshop.id();
    }

    @GetMapping("/workshops/{wid}")
    String workshop(
            @PathVariable long wid,
            @RequestParam(required = false) String among,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        Workshop workshop = workshops.find(wid);
        List<String> urls = JoinAddress.joinUrls(request, workshop.joinCode());
        model.addAttribute("workshop", workshop);
        model.addAttribute("joinUrls", urls);
        model.addAttribute("qr", QrCode.svg(urls.get(0), messages.get("workshop.qr.label", locale)));
        return live(wid, among, model, "workshop/trainer");
    }

    /** The refreshed part of the trainer's page; {@code among} ({@code sector:academia}) counts one profile group. */
    @GetMapping("/workshops/{wid}/live")
    String liveFragment(@PathVariable long wid, @RequestParam(required = false) String among, Model model) {
        return live(wid, among, model, "workshop/trainer :: live");
    }

    @PostMapping("/workshops/{wid}/groups")
    String addGroup(
            @PathVariable long wid,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) List<String> categories,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            workshops.addGroup(wid, name, categories);
            redirect.addFlashAttribute("flash", "flash.groupAdded");
        } catch (WorkshopException e) {
            redirect.addFlashAttribute("problem", messages.in(e.text(), locale));
        }
        return "redirect:/workshops/" + wid + "#groups";
    }

    private String live(long wid, String among, Model model, String view) {
        WorkshopService.LiveView live = workshops.live(wid, ProfileFilter.parse(among));
        WorkshopSummary summary = live.summary();
        model.addAttribute("groups", workshops.groups(wid));
        model.addAttribute("summary", summary);
        model.addAttribute("said", live.said());
        model.addAttribute("among", live.among() == null ? "" : live.among().among());
        model.addAttribute("amongTooSmall", live.tooSmall());
        model.addAttribute("scored", assessments.scored(summary.assessmentId()));
        model.addAttribute("profileDimensions", ParticipantProfile.DIMENSIONS);
        return view;
    }

    @PostMapping("/workshops/{wid}/agreed/{code}")
    String agree(
            @PathVariable long wid,
            @PathVariable String code,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String rationale,
            Principal trainer,
            RedirectAttributes redirect,
            Locale locale) {
        boolean notApplicable = "na".equals(level);
        try {
            workshops.agree(
                    wid, code, notApplicable ? null : chosenLevel(level), notApplicable, rationale, trainer.getName());
            redirect.addFlashAttribute("flash", "flash.agreed");
        } catch (WorkshopException e) {
            redirect.addFlashAttribute("problem", messages.in(e.text(), locale));
        } catch (WholeLevel.NotWhole e) {
            redirect.addFlashAttribute("problem", messages.in(e.text(), locale));
        }
        return "redirect:/workshops/" + wid + "#agree-" + HtmlId.of(code);
    }

    /** The level chosen on the form; a text that is no number (a tampered form) counts as none, and the service asks for one. */
    private static Integer chosenLevel(String level) {
        try {
            return WholeLevel.of(TypedNumber.parse(level));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Closing stops every participant at once, so the trainer is asked first (a page: works without JavaScript). */
    @GetMapping("/workshops/{wid}/close/confirm")
    String confirmClose(@PathVariable long wid, Model model) {
        WorkshopSummary summary = workshops.summary(wid);
        model.addAttribute("workshop", workshops.find(wid));
        model.addAttribute("summary", summary);
        return "workshop/close";
    }

    @PostMapping("/workshops/{wid}/reopen")
    String reopen(@PathVariable long wid, RedirectAttributes redirect, Locale locale) {
        try {
            workshops.reopen(wid);
            redirect.addFlashAttribute("flash", "flash.workshopReopened");
        } catch (WorkshopException e) {
            redirect.addFlashAttribute("problem", messages.in(e.text(), locale));
        }
        return "redirect:/workshops/" + wid;
    }

    @PostMapping("/workshops/{wid}/close")
    String close(@PathVariable long wid, RedirectAttributes redirect) {
        workshops.close(wid);
        redirect.addFlashAttribute("flash", "flash.workshopClosed");
        return "redirect:/workshops/" + wid;
    }

    @PostMapping("/workshops/{wid}/join-code")
    String rotate(@PathVariable long wid, RedirectAttributes redirect) {
        workshops.rotateJoinCode(wid);
        redirect.addFlashAttribute("flash", "flash.codeChanged");
        return "redirect:/workshops/" + wid;
    }
}
