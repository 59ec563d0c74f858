package org.cityscore.excel;

import org.apache.poi.EmptyFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Opens an uploaded file as an .xlsx workbook, or says in plain words why it cannot be one: a legacy .xls, a
 * password-protected file, a zip bomb (measured by {@link ZipBombCheck} before POI reads a part), or not a workbook at all.
 */
final class WorkbookFile {

    /** Why a file is not a workbook we can read, as the problem the uploader is shown. */
    static final class Unreadable extends Exception {
        private final ImportProblem problem;

        Unreadable(ImportProblem problem) {
            super(problem.message());
            this.problem = problem;
        }

        ImportProblem problem() {
            return problem;
        }
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WorkbookFile.class);

    static final int MAX_ROWS = 10_000;

    private WorkbookFile() {
    }

    static XSSFWorkbook open(byte[] bytes) throws Unreadable {
        if (bytes.length == 0) {
            throw empty();
        }
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new Unreadable(ImportProblem.ofFile("The file cannot be read: " + e.getMessage()));
        }
        if (magic == FileMagic.OLE2) {
            throw isEncrypted(bytes)
                    ? refused("The workbook is protected with a password. Open it in Excel, remove the password "
                    + "(File > Info > Protect Workbook), save and upload it again.", "import.refused.password")
                    : refused("This is an old Excel file (.xls). Open it in Excel, LibreOffice or WPS and save it as .xlsx, then upload "
                    + "that file.", "import.refused.xls");
        }
        if (magic != FileMagic.OOXML) {
            throw refused("This is not an Excel workbook. Upload the .xlsx file that Cityscore gave you, filled in.",
                    "import.refused.notWorkbook");
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
            throw refused("The sheet \"" + e.sheet + "\" has more than " + MAX_ROWS + " rows; a scorecard needs at most a few "
                    + "hundred. Delete the extra rows (or copy your answers into a fresh template) and upload again.",
                    "import.refused.tooManyRows", e.sheet, MAX_ROWS);
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
            throw refused("The workbook is damaged and cannot be read. Open it in Excel or LibreOffice, save it again as .xlsx, "
                    + "and upload it.", "import.refused.damaged");
        }
    }

    private static Unreadable bomb() {
        return refused("The file expands to far more data than a workbook of answers can hold, so it was not opened. "
                + "Export a fresh template from Cityscore and copy your answers into it.", "import.refused.bomb");
    }

    private static Unreadable empty() {
        return refused("The file is empty. Choose the filled .xlsx workbook.", "import.refused.empty");
    }

    private static Unreadable refused(String message, String key, Object... args) {
        return new Unreadable(ImportProblem.ofFile(message).withKey(key, args));
    }

    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return file.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
