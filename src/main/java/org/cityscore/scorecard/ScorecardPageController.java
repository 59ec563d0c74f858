package org.cityscore.scorecard;

import java.util.Locale;
import org.cityscore.text.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The scorecard pages: what is loaded, what is wrong in the files that are not, and one scorecard in full. */
@Controller
class ScorecardPageController {

    private final ScorecardCatalog catalog;
    private final Messages messages;

    ScorecardPageController(ScorecardCatalog catalog, Messages messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/scorecards")
    String scorecards(Model model, Locale locale) {
        model.addAttribute("scorecards", catalog.current());
        model.addAttribute("retired", catalog.retired());
        model.addAttribute("problems", ProblemRow.of(catalog.problems(), messages, locale));
        return "scorecard/list";
    }

    @GetMapping("/scorecards/{id}")
    String scorecard(@PathVariable String id, @RequestParam(required = false) String version, Model model) {
        ScorecardDefinition card = (version == null ? catalog.find(id) : catalog.find(id, version))
                .orElseThrow(() -> ScorecardApiController.notFound(id, version));
        model.addAttribute("card", card);
        return "scorecard/detail";
    }
}
