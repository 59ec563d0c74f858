package org.cityscore.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar over real HTTP, for apps on this machine: cookies do not depend on the port, so the same
 * session cookie goes to every node (as behind a proxy), and to a node started again on another port. Keeps the
 * CSRF token of the last page; follows no redirect.
 */
final class SignedInBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\"\\s+content=\"([^\"]+)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String csrf;

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(url)).GET());
        Matcher token = CSRF.matcher(page.body());
        Matcher field = CSRF_FIELD.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1);
        } else if (field.find()) {
            csrf = field.group(1);
        }
        return page;
    }

    /** Posts a form with the CSRF token of the last page shown (on whichever node it came from). */
    HttpResponse<String> post(String url, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the form of the app at this address; true when it let the person in. */
    boolean signIn(String base, String username, String password) throws IOException, InterruptedException {
        get(base + "/login");
        HttpResponse<String> login = post(base + "/login", Map.of("username", username, "password", password));
        String location = login.headers().firstValue("Location").orElse("");
        return login.statusCode() == 302 && !location.contains("error") && !location.contains("locked");
    }

    /** Whether the app at this address shows its home page to this browser (else it sends it to sign in). */
    boolean isSignedIn(String base) throws IOException, InterruptedException {
        return get(base + "/").statusCode() == 200;
    }

    /** The value of this cookie in the jar; null when there is none. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(
                request.timeout(Duration.ofMinutes(1))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
