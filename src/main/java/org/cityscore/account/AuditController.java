package org.cityscore.account;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cityscore.city.City;
import org.cityscore.city.CityService;
import org.cityscore.system.ApiException;
import org.cityscore.system.AuditEntry;
import org.cityscore.text.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page of admins and trainers, with filters by person, city and day. */
@Controller
class AuditController {

    private final AuditLog log;
    private final CityService cities;
    private final Messages messages;

    AuditController(AuditLog log, CityService cities, Messages messages) {
        this.log = log;
        this.cities = cities;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String list(
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) Long cityId,
            Locale locale,
            Model model) {
        List<AuditEntry> entries = List.of();
        try {
            entries = log.read(new AuditLog.Query(since, user, cityId, null));
        } catch (ApiException refused) {
            if (refused.status() != HttpStatus.UNPROCESSABLE_CONTENT) {
                throw refused;
            }
            model.addAttribute("problem", messages.in(refused.text(), locale));
        }
        List<City> visible = cities.list();
        model.addAttribute("entries", entries);
        model.addAttribute("cities", visible);
        model.addAttribute("cityNames", visible.stream().collect(Collectors.toMap(City::id, City::name, (a, b) -> a)));
        model.addAttribute("filter", Map.of("since", since == null ? "" : since, "user", user == null ? "" : user));
        model.addAttribute("cityId", cityId);
        return "account/audit";
    }
}
