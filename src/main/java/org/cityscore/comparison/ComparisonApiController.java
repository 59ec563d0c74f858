package org.cityscore.comparison;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.cityscore.report.ReportService;
import org.cityscore.system.HeavyWork;
import org.cityscore.text.ApiLanguage;
import org.cityscore.text.Languages;
import org.cityscore.text.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Comparisons as JSON: {@code GET /api/comparisons?assessments=1,2,3}. */
@RestController
class ComparisonApiController {

    private final ComparisonService comparisons;
    private final ReportService reports;
    private final HeavyWork heavyWork;
    private final Messages messages;

    ComparisonApiController(
            ComparisonService comparisons, ReportService reports, HeavyWork heavyWork, Messages messages) {
        this.comparisons = comparisons;
        this.reports = reports;
        this.heavyWork = heavyWork;
        this.messages = messages;
    }

    @GetMapping({"/api/comparisons/report.pdf", "/compare/report.pdf"})
    ResponseEntity<byte[]> pdf(
            @RequestParam List<Long> assessments,
            @RequestParam(defaultValue = "false") boolean mixed,
            ApiLanguage language) {
        Comparison comparison = comparisons.compare(assessments, mixed, language.tag());
        byte[] pdf = heavyWork.run(
                () -> reports.comparison(ComparisonSheets.of(comparison, language.tag(), Instant.now(), messages)));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"comparison.pdf\"")
                .body(pdf);
    }

    @GetMapping("/api/comparisons")
    Comparison compare(
            @RequestParam List<Long> assessments,
            @RequestParam(defaultValue = "false") boolean mixed,
            ApiLanguage language) {
        return comparisons.compare(assessments, mixed, language.tag());
    }

    @GetMapping({"/api/comparisons/comparison.csv", "/compare/comparison.csv"})
    ResponseEntity<String> csv(
            @RequestParam List<Long> assessments,
            @RequestParam(defaultValue = "false") boolean mixed,
            ApiLanguage language) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"comparison.csv\"")
                .body(ComparisonCsv.write(
                        comparisons.compare(assessments, mixed, language.tag()),
                        messages,
                        Languages.locale(language.tag())));
    }
}
