package org.cityscore.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.support.AppProcess;
import org.cityscore.workshop.WorkshopHttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a trainer's script sends to the app in its own JVM: JSON requests, and workbooks filled with POI and imported. */
final class TrainerScript {

    static final String SCORECARD = "undrr-preliminary";

    final WorkshopHttpClient client;
    private final String base;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();

    TrainerScript(AppProcess app) {
        base = app.baseUrl();
        client = new WorkshopHttpClient(base, AppProcess.USER, AppProcess.PASSWORD);
    }

    WorkshopHttpClient.Reply trainer(String method, String path, String body) {
        return client.asTrainer(method, path, body);
    }

    long createAssessment(String city) {
        WorkshopHttpClient.Reply created = trainer(
                "POST",
                "/api/assessments",
                "{\"scorecardId\":\"" + SCORECARD + "\",\"city\":\"" + city
                        + "\",\"country\":\"Testland\",\"year\":2025}");
        if (created.status() != 201) {
            throw new IllegalStateException(
                    "creating " + city + " answered " + created.status() + " " + created.body());
        }
        return created.body().get("id").asLong();
    }

    byte[] template() {
        return bytes(HttpRequest.newBuilder(URI.create(base + "/api/scorecards/" + SCORECARD + "/template.xlsx"))
                .build());
    }

    /** The template with city and year filled in and, per indicator code given, a level and a comment. */
    static byte[] filled(byte[] template, String city, Map<String, Integer> levels, Map<String, String> comments) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet scores = book.getSheet("Scores");
            scores.getRow(3).getCell(1).setCellValue(city); // the header rows: scorecard, version, city, country, year
            scores.getRow(5).getCell(1).setCellValue(2024);
            for (Row row : scores) {
                String code = row.getRowNum() >= 10 && row.getCell(1) != null
                        ? row.getCell(1).getStringCellValue()
                        : "";
                if (levels.containsKey(code)) {
                    row.getCell(4).setCellValue(levels.get(code));
                    row.getCell(8).setCellValue(comments.get(code));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POST /api/assessments/import as multipart/form-data. */
    WorkshopHttpClient.Reply importWorkbook(byte[] workbook) {
        String boundary = "----cityscore" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"filled.xlsx\"\r\n"
                                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(workbook);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/assessments/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("Authorization", basic())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
        return new WorkshopHttpClient.Reply(
                response.statusCode(), response.body().isBlank() ? null : json.readTree(response.body()));
    }

    /** A trainer's JSON request with its whole answer, headers included. */
    HttpResponse<String> exchange(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", basic())
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    JsonNode parse(String body) {
        return json.readTree(body);
    }

    private static String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((AppProcess.USER + ":" + AppProcess.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private byte[] bytes(HttpRequest request) {
        HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }
}
