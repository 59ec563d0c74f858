package org.cityscore.workshop;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ScoredAssessment;
import org.cityscore.text.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The projector screen: the join code and QR code in large type, or the live anonymous answers of one category. */
@Controller
class WorkshopScreenController {

    private final WorkshopService workshops;
    private final AssessmentService assessments;
    private final Messages messages;

    WorkshopScreenController(WorkshopService workshops, AssessmentService assessments, Messages messages) {
        this.workshops = workshops;
        this.assessments = assessments;
        this.messages = messages;
    }

    @GetMapping("/workshops/{wid}/screen")
    String screen(
            @PathVariable long wid,
            @RequestParam(required = false) String mode,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String host,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        // find() checks that the reader may run this workshop, as on the trainer's page
        Workshop workshop = workshops.find(wid);
        model.addAttribute("workshop", workshop);
        // the address chosen among the machine's own is kept in both modes; any other is ignored
        String chosen = JoinAddress.ownAddress(host);
        model.addAttribute("host", chosen);
        if ("results".equals(mode)) {
            return results(wid, category, model);
        }
        String url = chosen != null
                ? JoinAddress.joinUrl(request, chosen, workshop.joinCode())
                : JoinAddress.joinUrls(request, workshop.joinCode()).get(0);
        boolean loopback = JoinAddress.isLoopback(request.getServerName());
        model.addAttribute("joinUrl", url);
        model.addAttribute("qr", QrCode.svg(url, messages.get("workshop.qr.label", locale)));
        model.addAttribute("loopback", loopback && chosen == null);
        model.addAttribute("alternatives", loopback || chosen != null ? JoinAddress.ipv4Addresses() : List.of());
        return "workshop/screen";
    }

    private String results(long wid, String category, Model model) {
        WorkshopSummary summary = workshops.summary(wid);
        ScoredAssessment scored = assessments.scored(summary.assessmentId());
        List<String> codes =
                scored.definition().categories().stream().map(c -> c.code()).toList();
        String chosen = codes.contains(category) ? category : codes.isEmpty() ? null : codes.get(0);
        model.addAttribute("scored", scored);
        model.addAttribute("category", chosen);
        model.addAttribute(
                "indicators",
                summary.indicators().stream()
                        .filter(i -> i.category().equals(chosen))
                        .toList());
        return "workshop/screen-results";
    }
}
