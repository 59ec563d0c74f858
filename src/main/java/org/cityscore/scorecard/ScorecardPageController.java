package org.cityscore.scorecard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The scorecard page: what is loaded, and what is wrong in the files that are not. */
@Controller
class ScorecardPageController {

    private final ScorecardCatalog catalog;

    ScorecardPageController(ScorecardCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/scorecards")
    String scorecards(Model model) {
        model.addAttribute("scorecards", catalog.current());
        model.addAttribute("problems", catalog.problems());
        return "scorecard/list";
    }
}
