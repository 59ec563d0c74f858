package org.cityscore.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.cityscore.support.AppProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What scripts and phones send over HTTP, every exchange recorded in a {@link Ledger}. */
final class HostileHttp {

    static final String TRAINER = "Basic "
            + Base64.getEncoder()
                    .encodeToString((AppProcess.USER + ":" + AppProcess.PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final Ledger ledger;

    HostileHttp(String base, Ledger ledger) {
        this.base = base;
        this.ledger = ledger;
    }

    Ledger ledger() {
        return ledger;
    }

    Exchange trainer(String method, String path, String json) {
        return json(method, path, json, TRAINER);
    }

    Exchange participant(String token, String method, String path, String json) {
        return json(method, path, json, "Bearer " + token);
    }

    Exchange anonymous(String method, String path, String json) {
        return json(method, path, json, null);
    }

    private Exchange json(String method, String path, String json, String authorization) {
        return send(
                method,
                path,
                json == null ? null : "application/json",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                json,
                authorization,
                false);
    }

    /** A multipart upload of one file (field {@code file}) and plain fields, as a browser or curl -F sends it. */
    Exchange upload(String path, String fileName, byte[] file, Map<String, String> fields, boolean queueMayRefuse) {
        String boundary = "----hostile" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 1024);
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                "POST",
                path,
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray(),
                "file " + fileName + " (" + file.length + " bytes) " + fields,
                TRAINER,
                queueMayRefuse);
    }

    Exchange send(
            String method,
            String path,
            String contentType,
            byte[] body,
            String described,
            String authorization,
            boolean queueMayRefuse) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(2))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return ledger.record(exchange(HTTP, request.build(), described), queueMayRefuse);
    }

    /** Sends the request and times it; no answer at all becomes an exchange with status 0. */
    static Exchange exchange(HttpClient client, HttpRequest request, String described) {
        String path = request.uri().getRawPath()
                + (request.uri().getRawQuery() == null
                        ? ""
                        : "?" + request.uri().getRawQuery());
        long start = System.nanoTime();
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Exchange(
                    request.method(),
                    path,
                    described,
                    response.statusCode(),
                    response.headers().map(),
                    response.body(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return Exchange.noAnswer(request.method(), path, described, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A download as a trainer, as bytes; anything but 200 fails the part at once, naming the request. */
    byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", TRAINER)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            ledger.record(new Exchange(
                    "GET",
                    path,
                    null,
                    response.statusCode(),
                    response.headers().map(),
                    "(" + response.body().length + " bytes)",
                    -1));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as JSON, or null when it is none. */
    static JsonNode body(Exchange exchange) {
        try {
            return exchange.body() == null || exchange.body().isBlank() ? null : JSON.readTree(exchange.body());
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** A JSON string literal of any text (quotes, backslashes, control characters and lone surrogates escaped). */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
