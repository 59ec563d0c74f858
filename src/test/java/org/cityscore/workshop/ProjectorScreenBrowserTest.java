package org.cityscore.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cityscore.Browsers;
import org.cityscore.support.CityscoreServerTest;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The projector screen as the room sees it at 1280×720: the join code and the QR code whole on the screen, no
 * navigation; in results mode, answers given through the API appear after the page refreshes itself.
 */
@SlowTest
@CityscoreServerTest
class ProjectorScreenBrowserTest {

    @LocalServerPort
    int port;

    WorkshopHttpClient client;
    WebDriver trainer;

    @BeforeEach
    void client() {
        client = new WorkshopHttpClient("http://localhost:" + port, "trainer", "trainer-test-password");
    }

    @AfterEach
    void quit() {
        Browsers.quit(trainer);
    }

    @Test
    void joinModeFitsTheProjectorAndResultsModeShowsAnswersAsTheyArrive() {
        long assessment = client.asTrainer(
                        "POST",
                        "/api/assessments",
                        "{\"scorecardId\":\"undrr-preliminary\",\"city\":\"Nairobi\",\"year\":2025}")
                .body()
                .get("id")
                .asLong();
        JsonNode workshop = client.asTrainer("POST", "/api/assessments/" + assessment + "/workshops", null)
                .body();
        long wid = workshop.get("workshopId").asLong();
        String code = workshop.get("joinCode").asString();

        trainer = Browsers.start("1280,720");
        projectorViewport(1280, 720);
        Browsers.signInAsTrainer(trainer, port);
        trainer.get("http://localhost:" + port + "/workshops/" + wid + "/screen?lang=en");
        wait(trainer).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".screen-code")));
        assertThat(trainer.findElement(By.cssSelector(".screen-code")).getText())
                .isEqualTo(code);
        assertWhollyOnScreen(By.cssSelector(".screen-code"));
        assertWhollyOnScreen(By.cssSelector(".screen-qr svg"));
        assertThat(trainer.findElements(By.cssSelector("nav, .site-header, .tabs")))
                .isEmpty();
        // opened as localhost: the machine's own addresses are offered, and one of them switches the join address
        assertThat(trainer.findElement(By.cssSelector(".screen-warning")).getText())
                .contains("works only on this computer");
        Browsers.screenshot(trainer, "screen-join-en");
        List<WebElement> addresses = trainer.findElements(By.cssSelector(".screen-addresses a"));
        String host = null;
        if (!addresses.isEmpty()) {
            host = addresses.get(0).getText();
            addresses.get(0).click();
            wait(trainer)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".screen-url"), host));
            assertThat(trainer.findElements(By.cssSelector(".screen-warning"))).isEmpty();
            assertWhollyOnScreen(By.cssSelector(".screen-code"));
            assertWhollyOnScreen(By.cssSelector(".screen-qr svg"));
        }

        trainer.findElement(By.cssSelector(".screen-switch a")).click();
        wait(trainer).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".screen-results")));
        if (host != null) {
            assertThat(trainer.getCurrentUrl()).contains("host=" + host);
        }
        assertThat(answered("P1.1")).isEqualTo("0 answered");
        Map<String, Integer> levels = Map.of("Ana", 1, "Ben", 2, "Chi", 2);
        levels.forEach((name, level) -> answer(wid, join(code, name), "P1.1", level));
        new WebDriverWait(trainer, Duration.ofSeconds(20))
                .until(browser -> answered("P1.1").equals("3 answered"));
        assertThat(trainer.findElement(indicator("P1.1")).getText()).contains("Median: 2.0");
        assertThat(trainer.getPageSource()).doesNotContain("Ana").doesNotContain("Ben");
        Browsers.screenshot(trainer, "screen-results-en");
        if (host != null) {
            trainer.findElement(By.cssSelector(".screen-chooser a")).click();
            wait(trainer)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".screen-url"), host));
        }
    }

    /** The window grown by its own frame, so that the page itself gets the projector's 1280×720. */
    private void projectorViewport(int width, int height) {
        JavascriptExecutor page = (JavascriptExecutor) trainer;
        long frameWidth = ((Number) page.executeScript("return window.outerWidth - window.innerWidth;")).longValue();
        long frameHeight = ((Number) page.executeScript("return window.outerHeight - window.innerHeight;")).longValue();
        trainer.manage().window().setSize(new Dimension(width + (int) frameWidth, height + (int) frameHeight));
        assertThat(page.executeScript("return window.innerWidth + 'x' + window.innerHeight;"))
                .isEqualTo(width + "x" + height);
    }

    /** The element's box lies inside the window: nothing of it cut off by the projector's edge. */
    private void assertWhollyOnScreen(By locator) {
        WebElement element = trainer.findElement(locator);
        assertThat(element.isDisplayed()).isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) ((JavascriptExecutor) trainer)
                .executeScript(
                        "var r = arguments[0].getBoundingClientRect();"
                                + "return {left: r.left, top: r.top, right: r.right, bottom: r.bottom,"
                                + " width: window.innerWidth, height: window.innerHeight};",
                        element);
        assertThat(box.get("left").doubleValue()).as(locator + " left").isGreaterThanOrEqualTo(0);
        assertThat(box.get("top").doubleValue()).as(locator + " top").isGreaterThanOrEqualTo(0);
        assertThat(box.get("right").doubleValue())
                .as(locator + " right")
                .isLessThanOrEqualTo(box.get("width").doubleValue());
        assertThat(box.get("bottom").doubleValue())
                .as(locator + " bottom, in " + box)
                .isLessThanOrEqualTo(box.get("height").doubleValue());
    }

    private static By indicator(String code) {
        return By.xpath("//section[contains(@class,'screen-indicator')][.//code[text()='" + code + "']]");
    }

    private String answered(String code) {
        return trainer.findElement(indicator(code))
                .findElement(By.cssSelector(".screen-answered"))
                .getText();
    }

    private String join(String code, String name) {
        WorkshopHttpClient.Reply joined = client.anonymous(
                "POST", "/api/workshops/join", "{\"joinCode\":\"" + code + "\",\"name\":\"" + name + "\"}");
        assertThat(joined.status()).isEqualTo(201);
        return joined.body().get("token").asString();
    }

    private void answer(long wid, String token, String indicator, int level) {
        WorkshopHttpClient.Reply reply = client.asParticipant(
                token, "PUT", "/api/workshops/" + wid + "/answers/" + indicator, "{\"level\": " + level + "}");
        assertThat(reply.status()).isEqualTo(200);
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }
}
