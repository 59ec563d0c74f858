package org.cityscore.scorecard;

import java.util.List;
import java.util.Locale;
import org.cityscore.system.ApiException;
import org.cityscore.text.ApiLanguage;
import org.cityscore.text.Message;
import org.cityscore.text.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The scorecards as JSON: the list (in one language), one whole definition, and the files that failed to load. */
@RestController
@RequestMapping("/api/scorecards")
class ScorecardApiController {

    private final ScorecardCatalog catalog;
    private final Messages messages;

    ScorecardApiController(ScorecardCatalog catalog, Messages messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping
    List<ScorecardSummary> list(ApiLanguage asked) {
        List<Locale.LanguageRange> language = LanguageChoice.parse(asked.asked());
        return catalog.current().stream()
                .map(definition -> ScorecardSummary.of(definition, language))
                .toList();
    }

    @GetMapping("/problems")
    List<ProblemRow> problems() {
        return ProblemRow.of(catalog.problems(), messages, Messages.API);
    }

    @GetMapping("/{id}")
    ScorecardDefinition definition(@PathVariable String id, @RequestParam(required = false) String version) {
        return (version == null ? catalog.find(id) : catalog.find(id, version))
                .orElseThrow(() -> notFound(id, version));
    }

    /** Also the scorecard page's refusal: that page says it in the reader's language. */
    static ApiException notFound(String id, String version) {
        return new ApiException(
                HttpStatus.NOT_FOUND,
                "id",
                version == null
                        ? Message.of("scorecard.notFound", id)
                        : Message.of("scorecard.notFound.version", id, version));
    }
}
