package org.cityscore.city;

import java.util.Locale;
import java.util.function.Supplier;
import org.cityscore.text.Message;
import org.cityscore.text.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The trainers' list of cities with their names and aliases: rename a city, merge one into another. */
@Controller
class CityPageController {

    private final CityService cities;
    private final Messages messages;

    CityPageController(CityService cities, Messages messages) {
        this.cities = cities;
        this.messages = messages;
    }

    @GetMapping("/cities")
    String list(Model model) {
        model.addAttribute("cities", cities.list());
        return "city/list";
    }

    @PostMapping("/cities/{id}/rename")
    String rename(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            RedirectAttributes redirect,
            Locale locale) {
        return done(
                () -> Message.of(
                        "cities.renamed",
                        cities.update(id, new CityService.Draft(name, null, null, null))
                                .name()),
                redirect,
                locale);
    }

    @PostMapping("/cities/{id}/merge")
    String merge(
            @PathVariable long id,
            @RequestParam(required = false) Long into,
            RedirectAttributes redirect,
            Locale locale) {
        return done(() -> Message.of("cities.merged", cities.merge(id, into).name()), redirect, locale);
    }

    /** Back to the list, saying what was done or, for a refusal, why not, in the reader's language. */
    private String done(Supplier<Message> action, RedirectAttributes redirect, Locale locale) {
        try {
            redirect.addFlashAttribute("done", messages.in(action.get(), locale));
        } catch (CityException refused) {
            redirect.addFlashAttribute("problem", messages.in(refused.text(), locale));
        }
        return "redirect:/cities";
    }
}
