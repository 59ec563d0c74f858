package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cityscore.Browsers;
import org.cityscore.action.ActionService;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every page on a 360-pixel-wide phone: none scrolls sideways (wide tables scroll inside their own box). */
@SlowTest
@CityscoreServerTest
class PhoneWidthBrowserTest {

    /**
     * The outermost elements that reach past the window's right edge (outside boxes that scroll by themselves), to
     * name in the failure.
     */
    private static final String OUTERMOST_TOO_WIDE = """
            const past = e => e.getBoundingClientRect().right > window.innerWidth + 0.5;
            const scrolls = e => e && e !== document.body
                && (getComputedStyle(e).overflowX !== 'visible' || scrolls(e.parentElement));
            return [...document.querySelectorAll('body *')]
                .filter(e => past(e) && !past(e.parentElement) && !scrolls(e.parentElement))
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : ''))
                .slice(0, 4).join(' ');
            """;

    @LocalServerPort
    int port;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ActionService actions;

    WebDriver trainer;
    WebDriver participant;

    @AfterEach
    void quit() {
        Browsers.quit(trainer, participant);
    }

    @Test
    void noPageIsWiderThanAPhone() {
        long earlier = answered(2023, 1);
        carriedFrom(earlier);
        long id = answered(2025, 3);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("login", "/login?lang=en");
        trainer = phone();
        List<String> tooWide = new ArrayList<>(widths(trainer, pages));
        Browsers.signInAsTrainer(trainer, port);

        trainer.get(url("/assessments/" + id + "/workshops?lang=en"));
        Browsers.scrollTo(trainer, By.cssSelector("form button[type=submit].button"))
                .click();
        String code = wait(trainer)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".join-code")))
                .getText();
        String trainerPage = trainer.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");

        pages.clear();
        pages.put("home", "/?lang=en");
        pages.put("home zh", "/?lang=zh");
        pages.put("new assessment", "/assessments/new?lang=en");
        pages.put("overview", "/assessments/" + id + "?lang=en");
        pages.put("entry", "/assessments/" + id + "/categories/E1?lang=en");
        pages.put("results", "/assessments/" + id + "/results?lang=en");
        pages.put("results zh", "/assessments/" + id + "/results?lang=zh");
        pages.put("history", "/assessments/" + id + "/indicators/P1.1/history?lang=en");
        pages.put("plan an action", "/assessments/" + id + "/indicators/P1.1/actions/new?lang=en");
        pages.put("edit", "/assessments/" + id + "/edit?lang=en");
        pages.put("workshops list", "/assessments/" + id + "/workshops?lang=en");
        pages.put("trainer's workshop page", trainerPage + (trainerPage.contains("?") ? "&" : "?") + "lang=en");
        pages.put("city page", "/cities?name=Kaili&lang=en");
        pages.put("compare", "/compare?assessments=" + earlier + "&assessments=" + id + "&lang=en");
        pages.put("scorecards", "/scorecards?lang=en");
        pages.put("scorecard detail", "/scorecards/undrr-preliminary?lang=en");
        pages.put("import", "/assessments/import?lang=en");
        pages.put("account", "/account?lang=en");
        pages.put("people", "/people?lang=en");
        pages.put("person", "/people/trainer?lang=en");
        pages.put("cities", "/cities?lang=en");
        pages.put("audit", "/audit?lang=en");
        pages.put("error page", "/assessments/999999?lang=en");
        tooWide.addAll(widths(trainer, pages));
        // the entry page with the update form of the action carried over from 2023 open
        trainer.get(url("/assessments/" + id + "/categories/E1?lang=en"));
        Browsers.scrollTo(trainer, By.cssSelector(".action-update summary")).click();
        tooWide.addAll(tooWide(trainer, "entry with an action's update form open"));
        // a title that wraps on a phone keeps its status badge in one piece
        long longTitle = answered("Xishuangbanna Dai Autonomous Prefecture", 2025, 2);
        trainer.get(url("/assessments/" + longTitle + "/categories/E1?lang=zh"));
        assertThat((Boolean) ((JavascriptExecutor) trainer).executeScript("""
                                const badge = document.querySelector('h1 .status');
                                const size = parseFloat(getComputedStyle(badge).fontSize);
                                return badge.getClientRects().length === 1
                                    && badge.getBoundingClientRect().height < 2 * size;
                                """))
                .as("the status badge of a wrapped title on one line")
                .isTrue();
        trainer.get(url("/?lang=en"));
        Browsers.screenshot(trainer, "phone-home-en");
        trainer.get(url("/assessments/" + id + "/results?lang=zh"));
        Browsers.screenshot(trainer, "phone-results-zh");

        participant = phone();
        pages.clear();
        pages.put("join", "/join?lang=en&code=" + code);
        tooWide.addAll(widths(participant, pages));
        participant.findElement(By.id("name")).sendKeys("李明");
        participant.findElement(By.id("department")).sendKeys("应急管理局");
        Browsers.scrollTo(participant, By.cssSelector("form.stack button[type=submit]"))
                .click();
        wait(participant).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".participant-list")));
        pages.clear();
        pages.put("participant home", "/workshop?lang=en");
        pages.put("participant entry", "/workshop/categories/E1?lang=en");
        pages.put("participant entry zh", "/workshop/categories/E1?lang=zh");
        tooWide.addAll(widths(participant, pages));

        assertThat(tooWide).as("pages wider than 360 px").isEmpty();
    }

    /**
     * A browser with a phone's 360 × 740 viewport. Headless Chromium keeps windows at least 500 pixels wide, so the
     * viewport is set through DevTools, as the device toolbar does; not as a
     * mobile device, whose viewport would widen to fit a too wide page and hide the overflow this test looks for.
     */
    private static WebDriver phone() {
        WebDriver browser = Browsers.start("360,740");
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", false));
        return browser;
    }

    /** An assessment of Kaili with the first questions answered at {@code level}. */
    private long answered(int year, int level) {
        return answered("Kaili", year, level);
    }

    private long answered(String city, int year, int level) {
        var admin = UsernamePasswordAuthenticationToken.authenticated(
                "trainer", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
        SecurityContextHolder.getContext().setAuthentication(admin);
        try {
            long id = assessments
                    .create(
                            new AssessmentService.NewAssessment(
                                    "undrr-preliminary", city, "China", year, "Phone test " + year, null),
                            false)
                    .id();
            for (String code : List.of("P1.1", "P1.2", "P2.1", "P3.1")) {
                assessments.respond(
                        id,
                        code,
                        new ResponseValue(
                                level, null, false, "A long comment that wraps on a phone", null, null, null, null),
                        0,
                        "trainer");
            }
            return id;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** An open action made from the earlier assessment, which the later one's entry page shows with its update form. */
    private void carriedFrom(long earlier) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "trainer", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            actions.create(
                    assessments.find(earlier).cityId(),
                    new ActionService.Draft(
                            "undrr-preliminary",
                            List.of("P1.1"),
                            "Map the flood zones of every district along the river, with the water bureau",
                            null,
                            "Water Resources Bureau",
                            null,
                            "2025-06-30",
                            null,
                            earlier));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The pages that scroll sideways, each with its width. */
    private List<String> widths(WebDriver browser, Map<String, String> pages) {
        List<String> tooWide = new ArrayList<>();
        for (var page : pages.entrySet()) {
            browser.get(url(page.getValue()));
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
            tooWide.addAll(tooWide(browser, page.getKey() + " (" + page.getValue() + ")"));
        }
        return tooWide;
    }

    /** The page as it is now, with its width, if it scrolls sideways. */
    private static List<String> tooWide(WebDriver browser, String name) {
        Object[] sizes = ((List<?>) ((JavascriptExecutor) browser)
                        .executeScript("return [document.documentElement.scrollWidth, window.innerWidth]"))
                .toArray();
        long scrollWidth = ((Number) sizes[0]).longValue();
        long innerWidth = ((Number) sizes[1]).longValue();
        assertThat(innerWidth).as("the phone's width").isEqualTo(360);
        if (scrollWidth <= innerWidth) {
            return List.of();
        }
        return List.of(name + ": " + scrollWidth + " > " + innerWidth + ", "
                + ((JavascriptExecutor) browser).executeScript(OUTERMOST_TOO_WIDE));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }
}
