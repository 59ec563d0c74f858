package org.cityscore.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.cityscore.Browsers;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sample city's page, then the compare view with one radar outline per year, each of which can be hidden. */
@SlowTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompareBrowserTest {

    @LocalServerPort
    int port;

    WebDriver browser;

    @AfterEach
    void quit() {
        Browsers.quit(browser);
    }

    @Test
    void theCompareViewShowsBothOutlines() {
        browser = Browsers.start("1280,1500");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Browsers.signInAsTrainer(browser, port);
        browser.get("http://localhost:" + port + "/cities/"
                + URLEncoder.encode("示例市 Example City", StandardCharsets.UTF_8).replace("+", "%20"));
        WebElement shift = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//form[.//h2[@data-scorecard='ecomobility-shift-plus']]")));
        assertThat(shift.findElement(By.cssSelector("svg.sparkline polyline")).getDomAttribute("points"))
                .contains(" ");
        Browsers.screenshot(browser, "city-en");
        Browsers.scrollTo(browser, By.xpath("//form[.//h2[@data-scorecard='ecomobility-shift-plus']]//button"))
                .click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare-radar")));
        List<WebElement> outlines = browser.findElements(By.cssSelector("#compare-radar polygon.series"));
        assertThat(outlines).hasSize(2);
        assertThat(outlines).allMatch(WebElement::isDisplayed);
        assertThat(browser.findElement(By.cssSelector(".compare-table")).getText())
                .contains("2023")
                .contains("2025")
                .contains("↑");
        Browsers.screenshot(browser, "compare-en");
        Browsers.scrollTo(browser, By.cssSelector("input[data-series='0']")).click();
        assertThat(browser.findElement(By.cssSelector("#compare-radar polygon.series-0"))
                        .isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.cssSelector("#compare-radar polygon.series-1"))
                        .isDisplayed())
                .isTrue();
        assertThat(shift).isNotNull();
    }
}
