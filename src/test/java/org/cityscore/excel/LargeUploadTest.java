package org.cityscore.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cityscore.support.CityscoreServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Uploads over real HTTP: a file over the 10 MB default limit gets 413, a million-row sheet a clear 422; nothing is stored. */
@CityscoreServerTest
class LargeUploadTest {

    @LocalServerPort
    int port;

    @Test
    void aFileOverTheLimitGets413() throws Exception {
        String before = assessments();
        HttpResponse<String> response = upload(new byte[11 * 1024 * 1024]);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than this Cityscore accepts");
        assertThat(assessments()).isEqualTo(before);
    }

    @Test
    void aSheetWithAMillionRowsIsRefusedWithoutLoadingIt() throws Exception {
        String before = assessments();
        HttpResponse<String> response = upload(millionRows());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("more than 10000 rows");
        assertThat(assessments()).isEqualTo(before);
    }

    String assessments() throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/api/assessments"))
                                .header("Authorization", basic())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    static byte[] millionRows() throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            var sheet = book.createSheet("Scores");
            for (int r = 0; r < 1_000_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    HttpResponse<String> upload(byte[] file) throws Exception {
        String boundary = "cityscore-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/assessments/import"))
                .header("Authorization", basic())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    String base() {
        return "http://localhost:" + port;
    }

    static String basic() {
        return "Basic "
                + Base64.getEncoder().encodeToString("trainer:trainer-test-password".getBytes(StandardCharsets.UTF_8));
    }
}
