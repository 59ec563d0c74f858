package org.cityscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.support.CityscoreServerTest;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through real Chromium: create an assessment, answer three indicators, reload and find them kept, open the
 * results and see the category score; the entry page's script on values, counts and arrow keys. Needs Debian's chromium and chromium-driver (.ci/run installs them).
 */
@SlowTest
@CityscoreServerTest
class BrowserEndToEndTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    AssessmentService assessments;

    @BeforeAll
    static void startBrowser() {
        browser = Browsers.start("1200,1600");
    }

    @AfterAll
    static void stopBrowser() {
        Browsers.quit(browser);
    }

    @Test
    void createAnswerReloadAndSeeTheResults() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Browsers.signInAsTrainer(browser, port);
        browser.get("http://localhost:" + port + "/assessments/new?lang=en");
        new Select(browser.findElement(By.id("scorecardId"))).selectByValue("iclei-5rs");
        browser.findElement(By.id("city")).sendKeys("Улаанбаатар");
        WebElement year = browser.findElement(By.id("year"));
        year.clear();
        year.sendKeys("2025");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Assessment created"));
        browser.findElement(By.linkText("Fill in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ind-RT1")));

        chooseLevel("RT1", 3);
        chooseLevel("RT2", 2);
        scrollTo(By.name("value:RT4")).sendKeys("30");
        scrollTo(By.name("comment:RT1")).sendKeys("Хотын стратеги 2024 онд батлагдсан");
        browser.findElement(By.cssSelector(".sticky-actions button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Saved."));

        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ind-RT1")));
        assertThat(levelInput("RT1", 3).isSelected()).isTrue();
        assertThat(levelInput("RT2", 2).isSelected()).isTrue();
        assertThat(browser.findElement(By.name("value:RT4")).getDomProperty("value"))
                .isEqualTo("30");
        assertThat(browser.findElement(By.name("comment:RT1")).getDomProperty("value"))
                .isEqualTo("Хотын стратеги 2024 онд батлагдсан");

        browser.findElement(By.linkText("Results")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".category-table")));
        // RT1 level 3 = 100 %, RT2 level 2 = 66.7 %, RT4 30 % reaches level 2 = 66.7 %: the mean is 77.8 %
        WebElement rethink = browser.findElement(
                By.xpath("//table[contains(@class,'category-table')]//tr[.//code[text()='rethink']]"));
        assertThat(rethink.getText()).contains("77.8 %").contains("3 of 4");
        assertThat(browser.findElement(By.cssSelector(".radar polygon.outline")).getDomAttribute("points"))
                .isNotBlank();
        assertThat(browser.findElement(By.cssSelector(".score-box .big")).getText())
                .isEqualTo("77.8 %");
    }

    /**
     * The entry page's script: a stored measured value is shown, a non-number is refused in the page's language, the
     * category count follows each save, and arrow keys choose a level without wrapping and save once, on leaving.
     */
    @Test
    void theEntryPageKeepsValuesCountsAndKeyboardChoicesStraight() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        long id = assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "ecomobility-shift-plus", "Foshan", "China", 2025, null, null),
                        false)
                .id();
        assessments.respond(
                id,
                "P1",
                new ResponseValue(null, new BigDecimal("58.5"), false, null, null, null, null, null),
                0,
                "Ms Li");
        Browsers.signInAsTrainer(browser, port);
        browser.get("http://localhost:" + port + "/assessments/" + id + "/categories/P?lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ind-P1")));
        assertThat(browser.findElement(By.name("value:P1")).getDomProperty("value"))
                .isEqualTo("58.5");
        assertThat(browser.findElements(By.name("level:P1"))).isEmpty();
        assertThat(browser.findElement(By.id("ind-P1")).getText()).contains("Level reached: 3");
        assertThat(currentCount()).isEqualTo("1/5");

        scrollTo(By.name("value:P2")).sendKeys("about eight", Keys.TAB);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#ind-P2 .save-status"), "This is not a number."));
        assertThat(assessments.response(id, "P2")).isNull();
        WebElement p2 = browser.findElement(By.name("value:P2"));
        p2.clear();
        p2.sendKeys("8", Keys.TAB);
        // clearing the field may itself be saved (as no answer) and say "Saved" first: wait for the count instead
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".progress-list li.current .count"), "2/5"));
        assertThat(assessments.response(id, "P2").value()).isEqualByComparingTo("8");

        browser.get("http://localhost:" + port + "/assessments/" + id + "/categories/E?lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ind-E1")));
        WebElement noAnswer = browser.findElement(By.cssSelector("input[name='level:E1'][value='']"));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", noAnswer);
        new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(noAnswer.isSelected())
                .as("no wrap from 'no answer' to the highest level")
                .isTrue();
        new Actions(browser)
                .sendKeys(Keys.ARROW_UP)
                .pause(Duration.ofMillis(100))
                .sendKeys(Keys.ARROW_UP)
                .pause(Duration.ofMillis(600))
                .perform();
        assertThat(levelInput("E1", 2).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#ind-E1 .save-status")).getText())
                .startsWith("Chosen, not saved yet");
        assertThat(assessments.response(id, "E1"))
                .as("nothing saved while choosing")
                .isNull();
        new Actions(browser).sendKeys(Keys.TAB).perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#ind-E1 .save-status"), "Saved"));
        assertThat(assessments.response(id, "E1").level()).isEqualTo(2);
        assertThat(assessments.history(id, "E1"))
                .as("level 1, passed on the way, was never stored")
                .hasSize(1);
        assertThat(currentCount()).isEqualTo("1/6");
    }

    private String currentCount() {
        return browser.findElement(By.cssSelector(".progress-list li.current .count"))
                .getText();
    }

    private void chooseLevel(String code, int level) {
        WebElement input = levelInput(code, level);
        Browsers.scrollTo(
                        browser,
                        By.xpath("//input[@name='level:" + code + "'][@value='" + level + "']/ancestor::label"))
                .click();
        assertThat(input.isSelected()).isTrue();
    }

    private WebElement scrollTo(By locator) {
        return Browsers.scrollTo(browser, locator);
    }

    private WebElement levelInput(String code, int level) {
        return browser.findElement(By.cssSelector("input[name='level:" + code + "'][value='" + level + "']"));
    }
}
