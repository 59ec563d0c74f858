package org.cityscore.account;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cityscore.city.City;
import org.cityscore.city.CityService;
import org.cityscore.system.Account;
import org.cityscore.system.ApiException;
import org.cityscore.system.Role;
import org.cityscore.text.Message;
import org.cityscore.text.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people page of admins and trainers: who works in their cities, inviting someone (the link is shown once),
 * changing a person's role, cities and status, and resetting their password.
 */
@Controller
class PeopleController {

    private final People people;
    private final CityService cities;
    private final Messages messages;

    PeopleController(People people, CityService cities, Messages messages) {
        this.people = people;
        this.cities = cities;
        this.messages = messages;
    }

    @GetMapping("/people")
    String list(Principal me, Model model) {
        Account manager = people.me(me.getName());
        fill(model, manager, new People.Draft("", "", Role.VIEWER.code(), List.of(), null));
        return "account/people";
    }

    @PostMapping("/people")
    String invite(
            Principal me,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") List<Long> cities,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Account manager = people.me(me.getName());
        People.Draft draft = new People.Draft(username, displayName, role, cities, null);
        try {
            People.Created created = people.create(manager, draft);
            redirect.addFlashAttribute("invited", created.account().username());
            redirect.addFlashAttribute("invitation", PeopleApiController.link(created.invitation()));
            return "redirect:/people";
        } catch (ApiException refused) {
            model.addAttribute("problems", Map.of(field(refused), messages.in(refused.text(), locale)));
            fill(model, manager, draft);
            return "account/people";
        }
    }

    @GetMapping("/people/{username}")
    String edit(Principal me, @PathVariable String username, Model model) {
        Account manager = people.me(me.getName());
        Account person = people.visibleTo(manager).stream()
                .filter(found -> found.username().equals(username))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("username", Message.of("people.notFound", username)));
        fillPerson(model, manager, person);
        return "account/person";
    }

    @PostMapping("/people/{username}")
    String change(
            Principal me,
            @PathVariable String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") List<Long> cities,
            @RequestParam(defaultValue = "false") boolean active,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Account manager = people.me(me.getName());
        try {
            people.change(manager, username, new People.Change(displayName, role, cities, active));
            redirect.addFlashAttribute("saved", username);
            return "redirect:/people";
        } catch (ApiException refused) {
            if (refused.status().value() != 422 && refused.status().value() != 409) {
                throw refused;
            }
            model.addAttribute("problems", Map.of(field(refused), messages.in(refused.text(), locale)));
            Account shown =
                    new Account(username, displayName, null, Role.of(role).orElse(Role.VIEWER), active, true, cities);
            fillPerson(model, manager, shown);
            return "account/person";
        }
    }

    @PostMapping("/people/{username}/reset")
    String reset(Principal me, @PathVariable String username, RedirectAttributes redirect) {
        String token = people.reset(people.me(me.getName()), username);
        redirect.addFlashAttribute("invited", username);
        redirect.addFlashAttribute("invitation", PeopleApiController.link(token));
        return "redirect:/people";
    }

    private void fill(Model model, Account manager, People.Draft draft) {
        model.addAttribute("people", people.visibleTo(manager));
        model.addAttribute("draft", draft);
        choices(model, manager);
    }

    private void fillPerson(Model model, Account manager, Account person) {
        model.addAttribute("person", person);
        choices(model, manager);
    }

    /** The roles and cities this manager may give: an admin all, a trainer editors and viewers in their cities. */
    private void choices(Model model, Account manager) {
        boolean admin = manager.role() == Role.ADMIN;
        model.addAttribute(
                "roles",
                Arrays.stream(Role.values())
                        .filter(role -> admin || role.invitableByTrainer())
                        .map(Role::code)
                        .toList());
        List<City> all = cities.list();
        model.addAttribute(
                "cities",
                all.stream().filter(c -> admin || manager.worksIn(c.id())).toList());
        model.addAttribute("cityNames", all.stream().collect(Collectors.toMap(City::id, City::name)));
    }

    private static String field(ApiException refused) {
        return refused.field() == null ? "form" : refused.field();
    }
}
