package org.cityscore.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cityscore.Browsers;
import org.cityscore.support.CityscoreServerTest;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The trainer's live view keeps refreshing after an agreed-level field is changed and left without Agree. */
@SlowTest
@CityscoreServerTest
class WorkshopLiveBrowserTest {

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
    void aFieldChangedAndLeftDoesNotFreezeTheViewAndKeepsItsValue() {
        long assessment = client.asTrainer(
                        "POST",
                        "/api/assessments",
                        "{\"scorecardId\":\"undrr-preliminary\",\"city\":\"Kampala\",\"year\":2025}")
                .body()
                .get("id")
                .asLong();
        JsonNode workshop = client.asTrainer("POST", "/api/assessments/" + assessment + "/workshops", null)
                .body();
        long wid = workshop.get("workshopId").asLong();
        String code = workshop.get("joinCode").asString();
        answer(wid, join(code, "Amina"), "P1.1", 1);

        trainer = Browsers.start("1280,1400");
        Browsers.signInAsTrainer(trainer, port);
        trainer.get(url("/workshops/" + wid + "?lang=en"));
        wait(trainer).until(ExpectedConditions.textToBe(count("P1-1", 1), "1"));

        new Select(Browsers.scrollTo(trainer, By.id("level-P1-1"))).selectByValue("0");
        Browsers.scrollTo(trainer, By.id("live-status")).click(); // leave the field, no Agree
        assertThat(trainer.switchTo().activeElement().getTagName()).isNotEqualTo("select");

        answer(wid, join(code, "Bakari"), "P1.1", 3);
        answer(wid, join(code, "Chen"), "P1.2", 0);
        wait(trainer).until(ExpectedConditions.textToBe(count("P1-1", 3), "1"));
        wait(trainer).until(ExpectedConditions.textToBe(count("P1-2", 0), "1"));
        assertThat(trainer.findElement(By.cssSelector(".participants")).getText())
                .contains("Bakari")
                .contains("Chen");
        // the unsaved choice survived the refreshes and is named in the status line
        assertThat(new Select(trainer.findElement(By.id("level-P1-1")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("0");
        assertThat(trainer.findElement(By.id("live-status")).getText())
                .contains("Updated")
                .contains("s ago")
                .contains("P1.1");

        // a few more voices, then the filters: by category, disagreements only, not yet agreed
        String[] names = {"Dina", "Emeka", "Farah", "Gulnara"};
        String[][] codes = {{"P1.1", "P1.3", "P2.1"}, {"P1.2", "P2.1", "P2.2"}};
        for (int p = 0; p < names.length; p++) {
            String token = join(code, names[p]);
            for (String indicator : codes[p % 2]) {
                answer(wid, token, indicator, (p + indicator.length() + indicator.charAt(3)) % 4);
            }
        }
        wait(trainer)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".participants"), "Gulnara"));
        Browsers.scrollTo(trainer, By.id("live-status"));
        Browsers.screenshot(trainer, "workshop-live-en");

        new Select(trainer.findElement(By.id("filter-category"))).selectByValue("E2");
        assertThat(trainer.findElement(By.id("agree-P2-1")).isDisplayed()).isTrue();
        assertThat(trainer.findElement(By.id("agree-P1-1")).isDisplayed()).isFalse();
        new Select(trainer.findElement(By.id("filter-category"))).selectByValue("");
        trainer.findElement(By.id("filter-disagreements")).click();
        assertThat(trainer.findElement(By.id("agree-P1-1")).isDisplayed()).isTrue(); // levels 1 and 3
        assertThat(trainer.findElement(By.id("agree-P3-1")).isDisplayed()).isFalse();
        trainer.findElement(By.id("filter-disagreements")).click();
        trainer.findElement(By.id("filter-not-agreed")).click();
        assertThat(trainer.findElement(By.id("agree-P3-1")).isDisplayed()).isTrue();
        assertThat(client.asTrainer("PUT", "/api/workshops/" + wid + "/agreed/P3.1", "{\"level\": 2}")
                        .status())
                .isEqualTo(200);
        wait(trainer).until(ExpectedConditions.invisibilityOfElementLocated(By.id("agree-P3-1")));
        assertThat(trainer.findElement(By.id("agree-P1-1")).isDisplayed()).isTrue();
    }

    /** The visible count beside the bar of one level in an indicator's row. */
    private static By count(String rowId, int level) {
        return By.cssSelector("#agree-" + rowId + " li[data-level='" + level + "'] .n");
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }
}
