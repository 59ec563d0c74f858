package org.cityscore.workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client for tests and the load benchmark: what a participant's phone or a script sends. */
public final class WorkshopHttpClient {

    /** A status and a parsed body. */
    public record Reply(int status, JsonNode body) {}

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;
    private final String trainerAuthorization;

    public WorkshopHttpClient(String base, String trainer, String password) {
        this.base = base;
        this.trainerAuthorization = "Basic "
                + Base64.getEncoder().encodeToString((trainer + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Reply asTrainer(String method, String path, String body) {
        return send(method, path, body, trainerAuthorization);
    }

    public Reply asParticipant(String token, String method, String path, String body) {
        return send(method, path, body, "Bearer " + token);
    }

    public Reply anonymous(String method, String path, String body) {
        return send(method, path, body, null);
    }

    private Reply send(String method, String path, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Reply(response.statusCode(), text == null || text.isBlank() ? null : json.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
