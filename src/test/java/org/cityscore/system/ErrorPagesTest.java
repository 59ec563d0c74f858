package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityscore.support.CityscoreServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages that fail show the app's own error page over real HTTP, in the reader's language, with the status, a
 * sentence that says what to do and a link home; never Spring's Whitelabel page nor Tomcat's.
 */
@CityscoreServerTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    HttpClient browser;

    @BeforeEach
    void browser() {
        browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Test
    void anUnknownScorecardIsA404PageInEnglishAndChinese() throws Exception {
        expectPage("/scorecards/no-such-card", "en", 404, "Error 404", "This page or assessment does not exist");
        expectPage("/scorecards/no-such-card", "zh-CN", 404, "错误 404", "此页面或评估不存在");
    }

    @Test
    void aTrainersPageWithAnUnknownIdOrAMistypedParameterSaysSo() throws Exception {
        signIn();
        expectPage("/assessments/999999", "en", 404, "Error 404", "does not exist");
        expectPage("/workshops/999999", "zh", 404, "错误 404", "此页面或评估不存在");
        expectPage("/compare?assessments=abc", "en", 400, "Error 400", "could not be understood");
        expectPage("/compare?assessments=abc&lang=zh", "en", 400, "错误 400", "无法理解此请求");
        expectPage("/assessments/1/finalize?lang=en", "en", 405, "Error 405", "cannot be used this way");
        HttpResponse<String> noCsrf = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/assessments/new?lang=zh"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "zh")
                        .POST(HttpRequest.BodyPublishers.ofString("city=X"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(noCsrf.body()).contains("错误 403", "此页面仅供培训师使用").doesNotContain("Whitelabel");
    }

    @Test
    void aPathTomcatRefusesGetsAPlainPageInTheReadersLanguage() throws Exception {
        RawHttp.Reply english =
                new RawHttp(port).send("GET", "/assessments/1%2F2", Map.of("Accept-Language", "en"), null);
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.contentType()).startsWith("text/html");
        assertThat(english.body())
                .contains("Error 400", "could not be understood", "href=\"/\"")
                .doesNotContain("Tomcat");
        RawHttp.Reply chinese =
                new RawHttp(port).send("GET", "/assessments/%00", Map.of("Accept-Language", "zh-CN,zh;q=0.9"), null);
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.body()).contains("错误 400", "无法理解此请求").doesNotContain("Tomcat");
    }

    /** The layout's page (its stylesheet and navigation), the status, the sentence and the way back home. */
    void expectPage(String path, String language, int status, String title, String sentence) throws Exception {
        HttpResponse<String> page = get(path, language);
        assertThat(page.statusCode()).as(path).isEqualTo(status);
        assertThat(page.body())
                .contains("/css/cityscore.css", title, sentence)
                .containsPattern("href=\"/(;jsessionid=[^\"]*)?\"")
                .doesNotContain("Whitelabel")
                .doesNotContain("Tomcat")
                .doesNotContain("\"errors\"");
    }

    HttpResponse<String> get(String path, String language) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .header("Accept-Language", language)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    void signIn() throws Exception {
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                .matcher(get("/login", "en").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=trainer&password=trainer-test-password&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }
}
