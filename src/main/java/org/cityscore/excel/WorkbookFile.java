package org.cityscore.excel;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.EmptyFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.text.Message;

/**
 * Opens an uploaded file as an .xlsx workbook, or says in plain words why it cannot be one: a legacy .xls, a
 * password-protected file, a zip bomb (measured by {@link ZipBombCheck} before POI reads a part), or not a workbook at all.
 */
final class WorkbookFile {

    /** Why a file is not a workbook we can read, as the problem the uploader is shown. */
    static final class Unreadable extends Exception {
        private final ImportProblem problem;

        Unreadable(ImportProblem problem) {
            super(problem.text().toString());
            this.problem = problem;
        }

        ImportProblem problem() {
            return problem;
        }
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WorkbookFile.class);

    static final int MAX_ROWS = 10_000;

    private WorkbookFile() {}

    static XSSFWorkbook open(byte[] bytes) throws Unreadable {
        if (bytes.length == 0) {
            throw empty();
        }
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw refused("import.refused.unreadable", String.valueOf(e.getMessage()));
        }
        if (magic == FileMagic.OLE2) {
            throw isEncrypted(bytes) ? refused("import.refused.password") : refused("import.refused.xls");
        }
        if (magic != FileMagic.OOXML) {
            throw refused("import.refused.notWorkbook");
        }
        try {
            ZipBombCheck.check(bytes);
        } catch (ZipBombCheck.Bomb e) {
            log.info("Refused an uploaded workbook that expands too far: {}", e.getMessage());
            throw bomb();
        }
        try {
            RowCounter.check(bytes, MAX_ROWS);
        } catch (RowCounter.TooManyRows e) {
            throw refused("import.refused.tooManyRows", e.sheet, MAX_ROWS);
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                throw bomb();
            }
            if (e instanceof EmptyFileException) {
                throw empty();
            }
            throw refused("import.refused.damaged");
        }
    }

    private static Unreadable bomb() {
        return refused("import.refused.bomb");
    }

    private static Unreadable empty() {
        return refused("import.refused.empty");
    }

    private static Unreadable refused(String key, Object... args) {
        return new Unreadable(ImportProblem.ofFile(Message.of(key, args)));
    }

    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return file.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
