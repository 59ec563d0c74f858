package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cityscore.support.AppProcess;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the embedded database too, a session is stored with the data: a trainer stays signed in across a restart. The
 * session id changes at the sign-in.
 */
@SlowTest
class SessionRestartTest {

    @TempDir
    Path data;

    @Test
    void aTrainerStaysSignedInWhenTheAppIsStartedAgain() throws Exception {
        SignedInBrowser browser = new SignedInBrowser();
        try (AppProcess app = AppProcess.start(data, AppProcess.QUICK_START, List.of())) {
            browser.get(app.baseUrl() + "/login");
            String before = browser.cookie("JSESSIONID");
            assertThat(browser.signIn(app.baseUrl(), AppProcess.USER, AppProcess.PASSWORD))
                    .isTrue();
            assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
            assertThat(browser.isSignedIn(app.baseUrl())).isTrue();
        }
        try (AppProcess again = AppProcess.start(data, AppProcess.QUICK_START, List.of())) {
            assertThat(browser.isSignedIn(again.baseUrl()))
                    .as("the session cookie of before the restart, log: %s", again.log())
                    .isTrue();
        }
    }
}
