package org.cityscore.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cityscore.Browsers;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.support.CityscoreServerTest;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A participant's phone loses the connection: the answers given meanwhile wait in the browser, the page says how many,
 * and they are all stored, each once, when the connection is back (Chromium's own network emulation, through the
 * DevTools protocol).
 */
@SlowTest
@CityscoreServerTest
class OfflineAnswersBrowserTest {

    private static final List<String> E2 = List.of("P2.1", "P2.2", "P2.3", "P2.4", "P2.5");

    @LocalServerPort
    int port;

    @Autowired
    AssessmentService assessments;

    @Autowired
    WorkshopService workshops;

    @Autowired
    JdbcClient jdbc;

    WebDriver phone;

    @AfterEach
    void quit() {
        Browsers.quit(phone);
    }

    @Test
    void fiveAnswersGivenOfflineAreSentWhenTheConnectionIsBackEachOnce() {
        Workshop workshop = workshops.open(assessment());
        phone = Browsers.start("360,740");
        // headless Chromium keeps windows at least 500 pixels wide: the phone's width comes from the DevTools
        ((ChromeDriver) phone)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", false));
        join(phone, workshop);
        phone.get(url("/workshop/categories/E2?lang=en"));

        network(phone, false);
        for (int i = 0; i < E2.size(); i++) {
            level(phone, E2.get(i), i % 4);
        }
        wait(phone, 15)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".outbox-status"), "5 answers waiting to be sent"));
        assertThat(answerRows(workshop.id())).as("nothing reached the server").isZero();
        assertThat(((JavascriptExecutor) phone)
                        .executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling on a 360-pixel phone")
                .isEqualTo(true);
        Browsers.screenshot(phone, "workshop-participant-offline");

        network(phone, true);
        wait(phone, 60)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".outbox-status"), "All saved"));

        assertThat(answerRows(workshop.id())).as("five rows, none twice").isEqualTo(5);
        Map<String, Integer> levels = new TreeMap<>();
        jdbc.sql("""
                        select a.indicator_code, a.level from workshop_answer a join participant p on p.id = a.participant_id
                        where p.workshop_id = ?""")
                .param(workshop.id())
                .query((row, n) -> levels.put(row.getString(1), row.getInt(2)))
                .list();
        workshops.summary(workshop.id()).indicators().stream()
                .filter(indicator -> E2.contains(indicator.code()))
                .forEach(indicator -> assertThat(indicator.counts().values().stream()
                                .mapToInt(Integer::intValue)
                                .sum())
                        .as(indicator.code())
                        .isEqualTo(1));
        assertThat(((JavascriptExecutor) phone).executeScript("return localStorage.length"))
                .as("the outbox is empty")
                .isEqualTo(0L);
    }

    @Test
    void answersWaitingWhenTheSessionEndsAreKeptAndSentAfterJoiningAgain() {
        Workshop workshop = workshops.open(assessment());
        phone = Browsers.start("360,740");
        join(phone, workshop);
        phone.get(url("/workshop/categories/E2?lang=en"));
        network(phone, false);
        level(phone, "P2.1", 1);
        level(phone, "P2.2", 2);
        wait(phone, 15)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".outbox-status"), "2 answers waiting to be sent"));

        phone.manage().deleteCookieNamed("JSESSIONID");
        network(phone, true);
        wait(phone, 60)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".outbox-status"), "you are no longer signed in"));
        assertThat(answerRows(workshop.id())).isZero();

        // the come-back cookie brings the same participant in again, and their page sends what waited
        phone.get(url("/join?lang=en"));
        wait(phone, 15).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".participant-list")));
        phone.get(url("/workshop/categories/E2?lang=en"));
        wait(phone, 30)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".outbox-status"), "All saved"));
        assertThat(answerRows(workshop.id())).isEqualTo(2);
        assertThat(phone.findElement(By.cssSelector("input[name='level:P2.2'][value='2']"))
                        .isSelected())
                .isTrue();
    }

    @Test
    void anAssessmentAnswerWhoseReplyWasLostIsSentAgainAndStoredOnce() {
        long id = assessment();
        // the first try reached the server; its reply never came back, so the outbox still holds it (version 0)
        assessments.respond(id, "P1.1", level(2), 0, "trainer");
        phone = Browsers.start("1280,900");
        Browsers.signInAsTrainer(phone, port);
        phone.get(url("/assessments/" + id + "/categories/E1?lang=en"));
        ((JavascriptExecutor) phone)
                .executeScript(
                        "localStorage.setItem(arguments[0], arguments[1])",
                        "cityscore-outbox-a" + id + "-trainer",
                        "[" + entry("P1.1", 2) + "," + entry("P1.2", 1) + "]");
        phone.navigate().refresh();
        wait(phone, 30)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".outbox-status"), "All saved"));

        assertThat(assessments.history(id, "P1.1")).as("stored once, not twice").hasSize(1);
        assertThat(assessments.history(id, "P1.2")).hasSize(1);
        assertThat(assessments.response(id, "P1.2").level()).isEqualTo(1);
        assertThat(phone.findElement(By.cssSelector("#ind-P1-1 .save-status")).getText())
                .isEqualTo("Saved");
        assertThat(phone.findElement(By.name("version:P1.1")).getDomProperty("value"))
                .isEqualTo("1");
    }

    private static String entry(String code, int level) {
        return "{\"id\":\"" + code + "\",\"code\":\"" + code + "\",\"payload\":{\"level\":" + level
                + ",\"value\":null,\"notApplicable\":false,\"comment\":null,\"evidence\":null,\"action\":null,"
                + "\"responsible\":null,\"timescale\":null,\"version\":0,\"author\":null}}";
    }

    private static ResponseValue level(int level) {
        return new ResponseValue(level, null, false, null, null, null, null, null);
    }

    private void join(WebDriver browser, Workshop workshop) {
        browser.get(url("/join?lang=en&code=" + workshop.joinCode()));
        browser.findElement(By.id("name")).sendKeys("Chea Sophal");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        wait(browser, 15).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".participant-list")));
    }

    private static void level(WebDriver browser, String code, int level) {
        Browsers.scrollTo(
                        browser,
                        By.xpath("//input[@name='level:" + code + "'][@value='" + level + "']/ancestor::label"))
                .click();
    }

    private long assessment() {
        return assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", "Siem Reap", "Cambodia", 2025, "Offline test", null),
                        false)
                .id();
    }

    private long answerRows(long workshopId) {
        return jdbc.sql("""
                        select count(*) from workshop_answer a join participant p on p.id = a.participant_id
                        where p.workshop_id = ?""").param(workshopId).query(Long.class).single();
    }

    /** Chromium's DevTools network emulation: offline as a phone without Wi-Fi, navigator.onLine included. */
    private static void network(WebDriver browser, boolean on) {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Network.emulateNetworkConditions",
                        Map.of(
                                "offline", !on,
                                "latency", 0,
                                "downloadThroughput", -1,
                                "uploadThroughput", -1));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait wait(WebDriver browser, int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }
}
