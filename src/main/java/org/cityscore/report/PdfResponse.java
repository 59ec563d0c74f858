package org.cityscore.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The HTTP answer carrying an assessment's PDF report, shown in the browser under a name that says which. */
public final class PdfResponse {

    private PdfResponse() {}

    public static ResponseEntity<byte[]> report(long assessmentId, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("cityscore-report-" + assessmentId + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
