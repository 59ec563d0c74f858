package org.cityscore.publication;

import java.security.Principal;
import org.cityscore.assessment.AssessmentService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff page of an assessment's publication: whether it is public, and the publish and unpublish buttons. */
@Controller
class PublicationPageController {

    private final Publications publications;
    private final AssessmentService assessments;

    PublicationPageController(Publications publications, AssessmentService assessments) {
        this.publications = publications;
        this.assessments = assessments;
    }

    @GetMapping("/assessments/{id}/publication")
    String publication(@PathVariable long id, Model model) {
        model.addAttribute("scored", assessments.scored(id));
        model.addAttribute("publication", publications.of(id));
        return "publication/manage";
    }

    @PostMapping("/assessments/{id}/publish")
    String publish(@PathVariable long id, Principal trainer, RedirectAttributes redirect) {
        publications.publish(id, trainer.getName());
        redirect.addFlashAttribute("flash", "flash.published");
        return "redirect:/assessments/" + id + "/publication";
    }

    @PostMapping("/assessments/{id}/unpublish")
    String unpublish(@PathVariable long id, RedirectAttributes redirect) {
        publications.unpublish(id);
        redirect.addFlashAttribute("flash", "flash.unpublished");
        return "redirect:/assessments/" + id + "/publication";
    }
}
