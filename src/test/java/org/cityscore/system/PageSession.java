package org.cityscore.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cityscore.support.AppProcess;

/** A browser's session on the pages: a cookie jar, the CSRF token of the last page, form posts; no redirect followed. */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\"\\s+content=\"([^\"]+)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private final Ledger ledger;
    private String csrf;

    PageSession(String base, Ledger ledger) {
        this.base = base;
        this.ledger = ledger;
    }

    /** Signs the trainer in through the login form; true when the app let them in. */
    boolean signIn() {
        get("/login");
        Exchange login = post("/login", Map.of("username", AppProcess.USER, "password", AppProcess.PASSWORD));
        String location = login.header("Location");
        return login.status() == 302 && location != null && !location.contains("error");
    }

    Exchange get(String path) {
        Exchange page = send(HttpRequest.newBuilder(URI.create(base + path)).GET(), null);
        Matcher token = CSRF.matcher(page.body() == null ? "" : page.body());
        Matcher field = CSRF_FIELD.matcher(page.body() == null ? "" : page.body());
        if (token.find()) {
            csrf = token.group(1);
        } else if (field.find()) {
            csrf = field.group(1);
        }
        return page;
    }

    /** Posts a form with the CSRF token of the last page shown. */
    Exchange post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                fields.toString());
    }

    private Exchange send(HttpRequest.Builder request, String described) {
        return ledger.record(HostileHttp.exchange(
                http,
                request.timeout(Duration.ofMinutes(1))
                        .header("Accept", "text/html")
                        .build(),
                described));
    }
}
