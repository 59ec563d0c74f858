package org.cityscore;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through real Chromium: create an assessment, answer three indicators, reload and find them kept, open the
 * results and see the category score. Needs Debian's chromium and chromium-driver (.ci/run installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cityscore.samples.load-on-empty=false")
class BrowserEndToEndTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;

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
        browser.findElement(By.cssSelector(".sticky-actions button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Saved."));

        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ind-RT1")));
        assertThat(levelInput("RT1", 3).isSelected()).isTrue();
        assertThat(levelInput("RT2", 2).isSelected()).isTrue();
        assertThat(browser.findElement(By.name("value:RT4")).getDomProperty("value")).isEqualTo("30");
        assertThat(browser.findElement(By.name("comment:RT1")).getDomProperty("value")).isEqualTo("Хотын стратеги 2024 онд батлагдсан");

        browser.findElement(By.linkText("Results")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".category-table")));
        // RT1 level 3 = 100 %, RT2 level 2 = 66.7 %, RT4 30 % reaches level 2 = 66.7 %: the mean is 77.8 %
        WebElement rethink = browser.findElement(By.xpath("//table[contains(@class,'category-table')]//tr[.//code[text()='rethink']]"));
        assertThat(rethink.getText()).contains("77.8 %").contains("3 of 4");
        assertThat(browser.findElement(By.cssSelector(".radar polygon.outline")).getDomAttribute("points")).isNotBlank();
        assertThat(browser.findElement(By.cssSelector(".score-box .big")).getText()).isEqualTo("77.8 %");
    }

    private void chooseLevel(String code, int level) {
        WebElement input = levelInput(code, level);
        Browsers.scrollTo(browser, By.xpath("//input[@name='level:" + code + "'][@value='" + level + "']/ancestor::label")).click();
        assertThat(input.isSelected()).isTrue();
    }

    private WebElement scrollTo(By locator) {
        return Browsers.scrollTo(browser, locator);
    }

    private WebElement levelInput(String code, int level) {
        return browser.findElement(By.cssSelector("input[name='level:" + code + "'][value='" + level + "']"));
    }
}
