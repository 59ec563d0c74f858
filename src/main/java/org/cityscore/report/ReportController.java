package org.cityscore.report;

import java.security.Principal;
import java.time.Instant;
import org.cityscore.system.HeavyWork;
import org.cityscore.system.TrainerAccounts;
import org.cityscore.system.TrainerProfile;
import org.cityscore.text.ApiLanguage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The PDF report, from the API (HTTP Basic) and from the results page (the trainer's session). */
@RestController
class ReportController {

    private final ReportService reports;
    private final HeavyWork heavyWork;
    private final TrainerAccounts trainers;

    ReportController(ReportService reports, HeavyWork heavyWork, TrainerAccounts trainers) {
        this.reports = reports;
        this.heavyWork = heavyWork;
        this.trainers = trainers;
    }

    @GetMapping({"/api/assessments/{id}/report.pdf", "/assessments/{id}/report.pdf"})
    ResponseEntity<byte[]> report(
            @PathVariable long id,
            ApiLanguage language,
            @RequestParam(required = false) Instant date,
            Principal trainer) {
        String preparedBy = trainer == null
                ? null
                : trainers.profile(trainer.getName())
                        .map(TrainerProfile::signature)
                        .orElse(trainer.getName());
        byte[] pdf = heavyWork.run(
                () -> reports.report(id, language.tag(), preparedBy, date == null ? Instant.now() : date));
        return PdfResponse.report(id, pdf);
    }
}
