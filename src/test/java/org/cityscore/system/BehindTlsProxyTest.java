package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.cityscore.support.CityscoreServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Over real HTTP, as a TLS proxy on this machine forwards it: with X-Forwarded-Proto: https cookies are Secure,
 * redirects stay on https and HSTS is sent, on pages and API; without it none of that, so a LAN over plain HTTP
 * keeps working. Referrer-Policy and SameSite always.
 */
@CityscoreServerTest
@TestPropertySource(properties = "spring.autoconfigure.exclude=") // the sessions in the database, as the app has them
class BehindTlsProxyTest {

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void overHttpsThroughTheProxyCookiesAreSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> login = send("/login?lang=zh", true);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(cookie(login, "JSESSIONID"))
                .contains("Secure")
                .containsIgnoringCase("SameSite=Lax")
                .contains("HttpOnly");
        assertThat(cookie(login, "cityscore-lang")).contains("Secure").contains("HttpOnly");

        HttpResponse<String> api = send("/api/scorecards", true);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void redirectsThroughTheProxyStayOnHttps() throws Exception {
        HttpResponse<String> home = send("/", true);
        assertThat(home.statusCode()).isEqualTo(302);
        String location = home.headers().firstValue("Location").orElseThrow();
        assertThat(location)
                .satisfiesAnyOf(
                        url -> assertThat(url).startsWith("https://"),
                        url -> assertThat(url).startsWith("/"));
        assertThat(location).endsWith("/login");
    }

    @Test
    void overPlainHttpNothingIsMarkedSecure() throws Exception {
        HttpResponse<String> login = send("/login?lang=zh", false);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(cookie(login, "JSESSIONID")).doesNotContain("Secure").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie(login, "cityscore-lang")).doesNotContain("Secure").contains("HttpOnly");
        assertThat(send("/", false).headers().firstValue("Location"))
                .hasValueSatisfying(url -> assertThat(url).doesNotStartWith("https"));
    }

    HttpResponse<String> send(String path, boolean forwardedHttps) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (forwardedHttps) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String cookie(HttpResponse<?> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(cookie -> cookie.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + cookies));
    }
}
