package org.cityscore.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cityscore.Browsers;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.support.CityscoreServerTest;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One trainer and two participants in three browsers: answers, the disagreement flag, the agreed level. */
@SlowTest
@CityscoreServerTest
class WorkshopBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentService assessments;

    WebDriver trainer;
    WebDriver first;
    WebDriver second;

    @AfterEach
    void quit() {
        Browsers.quit(trainer, first, second);
    }

    @Test
    void participantsDisagreeAndTheTrainerAgreesALevelThatTheResultsShow() {
        long id = assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", "凯里", "China", 2025, "Workshop test", null),
                        false)
                .id();
        trainer = Browsers.start("1280,1400");
        Browsers.signInAsTrainer(trainer, port);
        trainer.get(url("/assessments/" + id + "/workshops?lang=en"));
        trainer.findElement(By.cssSelector("form button[type=submit].button")).click();
        String code = wait(trainer)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".join-code")))
                .getText();
        assertThat(code).hasSize(8);

        first = Browsers.start("412,915");
        second = Browsers.start("412,915");
        join(first, code, "李明", "应急管理局");
        join(second, code, "Wang Fang", "Planning bureau");
        answer(first, 0, "没有减灾规划");
        answer(second, 3, "The master plan covers all ten Essentials");
        Browsers.screenshot(first, "workshop-participant-phone-zh");

        trainer.navigate().refresh();
        WebElement row = wait(trainer).until(ExpectedConditions.presenceOfElementLocated(By.id("agree-P1-1")));
        assertThat(row.getDomAttribute("class")).contains("flagged");
        assertThat(row.getText()).contains("Disagreement");
        assertThat(row.findElement(By.cssSelector("li[data-level='0'] .n")).getText())
                .isEqualTo("1");
        assertThat(row.findElement(By.cssSelector("li[data-level='3'] .n")).getText())
                .isEqualTo("1");
        assertThat(trainer.findElement(By.cssSelector(".participants")).getText())
                .contains("李明")
                .contains("Wang Fang");
        Browsers.screenshot(trainer, "workshop-trainer-en");

        new Select(row.findElement(By.name("level"))).selectByValue("2");
        row.findElement(By.name("rationale")).sendKeys("Plan adopted, not yet in the master plan");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        wait(trainer)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".flash"), "Agreed level recorded"));

        trainer.get(url("/assessments/" + id + "/results?lang=en"));
        assertThat(trainer.findElement(By.cssSelector(".points")).getText()).isEqualTo("2 / 141");
        WebElement p11 = trainer.findElement(
                By.xpath("//table[contains(@class,'indicator-table')]//tr[.//code[text()='P1.1']]"));
        assertThat(p11.getText()).contains("Plan making").contains("2").contains("67 %");
    }

    private void join(WebDriver browser, String code, String name, String department) {
        browser.get(url("/join?lang=zh&code=" + code));
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("department")).sendKeys(department);
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".participant-list")));
    }

    private void answer(WebDriver browser, int level, String comment) {
        browser.get(url("/workshop/categories/E1"));
        Browsers.scrollTo(browser, By.xpath("//input[@name='level:P1.1'][@value='" + level + "']/ancestor::label"))
                .click();
        Browsers.scrollTo(browser, By.name("comment:P1.1")).sendKeys(comment);
        Browsers.scrollTo(browser, By.cssSelector(".sticky-actions button[type=submit]"))
                .click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));
        assertThat(browser.findElement(By.cssSelector("input[name='level:P1.1'][value='" + level + "']"))
                        .isSelected())
                .isTrue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }
}
