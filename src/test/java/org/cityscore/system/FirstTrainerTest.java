package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The first trainer account, as someone starting the app for the first time meets it. */
class FirstTrainerTest {

    @Nested
    @SpringBootTest(
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {
                "cityscore.samples.load-on-empty=false",
                "cityscore.admin.username=",
                "cityscore.admin.password="
            })
    @ExtendWith(OutputCaptureExtension.class)
    class WithoutAPassword {

        @LocalServerPort
        int port;

        @Test
        void theLogGivesTheGeneratedPasswordAndTheAddressTheAppReallyListensOn(CapturedOutput output) {
            assertThat(output.getAll())
                    .contains("First start: created the admin account")
                    .contains("username: admin")
                    .contains("Sign in at http://localhost:" + port + "/login.");
            assertThat(port).isNotEqualTo(8080);
        }
    }

    @Nested
    @SpringBootTest(
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {
                "cityscore.samples.load-on-empty=false",
                "cityscore.admin.username=",
                "cityscore.admin.password=" + WithAPasswordOnly.PASSWORD
            })
    @ExtendWith(OutputCaptureExtension.class)
    class WithAPasswordOnly {

        static final String PASSWORD = "chosen-before-start-1";

        @LocalServerPort
        int port;

        @Autowired
        TrainerAccounts accounts;

        @Test
        void theAccountIsAdminWithThatPasswordAndNothingIsGenerated(CapturedOutput output) throws Exception {
            assertThat(output.getAll()).doesNotContain("First start: created the admin account");
            HttpResponse<String> me = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString(("admin:" + PASSWORD)
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"admin\"");
        }
    }
}
