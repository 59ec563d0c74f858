package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cityscore.Browsers;
import org.cityscore.support.CityscoreServerTest;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A trainer's header on a 1280-pixel screen, in the language with the longest menu: the brand, the languages and
 * "Sign out" on one row, the menu on the next, nothing left over for a third.
 */
@SlowTest
@CityscoreServerTest
class HeaderBrowserTest {

    @LocalServerPort
    int port;

    WebDriver trainer;

    @AfterEach
    void quit() {
        Browsers.quit(trainer);
    }

    @Test
    void theTrainersHeaderTakesTwoRowsAt1280PixelsInEveryLanguage() {
        trainer = Browsers.start("1280,800");
        Browsers.signInAsTrainer(trainer, port);
        for (String lang : List.of("en", "mn", "zh")) {
            trainer.get("http://localhost:" + port + "/?lang=" + lang);
            int brand = top(By.cssSelector(".site-header .brand"));
            int languages = top(By.cssSelector(".site-header nav.languages"));
            int signOut = top(By.cssSelector(".site-header .sign-out button"));
            WebElement menu = trainer.findElement(By.cssSelector(".site-header nav[aria-label='Main']"));
            List<Integer> entries = menu.findElements(By.tagName("a")).stream()
                    .map(entry -> entry.getRect().getY())
                    .distinct()
                    .toList();
            assertThat(Math.abs(languages - brand))
                    .as(lang + ": languages beside the brand")
                    .isLessThan(12);
            assertThat(Math.abs(signOut - brand))
                    .as(lang + ": sign out beside the brand")
                    .isLessThan(12);
            assertThat(entries).as(lang + ": the menu on one row under them").hasSize(1);
            assertThat(entries.get(0)).as(lang + ": the menu under the brand").isGreaterThan(brand + 12);
        }
    }

    private int top(By locator) {
        return trainer.findElement(locator).getRect().getY();
    }
}
