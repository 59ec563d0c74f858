package org.cityscore.bench;

import org.cityscore.CityscoreApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.List;

/** The app as the load harnesses run it: a real port, an H2 file database in a fresh folder, the trainer "bench". */
final class BenchApp {

    static final String USER = "bench";
    static final String PASSWORD = "bench-password";

    private BenchApp() {
    }

    static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(CityscoreApplication.class).run(arguments(data, 0).toArray(String[]::new));
    }

    /** The app's arguments for a harness: this port (0: any free one), a database in this folder, no samples. */
    static List<String> arguments(Path data, int port) {
        return List.of("--server.port=" + port, "--cityscore.data-dir=" + data,
                "--spring.datasource.url=jdbc:h2:file:" + data + "/cityscore", "--cityscore.samples.load-on-empty=false",
                "--cityscore.admin.username=" + USER, "--cityscore.admin.password=" + PASSWORD, "--logging.level.root=WARN");
    }

    static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
