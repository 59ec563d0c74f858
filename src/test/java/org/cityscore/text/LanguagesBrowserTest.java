package org.cityscore.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cityscore.Browsers;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sample data's home and UNDRR results pages in Japanese, Korean and Mongolian, in a real browser (screenshots
 * with {@code -Dcityscore.screenshots=docs/screenshots}): the page speaks the language, and says once that the
 * scorecard, which has no such texts, is shown in English.
 */
@SlowTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguagesBrowserTest {

    static final Map<String, String> NAV_ASSESSMENTS = Map.of("ja", "評価", "ko", "평가", "mn", "Үнэлгээ");

    @LocalServerPort
    int port;

    @Autowired
    AssessmentService assessments;

    WebDriver browser;

    @AfterEach
    void quit() {
        Browsers.quit(browser);
    }

    @Test
    void homeAndResultsInJapaneseKoreanAndMongolian() {
        long undrr = assessments.list(null, "undrr-preliminary", null).get(0).id();
        browser = Browsers.start("1280,900");
        Browsers.signInAsTrainer(browser, port);
        for (String language : List.of("ja", "ko", "mn")) {
            browser.get("http://localhost:" + port + "/?lang=" + language);
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                    .isEqualTo(language);
            assertThat(browser.findElement(By.cssSelector(".site-header nav")).getText())
                    .contains(NAV_ASSESSMENTS.get(language));
            Browsers.screenshot(browser, "home-" + language);
            browser.get("http://localhost:" + port + "/assessments/" + undrr + "/results");
            assertThat(browser.findElements(By.cssSelector("main > p.notice"))).hasSize(1);
            Browsers.screenshot(browser, "results-" + language);
        }
    }
}
