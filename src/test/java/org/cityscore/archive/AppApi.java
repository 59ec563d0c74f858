package org.cityscore.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.cityscore.support.AppProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ArchiveScenario.Api} over real HTTP to an app in its own JVM: JSON as a person with a password (HTTP Basic)
 * or as a participant (bearer token), and the zips of a backup and an archive in and out.
 */
final class AppApi implements ArchiveScenario.Api {

    /** A status and the raw body. */
    record Download(int status, String contentType, byte[] body) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String authorization;

    private AppApi(String base, String username, String password) {
        this.base = base;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** As the app's first admin, {@link AppProcess#USER}. */
    static AppApi admin(AppProcess app) {
        return new AppApi(app.baseUrl(), AppProcess.USER, AppProcess.PASSWORD);
    }

    static AppApi as(AppProcess app, String username, String password) {
        return new AppApi(app.baseUrl(), username, password);
    }

    @Override
    public ArchiveScenario.Reply send(String method, String path, String json, String bearer) {
        HttpRequest request = request(path, bearer == null ? authorization : "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        return new ArchiveScenario.Reply(
                response.statusCode(), text == null || text.isBlank() ? null : JSON.readTree(text));
    }

    /** A request whose answer is a file: the backup ({@code POST}) or an archive ({@code GET}). */
    Download download(String method, String path) {
        HttpRequest request = request(path, authorization)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<byte[]> response = exchange(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Download(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** {@code POST /api/assessments/import-archive} with the zip as the multipart part {@code file}. */
    ArchiveScenario.Reply importArchive(byte[] zip) {
        String boundary = "----cityscore" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"archive.zip\""
                        + "\r\nContent-Type: application/zip\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(zip);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = request("/api/assessments/import-archive", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = response.body().isBlank() ? null : JSON.readTree(response.body());
        return new ArchiveScenario.Reply(response.statusCode(), parsed);
    }

    private HttpRequest.Builder request(String path, String authorization) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization);
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
