package org.cityscore.scorecard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The scorecard pages: what is loaded, what is wrong in the files that are not, and one scorecard in full. */
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

    @GetMapping("/scorecards/{id}")
    String scorecard(@PathVariable String id, @RequestParam(required = false) String version, Model model) {
        ScorecardDefinition card = (version == null ? catalog.find(id) : catalog.find(id, version))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No scorecard " + id));
        model.addAttribute("card", card);
        return "scorecard/detail";
    }
}
