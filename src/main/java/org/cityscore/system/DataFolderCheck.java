package org.cityscore.system;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Before anything opens the database, checks that the data folder can be written to, so that a read-only or
 * missing folder stops the start with one plain explanation ({@link DataFolderFailureAnalyzer}) instead of a
 * generic 500 on every later write. Only for the embedded H2 database inside {@code cityscore.data-dir}: another
 * URL (PostgreSQL, a database of one's own) is not Cityscore's folder to judge. Registered in
 * {@code META-INF/spring.factories}, as it runs before the application context exists.
 */
class DataFolderCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        String dataDir = environment.getProperty("cityscore.data-dir");
        String url = environment.getProperty("spring.datasource.url", "");
        if (dataDir != null && url.startsWith("jdbc:h2:file:" + dataDir + "/")) {
            check(Path.of(dataDir).toAbsolutePath().normalize());
        }
    }

    static void check(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, ".write-check", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw new DataFolderNotWritableException(folder, reason(e));
        }
        Path database = folder.resolve("cityscore.mv.db");
        if (Files.exists(database) && !Files.isWritable(database)) {
            throw new DataFolderNotWritableException(
                    folder, "its database file " + database.getFileName() + " is read-only");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException files && files.getReason() != null) {
            return files.getReason(); // "Read-only file system", "Permission denied", "Not a directory", ...
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** After logging is set up, so that the explanation appears in the log as well as on the console. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    /** The data folder cannot be written to: which one and why. */
    static final class DataFolderNotWritableException extends RuntimeException {

        private final transient Path folder;
        private final String reason;

        DataFolderNotWritableException(Path folder, String reason) {
            super("Cityscore cannot write to its data folder " + folder + ": " + reason);
            this.folder = folder;
            this.reason = reason;
        }

        Path folder() {
            return folder;
        }

        String reason() {
            return reason;
        }
    }
}
