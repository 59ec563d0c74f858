package org.cityscore.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.cityscore.Browsers;
import org.cityscore.scorecard.AuthoringWorkbooks;
import org.cityscore.scorecard.ScorecardCatalog;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin uploads an authoring workbook with five mistakes and sees them listed by cell, then the walkability card,
 * sees it as participants will fill it in English and Chinese, and publishes it.
 */
@SlowTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScorecardUploadBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AuthoringWorkbooks workbooks;

    @Autowired
    ScorecardCatalog catalog;

    WebDriver browser;

    @AfterEach
    void quit() {
        Browsers.quit(browser);
    }

    @Test
    void anAdminSeesTheProblemsByCellThenPreviewsAndPublishesACard() throws Exception {
        Path folder = Files.createTempDirectory("cityscore-authoring");
        Path broken = folder.resolve("shift-plus-city.xlsx");
        Files.write(
                broken,
                AuthoringExamples.fiveMistakes(workbooks.export(
                                catalog.find("ecomobility-shift-plus").orElseThrow(), Locale.ENGLISH))
                        .bytes());
        Path walkability = folder.resolve("city-walkability.xlsx");
        Files.write(walkability, AuthoringExamples.walkability(workbooks.template(Locale.ENGLISH)));
        browser = Browsers.start("1280,900");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browsers.signInAsTrainer(browser, port);

        browser.get("http://localhost:" + port + "/admin/scorecards?lang=en");
        browser.findElement(By.id("file")).sendKeys(broken.toString());
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.problems")));
        assertThat(browser.findElements(By.cssSelector("table.problems tbody tr")))
                .hasSize(5);
        assertThat(browser.findElement(By.cssSelector("table.problems")).getText())
                .contains("levels!B");
        Browsers.screenshot(browser, "scorecard-upload-errors-en");

        browser.findElement(By.id("file")).sendKeys(walkability.toString());
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lang-zh")));
        assertThat(browser.findElement(By.id("lang-zh")).getText()).contains("主要街道是否有连续的人行道？");
        browser.manage().window().setSize(new Dimension(1280, 2300));
        Browsers.screenshot(browser, "scorecard-preview-en");
        browser.get("http://localhost:" + port + "/admin/scorecards?lang=zh");
        browser.findElement(By.id("file")).sendKeys(walkability.toString());
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lang-zh")));
        Browsers.screenshot(browser, "scorecard-preview-zh");
        browser.manage().window().setSize(new Dimension(1280, 900));

        browser.findElement(By.cssSelector("form.actions button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.flash")));
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("city-walkability.xlsx");
        Browsers.screenshot(browser, "scorecard-versions-en");
    }
}
