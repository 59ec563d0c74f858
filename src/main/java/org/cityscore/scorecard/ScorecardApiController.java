package org.cityscore.scorecard;

import org.cityscore.system.ApiException;
import org.cityscore.text.ApiLanguage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

/** The scorecards as JSON: the list (in one language), one whole definition, and the files that failed to load. */
@RestController
@RequestMapping("/api/scorecards")
class ScorecardApiController {

    private final ScorecardCatalog catalog;

    ScorecardApiController(ScorecardCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<ScorecardSummary> list(ApiLanguage asked) {
        List<Locale.LanguageRange> language = LanguageChoice.parse(asked.asked());
        return catalog.current().stream().map(definition -> ScorecardSummary.of(definition, language)).toList();
    }

    @GetMapping("/problems")
    List<ScorecardProblem> problems() {
        return catalog.problems();
    }

    @GetMapping("/{id}")
    ScorecardDefinition definition(@PathVariable String id, @RequestParam(required = false) String version) {
        return (version == null ? catalog.find(id) : catalog.find(id, version))
                .orElseThrow(() -> ApiException.notFound("id", "There is no scorecard '" + id + "'"
                        + (version == null ? "" : " in version " + version) + ". GET /api/scorecards lists them."));
    }
}
