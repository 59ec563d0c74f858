package org.cityscore.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door; until assessments land, it opens the scorecard list. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/scorecards";
    }
}
