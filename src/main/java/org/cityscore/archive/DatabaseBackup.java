package org.cityscore.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.cityscore.system.ApiException;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A consistent copy of the embedded H2 database while the app runs: H2's {@code BACKUP TO} writes a zip of the
 * database file from one transaction's view, so writes during the backup neither wait nor tear it. PostgreSQL has
 * its own tools ({@code pg_dump}); a backup here is refused with a 409 that says so.
 */
@Component
class DatabaseBackup {

    private final DataSource dataSource;

    DatabaseBackup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the backup into a new temporary file and returns it; the caller deletes it. */
    Path create() throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                throw new ApiException(
                        HttpStatus.CONFLICT,
                        null,
                        Message.of(
                                "backup.notEmbedded", connection.getMetaData().getDatabaseProductName()));
            }
            Path file = Files.createTempFile("cityscore-backup-", ".zip");
            Files.delete(file);
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        "BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
            } catch (SQLException e) {
                Files.deleteIfExists(file);
                throw new IOException(e);
            }
            return file;
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
