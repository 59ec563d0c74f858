package org.cityscore.archive;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.cityscore.system.Audit;
import org.cityscore.system.HeavyWork;
import org.cityscore.system.Reader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/admin/backup}: the whole embedded database as a zip, for an admin. */
@RestController
class BackupApiController {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DatabaseBackup backup;
    private final HeavyWork heavyWork;
    private final Reader reader;
    private final Audit audit;

    BackupApiController(DatabaseBackup backup, HeavyWork heavyWork, Reader reader, Audit audit) {
        this.backup = backup;
        this.heavyWork = heavyWork;
        this.reader = reader;
        this.audit = audit;
    }

    @PostMapping("/api/admin/backup")
    void backup(HttpServletResponse response) throws IOException {
        if (!reader.isAdmin()) {
            throw Reader.forbidden();
        }
        heavyWork.run(() -> {
            Path file = backup.create();
            try {
                stream(file, response);
            } finally {
                Files.deleteIfExists(file);
            }
            return null;
        });
    }

    private void stream(Path file, HttpServletResponse response) throws IOException {
        long size = Files.size(file);
        String name = "cityscore-backup-" + STAMP.format(Instant.now()) + ".zip";
        audit.record("database.backup", name, null, "bytes=" + size);
        response.setContentType("application/zip");
        response.setContentLengthLong(size);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(file, out);
        }
    }
}
