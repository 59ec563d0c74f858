package org.cityscore.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.cityscore.Browsers;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.support.CityscoreServerTest;
import org.cityscore.support.SlowTest;
import org.cityscore.system.Reader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Through real Chromium: an action planned from an indicator with the form prefilled from the answer, and an update
 * of an action from 2023 recorded on the 2025 entry page while an answer holds text not saved yet; both are kept.
 * Makes docs/screenshots/action-plan-form-en.png and action-update-en.png.
 */
@SlowTest
@CityscoreServerTest
class ActionFromIndicatorBrowserTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ActionService actions;

    @BeforeAll
    static void startBrowser() {
        browser = Browsers.start("1280,900");
    }

    @AfterAll
    static void stopBrowser() {
        Browsers.quit(browser);
    }

    private static <T> T asAdmin(Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "trainer", null, AuthorityUtils.createAuthorityList(Reader.ADMIN)));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Assessment assessment(int year, String title) {
        return asAdmin(() -> assessments.create(
                new AssessmentService.NewAssessment("undrr-preliminary", "Xiamen", "China", year, title, null), false));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @Test
    void anActionIsPlannedFromTheAnswersActionPlan() {
        Assessment of2023 = assessment(2023, "Baseline");
        asAdmin(() -> assessments.respond(
                of2023.id(),
                "P1.1",
                new ResponseValue(
                        2,
                        null,
                        false,
                        null,
                        null,
                        "Map the flood zones of every district\nStart with the districts along the river.",
                        "Water Resources Bureau",
                        "2025-06"),
                0,
                "Ms Li"));
        Browsers.signInAsTrainer(browser, port);
        browser.get("http://localhost:" + port + "/assessments/" + of2023.id() + "/categories/E1?lang=en");
        Browsers.scrollTo(browser, By.cssSelector("#ind-P1-1 a.plan-action")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("plan-title")));
        assertThat(browser.findElement(By.id("plan-title")).getDomProperty("value"))
                .isEqualTo("Map the flood zones of every district");
        assertThat(browser.findElement(By.id("plan-due")).getDomProperty("value"))
                .isEqualTo("2025-06-30");
        browser.findElement(By.id("plan-lead")).sendKeys("Wang Fang");
        ((JavascriptExecutor) browser)
                .executeScript("document.querySelector('main h2').scrollIntoView({block: 'start'})");
        Browsers.screenshot(browser, "action-plan-form-en");

        Browsers.scrollTo(browser, By.cssSelector("form.stack button[type=submit]"))
                .click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "planned"));
        assertThat(browser.getCurrentUrl()).endsWith("/categories/E1#ind-P1-1");
        assertThat(browser.findElements(By.cssSelector("#ind-P1-1 .made-action")).stream()
                        .map(WebElement::getText))
                .contains("Action planned here, planned, due 2025-06-30: Map the flood zones of every district");
        browser.get("http://localhost:" + port + "/assessments/" + of2023.id() + "/results?lang=en#ind-P1-1");
        Browsers.screenshot(browser, "action-results-en");
    }

    @Test
    void anUpdateIsRecordedWhileAnAnswerWaitsToBeSaved() {
        Assessment of2023 = assessment(2023, "Baseline");
        long action = asAdmin(() -> actions.create(
                        of2023.cityId(),
                        new ActionService.Draft(
                                "undrr-preliminary",
                                List.of("P1.1"),
                                "Map flood zones of the river districts",
                                null,
                                "Water Resources Bureau",
                                "Wang Fang",
                                "2025-06-30",
                                null,
                                of2023.id()))
                .id());
        long of2025 = assessment(2025, "Second year").id();
        Browsers.signInAsTrainer(browser, port);
        browser.get("http://localhost:" + port + "/assessments/" + of2025 + "/categories/E1?lang=en");
        String form = "update-" + action + "-P1-1";
        Browsers.scrollTo(browser, By.cssSelector("#ind-P1-1 [data-action='" + action + "'] .action-update summary"))
                .click();
        new Select(browser.findElement(By.id(form + "-status"))).selectByValue("in_progress");
        browser.findElement(By.id(form + "-note")).sendKeys("Survey of the northern districts begun in March.");
        ((JavascriptExecutor) browser)
                .executeScript(
                        "document.getElementById('ind-P1-1').scrollIntoView({block: 'start'}); window.scrollBy(0, -90)");
        Browsers.screenshot(browser, "action-update-en");
        // the answer is typed last, so that the update is sent while the answer still waits for its autosave
        WebElement comment = Browsers.scrollTo(browser, By.id("comment-P1-1"));
        String typed = "The 2023 plan names the emergency office; the flood map is half done.";
        comment.sendKeys(typed);
        browser.findElement(By.cssSelector("button[form='" + form + "']")).click();

        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(form + "-result"), "Update recorded."));
        assertThat(browser.getCurrentUrl()).contains("/assessments/" + of2025 + "/categories/E1");
        assertThat(comment.getDomProperty("value")).isEqualTo(typed);
        assertThat(browser.findElement(By.cssSelector("#ind-P1-1 [data-action='" + action + "'] .carried-line"))
                        .getText())
                .isEqualTo("Action from 2023, in progress, due 2025-06: Map flood zones of the river districts");
        assertThat(browser.findElement(By.id(form + "-note")).getDomProperty("value"))
                .isEmpty();
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#ind-P1-1 .save-status"), "Saved"));

        assertThat(asAdmin(() -> assessments.response(of2025, "P1.1")).comment())
                .isEqualTo(typed);
        Action recorded = asAdmin(() -> actions.find(action));
        assertThat(recorded.status()).isEqualTo("in_progress");
        Action.Update last = recorded.updates().get(recorded.updates().size() - 1);
        assertThat(last.note()).isEqualTo("Survey of the northern districts begun in March.");
        assertThat(last.by()).isEqualTo("trainer");
    }
}
