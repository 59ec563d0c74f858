package org.cityscore.bench;

import java.nio.file.Path;
import org.cityscore.CityscoreApplication;
import org.cityscore.support.AppProcess;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The app inside the harness's JVM, with the arguments of {@link AppProcess}: a real port, an H2 file database in a fresh folder. */
final class BenchApp {

    static final String USER = AppProcess.USER;
    static final String PASSWORD = AppProcess.PASSWORD;

    private BenchApp() {}

    static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(CityscoreApplication.class)
                .run(AppProcess.arguments(data, 0).toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
