package org.cityscore.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.cityscore.CityscoreApplication;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Stop the app and start it again on the same data folder: everything entered is still there. */
@SlowTest
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void responsesSurviveARestart() {
        long id;
        try (ConfigurableApplicationContext first = start()) {
            AssessmentService service = first.getBean(AssessmentService.class);
            id = service.create(
                            new AssessmentService.NewAssessment(
                                    "ecomobility-shift-plus", "佛山", "China", 2025, "Restart", null),
                            false)
                    .id();
            service.respond(
                    id, "E1", new ResponseValue(4, null, false, "公众参与良好", "survey 2025", null, null, null), 0, "Li");
            service.respond(
                    id,
                    "P1",
                    new ResponseValue(null, new BigDecimal("61.5"), false, null, null, null, null, null),
                    0,
                    "Li");
        }
        try (ConfigurableApplicationContext second = start()) {
            AssessmentService service = second.getBean(AssessmentService.class);
            assertThat(service.find(id).city()).isEqualTo("佛山");
            Response e1 = service.response(id, "E1");
            assertThat(e1.level()).isEqualTo(4);
            assertThat(e1.comment()).isEqualTo("公众参与良好");
            assertThat(service.response(id, "P1").value()).isEqualByComparingTo("61.5");
            assertThat(service.scored(id).result().indicator("P1").orElseThrow().level())
                    .isEqualTo(3);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CityscoreApplication.class)
                .run(
                        "--server.port=0",
                        "--cityscore.data-dir=" + dataDir.toAbsolutePath(),
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir.toAbsolutePath() + "/cityscore",
                        "--cityscore.samples.load-on-empty=false");
    }
}
