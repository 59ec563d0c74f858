package org.cityscore.action;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cityscore.city.CityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The city's action register: its actions by due date, filtered by status, owner and whether they are overdue. */
@Controller
class ActionPageController {

    private final ActionService actions;
    private final CityService cities;

    ActionPageController(ActionService actions, CityService cities) {
        this.actions = actions;
        this.cities = cities;
    }

    @GetMapping("/cities/{cityId}/actions")
    String register(
            @PathVariable long cityId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) Boolean overdue,
            Model model) {
        model.addAttribute("city", cities.find("cityId", cityId));
        model.addAttribute("actions", actions.list(cityId, new ActionService.Filter(status, owner, overdue)));
        model.addAttribute("statuses", ActionRules.STATUSES.stream().sorted().toList());
        model.addAttribute("status", status);
        model.addAttribute("owner", owner);
        model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        return "action/register";
    }
}
