package org.cityscore.publication;

import java.nio.charset.StandardCharsets;
import org.cityscore.system.HeavyWork;
import org.cityscore.text.ApiLanguage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data without signing in: every published result as CSV and JSON, the data dictionary, and benchmarks. */
@RestController
@RequestMapping("/api/public")
class OpenDataApiController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OpenData openData;
    private final Benchmarks benchmarks;
    private final HeavyWork heavyWork;

    OpenDataApiController(OpenData openData, Benchmarks benchmarks, HeavyWork heavyWork) {
        this.openData = openData;
        this.benchmarks = benchmarks;
        this.heavyWork = heavyWork;
    }

    @GetMapping("/results.json")
    OpenData.Results json(ApiLanguage language) {
        return heavyWork.run(() -> openData.results(language.asked()));
    }

    @GetMapping("/results.csv")
    ResponseEntity<String> csv(ApiLanguage language) {
        String csv = heavyWork.run(() -> openData.csv(language.asked()));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("cityscore-results.csv")
                                .build()
                                .toString())
                .body(csv);
    }

    @GetMapping("/data-dictionary")
    OpenData.Dictionary dictionary(ApiLanguage language) {
        return openData.dictionary(language.locale());
    }

    /**
     * {@code cityId}: leave this city out, as the public page of one of its results does. An unknown scorecard or
     * version has no published result: {@code {cities: 0, shown: false}}.
     */
    @GetMapping("/benchmarks")
    Benchmark benchmarks(
            @RequestParam String scorecardId,
            @RequestParam String version,
            @RequestParam(required = false) Long cityId) {
        return heavyWork.run(() -> benchmarks.of(scorecardId, version, cityId));
    }
}
