package org.cityscore.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cityscore.assessment.AssessmentNotFoundException;
import org.cityscore.assessment.RadarChart;
import org.cityscore.assessment.ScoredAssessment;
import org.cityscore.report.PdfResponse;
import org.cityscore.report.ReportService;
import org.cityscore.scorecard.PublishedField;
import org.cityscore.system.ApiException;
import org.cityscore.system.HeavyWork;
import org.cityscore.text.ApiLanguage;
import org.cityscore.text.Message;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages, for everyone without signing in: published results by city and scorecard, a city's years side by
 * side, one published assessment with its PDF report, and the data dictionary. Anything not published is not found.
 */
@Controller
class PublicController {

    private final PublicResults results;
    private final Publications publications;
    private final Benchmarks benchmarks;
    private final OpenData openData;
    private final ReportService reports;
    private final HeavyWork heavyWork;

    PublicController(
            PublicResults results,
            Publications publications,
            Benchmarks benchmarks,
            OpenData openData,
            ReportService reports,
            HeavyWork heavyWork) {
        this.results = results;
        this.publications = publications;
        this.benchmarks = benchmarks;
        this.openData = openData;
        this.reports = reports;
        this.heavyWork = heavyWork;
    }

    @GetMapping("/public")
    String index(Model model) {
        Map<Long, List<ScoredAssessment>> byCity = new LinkedHashMap<>();
        results.all()
                .forEach(shown -> byCity.computeIfAbsent(shown.assessment().cityId(), id -> new ArrayList<>())
                        .add(shown));
        model.addAttribute("byCity", byCity);
        model.addAttribute("licence", openData.licence());
        return "publication/index";
    }

    @GetMapping("/public/cities/{id}")
    String city(@PathVariable long id, Model model, Locale locale) {
        List<ScoredAssessment> published = results.ofCity(id);
        if (published.isEmpty()) {
            throw ApiException.notFound("id", Message.of("publication.city.notFound", id));
        }
        model.addAttribute("city", PublicCity.of(published, locale.toLanguageTag()));
        return "publication/city";
    }

    @GetMapping("/public/assessments/{id}")
    String assessment(@PathVariable long id, Model model, Locale locale) {
        ScoredAssessment shown = results.find(id).orElseThrow(() -> new AssessmentNotFoundException(id));
        model.addAttribute("scored", shown);
        model.addAttribute("radar", RadarChart.of(shown, locale.toLanguageTag()));
        model.addAttribute("benchmark", benchmarks.beside(shown.assessment()));
        model.addAttribute("publication", publications.published(id));
        model.addAttribute("levels", shown.definition().publishes(PublishedField.LEVEL));
        model.addAttribute("responses", shown.responsesByCode());
        return "publication/assessment";
    }

    /** The report of a published assessment, without what is not public; none when its scorecard hides the levels. */
    @GetMapping("/public/assessments/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable long id, ApiLanguage language) {
        ScoredAssessment shown = results.find(id)
                .filter(found -> found.definition().publishes(PublishedField.LEVEL))
                .orElseThrow(() -> new AssessmentNotFoundException(id));
        byte[] pdf = heavyWork.run(() -> reports.publicReport(shown, language.tag(), Instant.now()));
        return PdfResponse.report(id, pdf);
    }

    @GetMapping("/public/data-dictionary")
    String dictionary(Model model, Locale locale) {
        model.addAttribute("dictionary", openData.dictionary(locale));
        return "publication/dictionary";
    }
}
