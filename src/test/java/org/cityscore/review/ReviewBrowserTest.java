package org.cityscore.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.cityscore.Browsers;
import org.cityscore.assessment.AssessmentReview;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.support.CityscoreServerTest;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through real Chromium: a returned assessment shows the reviewer's comment in the indicator's card, the city types
 * its reply and saves it, and the answer beside it is not saved by that typing. Makes docs/screenshots/review-entry-en.png.
 */
@SlowTest
@CityscoreServerTest
class ReviewBrowserTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentReview states;

    @Autowired
    ReviewService review;

    @BeforeAll
    static void startBrowser() {
        browser = Browsers.start("1280,900");
    }

    @AfterAll
    static void stopBrowser() {
        Browsers.quit(browser);
    }

    @Test
    void theCityRepliesBesideTheReviewersComment() {
        long id = assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", "Kaili", "China", 2025, "Baseline", null),
                        false)
                .id();
        assessments.respond(
                id,
                "P1.1",
                new ResponseValue(2, null, false, "Disaster risk plan adopted in 2023", null, null, null, null),
                0,
                "Ms Li");
        states.submit(id, "li.na");
        review.sendBack(
                id,
                List.of(new ReviewService.NewComment(
                        "P1.1",
                        "Level 2 needs a plan that names the responsible departments. Please attach the plan or"
                                + " explain who leads it.")),
                "Evidence missing for P1.1",
                "reviewer.wang");

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Browsers.signInAsTrainer(browser, port);
        browser.get("http://localhost:" + port + "/assessments/" + id + "/categories/E1?lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply-P1-1")));
        assertThat(browser.findElement(By.cssSelector("#ind-P1-1 .review-comment"))
                        .getText())
                .contains("Reviewer's comment")
                .contains("names the responsible departments")
                .contains("reviewer.wang");
        Browsers.scrollTo(browser, By.id("reply-P1-1"))
                .sendKeys("The plan of 2023 names the emergency office; it is attached as evidence now.");
        browser.findElement(By.cssSelector("#ind-P1-1 .review-comment button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Your reply is saved"));

        assertThat(review.latest(id).get("P1.1").reply()).startsWith("The plan of 2023");
        assertThat(assessments.response(id, "P1.1").version()).isEqualTo(1);
        assertThat(browser.findElement(By.id("reply-P1-1")).getDomProperty("value"))
                .startsWith("The plan of 2023");
        ((JavascriptExecutor) browser)
                .executeScript(
                        "document.getElementById('ind-P1-1').scrollIntoView({block: 'start'}); window.scrollBy(0, -90)");
        Browsers.screenshot(browser, "review-entry-en");
    }

    /** The reviewer's page of an assessment in review, and the results page once another trainer approved it. */
    @Test
    void theReviewerReadsTheAnswersAndApproves() {
        long id = assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", "Kaili", "China", 2026, "Second year", null),
                        false)
                .id();
        assessments.respond(
                id,
                "P1.1",
                new ResponseValue(3, null, false, "Plan of 2025 names every department", null, null, null, null),
                0,
                "Ms Li");
        states.submit(id, "li.na");

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Browsers.signInAsTrainer(browser, port);
        browser.get("http://localhost:" + port + "/assessments/" + id + "/review?lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment-P1-1")));
        Browsers.screenshot(browser, "review-page-en");
        browser.findElement(By.cssSelector("form[action$='/approve'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "approved"));
        browser.get("http://localhost:" + port + "/assessments/" + id + "/results?lang=en");
        assertThat(browser.findElement(By.cssSelector(".sign-off")).getText()).startsWith("Approved by trainer on ");
        Browsers.screenshot(browser, "review-results-en");
    }
}
